//! The per-call layer, outside the gate (so shed and refused calls count too): a request id
//! for every call (the client's `x-request-id` if it is sane, a new one otherwise), sent back
//! in the response headers; the call's span; and, when the response body ends (or is dropped:
//! CANCELLED), the call's metrics and its one log line (target `pecd::call`).
//!
//! Kept cheap, since it runs on every call: the method label is a `&'static str` from a table
//! built once from the descriptor sets, the code is read from the `grpc-status` of the
//! trailers (or of the headers, for trailers-only answers), and nothing is formatted unless the
//! log line is enabled.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, LazyLock};
use std::task::{Context, Poll};
use std::time::Instant;

use http::HeaderValue;
use tonic::body::Body;
use tracing::Instrument;

use super::transport::ConnInfo;
use crate::metrics::Metrics;

/// The header that carries a call's request id both ways.
pub const REQUEST_ID: &str = "x-request-id";
/// The longest client request id kept.
const MAX_REQUEST_ID_LEN: usize = 64;
/// The method label of a path that is no known method (bounds the label's values).
const OTHER: &str = "other";

/// Every method served, as `/package.Service/Method`, sorted: the values of the `method` label.
static METHODS: LazyLock<Vec<String>> = LazyLock::new(|| served(false));

/// The streaming methods among them (a stream in either direction), sorted.
static STREAMING: LazyLock<Vec<String>> = LazyLock::new(|| served(true));

/// Whether `method` streams (SyncMembers, WatchEvents, Health/Watch, reflection): such calls
/// stay open for long, and bulk work does not yield to them (`background::Activity`). An
/// unknown path is not a stream.
pub fn is_streaming(method: &str) -> bool {
    STREAMING
        .binary_search_by(|m| m.as_str().cmp(method))
        .is_ok()
}

/// The methods of the descriptor sets served (only the streaming ones with `streaming`).
fn served(streaming: bool) -> Vec<String> {
    use prost::Message;
    let sets: [&[u8]; 5] = [
        crate::proto::FILE_DESCRIPTOR_SET,
        tonic_health::pb::FILE_DESCRIPTOR_SET,
        tonic_reflection::pb::v1::FILE_DESCRIPTOR_SET,
        tonic_reflection::pb::v1alpha::FILE_DESCRIPTOR_SET,
        tonic_types::pb::FILE_DESCRIPTOR_SET,
    ];
    let mut methods = Vec::new();
    for set in sets {
        let Ok(set) = prost_types::FileDescriptorSet::decode(set) else {
            continue;
        };
        for file in set.file {
            let package = file.package.unwrap_or_default();
            for service in file.service {
                let service_name = service.name.unwrap_or_default();
                for method in service.method {
                    let streams = method.client_streaming() || method.server_streaming();
                    if streaming && !streams {
                        continue;
                    }
                    methods.push(format!(
                        "/{package}.{service_name}/{}",
                        method.name.unwrap_or_default()
                    ));
                }
            }
        }
    }
    methods.sort();
    methods.dedup();
    methods
}

/// The `method` label of a request path: the path itself if it is a method we serve.
pub fn method_label(path: &str) -> &'static str {
    let methods: &'static [String] = METHODS.as_slice();
    match methods.binary_search_by(|m| m.as_str().cmp(path)) {
        Ok(i) => methods[i].as_str(),
        Err(_) => OTHER,
    }
}

/// The canonical names of the gRPC status codes, by number.
const CODE_NAMES: [&str; 17] = [
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

fn code_name(code: tonic::Code) -> &'static str {
    CODE_NAMES
        .get(code as usize)
        .copied()
        .unwrap_or(CODE_NAMES[2])
}

/// The code of a `grpc-status` value (a number); UNKNOWN if it is not one.
fn code_of(value: &HeaderValue) -> &'static str {
    std::str::from_utf8(value.as_bytes())
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .and_then(|n| CODE_NAMES.get(n).copied())
        .unwrap_or(CODE_NAMES[2])
}

