//! The transport under attack, over real sockets on 127.0.0.1: keyless bodies, idle and
//! half-open connections, reset floods, more calls than the server takes, and a shutdown while
//! a client holds a stream open. They attack the transport, not the database: SQLite only.
//! Every loop is bounded in count and time.

use std::time::{Duration, Instant};

use bytes::Bytes;
use pecd::app::Application;
use pecd::config::Settings;
use pecd::proto::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tonic::Code;
use tonic_types::StatusExt;

use crate::helpers::{Backend, authed, fresh_database, spawn_app, spawn_app_with};

const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
const SETTINGS: u8 = 0x4;
const GOAWAY: u8 = 0x7;

/// An HTTP/2 frame header and payload.
fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
    let len = u32::try_from(payload.len())
        .expect("small frame")
        .to_be_bytes();
    let mut out = vec![len[1], len[2], len[3], kind, flags];
    out.extend_from_slice(&stream.to_be_bytes());
    out.extend_from_slice(payload);
    out
}

/// The next frame the server sends (type, flags, payload); `None` once it closed the socket.
async fn read_frame(tcp: &mut TcpStream) -> Option<(u8, u8, Vec<u8>)> {
    let mut head = [0u8; 9];
    tcp.read_exact(&mut head).await.ok()?;
    let len = usize::from(head[0]) << 16 | usize::from(head[1]) << 8 | usize::from(head[2]);
    let mut payload = vec![0u8; len];
    tcp.read_exact(&mut payload).await.ok()?;
    Some((head[3], head[4], payload))
}

/// A raw HTTP/2 connection that has sent the client preface and empty settings.
async fn raw_h2(addr: std::net::SocketAddr) -> TcpStream {
    let mut tcp = TcpStream::connect(addr).await.expect("connect");
    tcp.write_all(PREFACE).await.expect("preface");
    tcp.write_all(&frame(SETTINGS, 0, 0, &[]))
        .await
        .expect("settings");
    tcp
}

/// Waits (at most `limit`) until the server closes `tcp`, discarding what it sends.
async fn closed_within(tcp: &mut TcpStream, limit: Duration) -> bool {
    tokio::time::timeout(limit, async {
        let mut buf = [0u8; 4096];
        // Bounded by the timeout; every read either returns data or ends the loop.
        while let Ok(n) = tcp.read(&mut buf).await {
            if n == 0 {
                break;
            }
        }
    })
    .await
    .is_ok()
}

/// This process's resident memory, in KiB (the app runs in-process).
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS")
}

