//! Observability: the per-call metrics on `/metrics`, the request id sent back, the one log
//! line per call of the real binary, and that every metric the dashboard and the alert rules
//! in docs/monitoring use is one pecd exports.

use std::collections::{BTreeSet, HashMap};
use std::process::Command;
use std::time::Duration;

use pecd::auth::{Role, keys};
use pecd::db::Db;
use pecd::proto::*;
use tonic::Code;

use crate::helpers::*;
use crate::on_both_backends;

const LIST_ORDINI: &str = "/pec.v1.RegistryService/ListOrdini";
const GET_MAILBOX: &str = "/pec.v1.MailboxService/GetMailbox";

/// `GET /metrics` over a plain HTTP/1.1 connection (no Accept: the Prometheus text format).
async fn scrape(app: &TestApp) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.metrics.expect("metrics served");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream
        .write_all(b"GET /metrics HTTP/1.1\r\nHost: pecd\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read");
    let (head, body) = response.split_once("\r\n\r\n").expect("HTTP response");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    body.to_owned()
}

/// Every sample of a scrape: `name{labels}` to value.
fn samples(body: &str) -> HashMap<String, f64> {
    body.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (series, value) = l.rsplit_once(' ')?;
            Some((series.to_owned(), value.parse().ok()?))
        })
        .collect()
}

fn value(body: &str, series: &str) -> f64 {
    samples(body).get(series).copied().unwrap_or(0.0)
}

async fn with_metrics(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| {
        s.metrics_listen = Some("127.0.0.1:0".parse().expect("address"));
    })
    .await
}

/// With a request id given by the client.
fn with_request_id<T>(mut request: tonic::Request<T>, id: &str) -> tonic::Request<T> {
    request
        .metadata_mut()
        .insert("x-request-id", id.parse().expect("header value"));
    request
}

fn is_uuid(id: &str) -> bool {
    uuid::Uuid::parse_str(id).is_ok() && id.len() == 36
}