/// A client's request id is kept if it is 1 to 64 visible ASCII characters (no spaces, no
/// control characters, nothing a log line could be forged with).
fn sane_request_id(value: &HeaderValue) -> bool {
    let bytes = value.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= MAX_REQUEST_ID_LEN
        && bytes.iter().all(|b| (0x21..=0x7e).contains(b))
}

fn new_request_id() -> HeaderValue {
    let mut buf = uuid::Uuid::encode_buffer();
    let id = uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buf);
    HeaderValue::from_str(id).unwrap_or_else(|_| HeaderValue::from_static("-"))
}

/// The key that authenticated a call, left by the gate in the response's extensions.
#[derive(Debug, Clone)]
pub struct CallerKey(pub String);

#[derive(Clone)]
pub struct CallLayer {
    metrics: Arc<Metrics>,
}

impl CallLayer {
    pub fn new(metrics: Arc<Metrics>) -> Self {
        // Built now rather than on the first call.
        LazyLock::force(&METHODS);
        Self { metrics }
    }
}

impl<S> tower::Layer<S> for CallLayer {
    type Service = Calls<S>;

    fn layer(&self, inner: S) -> Calls<S> {
        Calls {
            inner,
            metrics: self.metrics.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Calls<S> {
    inner: S,
    metrics: Arc<Metrics>,
}

/// One call, from its headers to the end of its response: recorded when dropped.
struct CallRecord {
    metrics: Arc<Metrics>,
    method: &'static str,
    /// The path of a call to no known method, for its log line.
    unknown_path: Option<String>,
    started: Instant,
    request_id: HeaderValue,
    peer: Option<SocketAddr>,
    key_id: Option<String>,
    /// None until the status is known: a call dropped before is CANCELLED.
    code: Option<&'static str>,
    /// A unary call, counted in the calls bulk work yields to (`Metrics::activity`).
    waited_on: bool,
}

impl CallRecord {
    fn ended(&mut self, code: &'static str) {
        self.code = Some(code);
    }
}

impl Drop for CallRecord {
    fn drop(&mut self) {
        let elapsed = self.started.elapsed();
        let code = self.code.unwrap_or("CANCELLED");
        self.metrics
            .call_ended(self.method, code, elapsed.as_secs_f64());
        if self.waited_on {
            self.metrics.activity().call_ended();
        }
        tracing::info!(
            target: "pecd::call",
            method = self.unknown_path.as_deref().unwrap_or(self.method),
            code,
            duration_ms = elapsed.as_secs_f64() * 1000.0,
            key_id = self.key_id.as_deref(),
            request_id = self.request_id.to_str().unwrap_or("-"),
            peer = self.peer.map(tracing::field::display),
            "call"
        );
    }
}

/// The response body, watched for the trailers that carry the status.
struct Recorded {
    inner: Body,
    record: CallRecord,
}

impl http_body::Body for Recorded {
    type Data = bytes::Bytes;
    type Error = tonic::Status;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let this = &mut *self;
        let polled = Pin::new(&mut this.inner).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(status) = frame.trailers_ref().and_then(|t| t.get("grpc-status")) {
                    this.record.code = Some(code_of(status));
                }
            }
            Poll::Ready(Some(Err(status))) => {
                this.record.code = Some(code_name(status.code()));
            }
            // A gRPC body always ends with its status; one that did not is UNKNOWN.
            Poll::Ready(None) => {
                this.record.code.get_or_insert(CODE_NAMES[2]);
            }
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

impl<S> tower::Service<http::Request<Body>> for Calls<S>
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
        let started = Instant::now();
        // The ready service goes to this call; its clone waits for the next one.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let metrics = self.metrics.clone();
        let path = req.uri().path();
        let method = method_label(path);
        let unknown_path = (method == OTHER).then(|| path.chars().take(128).collect());
        let request_id = match req.headers().get(REQUEST_ID) {
            Some(given) if sane_request_id(given) => given.clone(),
            _ => {
                let id = new_request_id();
                // The handlers see the id the client will get back.
                req.headers_mut().insert(REQUEST_ID, id.clone());
                id
            }
        };
        let peer = req
            .extensions()
            .get::<ConnInfo>()
            .and_then(ConnInfo::remote_addr);
        // The span keeps its module's target: quieting the call lines (`pecd::call=warn`)
        // leaves the request id on every other line of the call.
        let span = tracing::info_span!(
            "grpc",
            method,
            request_id = request_id.to_str().unwrap_or("-"),
            key_id = tracing::field::Empty,
        );
        metrics.call_started(method);
        // Streams (a sync, a watch) stay open for long: bulk work does not wait for them.
        let waited_on = !is_streaming(method);
        if waited_on {
            metrics.activity().call_started();
        }
        let mut record = CallRecord {
            metrics: metrics.clone(),
            method,
            unknown_path,
            started,
            request_id,
            peer,
            key_id: None,
            code: None,
            waited_on,
        };
        Box::pin(async move {
            let response = crate::metrics::in_call(metrics, inner.call(req))
                .instrument(span)
                .await;
            let mut response = match response {
                Ok(response) => response,
                Err(err) => {
                    record.ended(CODE_NAMES[2]);
                    return Err(err);
                }
            };
            record.key_id = response.extensions_mut().remove::<CallerKey>().map(|k| k.0);
            // A trailers-only answer (every refusal, most errors) carries its status here.
            if let Some(status) = response.headers().get("grpc-status") {
                record.code = Some(code_of(status));
            }
            response
                .headers_mut()
                .insert(REQUEST_ID, record.request_id.clone());
            Ok(response.map(|inner| Body::new(Recorded { inner, record })))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaming_methods_are_told_apart() {
        for streaming in [
            "/pec.v1.RegistryService/SyncMembers",
            "/pec.v1.EventService/WatchEvents",
            "/grpc.health.v1.Health/Watch",
            "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
        ] {
            assert!(is_streaming(streaming), "{streaming}");
        }
        for unary in [
            "/pec.v1.MailboxService/GetMailbox",
            "/grpc.health.v1.Health/Check",
            "/nope",
        ] {
            assert!(!is_streaming(unary), "{unary}");
        }
    }

    #[test]
    fn known_methods_are_their_own_label_and_others_are_other() {
        assert_eq!(
            method_label("/pec.v1.MailboxService/GetMailbox"),
            "/pec.v1.MailboxService/GetMailbox"
        );
        assert_eq!(
            method_label("/grpc.health.v1.Health/Check"),
            "/grpc.health.v1.Health/Check"
        );
        assert_eq!(method_label("/pec.v1.MailboxService/Nope"), OTHER);
        assert_eq!(method_label("/../../etc/passwd"), OTHER);
    }

    #[test]
    fn request_ids_are_kept_only_when_sane() {
        assert!(sane_request_id(&HeaderValue::from_static("ordine-42:abc")));
        assert!(!sane_request_id(&HeaderValue::from_static("")));
        assert!(!sane_request_id(&HeaderValue::from_static("two words")));
        assert!(!sane_request_id(
            &HeaderValue::from_str(&"x".repeat(65)).expect("header")
        ));
        assert!(!sane_request_id(
            &HeaderValue::from_bytes(b"caf\xc3\xa9").expect("header")
        ));
    }

    #[test]
    fn status_numbers_map_to_code_names() {
        assert_eq!(code_of(&HeaderValue::from_static("0")), "OK");
        assert_eq!(code_of(&HeaderValue::from_static("16")), "UNAUTHENTICATED");
        assert_eq!(code_of(&HeaderValue::from_static("99")), "UNKNOWN");
        assert_eq!(
            code_name(tonic::Code::ResourceExhausted),
            "RESOURCE_EXHAUSTED"
        );
    }
}