/// A gRPC POST to `path` on an h2 connection, without ending the stream.
fn grpc_post(addr: std::net::SocketAddr, path: &str) -> http::Request<()> {
    http::Request::post(format!("http://{addr}{path}"))
        .header("content-type", "application/grpc")
        .header("te", "trailers")
        .body(())
        .expect("request")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyless_streams_are_refused_before_their_bodies_are_read() {
    let app = spawn_app(Backend::Sqlite).await;
    let tcp = TcpStream::connect(app.addr).await.expect("connect");
    let (client, conn) = h2::client::handshake(tcp).await.expect("h2 handshake");
    let conn = tokio::spawn(conn);
    let before = rss_kib();
    let mut pending = Vec::new();
    let mut senders = Vec::new();
    for _ in 0..60 {
        let mut client = client.clone().ready().await.expect("stream slot");
        let (response, mut body) = client
            .send_request(
                grpc_post(app.addr, "/pec.v1.RegistryService/UpsertMember"),
                false,
            )
            .expect("open stream");
        // A message header announcing 3.9 MiB, then the first 16 KiB of it: never ended.
        let mut start = vec![0u8];
        start.extend_from_slice(&(3_900_000u32).to_be_bytes());
        start.extend(std::iter::repeat_n(b'x', 16 * 1024));
        // The refusal may already have closed the stream: then there is nothing to send.
        let _ = body.send_data(Bytes::from(start), false);
        pending.push(response);
        senders.push(body);
    }
    for response in pending {
        let response = tokio::time::timeout(Duration::from_secs(5), response)
            .await
            .expect("refused in time, with the body still unsent")
            .expect("a response");
        assert_eq!(
            response.headers().get("grpc-status").map(|v| v.as_bytes()),
            Some(&b"16"[..]),
            "UNAUTHENTICATED in the headers: {response:?}"
        );
    }
    // 60 streams of 3.9 MiB would be 234 MB; nothing of the kind was buffered.
    let grown = rss_kib().saturating_sub(before);
    assert!(grown < 64 * 1024, "memory grew by {grown} KiB");
    drop(senders);
    conn.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_advertises_max_concurrent_streams() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.transport.max_concurrent_streams = 37;
    })
    .await;
    let mut tcp = raw_h2(app.addr).await;
    let settings = tokio::time::timeout(Duration::from_secs(5), async {
        for _ in 0..10 {
            match read_frame(&mut tcp).await {
                Some((SETTINGS, 0, payload)) => return payload,
                Some(_) => continue,
                None => break,
            }
        }
        panic!("no SETTINGS frame from the server");
    })
    .await
    .expect("settings in time");
    let max_streams = settings.chunks_exact(6).find_map(|entry| {
        (u16::from_be_bytes([entry[0], entry[1]]) == 0x3)
            .then(|| u32::from_be_bytes([entry[2], entry[3], entry[4], entry[5]]))
    });
    assert_eq!(max_streams, Some(37));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_and_silent_connections_are_closed() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.transport.header_timeout = Duration::from_millis(500);
        s.transport.idle_timeout = Duration::from_secs(1);
    })
    .await;
    // Plain TCP, nothing sent.
    let mut silent = TcpStream::connect(app.addr).await.expect("connect");
    // Only the HTTP/2 preface and settings.
    let mut preface_only = raw_h2(app.addr).await;
    let started = Instant::now();
    assert!(closed_within(&mut silent, Duration::from_secs(5)).await);
    assert!(closed_within(&mut preface_only, Duration::from_secs(5)).await);
    assert!(started.elapsed() >= Duration::from_millis(400));

    // A connection whose one call ended is closed once idle.
    let tcp = TcpStream::connect(app.addr).await.expect("connect");
    let (client, conn) = h2::client::handshake(tcp).await.expect("h2 handshake");
    let conn = tokio::spawn(conn);
    let mut client = client.ready().await.expect("ready");
    let (response, mut body) = client
        .send_request(grpc_post(app.addr, "/grpc.health.v1.Health/Check"), false)
        .expect("open stream");
    body.send_data(Bytes::from_static(&[0, 0, 0, 0, 0]), true)
        .expect("send");
    let response = response.await.expect("health answers");
    let mut answer = response.into_body();
    while let Some(chunk) = answer.data().await {
        chunk.expect("body");
    }
    let trailers = answer.trailers().await.expect("trailers");
    assert_eq!(
        trailers.and_then(|t| t.get("grpc-status").cloned()),
        Some(http::HeaderValue::from_static("0"))
    );
    let idle_from = Instant::now();
    let _ = tokio::time::timeout(Duration::from_secs(5), conn)
        .await
        .expect("idle connection closed by the server")
        .expect("connection task");
    assert!(idle_from.elapsed() >= Duration::from_millis(800));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reset_flood_ends_with_goaway() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.transport.max_local_error_reset_streams = 50;
    })
    .await;
    let mut tcp = raw_h2(app.addr).await;
    // HEADERS with only `:method: GET` (HPACK index 2): malformed, each one reset by the server.
    let mut flood = Vec::new();
    for i in 0..1000u32 {
        flood.extend(frame(0x1, 0x4 | 0x1, 2 * i + 1, &[0x82]));
    }
    // The server may hang up before all of it is written.
    let _ = tcp.write_all(&flood).await;
    let goaway = tokio::time::timeout(Duration::from_secs(5), async {
        for _ in 0..5000 {
            match read_frame(&mut tcp).await {
                Some((GOAWAY, _, payload)) => return Some(payload),
                Some(_) => continue,
                None => break,
            }
        }
        None
    })
    .await
    .expect("the server answers in time")
    .expect("a GOAWAY after the malformed streams");
    // The last stream processed is about the 50th (id 99) of 1000: the flood stopped at the limit.
    let last = u32::from_be_bytes(goaway[0..4].try_into().expect("GOAWAY payload"));
    assert!((91..=111).contains(&last), "last stream {last}");
    // ENHANCE_YOUR_CALM: refused as a flood, not as a broken connection.
    assert_eq!(goaway.get(4..8), Some(&[0, 0, 0, 0xb][..]), "{goaway:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_beyond_the_in_flight_cap_are_shed_with_retry_info() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.transport.max_in_flight = 2).await;
    // Two SyncMembers streams left open hold both slots.
    let mut holds = Vec::new();
    let mut calls = Vec::new();
    for _ in 0..2 {
        let (tx, rx) = tokio::sync::mpsc::channel::<SyncMembersRequest>(1);
        let mut registry = app.registry();
        let request = authed(&app.admin, tokio_stream::wrappers::ReceiverStream::new(rx));
        calls.push(tokio::spawn(
            async move { registry.sync_members(request).await },
        ));
        holds.push(tx);
    }
    // Let both reach their handler.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(calls.iter().all(|c| !c.is_finished()));
    let get = || {
        let mut registry = app.registry();
        let admin = app.admin.clone();
        async move {
            registry
                .list_ordini(authed(&admin, ListOrdiniRequest::default()))
                .await
        }
    };
    let mut shed = None;
    for _ in 0..100 {
        match get().await {
            Err(status) if status.code() == Code::Unavailable => {
                shed = Some(status);
                break;
            }
            _ => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
    let shed = shed.expect("a call beyond the cap is shed");
    crate::helpers::assert_status(&shed, Code::Unavailable, "OVERLOADED");
    let retry = shed
        .get_error_details()
        .retry_info()
        .and_then(|r| r.retry_delay)
        .expect("RetryInfo");
    assert!(retry >= Duration::from_secs(1));

    // The held calls end: the next call is served.
    drop(holds);
    for call in calls {
        call.await.expect("join").expect("sync of nothing");
    }
    get().await.expect("served once the slots are free");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_drains_for_a_bounded_time_with_a_stream_held_open() {
    let (url, dir) = fresh_database(Backend::Sqlite).await;
    let mut settings = Settings::new(url, dir.path().to_path_buf());
    settings.listen = "127.0.0.1:0".parse().expect("address");
    settings.run_workers = false;
    settings.shutdown_grace = Duration::from_secs(1);
    let app = Application::build(settings).await.expect("build");
    let addr = app.local_addr().expect("address");
    let admin = pecd::auth::keys::create(app.db(), pecd::auth::Role::Admin, "admin", None)
        .await
        .expect("key")
        .secret;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));

    let channel = tonic::transport::Channel::from_shared(format!("http://{addr}"))
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    let (hold, rx) = tokio::sync::mpsc::channel::<SyncMembersRequest>(1);
    let mut registry = registry_service_client::RegistryServiceClient::new(channel);
    let held = tokio::spawn(async move {
        registry
            .sync_members(authed(
                &admin,
                tokio_stream::wrappers::ReceiverStream::new(rx),
            ))
            .await
    });
    // Let the call reach its handler.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!held.is_finished());

    let started = Instant::now();
    stop.send(()).expect("stop");
    tokio::time::timeout(Duration::from_secs(6), server)
        .await
        .expect("the server stops within the drain time")
        .expect("join")
        .expect("clean stop");
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(900),
        "the held call was given its drain time: {took:?}"
    );
    let outcome = tokio::time::timeout(Duration::from_secs(3), held)
        .await
        .expect("the held call ends with the server")
        .expect("join");
    assert!(outcome.is_err(), "the cut call fails: {outcome:?}");
    drop(hold);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_unary_message_over_the_decode_limit_is_refused() {
    let app = spawn_app(Backend::Sqlite).await;
    let err = app
        .mailboxes()
        .get_mailbox(authed(
            &app.admin,
            GetMailboxRequest {
                address: "x".repeat(100_000),
            },
        ))
        .await
        .expect_err("over 64 KiB");
    // tonic's own answer to an oversized message.
    assert_eq!(err.code(), Code::OutOfRange, "{err:?}");
    // The batch services take more: 1000 members in one SyncMembers message.
    let rows: Vec<Member> = (0..1000)
        .map(|i| {
            crate::helpers::member(
                &crate::helpers::cf("Rossi", "Mario", i),
                "Mario",
                "Rossi",
                "TO",
            )
        })
        .collect();
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    tx.send(SyncMembersRequest { members: rows })
        .await
        .expect("queue");
    drop(tx);
    let summary = app
        .registry()
        .sync_members(authed(
            &app.admin,
            tokio_stream::wrappers::ReceiverStream::new(rx),
        ))
        .await
        .expect("a full batch fits")
        .into_inner();
    assert_eq!(summary.created + summary.rejected, 1000);
}

/// A CA: its PEM and the issuer that signs leaves.
fn test_ca() -> (String, rcgen::Issuer<'static, rcgen::KeyPair>) {
    let key = rcgen::KeyPair::generate().expect("CA key");
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("CA params");
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "pecd test CA");
    let cert = params.self_signed(&key).expect("CA cert");
    (cert.pem(), rcgen::Issuer::new(params, key))
}

