//! What stands between a socket and a handler: the accepted connections (capped, each closed
//! when it stays idle or sends no request in time, all cut when the drain time is over) and the
//! gate every call passes (load shedding, then the API key read from the headers before any
//! byte of the body is polled, then an idle timeout on the request body).

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures::Stream;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::time::Sleep;
use tonic::body::Body;
use tonic::transport::server::{Connected, TcpConnectInfo};

use super::AppState;
use super::calls::CallerKey;
use crate::config::TransportSettings;
use crate::error::ServiceError;
use crate::metrics::AuthFailure;
use crate::security_log::{self, Refusal};

/// How long a refused call is told to wait before retrying.
const SHED_RETRY_AFTER: Duration = Duration::from_secs(1);
/// Pause after a failed accept (e.g. EMFILE), so the loop never spins a core.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);

/// Raises the soft open-files limit to the hard one, so the connection cap, not the
/// descriptor table, is what refuses clients. Returns the limit now in force.
pub fn raise_open_files_limit() -> Option<u64> {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => Some(limit),
        Err(err) => {
            tracing::warn!(error = %err, "cannot raise the open-files limit");
            None
        }
    }
}

/// What a connection's gate and its socket share: calls in flight and when it went idle.
#[derive(Debug)]
struct ConnState {
    opened: Instant,
    active: AtomicUsize,
    seen_request: AtomicBool,
    /// Milliseconds after `opened` when the last call ended.
    idle_since_ms: AtomicU64,
}

impl ConnState {
    fn elapsed_ms(&self) -> u64 {
        u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX)
    }
}

/// The connection info tonic puts in every request's extensions.
#[derive(Debug, Clone)]
pub struct ConnInfo {
    tcp: TcpConnectInfo,
    subject: Option<String>,
    state: Arc<ConnState>,
}

impl ConnInfo {
    /// The client's address.
    pub fn remote_addr(&self) -> Option<std::net::SocketAddr> {
        self.tcp.remote_addr()
    }
}

/// The bytes of a connection: plain TCP or TLS over it.
enum Wire {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::server::TlsStream<TcpStream>>),
}

impl Wire {
    fn tcp(&self) -> &TcpStream {
        match self {
            Wire::Plain(tcp) => tcp,
            Wire::Tls(tls) => tls.get_ref().0,
        }
    }
}

/// An accepted connection, counted against the connection cap while it lives.
pub struct ConnIo {
    stream: Wire,
    /// The subject of the client certificate (mutual TLS), normalised.
    subject: Option<String>,
    state: Arc<ConnState>,
    idle_timeout: Duration,
    header_timeout: Duration,
    timer: Pin<Box<Sleep>>,
    killed: Pin<Box<dyn Future<Output = ()> + Send>>,
    _permit: OwnedSemaphorePermit,
}

impl ConnIo {
    /// An error once the drain is over or the connection overstayed its idle or header time;
    /// registers the wake-ups otherwise.
    fn expired(&mut self, cx: &mut Context<'_>) -> Option<io::Error> {
        if self.killed.as_mut().poll(cx).is_ready() {
            return Some(io::Error::new(io::ErrorKind::TimedOut, "server drained"));
        }
        while self.timer.as_mut().poll(cx).is_ready() {
            let now = Instant::now();
            let deadline = if self.state.active.load(Ordering::Acquire) > 0 {
                now + self.idle_timeout
            } else if !self.state.seen_request.load(Ordering::Acquire) {
                self.state.opened + self.header_timeout
            } else {
                self.state.opened
                    + Duration::from_millis(self.state.idle_since_ms.load(Ordering::Acquire))
                    + self.idle_timeout
            };
            if deadline <= now {
                return Some(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "connection idle for too long",
                ));
            }
            self.timer.as_mut().reset(deadline.into());
        }
        None
    }
}