async fn calls_are_counted_by_method_and_code(backend: Backend) {
    let app = with_metrics(backend).await;
    let before = scrape(&app).await;
    assert_eq!(
        value(
            &before,
            &format!("pecd_grpc_calls_total{{method=\"{LIST_ORDINI}\",code=\"OK\"}}")
        ),
        0.0
    );

    // Two answered calls, one error, one call without a key, one to no known method.
    for _ in 0..2 {
        app.registry()
            .list_ordini(authed(&app.admin, ListOrdiniRequest::default()))
            .await
            .expect("list");
    }
    let missing = app
        .mailboxes()
        .get_mailbox(authed(
            &app.admin,
            GetMailboxRequest {
                address: "nessuno@pec.tsrm-pstrp.example".into(),
            },
        ))
        .await
        .expect_err("no such mailbox");
    assert_eq!(missing.code(), Code::NotFound);
    let refused = app
        .registry()
        .list_ordini(tonic::Request::new(ListOrdiniRequest::default()))
        .await
        .expect_err("no key");
    assert_eq!(refused.code(), Code::Unauthenticated);
    let mut raw = tonic::client::Grpc::new(app.channel.clone());
    raw.ready().await.expect("ready");
    let unknown = raw
        .unary::<ListOrdiniRequest, ListOrdiniResponse, _>(
            authed(&app.admin, ListOrdiniRequest::default()),
            http::uri::PathAndQuery::from_static("/pec.v1.RegistryService/NoSuchMethod"),
            tonic_prost::ProstCodec::default(),
        )
        .await
        .expect_err("no such method");
    assert_eq!(unknown.code(), Code::Unimplemented);

    // A call is recorded when its response body ends, just after the client has it.
    let body = eventually(|| async {
        let body = scrape(&app).await;
        (value(&body, "pecd_grpc_calls_in_flight{method=\"other\"}") == 0.0
            && value(
                &body,
                &format!("pecd_grpc_calls_in_flight{{method=\"{LIST_ORDINI}\"}}"),
            ) == 0.0
            && value(
                &body,
                &format!(
                    "pecd_grpc_calls_total{{method=\"{LIST_ORDINI}\",code=\"UNAUTHENTICATED\"}}"
                ),
            ) == 1.0)
            .then_some(body)
    })
    .await;
    for (series, expected) in [
        (
            format!("pecd_grpc_calls_total{{method=\"{LIST_ORDINI}\",code=\"OK\"}}"),
            2.0,
        ),
        (
            format!("pecd_grpc_calls_total{{method=\"{GET_MAILBOX}\",code=\"NOT_FOUND\"}}"),
            1.0,
        ),
        (
            format!("pecd_grpc_calls_total{{method=\"{LIST_ORDINI}\",code=\"UNAUTHENTICATED\"}}"),
            1.0,
        ),
        (
            "pecd_grpc_calls_total{method=\"other\",code=\"UNIMPLEMENTED\"}".to_owned(),
            1.0,
        ),
        (
            format!("pecd_grpc_call_duration_seconds_count{{method=\"{LIST_ORDINI}\"}}"),
            3.0,
        ),
        (
            format!(
                "pecd_grpc_call_duration_seconds_bucket{{method=\"{LIST_ORDINI}\",le=\"+Inf\"}}"
            ),
            3.0,
        ),
        (
            format!("pecd_grpc_call_duration_seconds_count{{method=\"{GET_MAILBOX}\"}}"),
            1.0,
        ),
        (
            "pecd_auth_failures_total{reason=\"no_key\"}".to_owned(),
            1.0,
        ),
        (
            "pecd_security_refusals_total{kind=\"security.unauthenticated\"}".to_owned(),
            1.0,
        ),
    ] {
        assert_eq!(value(&body, &series), expected, "{series} in {body}");
    }
    let seconds = value(
        &body,
        &format!("pecd_grpc_call_duration_seconds_sum{{method=\"{LIST_ORDINI}\"}}"),
    );
    assert!(seconds > 0.0 && seconds < 30.0, "{seconds}");
    // The path a client chose never becomes a label value.
    assert!(!body.contains("NoSuchMethod"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_are_counted_by_method_and_code_sqlite() {
    calls_are_counted_by_method_and_code(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_are_counted_by_method_and_code_postgres() {
    calls_are_counted_by_method_and_code(Backend::Postgres).await;
}

on_both_backends! {
    async fn the_request_id_comes_back(app: TestApp) {
        // Given by the client and sane: kept, on success and on a refusal.
        let answered = app
            .registry()
            .list_ordini(with_request_id(authed(&app.admin, ListOrdiniRequest::default()), "ordine-TO:42"))
            .await
            .expect("list");
        assert_eq!(answered.metadata().get("x-request-id").and_then(|v| v.to_str().ok()), Some("ordine-TO:42"));
        let refused = app
            .registry()
            .list_ordini(with_request_id(tonic::Request::new(ListOrdiniRequest::default()), "ordine-TO:43"))
            .await
            .expect_err("no key");
        assert_eq!(refused.code(), Code::Unauthenticated);
        assert_eq!(refused.metadata().get("x-request-id").and_then(|v| v.to_str().ok()), Some("ordine-TO:43"));

        // Not given: a new one, on success, on an error and on a refusal.
        let answered = app
            .registry()
            .list_ordini(authed(&app.admin, ListOrdiniRequest::default()))
            .await
            .expect("list");
        let generated = answered.metadata().get("x-request-id").and_then(|v| v.to_str().ok()).expect("request id");
        assert!(is_uuid(generated), "{generated}");
        let missing = app
            .mailboxes()
            .get_mailbox(authed(&app.admin, GetMailboxRequest { address: "nessuno@pec.tsrm-pstrp.example".into() }))
            .await
            .expect_err("no such mailbox");
        let generated = missing.metadata().get("x-request-id").and_then(|v| v.to_str().ok()).expect("request id");
        assert!(is_uuid(generated), "{generated}");
        let refused = app
            .registry()
            .list_ordini(tonic::Request::new(ListOrdiniRequest::default()))
            .await
            .expect_err("no key");
        let generated = refused.metadata().get("x-request-id").and_then(|v| v.to_str().ok()).expect("request id");
        assert!(is_uuid(generated), "{generated}");

        // Given but not sane (too long, or with a space): replaced.
        for insane in ["x".repeat(65), "due parole".to_owned()] {
            let answered = app
                .registry()
                .list_ordini(with_request_id(authed(&app.admin, ListOrdiniRequest::default()), &insane))
                .await
                .expect("list");
            let replaced = answered.metadata().get("x-request-id").and_then(|v| v.to_str().ok()).expect("request id");
            assert!(is_uuid(replaced), "{insane:?} became {replaced}");
        }
    }
}

/// `pecd serve --log-format json` writes one line per call, flushed at SIGTERM.
async fn one_log_line_per_call(backend: Backend) {
    let (url, dir) = fresh_database(backend).await;
    let db = Db::connect(&url).await.expect("connect");
    db.migrate().await.expect("migrate");
    let key = keys::create(&db, Role::Admin, "log test", None)
        .await
        .expect("key");
    db.close().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let data = dir.path().to_str().expect("utf-8 path");
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_pecd"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
            data,
            "--log-format",
            "json",
        ])
        .env("PEC_DATABASE_URL", &url)
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("spawn pecd serve");
    let channel = eventually(|| async {
        tonic::transport::Channel::from_shared(format!("http://127.0.0.1:{port}"))
            .expect("endpoint")
            .connect()
            .await
            .ok()
    })
    .await;
    let mut registry = registry_service_client::RegistryServiceClient::new(channel);
    registry
        .list_ordini(with_request_id(
            authed(&key.secret, ListOrdiniRequest::default()),
            "ordine-TO:log",
        ))
        .await
        .expect("served");
    let refused = registry
        .list_ordini(tonic::Request::new(ListOrdiniRequest::default()))
        .await
        .expect_err("no key");
    let refused_id = refused
        .metadata()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("request id")
        .to_owned();

    let pid = child.id().expect("pid").to_string();
    let killed = Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(15), child.wait())
        .await
        .expect("stops within 15 s")
        .expect("exit status");
    assert!(status.success(), "clean exit on SIGTERM: {status:?}");
    let mut said = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        use tokio::io::AsyncReadExt;
        stderr.read_to_string(&mut said).await.expect("stderr");
    }
    let calls: Vec<serde_json::Value> = said
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|l| l["target"] == "pecd::call")
        .collect();
    let line = |request_id: &str| {
        calls
            .iter()
            .find(|l| l["fields"]["request_id"] == request_id)
            .map(|l| l["fields"].clone())
            .unwrap_or_else(|| panic!("no call line for {request_id} in {said}"))
    };
    let answered = line("ordine-TO:log");
    assert_eq!(answered["method"], LIST_ORDINI, "{answered}");
    assert_eq!(answered["code"], "OK", "{answered}");
    assert_eq!(answered["key_id"], key.id.as_str(), "{answered}");
    assert!(
        answered["duration_ms"].as_f64().is_some_and(|ms| ms >= 0.0),
        "{answered}"
    );
    assert!(
        answered["peer"]
            .as_str()
            .is_some_and(|p| p.starts_with("127.0.0.1:")),
        "{answered}"
    );
    let refused = line(&refused_id);
    assert_eq!(refused["code"], "UNAUTHENTICATED", "{refused}");
    assert!(refused.get("key_id").is_none(), "{refused}");
    // The level of a call line, and no secret in any line.
    assert!(calls.iter().all(|l| l["level"] == "INFO"));
    assert!(!said.contains(&key.secret), "the key never reaches the log");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_log_line_per_call_sqlite() {
    one_log_line_per_call(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_log_line_per_call_postgres() {
    one_log_line_per_call(Backend::Postgres).await;
}

/// The names of the series a scrape can hold: counters and gauges by their name, histograms
/// by their `_bucket`, `_sum` and `_count` series (a family with no sample yet still counts:
/// its TYPE line says pecd exports it).
fn exported_names(body: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in body.lines() {
        let Some(rest) = line.strip_prefix("# TYPE ") else {
            continue;
        };
        let Some((name, kind)) = rest.split_once(' ') else {
            continue;
        };
        if kind == "histogram" {
            for suffix in ["_bucket", "_sum", "_count"] {
                names.insert(format!("{name}{suffix}"));
            }
        } else {
            names.insert(name.to_owned());
        }
    }
    names
}

/// Every `pecd_…` name in the text of `docs/monitoring`'s files.
fn names_in_monitoring_docs() -> BTreeSet<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/monitoring");
    let mut found = BTreeSet::new();
    let entries = std::fs::read_dir(&dir).expect("docs/monitoring");
    for entry in entries {
        let path = entry.expect("entry").path();
        let text_file = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "yml" | "yaml" | "md")
        );
        if !text_file {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        let bytes = text.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        let mut at = 0;
        while let Some(offset) = text[at..].find("pecd_") {
            let start = at + offset;
            let mut end = start + "pecd_".len();
            while end < bytes.len() && is_word(bytes[end]) {
                end += 1;
            }
            // A whole word with a name after the prefix (prose may say "`pecd_…` names").
            if (start == 0 || !is_word(bytes[start - 1])) && end > start + "pecd_".len() {
                let file = path
                    .file_name()
                    .and_then(|f| f.to_str())
                    .unwrap_or_default()
                    .to_owned();
                found.insert((text[start..end].to_owned(), file));
            }
            at = end;
        }
    }
    found
}

async fn the_dashboard_and_the_alerts_use_only_exported_metrics(backend: Backend) {
    // Budgets of one, so that a few calls meet a refusal and a cap.
    let app = spawn_app_with(backend, |s| {
        s.metrics_listen = Some("127.0.0.1:0".parse().expect("address"));
        s.password.min_response = Duration::from_millis(5);
        s.password.per_visitor.max = 1;
        s.password.per_key.max = 1;
    })
    .await;
    app.registry()
        .list_ordini(authed(&app.admin, ListOrdiniRequest::default()))
        .await
        .expect("list");
    app.registry()
        .list_ordini(tonic::Request::new(ListOrdiniRequest::default()))
        .await
        .expect_err("no key");
    // Through a front end: visitor A's second reset is refused (its bucket is full); visitor
    // B's goes through past the key's ceiling (a cap, not a refusal).
    let front_end = keys::create_with(
        &app.db,
        Role::SelfService,
        "front end",
        None,
        keys::KeyOptions {
            front_end: true,
            ..Default::default()
        },
    )
    .await
    .expect("front-end key")
    .secret;
    let mut passwords = password_service_client::PasswordServiceClient::new(app.channel.clone());
    for (n, visitor, refused) in [
        (1, "203.0.113.1", false),
        (2, "203.0.113.1", true),
        (3, "203.0.113.2", false),
    ] {
        let mut request = authed(
            &front_end,
            crate::password::reset(
                &format!("utente.{n}@tsrm-pstrp.org"),
                &cf("Bianchi", "Luca", n),
            ),
        );
        request
            .metadata_mut()
            .insert("x-pec-visitor-ip", visitor.parse().expect("header value"));
        let answer = passwords.request_password_reset(request).await;
        assert_eq!(answer.is_err(), refused, "{answer:?}");
    }
    let body = scrape(&app).await;
    let exported = exported_names(&body);
    let used = names_in_monitoring_docs();
    assert!(
        used.len() > 20,
        "the dashboard and rules use pecd's metrics: {used:?}"
    );
    let unknown: Vec<_> = used
        .iter()
        .filter(|(name, _)| !exported.contains(name))
        .collect();
    assert!(
        unknown.is_empty(),
        "not exported by pecd: {unknown:?}\nexported: {exported:?}"
    );
    // The figures the issue asks for are all there.
    for name in [
        "pecd_grpc_calls_total",
        "pecd_grpc_call_duration_seconds_bucket",
        "pecd_grpc_calls_in_flight",
        "pecd_job_queue_depth",
        "pecd_job_oldest_due_age_seconds",
        "pecd_outbox_depth",
        "pecd_outbox_oldest_age_seconds",
        "pecd_throttle_refusals_total",
        "pecd_auth_failures_total",
        "pecd_throttle_caps_reached_total",
        "pecd_security_refusals_total",
        "pecd_contact_changes_under_review",
        "pecd_contact_changes_overdue",
        "pecd_jobs_failed",
        "pecd_notifications_failed",
        "pecd_rate_ceiling_crossings_total",
        "pecd_notification_delivery_failures_total",
        "pecd_job_lease_overruns_total",
    ] {
        assert!(exported.contains(name), "{name} not in {body}");
    }
    assert_eq!(
        value(
            &body,
            "pecd_throttle_refusals_total{bucket=\"reset:visitor\"}"
        ),
        1.0,
        "{body}"
    );
    assert_eq!(
        value(
            &body,
            "pecd_throttle_caps_reached_total{bucket=\"reset:key\"}"
        ),
        1.0,
        "{body}"
    );
    // Every job kind and channel has its series, at zero on a fresh database.
    assert_eq!(
        value(&body, "pecd_job_queue_depth{kind=\"create_mailbox\"}"),
        0.0
    );
    assert!(
        body.contains("pecd_outbox_depth{channel=\"sms\"} 0\n"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_and_the_alerts_use_only_exported_metrics_sqlite() {
    the_dashboard_and_the_alerts_use_only_exported_metrics(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_and_the_alerts_use_only_exported_metrics_postgres() {
    the_dashboard_and_the_alerts_use_only_exported_metrics(Backend::Postgres).await;
}

/// The state of the work, counted from the database at the scrape: queue depth and the age of
/// the oldest job a worker may take, by kind (a running job past its lease counts from the
/// lease's end); undelivered messages and the oldest one's age, by channel; failed rows.
async fn the_work_waiting_is_counted_at_each_scrape(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.metrics_listen = Some("127.0.0.1:0".parse().expect("address"));
        // No worker takes the rows below.
        s.run_workers = false;
    })
    .await;
    let now = chrono::Utc::now().timestamp_millis();
    let job = |id: &str, kind: &str, state: &str, run_at: i64, locked_until: &str| {
        format!(
            "INSERT INTO jobs (id, kind, payload, state, attempts, max_attempts, run_at, \
             locked_until, locked_by, last_error, created_at, updated_at) VALUES \
             ('{id}', '{kind}', '{{}}', '{state}', 0, 5, {run_at}, {locked_until}, NULL, NULL, {now}, {now})"
        )
    };
    for sql in [
        job("j1", "create_mailbox", "PENDING", now - 60_000, "NULL"),
        job("j2", "create_mailbox", "PENDING", now + 3_600_000, "NULL"),
        job(
            "j3",
            "sync_mailbox_state",
            "RUNNING",
            now - 900_000,
            &(now - 120_000).to_string(),
        ),
        job(
            "j4",
            "remove_mailbox",
            "RUNNING",
            now - 900_000,
            &(now + 60_000).to_string(),
        ),
        job("j5", "remove_mailbox", "FAILED", now - 900_000, "NULL"),
    ] {
        app.execute(&sql).await;
    }
    let message = |id: &str, channel: &str, state: &str, created_at: i64| {
        format!(
            "INSERT INTO notifications (id, channel, template, recipient, subject, body_text, \
             body_html, message_id, state, attempts, last_error, related_type, related_id, \
             created_at, sent_at, updated_at, sensitive) VALUES ('{id}', '{channel}', 't', \
             'r@example.org', NULL, 'b', NULL, '<{id}@pecd>', '{state}', 0, NULL, NULL, NULL, \
             {created_at}, NULL, {created_at}, FALSE)"
        )
    };
    for sql in [
        message("n1", "EMAIL", "PENDING", now - 90_000),
        message("n2", "EMAIL", "PENDING", now - 10_000),
        message("n3", "SMS", "FAILED", now - 10_000),
        message("n4", "SMS", "SENT", now - 500_000),
    ] {
        app.execute(&sql).await;
    }

    let body = scrape(&app).await;
    let near = |series: &str, expected: f64| {
        let got = value(&body, series);
        assert!(
            (got - expected).abs() < 30.0,
            "{series} = {got}, expected about {expected}\n{body}"
        );
    };
    assert_eq!(
        value(&body, "pecd_job_queue_depth{kind=\"create_mailbox\"}"),
        2.0,
        "{body}"
    );
    assert_eq!(
        value(&body, "pecd_job_queue_depth{kind=\"sync_mailbox_state\"}"),
        1.0
    );
    assert_eq!(
        value(&body, "pecd_job_queue_depth{kind=\"remove_mailbox\"}"),
        1.0
    );
    near(
        "pecd_job_oldest_due_age_seconds{kind=\"create_mailbox\"}",
        60.0,
    );
    near(
        "pecd_job_oldest_due_age_seconds{kind=\"sync_mailbox_state\"}",
        120.0,
    );
    // Running within its lease: not waiting.
    assert_eq!(
        value(
            &body,
            "pecd_job_oldest_due_age_seconds{kind=\"remove_mailbox\"}"
        ),
        0.0
    );
    assert_eq!(value(&body, "pecd_jobs_failed"), 1.0);
    assert_eq!(value(&body, "pecd_outbox_depth{channel=\"email\"}"), 2.0);
    assert_eq!(value(&body, "pecd_outbox_depth{channel=\"sms\"}"), 0.0);
    near("pecd_outbox_oldest_age_seconds{channel=\"email\"}", 90.0);
    assert_eq!(
        value(&body, "pecd_outbox_oldest_age_seconds{channel=\"sms\"}"),
        0.0
    );
    assert_eq!(value(&body, "pecd_notifications_failed"), 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_work_waiting_is_counted_at_each_scrape_sqlite() {
    the_work_waiting_is_counted_at_each_scrape(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_work_waiting_is_counted_at_each_scrape_postgres() {
    the_work_waiting_is_counted_at_each_scrape(Backend::Postgres).await;
}

/// Polls `check` every 10 ms until it holds (5 s at most); returns whether it did.
async fn soon(mut check: impl FnMut() -> bool) -> bool {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while tokio::time::Instant::now() < deadline {
        if check() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    check()
}

/// On PostgreSQL a sync paces its batches while other calls are in flight (its work runs in
/// the database, out of reach of its threads' lower priority). What it yields to is what the
/// per-call layer counts: a call people wait on counts while it runs, an open sync or watch
/// does not, and a call given up mid-way stops counting (else every later sync would crawl).
async fn the_calls_a_sync_yields_to_are_counted_and_never_leak(backend: Backend) {
    let app = with_metrics(backend).await;
    app.ordine("TO", true).await;
    let mario = cf("Rossi", "Mario", 1);
    app.upsert(member(&mario, "Mario", "Rossi", "TO")).await;
    let address = app.active_mailbox(&mario).await.address;
    let front_end = app.key(Role::SelfService, None).await;
    assert!(!app.activity.calls_waiting(), "nothing in flight yet");

    // A sync whose stream stays open: in flight (the layer's gauge says so), yet not waited on.
    let (more, messages) = tokio::sync::mpsc::channel::<SyncMembersRequest>(1);
    more.send(SyncMembersRequest {
        members: vec![member(&cf("Sala", "Ida", 2), "Ida", "Sala", "TO")],
    })
    .await
    .expect("queued");
    let (mut registry, admin) = (app.registry(), app.admin.clone());
    let sync = tokio::spawn(async move {
        registry
            .sync_members(authed(
                &admin,
                tokio_stream::wrappers::ReceiverStream::new(messages),
            ))
            .await
    });
    let sync_in_flight =
        "pecd_grpc_calls_in_flight{method=\"/pec.v1.RegistryService/SyncMembers\"}";
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while value(&scrape(&app).await, sync_in_flight) < 1.0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the sync never started"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(!app.activity.calls_waiting(), "an open sync is bulk work");

    // RequestPasswordReset answers after at least 400 ms: it counts while it runs.
    let reset = || {
        let mut client =
            pecd::proto::password_service_client::PasswordServiceClient::new(app.channel.clone());
        let request = authed(
            &front_end,
            RequestPasswordResetRequest {
                mailbox_address: address.clone(),
                codice_fiscale: mario.clone(),
                partita_iva: String::new(),
            },
        );
        tokio::spawn(async move { client.request_password_reset(request).await })
    };
    let answered = reset();
    assert!(
        soon(|| app.activity.calls_waiting()).await,
        "a reset in flight counts"
    );
    answered.await.expect("task").expect("reset");
    assert!(
        soon(|| !app.activity.calls_waiting()).await,
        "an answered call stops counting"
    );

    // Given up mid-way: the client drops the call before its answer.
    let given_up = reset();
    assert!(soon(|| app.activity.calls_waiting()).await);
    given_up.abort();
    assert!(
        soon(|| !app.activity.calls_waiting()).await,
        "a call given up still counts"
    );

    drop(more);
    let out = sync.await.expect("task").expect("sync").into_inner();
    assert_eq!(out.created, 1);
    assert!(!app.activity.calls_waiting());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_calls_a_sync_yields_to_are_counted_and_never_leak_sqlite() {
    the_calls_a_sync_yields_to_are_counted_and_never_leak(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_calls_a_sync_yields_to_are_counted_and_never_leak_postgres() {
    the_calls_a_sync_yields_to_are_counted_and_never_leak(Backend::Postgres).await
}