/// A certificate for `cn` (and the name `localhost`) signed by `ca`: (cert PEM, key PEM).
fn leaf(ca: &rcgen::Issuer<'static, rcgen::KeyPair>, cn: &str) -> (String, String) {
    let key = rcgen::KeyPair::generate().expect("key");
    let mut params = rcgen::CertificateParams::new(vec!["localhost".to_owned()]).expect("params");
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, cn);
    let cert = params.signed_by(&key, ca).expect("sign");
    (cert.pem(), key.serialize_pem())
}

/// A pecd on SQLite serving TLS with `tls`, stopped when the returned sender is dropped.
async fn spawn_tls(
    tls: pecd::config::TlsSettings,
) -> (
    std::net::SocketAddr,
    pecd::db::Db,
    tokio::sync::oneshot::Sender<()>,
) {
    let (url, dir) = fresh_database(Backend::Sqlite).await;
    let mut settings = Settings::new(url, dir.path().to_path_buf());
    settings.listen = "127.0.0.1:0".parse().expect("address");
    settings.run_workers = false;
    settings.auth_cache_ttl = Duration::ZERO;
    settings.tls = Some(tls);
    let app = Application::build(settings).await.expect("build");
    let addr = app.local_addr().expect("address");
    let db = app.db().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        let _dir = dir;
        app.run_until_stopped(async {
            let _ = stopped.await;
        })
        .await
    });
    (addr, db, stop)
}