impl AsyncRead for ConnIo {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if let Some(err) = self.expired(cx) {
            return Poll::Ready(Err(err));
        }
        match &mut self.stream {
            Wire::Plain(tcp) => Pin::new(tcp).poll_read(cx, buf),
            Wire::Tls(tls) => Pin::new(tls.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for ConnIo {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if let Some(err) = self.expired(cx) {
            return Poll::Ready(Err(err));
        }
        match &mut self.stream {
            Wire::Plain(tcp) => Pin::new(tcp).poll_write(cx, buf),
            Wire::Tls(tls) => Pin::new(tls.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.stream {
            Wire::Plain(tcp) => Pin::new(tcp).poll_flush(cx),
            Wire::Tls(tls) => Pin::new(tls.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.stream {
            Wire::Plain(tcp) => Pin::new(tcp).poll_shutdown(cx),
            Wire::Tls(tls) => Pin::new(tls.as_mut()).poll_shutdown(cx),
        }
    }
}

impl Connected for ConnIo {
    type ConnectInfo = ConnInfo;

    fn connect_info(&self) -> ConnInfo {
        ConnInfo {
            tcp: self.stream.tcp().connect_info(),
            subject: self.subject.clone(),
            state: self.state.clone(),
        }
    }
}

/// Accepted connections: at most `max_connections` at once (one more is accepted and closed
/// at once, so it fails fast instead of waiting in the backlog), Nagle off (a small response
/// otherwise waits for the peer's delayed ACK: a 50 ms p99), TCP keepalive for dead peers.
/// With `tls`, each handshake runs on its own task under a deadline, so a slow client never
/// holds up the accept loop. `kill` closes every connection still open when it turns true.
pub fn incoming(
    listener: TcpListener,
    settings: &TransportSettings,
    tls: Option<(tokio_rustls::TlsAcceptor, Duration)>,
    kill: watch::Receiver<bool>,
) -> impl Stream<Item = io::Result<ConnIo>> + Send + 'static {
    let slots = Arc::new(Semaphore::new(settings.max_connections.max(1)));
    let idle_timeout = settings.idle_timeout;
    let header_timeout = settings.header_timeout;
    let (tx, rx) = tokio::sync::mpsc::channel::<io::Result<ConnIo>>(64);
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                accepted = listener.accept() => accepted,
                // The server stopped taking connections: close the listener.
                () = tx.closed() => return,
            };
            let (stream, peer) = match accepted {
                Ok(accepted) => accepted,
                Err(err) => {
                    tracing::warn!(error = %err, "accept failed");
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            };
            let Ok(permit) = slots.clone().try_acquire_owned() else {
                tracing::warn!(%peer, "connection refused: too many open connections");
                drop(stream);
                continue;
            };
            let _ = stream.set_nodelay(true);
            if let Err(err) = socket_keepalive(&stream) {
                tracing::debug!(error = %err, "cannot set TCP keepalive");
            }
            let tx = tx.clone();
            let kill = kill.clone();
            let tls = tls.clone();
            // The handshake (if any) runs beside the accept loop.
            tokio::spawn(async move {
                let (stream, subject) = match tls {
                    None => (Wire::Plain(stream), None),
                    Some((acceptor, deadline)) => {
                        match tokio::time::timeout(deadline, acceptor.accept(stream)).await {
                            Ok(Ok(tls)) => {
                                let subject = client_subject(&tls);
                                (Wire::Tls(Box::new(tls)), subject)
                            }
                            Ok(Err(err)) => {
                                tracing::debug!(%peer, error = %err, "TLS handshake failed");
                                return;
                            }
                            Err(_) => {
                                tracing::debug!(%peer, "TLS handshake timed out");
                                return;
                            }
                        }
                    }
                };
                let io = conn_io(stream, subject, permit, idle_timeout, header_timeout, kill);
                let _ = tx.send(Ok(io)).await;
            });
        }
    });
    tokio_stream::wrappers::ReceiverStream::new(rx)
}

fn conn_io(
    stream: Wire,
    subject: Option<String>,
    permit: OwnedSemaphorePermit,
    idle_timeout: Duration,
    header_timeout: Duration,
    mut kill: watch::Receiver<bool>,
) -> ConnIo {
    let killed = Box::pin(async move {
        if kill.wait_for(|k| *k).await.is_err() {
            // The sender is gone only once the server is done: nothing to cut.
            std::future::pending::<()>().await;
        }
    });
    let state = Arc::new(ConnState {
        opened: Instant::now(),
        active: AtomicUsize::new(0),
        seen_request: AtomicBool::new(false),
        idle_since_ms: AtomicU64::new(0),
    });
    let timer = Box::pin(tokio::time::sleep_until(
        (state.opened + header_timeout).into(),
    ));
    ConnIo {
        stream,
        subject,
        state,
        idle_timeout,
        header_timeout,
        timer,
        killed,
        _permit: permit,
    }
}

/// The subject of a verified client certificate, as `CN=…, O=…`.
fn client_subject(tls: &tokio_rustls::server::TlsStream<TcpStream>) -> Option<String> {
    let der = tls.get_ref().1.peer_certificates()?.first()?;
    let (_, cert) = x509_parser::parse_x509_certificate(der.as_ref()).ok()?;
    Some(normalize_subject(&cert.subject().to_string()))
}

/// `CN=a,O=b` and `CN=a, O=b` compare equal.
pub fn normalize_subject(subject: &str) -> String {
    subject
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn socket_keepalive(stream: &TcpStream) -> io::Result<()> {
    let sock = socket2::SockRef::from(stream);
    sock.set_tcp_keepalive(&socket2::TcpKeepalive::new().with_time(Duration::from_secs(60)))
}

/// The gate every call passes before its handler: load shedding, then authentication.
#[derive(Clone)]
pub struct GateLayer {
    state: Arc<AppState>,
    in_flight: Arc<Semaphore>,
    /// Watches take a slot here instead of `in_flight`: they stay open for hours, idle.
    watches: Arc<Semaphore>,
    watches_per_key: usize,
    /// Watches open per key id.
    watching: Arc<std::sync::Mutex<std::collections::HashMap<String, usize>>>,
    stream_idle_timeout: Duration,
}

impl GateLayer {
    pub fn new(state: Arc<AppState>, limits: &crate::config::TransportSettings) -> Self {
        Self {
            state,
            in_flight: Arc::new(Semaphore::new(limits.max_in_flight.max(1))),
            watches: Arc::new(Semaphore::new(limits.max_watches.max(1))),
            watches_per_key: limits.max_watches_per_key.max(1),
            watching: Arc::default(),
            stream_idle_timeout: limits.stream_idle_timeout,
        }
    }
}

/// The one long-lived server stream, capped apart from the calls in flight.
const WATCH_METHOD: &str = "/pec.v1.EventService/WatchEvents";

/// How soon a key at its cap of watches may try again.
const WATCH_RETRY_AFTER: Duration = Duration::from_secs(5);

/// One watch of a key, counted while its response lives.
struct WatchSlot {
    key_id: String,
    watching: Arc<std::sync::Mutex<std::collections::HashMap<String, usize>>>,
}

impl WatchSlot {
    /// A slot for `key_id`, unless it already holds `cap` watches.
    fn take(
        watching: &Arc<std::sync::Mutex<std::collections::HashMap<String, usize>>>,
        key_id: &str,
        cap: usize,
    ) -> Option<Self> {
        let mut open = watching.lock().unwrap_or_else(|e| e.into_inner());
        let count = open.entry(key_id.to_owned()).or_default();
        if *count >= cap {
            return None;
        }
        *count += 1;
        Some(Self {
            key_id: key_id.to_owned(),
            watching: watching.clone(),
        })
    }
}

impl Drop for WatchSlot {
    fn drop(&mut self) {
        let mut open = self.watching.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = open.get_mut(&self.key_id) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.key_id);
            }
        }
    }
}

