//! What stands between a socket and a handler: the accepted connections (capped, each closed
//! when it stays idle or sends no request in time, all cut when the drain time is over) and the
//! gate every call passes (load shedding, then the API key read from the headers before any
//! byte of the body is polled).

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
use crate::config::TransportSettings;
use crate::error::ServiceError;

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
    state: Arc<ConnState>,
}

/// An accepted TCP connection, counted against the connection cap while it lives.
pub struct ConnIo {
    stream: TcpStream,
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
        Pin::new(&mut self.stream).poll_read(cx, buf)
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
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

impl Connected for ConnIo {
    type ConnectInfo = ConnInfo;

    fn connect_info(&self) -> ConnInfo {
        ConnInfo {
            tcp: self.stream.connect_info(),
            state: self.state.clone(),
        }
    }
}

/// Accepted connections: at most `max_connections` at once (one more is accepted and closed
/// at once, so it fails fast instead of waiting in the backlog), Nagle off (a small response
/// otherwise waits for the peer's delayed ACK: a 50 ms p99), TCP keepalive for dead peers.
/// `kill` closes every connection still open when it turns true.
pub fn incoming(
    listener: TcpListener,
    settings: &TransportSettings,
    kill: watch::Receiver<bool>,
) -> impl Stream<Item = io::Result<ConnIo>> + Send + 'static {
    struct Acceptor {
        listener: TcpListener,
        slots: Arc<Semaphore>,
        idle_timeout: Duration,
        header_timeout: Duration,
        kill: watch::Receiver<bool>,
    }
    let acceptor = Acceptor {
        listener,
        slots: Arc::new(Semaphore::new(settings.max_connections.max(1))),
        idle_timeout: settings.idle_timeout,
        header_timeout: settings.header_timeout,
        kill,
    };
    futures::stream::unfold(acceptor, |acceptor| async move {
        loop {
            let (stream, peer) = match acceptor.listener.accept().await {
                Ok(accepted) => accepted,
                Err(err) => {
                    tracing::warn!(error = %err, "accept failed");
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            };
            let Ok(permit) = acceptor.slots.clone().try_acquire_owned() else {
                tracing::warn!(%peer, "connection refused: too many open connections");
                drop(stream);
                continue;
            };
            let _ = stream.set_nodelay(true);
            let keepalive = socket_keepalive(&stream);
            if let Err(err) = keepalive {
                tracing::debug!(error = %err, "cannot set TCP keepalive");
            }
            let mut kill = acceptor.kill.clone();
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
                (state.opened + acceptor.header_timeout).into(),
            ));
            let io = ConnIo {
                stream,
                state,
                idle_timeout: acceptor.idle_timeout,
                header_timeout: acceptor.header_timeout,
                timer,
                killed,
                _permit: permit,
            };
            return Some((Ok(io), acceptor));
        }
    })
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
}

impl GateLayer {
    pub fn new(state: Arc<AppState>, max_in_flight: usize) -> Self {
        Self {
            state,
            in_flight: Arc::new(Semaphore::new(max_in_flight.max(1))),
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
    conn: Option<Arc<ConnState>>,
}

impl CallGuard {
    fn new(slot: OwnedSemaphorePermit, conn: Option<Arc<ConnState>>) -> Self {
        if let Some(conn) = &conn {
            conn.seen_request.store(true, Ordering::Release);
            conn.active.fetch_add(1, Ordering::AcqRel);
        }
        Self { _slot: slot, conn }
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

impl<S, B> tower::Service<http::Request<B>> for Gate<S>
where
    S: tower::Service<http::Request<B>, Response = http::Response<Body>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    B: Send + 'static,
{
    type Response = http::Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: http::Request<B>) -> Self::Future {
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
            let Ok(slot) = layer.in_flight.clone().try_acquire_owned() else {
                return Ok(refusal(ServiceError::Overloaded {
                    retry_after: SHED_RETRY_AFTER,
                }));
            };
            let guard = CallGuard::new(slot, conn.map(|c| c.state));
            if !is_open(req.uri().path()) {
                let Some(secret) = bearer(req.headers()) else {
                    return Ok(refusal(ServiceError::Unauthenticated));
                };
                match layer.state.keys.authenticate(secret).await {
                    Ok(caller) => {
                        tracing::Span::current().record("key_id", caller.key_id.as_str());
                        req.extensions_mut().insert(caller);
                    }
                    Err(err) => return Ok(refusal(ServiceError::from(err))),
                }
            }
            let response = inner.call(req).await?;
            Ok(response.map(|inner| {
                Body::new(Guarded {
                    inner,
                    _guard: guard,
                })
            }))
        })
    }
}