/// One gRPC call with an empty message over TLS: the grpc-status and the server's certificate.
async fn tls_call(
    addr: std::net::SocketAddr,
    ca_pem: &str,
    client: Option<&(String, String)>,
    key: Option<&str>,
    path: &str,
) -> Result<(String, Vec<u8>), String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(ca_pem.as_bytes()).expect("CA PEM"))
        .expect("root");
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_root_certificates(roots);
    let mut config = match client {
        Some((cert, key)) => builder
            .with_client_auth_cert(
                vec![CertificateDer::from_pem_slice(cert.as_bytes()).expect("cert")],
                PrivateKeyDer::from_pem_slice(key.as_bytes()).expect("key"),
            )
            .expect("client cert"),
        None => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"h2".to_vec()];
    let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(config));
    let call = async {
        let tcp = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
        let name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
        let tls = connector
            .connect(name, tcp)
            .await
            .map_err(|e| e.to_string())?;
        let presented = tls
            .get_ref()
            .1
            .peer_certificates()
            .and_then(|c| c.first())
            .map(|c| c.as_ref().to_vec())
            .unwrap_or_default();
        let (client, conn) = h2::client::handshake(tls)
            .await
            .map_err(|e| e.to_string())?;
        tokio::spawn(conn);
        let mut client = client.ready().await.map_err(|e| e.to_string())?;
        let mut request = grpc_post(addr, path);
        if let Some(key) = key {
            request.headers_mut().insert(
                "authorization",
                format!("Bearer {key}").parse().expect("header"),
            );
        }
        let (response, mut body) = client
            .send_request(request, false)
            .map_err(|e| e.to_string())?;
        let _ = body.send_data(Bytes::from_static(&[0, 0, 0, 0, 0]), true);
        let response = response.await.map_err(|e| e.to_string())?;
        if let Some(status) = response.headers().get("grpc-status") {
            return Ok((status.to_str().unwrap_or("").to_owned(), presented));
        }
        let mut answer = response.into_body();
        while let Some(chunk) = answer.data().await {
            chunk.map_err(|e| e.to_string())?;
        }
        let trailers = answer.trailers().await.map_err(|e| e.to_string())?;
        let status = trailers
            .and_then(|t| t.get("grpc-status").cloned())
            .ok_or("no grpc-status")?;
        Ok((status.to_str().unwrap_or("").to_owned(), presented))
    };
    tokio::time::timeout(Duration::from_secs(5), call)
        .await
        .map_err(|_| "timed out".to_owned())?
}