impl<S> tower::Layer<S> for GateLayer {
    type Service = Gate<S>;

    fn layer(&self, inner: S) -> Gate<S> {
        Gate {
            inner,
            layer: self.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Gate<S> {
    inner: S,
    layer: GateLayer,
}

/// Health and reflection answer without a key.
fn is_open(path: &str) -> bool {
    path.starts_with("/grpc.health.") || path.starts_with("/grpc.reflection.")
}

/// The bearer key of the headers.
fn bearer(headers: &http::HeaderMap) -> Option<&str> {
    headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
}

fn refusal(err: ServiceError) -> http::Response<Body> {
    tonic::Status::from(err).into_http()
}

/// Held while a call runs (until its response body ends): its in-flight slot and its mark on
/// the connection's activity.
struct CallGuard {
    _slot: OwnedSemaphorePermit,
    _watch: Option<WatchSlot>,
    conn: Option<Arc<ConnState>>,
}

impl CallGuard {
    fn new(slot: OwnedSemaphorePermit, conn: Option<Arc<ConnState>>) -> Self {
        if let Some(conn) = &conn {
            conn.seen_request.store(true, Ordering::Release);
            conn.active.fetch_add(1, Ordering::AcqRel);
        }
        Self {
            _slot: slot,
            _watch: None,
            conn,
        }
    }
}

impl Drop for CallGuard {
    fn drop(&mut self) {
        if let Some(conn) = &self.conn {
            conn.idle_since_ms
                .store(conn.elapsed_ms(), Ordering::Release);
            conn.active.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

/// A response body that releases its call's guard when it is dropped.
struct Guarded {
    inner: Body,
    _guard: CallGuard,
}

impl http_body::Body for Guarded {
    type Data = bytes::Bytes;
    type Error = tonic::Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// A request body that fails with `ServiceError::StreamIdle` when the client sends nothing for
/// `timeout` while the handler waits on it. The clock runs only while the handler polls, so
/// a handler busy between messages never trips it.
struct IdleBody {
    inner: Body,
    timeout: Duration,
    timer: Pin<Box<Sleep>>,
    /// The handler asked for a frame and none has come yet.
    waiting: bool,
}

impl IdleBody {
    fn new(inner: Body, timeout: Duration) -> Self {
        Self {
            inner,
            timeout,
            timer: Box::pin(tokio::time::sleep(timeout)),
            waiting: false,
        }
    }
}

impl http_body::Body for IdleBody {
    type Data = bytes::Bytes;
    type Error = tonic::Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let this = &mut *self;
        if !this.waiting {
            this.waiting = true;
            let deadline = tokio::time::Instant::now() + this.timeout;
            this.timer.as_mut().reset(deadline);
        }
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => {
                this.waiting = false;
                Poll::Ready(frame)
            }
            Poll::Pending => match this.timer.as_mut().poll(cx) {
                Poll::Ready(()) => {
                    tracing::info!(
                        timeout_s = this.timeout.as_secs(),
                        "request body idle: call ended"
                    );
                    Poll::Ready(Some(Err(tonic::Status::from(ServiceError::StreamIdle {
                        timeout: this.timeout,
                    }))))
                }
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

impl<S> tower::Service<http::Request<Body>> for Gate<S>
where
    S: tower::Service<http::Request<Body>, Response = http::Response<Body>>
        + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    type Response = http::Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: http::Request<Body>) -> Self::Future {
        // The ready service goes to this call; its clone waits for the next one.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let layer = self.layer.clone();
        Box::pin(async move {
            let conn = req.extensions().get::<ConnInfo>().cloned();
            if let Some(info) = &conn {
                // `Request::remote_addr` keeps working.
                req.extensions_mut().insert(info.tcp.clone());
            }
            let is_watch = req.uri().path() == WATCH_METHOD;
            let slots = if is_watch {
                &layer.watches
            } else {
                &layer.in_flight
            };
            let Ok(slot) = slots.clone().try_acquire_owned() else {
                return Ok(refusal(ServiceError::Overloaded {
                    retry_after: SHED_RETRY_AFTER,
                }));
            };
            let subject = conn.as_ref().and_then(|c| c.subject.clone());
            let visitor = conn
                .as_ref()
                .and_then(|c| c.tcp.remote_addr())
                .map(|a| a.ip());
            let mut guard = CallGuard::new(slot, conn.map(|c| c.state));
            let method = req.uri().path().to_owned();
            // Who a refused call is recorded against: its key, else its address.
            let mut who = security_log::Who {
                visitor: visitor.map(|ip| ip.to_string()),
                ..security_log::Who::default()
            };
            let refused = |who: security_log::Who, reason: AuthFailure| {
                crate::metrics::auth_failed(reason);
                layer
                    .state
                    .security
                    .tally(Refusal::Unauthenticated, who, &method);
                Ok(refusal(ServiceError::Unauthenticated))
            };
            if !is_open(&method) {
                let Some(secret) = bearer(req.headers()) else {
                    return refused(who, AuthFailure::NoKey);
                };
                match layer.state.keys.authenticate(secret).await {
                    // A key bound to a certificate subject needs that certificate too.
                    Ok(caller)
                        if caller
                            .bound_subject
                            .as_deref()
                            .is_some_and(|b| Some(normalize_subject(b)) != subject) =>
                    {
                        tracing::warn!(key_id = %caller.key_id, "bound key over another client certificate");
                        who.key_id = Some(caller.key_id.clone());
                        who.ordine_code = caller.ordine_code.clone();
                        return refused(who, AuthFailure::WrongCertificate);
                    }
                    Ok(caller) => {
                        tracing::Span::current().record("key_id", caller.key_id.as_str());
                        if is_watch {
                            let Some(watch) = WatchSlot::take(
                                &layer.watching,
                                &caller.key_id,
                                layer.watches_per_key,
                            ) else {
                                return Ok(refusal(ServiceError::RateLimited {
                                    retry_after: WATCH_RETRY_AFTER,
                                }));
                            };
                            guard._watch = Some(watch);
                        }
                        who = security_log::Who {
                            key_id: Some(caller.key_id.clone()),
                            ordine_code: caller.ordine_code.clone(),
                            visitor: None,
                        };
                        req.extensions_mut().insert(caller);
                    }
                    Err(err) => {
                        let err = ServiceError::from(err);
                        if matches!(err, ServiceError::Unauthenticated) {
                            return refused(who, AuthFailure::UnknownKey);
                        }
                        return Ok(refusal(err));
                    }
                }
            }
            // A slow or stalled body (a native stream or a gRPC-Web body, which the outer
            // gRPC-Web layer has already translated) cannot hold the call open.
            let timeout = layer.stream_idle_timeout;
            let req = req.map(|body| Body::new(IdleBody::new(body, timeout)));
            // A refusal decided inside the call (a role, another Ordine, a rate limit) is
            // noted there and recorded here, outside the call's transaction.
            let (response, noted) = security_log::watch(inner.call(req)).await;
            // The per-call layer logs the key that made the call.
            let key = who.key_id.clone().map(CallerKey);
            if let Some(kind) = noted {
                layer.state.security.tally(kind, who, &method);
            }
            let mut response = response?;
            if let Some(key) = key {
                response.extensions_mut().insert(key);
            }
            Ok(response.map(|inner| {
                Body::new(Guarded {
                    inner,
                    _guard: guard,
                })
            }))
        })
    }
}

/// The certificate the server presents, swapped in place when its files change or on SIGHUP,
/// so that new connections get the new one while the listener stays open.
pub struct ReloadingCert {
    cert: std::path::PathBuf,
    key: std::path::PathBuf,
    current: std::sync::RwLock<(Arc<rustls::sign::CertifiedKey>, Vec<u8>)>,
}

impl std::fmt::Debug for ReloadingCert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReloadingCert")
            .field("cert", &self.cert)
            .finish_non_exhaustive()
    }
}

impl ReloadingCert {
    pub fn load(cert: &std::path::Path, key: &std::path::Path) -> anyhow::Result<Arc<Self>> {
        let (certified, stamp) = read_certified(cert, key)?;
        Ok(Arc::new(Self {
            cert: cert.to_owned(),
            key: key.to_owned(),
            current: std::sync::RwLock::new((certified, stamp)),
        }))
    }

    /// Loads the files again if they changed (or when `force`); a broken pair is logged and
    /// the previous certificate kept.
    pub fn reload(&self, force: bool) {
        let stamp = match (std::fs::read(&self.cert), std::fs::read(&self.key)) {
            (Ok(mut cert), Ok(key)) => {
                cert.extend_from_slice(&key);
                sha2::Sha256::digest(&cert).to_vec()
            }
            _ => {
                tracing::warn!(path = %self.cert.display(), "cannot read the TLS certificate or key; keeping the current one");
                return;
            }
        };
        let unchanged = self.current.read().map(|c| c.1 == stamp).unwrap_or(false);
        if unchanged && !force {
            return;
        }
        match read_certified(&self.cert, &self.key) {
            Ok(next) => {
                if let Ok(mut current) = self.current.write() {
                    *current = next;
                    tracing::info!(path = %self.cert.display(), "TLS certificate reloaded");
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, "invalid TLS certificate or key; keeping the current one")
            }
        }
    }
}

use sha2::Digest;

fn read_certified(
    cert: &std::path::Path,
    key: &std::path::Path,
) -> anyhow::Result<(Arc<rustls::sign::CertifiedKey>, Vec<u8>)> {
    use anyhow::Context;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let cert_pem =
        std::fs::read(cert).with_context(|| format!("cannot read {}", cert.display()))?;
    let key_pem = std::fs::read(key).with_context(|| format!("cannot read {}", key.display()))?;
    let chain = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("invalid PEM in {}", cert.display()))?;
    anyhow::ensure!(!chain.is_empty(), "no certificate in {}", cert.display());
    let private = PrivateKeyDer::from_pem_slice(&key_pem)
        .with_context(|| format!("no private key in {}", key.display()))?;
    let signing = rustls::crypto::ring::sign::any_supported_type(&private)
        .with_context(|| format!("unsupported private key in {}", key.display()))?;
    let mut stamp = cert_pem;
    stamp.extend_from_slice(&key_pem);
    Ok((
        Arc::new(rustls::sign::CertifiedKey::new(chain, signing)),
        sha2::Sha256::digest(&stamp).to_vec(),
    ))
}

impl rustls::server::ResolvesServerCert for ReloadingCert {
    fn resolve(
        &self,
        _hello: rustls::server::ClientHello<'_>,
    ) -> Option<Arc<rustls::sign::CertifiedKey>> {
        self.current.read().ok().map(|c| c.0.clone())
    }
}

/// The TLS acceptor of the settings: the reloading certificate, and client certificates
/// required and verified against `client_ca` when set. ALPN offers HTTP/2 and HTTP/1.1
/// (gRPC-Web).
pub fn tls_acceptor(
    tls: &crate::config::TlsSettings,
    cert: Arc<ReloadingCert>,
) -> anyhow::Result<tokio_rustls::TlsAcceptor> {
    use anyhow::Context;
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()?;
    let builder = match &tls.client_ca {
        Some(path) => {
            let mut roots = rustls::RootCertStore::empty();
            for ca in CertificateDer::pem_file_iter(path)
                .with_context(|| format!("cannot read {}", path.display()))?
            {
                roots.add(ca.with_context(|| format!("invalid PEM in {}", path.display()))?)?;
            }
            let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
                Arc::new(roots),
                provider,
            )
            .build()?;
            builder.with_client_cert_verifier(verifier)
        }
        None => builder.with_no_client_auth(),
    };
    let mut config = builder.with_cert_resolver(cert);
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// Reloads the certificate on SIGHUP and whenever its files change, until `stop`.
pub async fn watch_certificate(
    cert: Arc<ReloadingCert>,
    interval: Duration,
    mut stop: watch::Receiver<bool>,
) {
    #[cfg(unix)]
    let mut hangup = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        Ok(signal) => Some(signal),
        Err(err) => {
            tracing::warn!(error = %err, "cannot listen for SIGHUP");
            None
        }
    };
    loop {
        #[cfg(unix)]
        let hup = async {
            match hangup.as_mut() {
                Some(signal) => {
                    signal.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let hup = std::future::pending::<()>();
        tokio::select! {
            () = hup => cert.reload(true),
            () = tokio::time::sleep(interval) => cert.reload(false),
            _ = stop.changed() => return,
        }
    }
}