const HEALTH: &str = "/grpc.health.v1.Health/Check";
const LIST_ORDINI: &str = "/pec.v1.RegistryService/ListOrdini";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_serves_with_the_ca_refuses_plaintext_and_reloads_a_changed_certificate() {
    let files = tempfile::tempdir().expect("dir");
    let (ca_pem, ca) = test_ca();
    let (cert, key) = leaf(&ca, "pecd one");
    let cert_path = files.path().join("cert.pem");
    let key_path = files.path().join("key.pem");
    std::fs::write(&cert_path, &cert).expect("write");
    std::fs::write(&key_path, &key).expect("write");
    let (addr, _db, _stop) = spawn_tls(pecd::config::TlsSettings {
        cert: cert_path.clone(),
        key: key_path.clone(),
        client_ca: None,
        handshake_timeout: Duration::from_secs(2),
        reload_interval: Duration::from_millis(100),
    })
    .await;

    let (status, first) = tls_call(addr, &ca_pem, None, None, HEALTH)
        .await
        .expect("a TLS call with the CA");
    assert_eq!(status, "0");

    // A plaintext HTTP/2 client gets nothing.
    let plain = async {
        let tcp = TcpStream::connect(addr).await.ok()?;
        let (client, conn) = h2::client::handshake(tcp).await.ok()?;
        tokio::spawn(conn);
        let mut client = client.ready().await.ok()?;
        let (response, _body) = client.send_request(grpc_post(addr, HEALTH), true).ok()?;
        response.await.ok()
    };
    let plain = tokio::time::timeout(Duration::from_secs(5), plain)
        .await
        .expect("the plaintext attempt ends");
    assert!(plain.is_none(), "plaintext answered: {plain:?}");

    // A new certificate written over the files is what the next connection gets.
    let (cert2, key2) = leaf(&ca, "pecd two");
    std::fs::write(&key_path, &key2).expect("write");
    std::fs::write(&cert_path, &cert2).expect("write");
    let mut presented = first.clone();
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if let Ok((_, der)) = tls_call(addr, &ca_pem, None, None, HEALTH).await {
            presented = der;
            if presented != first {
                break;
            }
        }
    }
    use rustls::pki_types::pem::PemObject;
    let expected =
        rustls::pki_types::CertificateDer::from_pem_slice(cert2.as_bytes()).expect("PEM");
    assert_eq!(presented, expected.as_ref(), "the reloaded certificate");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls_requires_a_client_certificate_and_bound_keys_their_subject() {
    let files = tempfile::tempdir().expect("dir");
    let (ca_pem, ca) = test_ca();
    let (cert, key) = leaf(&ca, "pecd");
    let paths = ["cert.pem", "key.pem", "ca.pem"].map(|n| files.path().join(n));
    std::fs::write(&paths[0], &cert).expect("write");
    std::fs::write(&paths[1], &key).expect("write");
    std::fs::write(&paths[2], &ca_pem).expect("write");
    let (addr, db, _stop) = spawn_tls(pecd::config::TlsSettings {
        cert: paths[0].clone(),
        key: paths[1].clone(),
        client_ca: Some(paths[2].clone()),
        handshake_timeout: Duration::from_secs(2),
        reload_interval: Duration::from_secs(5),
    })
    .await;
    let alice = leaf(&ca, "alice");
    let bob = leaf(&ca, "bob");
    // A client certificate from another CA is no better than none.
    let (_, stranger_ca) = test_ca();
    let stranger = leaf(&stranger_ca, "alice");

    assert!(tls_call(addr, &ca_pem, None, None, HEALTH).await.is_err());
    assert!(
        tls_call(addr, &ca_pem, Some(&stranger), None, HEALTH)
            .await
            .is_err()
    );
    let (status, _) = tls_call(addr, &ca_pem, Some(&bob), None, HEALTH)
        .await
        .expect("with a client certificate");
    assert_eq!(status, "0");

    let bound = pecd::auth::keys::create_with(
        &db,
        pecd::auth::Role::Admin,
        "bound",
        None,
        pecd::auth::keys::KeyOptions {
            bound_subject: Some("CN=alice"),
            ..Default::default()
        },
    )
    .await
    .expect("bound key")
    .secret;
    let (status, _) = tls_call(addr, &ca_pem, Some(&bob), Some(&bound), LIST_ORDINI)
        .await
        .expect("answered");
    assert_eq!(
        status, "16",
        "a bound key over another subject is UNAUTHENTICATED"
    );
    let (status, _) = tls_call(addr, &ca_pem, Some(&alice), Some(&bound), LIST_ORDINI)
        .await
        .expect("answered");
    assert_eq!(status, "0", "the bound key with its own certificate");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_stream_is_ended_after_the_stream_idle_timeout() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.transport.stream_idle_timeout = Duration::from_secs(1);
    })
    .await;
    let (hold, rx) = tokio::sync::mpsc::channel::<SyncMembersRequest>(1);
    hold.send(SyncMembersRequest { members: vec![] })
        .await
        .expect("first message queued");
    let mut registry = registry_service_client::RegistryServiceClient::new(app.channel.clone());
    let started = Instant::now();
    let outcome = tokio::time::timeout(
        Duration::from_secs(5),
        registry.sync_members(authed(
            &app.admin,
            tokio_stream::wrappers::ReceiverStream::new(rx),
        )),
    )
    .await
    .expect("the stalled call ends within the timeout");
    let took = started.elapsed();
    let status = outcome.expect_err("a stalled stream fails");
    crate::helpers::assert_status(&status, Code::DeadlineExceeded, "STREAM_STALLED");
    assert!(
        took >= Duration::from_millis(900),
        "not before the timeout: {took:?}"
    );
    assert!(
        took < Duration::from_secs(3),
        "soon after the timeout: {took:?}"
    );
    drop(hold);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trickled_grpc_web_body_is_ended_after_the_stream_idle_timeout() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.transport.stream_idle_timeout = Duration::from_secs(1);
    })
    .await;
    let payload = prost::Message::encode_to_vec(&GetOrdineRequest { code: "TO".into() });
    let mut body = vec![0u8];
    body.extend_from_slice(&u32::try_from(payload.len()).expect("small").to_be_bytes());
    body.extend_from_slice(&payload);
    let head = format!(
        "POST /pec.v1.RegistryService/GetOrdine HTTP/1.1\r\nhost: {}\r\n\
         content-type: application/grpc-web+proto\r\nx-grpc-web: 1\r\n\
         authorization: Bearer {}\r\ncontent-length: {}\r\n\r\n",
        app.addr,
        app.admin,
        body.len()
    );
    let tcp = TcpStream::connect(app.addr).await.expect("connect");
    let (mut read, mut write) = tcp.into_split();
    write.write_all(head.as_bytes()).await.expect("head");
    let started = Instant::now();
    // One byte every 2 s, at most the whole body.
    let trickle = tokio::spawn(async move {
        for byte in body {
            if write.write_all(&[byte]).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_secs(2)).await;
        }
    });
    let mut answer = Vec::new();
    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        let mut buf = [0u8; 4096];
        loop {
            let n = read.read(&mut buf).await.unwrap_or(0);
            answer.extend_from_slice(&buf[..n]);
            if n == 0 || answer.windows(4).any(|w| w == b"\r\n\r\n") {
                return;
            }
        }
    })
    .await;
    let took = started.elapsed();
    trickle.abort();
    assert!(ended.is_ok(), "the trickled call is answered in time");
    let text = String::from_utf8_lossy(&answer).to_ascii_lowercase();
    assert!(text.starts_with("http/1.1 200"), "{text}");
    assert!(
        text.contains("grpc-status: 4\r\n"),
        "DEADLINE_EXCEEDED: {text}"
    );
    assert!(
        took >= Duration::from_millis(900),
        "not before the timeout: {took:?}"
    );
    assert!(
        took < Duration::from_secs(2),
        "before the second byte: {took:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_that_keeps_sending_is_not_cut() {
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.transport.stream_idle_timeout = Duration::from_secs(1);
    })
    .await;
    // Ten messages 300 ms apart: 3 s in all, three times the timeout.
    let messages = futures::StreamExt::then(futures::stream::iter(0..10), |_| async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        SyncMembersRequest { members: vec![] }
    });
    let mut registry = registry_service_client::RegistryServiceClient::new(app.channel.clone());
    let started = Instant::now();
    let reply = tokio::time::timeout(
        Duration::from_secs(10),
        registry.sync_members(authed(&app.admin, messages)),
    )
    .await
    .expect("the call ends")
    .expect("a stream that keeps sending succeeds");
    assert!(started.elapsed() >= Duration::from_millis(2500));
    assert_eq!(reply.into_inner().rejected, 0);
}
