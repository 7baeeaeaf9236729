//! `GET /metrics` on its own listener (`--metrics-listen`), encoded by `prometheus-client`:
//! the Prometheus text format (0.0.4) by default, OpenMetrics when the scraper asks for it.
//!
//! Two kinds of figures. The state of the work (reviews, jobs, outbox) is counted from the
//! database at each scrape, so every replica reports the same truth and nothing is lost on
//! restart; a scrape runs four queries on indexed columns, one scrape at a time. The events
//! (calls, refusals, failed deliveries, lease overruns) are this process's own counters,
//! since it started.
//!
//! A call's code reaches its counters through the call's task-local scope (`in_call`), set by
//! the per-call layer around the gate and the handler: throttling and the security log count
//! there without a handle passed down through the use cases. Outside a call it does nothing.

use std::convert::Infallible;
use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::Registry;
use sea_orm::{ConnectionTrait, DbBackend, Iterable, Statement};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::db::{Db, now_ms};
use crate::entities::{job, notification};

/// Upper bounds of the call-duration buckets, in seconds: 0.5 ms to 30 s.
const DURATION_BUCKETS: [f64; 15] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CallLabels {
    method: &'static str,
    code: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MethodLabels {
    method: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BucketLabels {
    bucket: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabels {
    reason: &'static str,
}

/// Why the gate refused a call as UNAUTHENTICATED.
#[derive(Debug, Clone, Copy)]
pub enum AuthFailure {
    /// No `authorization: Bearer …` header.
    NoKey,
    /// A key that is unknown, revoked or malformed.
    UnknownKey,
    /// A key bound to a client certificate, presented over another (or none).
    WrongCertificate,
}

impl AuthFailure {
    fn label(self) -> &'static str {
        match self {
            AuthFailure::NoKey => "no_key",
            AuthFailure::UnknownKey => "unknown_key",
            AuthFailure::WrongCertificate => "wrong_certificate",
        }
    }
}

/// The domain's names the scrape's queries need, given by the composition root (so this
/// module, which throttling and the security log report to, imports no use case).
#[derive(Debug, Clone, Copy)]
pub struct StateNames {
    /// The state of a contact change waiting for review.
    pub under_review: &'static str,
    /// The audit action of a crossing of a key's self-service ceiling.
    pub ceiling_crossed: &'static str,
}

/// This process's metrics: the registry `/metrics` encodes and the handles that feed it.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    names: StateNames,
    calls: Family<CallLabels, Counter>,
    durations: Family<MethodLabels, Histogram, fn() -> Histogram>,
    in_flight: Family<MethodLabels, Gauge>,
    throttle_refusals: Family<BucketLabels, Counter>,
    throttle_caps: Family<BucketLabels, Counter>,
    auth_failures: Family<ReasonLabels, Counter>,
    security_refusals: Family<KindLabels, Counter>,
    delivery_failures: Counter,
    lease_overruns: Counter,
    state: Arc<StateCollector>,
    /// The calls in flight bulk work yields to (kept with `in_flight`).
    activity: Arc<crate::background::Activity>,
    /// One scrape at a time: a flood of scrapes costs the database no more than one.
    scrape: tokio::sync::Mutex<()>,
}

fn duration_histogram() -> Histogram {
    Histogram::new(DURATION_BUCKETS)
}

impl Metrics {
    pub fn new(names: StateNames) -> Self {
        let mut registry = Registry::default();
        let calls = Family::<CallLabels, Counter>::default();
        registry.register(
            "pecd_grpc_calls",
            "gRPC calls ended, by method and status code (refused and shed calls included; a call dropped before its end is CANCELLED)",
            calls.clone(),
        );
        let durations = Family::<MethodLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            duration_histogram,
        );
        registry.register(
            "pecd_grpc_call_duration_seconds",
            "Time from a call's headers to the end of its response (for streams: until they end)",
            durations.clone(),
        );
        let in_flight = Family::<MethodLabels, Gauge>::default();
        registry.register(
            "pecd_grpc_calls_in_flight",
            "gRPC calls started and not yet ended, by method (open watches included)",
            in_flight.clone(),
        );
        let throttle_refusals = Family::<BucketLabels, Counter>::default();
        registry.register(
            "pecd_throttle_refusals",
            "Calls refused (RESOURCE_EXHAUSTED) because a rate-limit bucket was full, by kind of bucket",
            throttle_refusals.clone(),
        );
        let throttle_caps = Family::<BucketLabels, Counter>::default();
        registry.register(
            "pecd_throttle_caps_reached",
            "Calls that met a full cap that changes what they do instead of refusing them (a key's ceiling, a reset email's daily cap), by kind of bucket",
            throttle_caps.clone(),
        );
        let auth_failures = Family::<ReasonLabels, Counter>::default();
        // Reasons are few and known: their series start at zero, so the first failure shows
        // in rate() and increase().
        for reason in [
            AuthFailure::NoKey,
            AuthFailure::UnknownKey,
            AuthFailure::WrongCertificate,
        ] {
            drop(auth_failures.get_or_create(&ReasonLabels {
                reason: reason.label(),
            }));
        }
        registry.register(
            "pecd_auth_failures",
            "Calls refused as UNAUTHENTICATED by the gate, by reason",
            auth_failures.clone(),
        );
        let security_refusals = Family::<KindLabels, Counter>::default();
        registry.register(
            "pecd_security_refusals",
            "Refused calls written to the audit trail as security events, by kind",
            security_refusals.clone(),
        );
        let delivery_failures = Counter::default();
        registry.register(
            "pecd_notification_delivery_failures",
            "Attempts to hand an email or SMS to its transport that failed or timed out",
            delivery_failures.clone(),
        );
        let lease_overruns = Counter::default();
        registry.register(
            "pecd_job_lease_overruns",
            "Jobs that ran past their lease (renewal failed or came late): an alarm",
            lease_overruns.clone(),
        );
        registry.register(
            "pecd_build",
            "The running pecd's version",
            Info::new(vec![("version", env!("CARGO_PKG_VERSION"))]),
        );
        let state = Arc::new(StateCollector::default());
        registry.register_collector(Box::new(state.clone()));
        Self {
            registry,
            names,
            calls,
            durations,
            in_flight,
            throttle_refusals,
            throttle_caps,
            auth_failures,
            security_refusals,
            delivery_failures,
            lease_overruns,
            state,
            activity: Arc::default(),
            scrape: tokio::sync::Mutex::new(()),
        }
    }

    /// Counts the calls in flight into `activity` too (the server's, shared with the
    /// handlers).
    pub fn with_activity(mut self, activity: Arc<crate::background::Activity>) -> Self {
        self.activity = activity;
        self
    }

    /// The unary calls in flight, which bulk work yields to (kept by the per-call layer).
    pub fn activity(&self) -> &crate::background::Activity {
        &self.activity
    }

    /// Counts one failed attempt to hand an email or SMS to its transport (timeouts included).
    pub fn delivery_failed(&self) {
        self.delivery_failures.inc();
    }

    /// Counts one job that ran past its lease (its renewal failed or came late).
    pub fn lease_overrun(&self) {
        self.lease_overruns.inc();
    }

    /// A call of `method` (a known method's path, or "other") started.
    pub fn call_started(&self, method: &'static str) {
        self.in_flight.get_or_create(&MethodLabels { method }).inc();
    }

    /// A call of `method` ended with `code` (a gRPC code name) after `seconds`.
    pub fn call_ended(&self, method: &'static str, code: &'static str, seconds: f64) {
        let labels = MethodLabels { method };
        self.in_flight.get_or_create(&labels).dec();
        self.durations.get_or_create(&labels).observe(seconds);
        self.calls.get_or_create(&CallLabels { method, code }).inc();
    }

    /// Encodes every metric, after counting the state of the work from the database.
    pub async fn render(&self, db: &Db, openmetrics: bool) -> Result<String, sea_orm::DbErr> {
        let _one_at_a_time = self.scrape.lock().await;
        let snapshot = StateSnapshot::read(db, self.names).await?;
        if let Ok(mut current) = self.state.snapshot.lock() {
            *current = snapshot;
        }
        self.state
            .dropped_log_lines
            .store(crate::telemetry::dropped_lines(), Ordering::Relaxed);
        let mut out = String::with_capacity(16 * 1024);
        let encoded = if openmetrics {
            prometheus_client::encoding::text::encode(&mut out, &self.registry)
        } else {
            prometheus_client::encoding::prometheus_text::encode(&mut out, &self.registry)
        };
        encoded.map_err(|_| sea_orm::DbErr::Custom("encoding the metrics failed".to_owned()))?;
        Ok(out)
    }
}

tokio::task_local! {
    static CALL: Arc<Metrics>;
}

/// Runs one call's future with `metrics` reachable by `throttled`, `auth_failed` and
/// `security_refusal`.
pub async fn in_call<F: std::future::Future>(metrics: Arc<Metrics>, call: F) -> F::Output {
    CALL.scope(metrics, call).await
}

/// The kind of a rate-limit bucket: its first two parts (`reset:visitor:1.2.3.4` is
/// `reset:visitor`), so the label never holds an address, a mailbox or an id.
fn bucket_kind(bucket: &str) -> String {
    let mut parts = bucket.splitn(3, ':');
    match (parts.next(), parts.next()) {
        (Some(flow), Some(kind)) => format!("{flow}:{kind}"),
        (Some(flow), None) => flow.to_owned(),
        _ => String::new(),
    }
}

/// Counts a call refused because `bucket` was full (see `throttle::hit_all`).
pub fn throttled(bucket: &str) {
    let _ = CALL.try_with(|m| {
        m.throttle_refusals
            .get_or_create(&BucketLabels {
                bucket: bucket_kind(bucket),
            })
            .inc();
    });
}

/// Counts a call that met the full cap `bucket` and went on differently (`throttle::try_hit`).
pub fn cap_reached(bucket: &str) {
    let _ = CALL.try_with(|m| {
        m.throttle_caps
            .get_or_create(&BucketLabels {
                bucket: bucket_kind(bucket),
            })
            .inc();
    });
}

/// Counts a call the gate refused as UNAUTHENTICATED.
pub fn auth_failed(reason: AuthFailure) {
    let _ = CALL.try_with(|m| {
        m.auth_failures
            .get_or_create(&ReasonLabels {
                reason: reason.label(),
            })
            .inc();
    });
}

/// Counts a refusal handed to the security log (`kind` is its trail action).
pub fn security_refusal(kind: &'static str) {
    let _ = CALL.try_with(|m| {
        m.security_refusals
            .get_or_create(&KindLabels { kind })
            .inc();
    });
}

/// The state of the work, as the last scrape read it.
#[derive(Debug, Default, Clone)]
struct StateSnapshot {
    under_review: u64,
    overdue: u64,
    /// Per job kind (in `JobKind::iter()` order): queued (pending or running), the age in
    /// seconds of the oldest job a worker may take now (pending and due, or running past its
    /// lease: since then), failed.
    jobs: Vec<(&'static str, u64, f64, u64)>,
    /// Per channel: undelivered (pending), the age in seconds of the oldest one, failed.
    outbox: Vec<(&'static str, u64, f64, u64)>,
    ceiling_crossings: u64,
}

fn count(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

fn age_seconds(now: i64, since: Option<i64>) -> f64 {
    since.map_or(0.0, |t| (now - t).max(0) as f64 / 1000.0)
}

fn job_kind_name(kind: job::JobKind) -> &'static str {
    match kind {
        job::JobKind::CreateMailbox => "create_mailbox",
        job::JobKind::SyncMailboxState => "sync_mailbox_state",
        job::JobKind::CloseStruckOff => "close_struck_off",
        job::JobKind::DeliverNotification => "deliver_notification",
        job::JobKind::RemoveMailbox => "remove_mailbox",
    }
}

fn channel_name(channel: notification::Channel) -> &'static str {
    match channel {
        notification::Channel::Email => "email",
        notification::Channel::Sms => "sms",
    }
}

impl StateSnapshot {
    /// Four queries, each on an indexed state column: contact changes under review, jobs
    /// and notifications grouped by kind and state, and the key-ceiling audit rows.
    async fn read(db: &Db, names: StateNames) -> Result<Self, sea_orm::DbErr> {
        let conn = db.conn();
        let backend = conn.get_database_backend();
        let p = |n: usize| match backend {
            DbBackend::Postgres => format!("${n}"),
            _ => "?".to_owned(),
        };
        let now = now_ms();

        let reviews = conn
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT COUNT(*) AS total, \
                     COALESCE(SUM(CASE WHEN due_at < {} THEN 1 ELSE 0 END), 0) AS overdue \
                     FROM contact_changes WHERE state = {}",
                    p(1),
                    p(2)
                ),
                [now.into(), names.under_review.into()],
            ))
            .await?;
        let (under_review, overdue) = match reviews {
            Some(row) => (
                count(row.try_get::<i64>("", "total")?),
                count(row.try_get::<i64>("", "overdue")?),
            ),
            None => (0, 0),
        };

        // Every job kind is exported, with zeros, so a dashboard shows a flat line, not a gap.
        let mut jobs: Vec<(&'static str, u64, f64, u64)> = job::JobKind::iter()
            .map(|k| (job_kind_name(k), 0, 0.0, 0))
            .collect();
        let rows = conn
            .query_all_raw(Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT kind, state, COUNT(*) AS n, \
                     MIN(CASE WHEN state = 'PENDING' AND run_at <= {} THEN run_at \
                     WHEN state = 'RUNNING' AND locked_until < {} THEN locked_until END) \
                     AS oldest_due \
                     FROM jobs WHERE state IN ('PENDING', 'RUNNING', 'FAILED') \
                     GROUP BY kind, state",
                    p(1),
                    p(2)
                ),
                [now.into(), now.into()],
            ))
            .await?;
        for row in rows {
            let kind: String = row.try_get("", "kind")?;
            let state: String = row.try_get("", "state")?;
            let n = count(row.try_get::<i64>("", "n")?);
            let oldest_due: Option<i64> = row.try_get("", "oldest_due")?;
            let Some(entry) = jobs.iter_mut().find(|j| j.0 == kind) else {
                continue;
            };
            if state == "FAILED" {
                entry.3 += n;
            } else {
                entry.1 += n;
                entry.2 = entry.2.max(age_seconds(now, oldest_due));
            }
        }

        let mut outbox: Vec<(&'static str, u64, f64, u64)> = notification::Channel::iter()
            .map(|c| (channel_name(c), 0, 0.0, 0))
            .collect();
        let rows = conn
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT channel, state, COUNT(*) AS n, MIN(created_at) AS oldest \
                 FROM notifications WHERE state IN ('PENDING', 'FAILED') \
                 GROUP BY channel, state",
            ))
            .await?;
        for row in rows {
            let channel: String = row.try_get("", "channel")?;
            let state: String = row.try_get("", "state")?;
            let n = count(row.try_get::<i64>("", "n")?);
            let oldest: Option<i64> = row.try_get("", "oldest")?;
            let Some(entry) = outbox
                .iter_mut()
                .find(|o| o.0.eq_ignore_ascii_case(&channel))
            else {
                continue;
            };
            if state == "FAILED" {
                entry.3 += n;
            } else {
                entry.1 += n;
                entry.2 = age_seconds(now, oldest);
            }
        }

        // Every crossing of a key's self-service ceiling leaves an audit row (see self_service).
        let crossings = conn
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                format!(
                    "SELECT COUNT(*) AS n FROM audit_log WHERE action = {}",
                    p(1)
                ),
                [names.ceiling_crossed.into()],
            ))
            .await?;
        let ceiling_crossings = match crossings {
            Some(row) => count(row.try_get::<i64>("", "n")?),
            None => 0,
        };
        Ok(Self {
            under_review,
            overdue,
            jobs,
            outbox,
            ceiling_crossings,
        })
    }
}

/// Encodes the last snapshot of the state of the work at each scrape.
#[derive(Debug, Default)]
struct StateCollector {
    snapshot: std::sync::Mutex<StateSnapshot>,
    dropped_log_lines: AtomicU64,
}

fn gauge(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    value: u64,
) -> Result<(), std::fmt::Error> {
    let metric = prometheus_client::metrics::gauge::ConstGauge::new(
        i64::try_from(value).unwrap_or(i64::MAX),
    );
    metric.encode(encoder.encode_descriptor(name, help, None, metric.metric_type())?)
}

fn counter(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    value: u64,
) -> Result<(), std::fmt::Error> {
    let metric = ConstCounter::new(value);
    metric.encode(encoder.encode_descriptor(name, help, None, metric.metric_type())?)
}

/// A gauge with one label, one sample per `(label value, value)`.
fn labelled<N>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    label: &'static str,
    samples: impl Iterator<Item = (&'static str, N)>,
) -> Result<(), std::fmt::Error>
where
    prometheus_client::metrics::gauge::ConstGauge<N>: EncodeMetric,
    N: Copy,
{
    let mut family = encoder.encode_descriptor(
        name,
        help,
        None,
        prometheus_client::metrics::MetricType::Gauge,
    )?;
    for (value_of_label, value) in samples {
        let labels = [(label, value_of_label)];
        prometheus_client::metrics::gauge::ConstGauge::new(value)
            .encode(family.encode_family(&labels)?)?;
    }
    Ok(())
}

impl Collector for StateCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let s = match self.snapshot.lock() {
            Ok(s) => s.clone(),
            Err(_) => return Ok(()),
        };
        let e = &mut encoder;
        gauge(
            e,
            "pecd_contact_changes_under_review",
            "Contact changes waiting for an operator's review.",
            s.under_review,
        )?;
        gauge(
            e,
            "pecd_contact_changes_overdue",
            "Contact changes under review past their 3-day due time.",
            s.overdue,
        )?;
        gauge(
            e,
            "pecd_jobs_failed",
            "Background jobs that failed for good and wait for an operator.",
            s.jobs.iter().map(|j| j.3).sum(),
        )?;
        gauge(
            e,
            "pecd_notifications_failed",
            "Emails and SMS that could not be delivered after every retry.",
            s.outbox.iter().map(|o| o.3).sum(),
        )?;
        counter(
            e,
            "pecd_rate_ceiling_crossings",
            "Self-service calls past a key's hourly ceiling (an alarm: not refused).",
            s.ceiling_crossings,
        )?;
        labelled::<i64>(
            e,
            "pecd_job_queue_depth",
            "Background jobs not finished (pending, due or waiting to retry, or running), by kind.",
            "kind",
            s.jobs
                .iter()
                .map(|j| (j.0, i64::try_from(j.1).unwrap_or(i64::MAX))),
        )?;
        labelled::<f64>(
            e,
            "pecd_job_oldest_due_age_seconds",
            "How long the oldest job a worker may take has waited (pending and due, or running past its lease), by kind (0: none waits).",
            "kind",
            s.jobs.iter().map(|j| (j.0, j.2)),
        )?;
        labelled::<i64>(
            e,
            "pecd_outbox_depth",
            "Emails and SMS not yet delivered (pending, retries included), by channel.",
            "channel",
            s.outbox
                .iter()
                .map(|o| (o.0, i64::try_from(o.1).unwrap_or(i64::MAX))),
        )?;
        labelled::<f64>(
            e,
            "pecd_outbox_oldest_age_seconds",
            "Age of the oldest email or SMS not yet delivered, by channel (0: none).",
            "channel",
            s.outbox.iter().map(|o| (o.0, o.2)),
        )?;
        counter(
            e,
            "pecd_log_lines_dropped",
            "Log lines dropped because the log writer's buffer was full (logging never blocks a call).",
            self.dropped_log_lines.load(Ordering::Relaxed),
        )?;
        Ok(())
    }
}

/// Whether the scraper accepts OpenMetrics (Prometheus does); anyone else gets the classic
/// text format.
fn wants_openmetrics(request: &Request<Incoming>) -> bool {
    request
        .headers()
        .get_all(hyper::header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("application/openmetrics-text"))
}

async fn handle(
    db: Db,
    metrics: Arc<Metrics>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let reply = |status: StatusCode, content_type: &'static str, body: String| {
        let mut response = Response::new(Full::new(Bytes::from(body)));
        *response.status_mut() = status;
        response.headers_mut().insert(
            hyper::header::CONTENT_TYPE,
            hyper::header::HeaderValue::from_static(content_type),
        );
        response
    };
    const TEXT: &str = prometheus_client::encoding::prometheus_text::CONTENT_TYPE;
    const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    if request.method() != hyper::Method::GET || request.uri().path() != "/metrics" {
        return Ok(reply(
            StatusCode::NOT_FOUND,
            TEXT,
            "not found: GET /metrics\n".to_owned(),
        ));
    }
    let openmetrics = wants_openmetrics(&request);
    Ok(match metrics.render(&db, openmetrics).await {
        Ok(body) => reply(
            StatusCode::OK,
            if openmetrics { OPENMETRICS } else { TEXT },
            body,
        ),
        Err(err) => {
            tracing::warn!(error = %err, "rendering metrics failed");
            let mut body = String::new();
            let _ = writeln!(body, "the database is unavailable");
            reply(StatusCode::SERVICE_UNAVAILABLE, TEXT, body)
        }
    })
}

/// Serves `/metrics` on `listener` until `stop` turns true.
pub async fn serve(
    listener: TcpListener,
    db: Db,
    metrics: Arc<Metrics>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.changed() => return,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(err) => {
                tracing::warn!(error = %err, "metrics listener accept failed");
                continue;
            }
        };
        let db = db.clone();
        let metrics = metrics.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                handle(db.clone(), metrics.clone(), request)
            });
            if let Err(err) = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                tracing::debug!(error = %err, "metrics connection ended");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST_NAMES: StateNames = StateNames {
        under_review: "UNDER_REVIEW",
        ceiling_crossed: "self_service.ceiling_crossed",
    };

    #[test]
    fn bucket_kinds_hold_no_identifier() {
        assert_eq!(bucket_kind("reset:visitor:203.0.113.9"), "reset:visitor");
        assert_eq!(
            bucket_kind("contact:code-min:0192-abc:SMS"),
            "contact:code-min"
        );
        assert_eq!(bucket_kind("plain"), "plain");
    }

    #[tokio::test]
    async fn counters_count_only_inside_a_call() {
        let metrics = Arc::new(Metrics::new(TEST_NAMES));
        throttled("reset:visitor:1.2.3.4");
        in_call(metrics.clone(), async {
            throttled("reset:visitor:1.2.3.4");
            auth_failed(AuthFailure::NoKey);
        })
        .await;
        let labels = BucketLabels {
            bucket: "reset:visitor".to_owned(),
        };
        assert_eq!(metrics.throttle_refusals.get_or_create(&labels).get(), 1);
        let mut out = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut out, &metrics.registry)
            .expect("encode");
        assert!(
            out.contains("pecd_auth_failures_total{reason=\"no_key\"} 1"),
            "{out}"
        );
    }

    #[test]
    fn a_call_moves_its_counter_histogram_and_in_flight_gauge() {
        let metrics = Metrics::new(TEST_NAMES);
        metrics.call_started("/pec.v1.MailboxService/GetMailbox");
        metrics.call_ended("/pec.v1.MailboxService/GetMailbox", "OK", 0.002);
        let mut out = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut out, &metrics.registry)
            .expect("encode");
        for line in [
            "pecd_grpc_calls_total{method=\"/pec.v1.MailboxService/GetMailbox\",code=\"OK\"} 1",
            "pecd_grpc_call_duration_seconds_bucket{method=\"/pec.v1.MailboxService/GetMailbox\",le=\"0.0025\"} 1",
            "pecd_grpc_calls_in_flight{method=\"/pec.v1.MailboxService/GetMailbox\"} 0",
        ] {
            assert!(out.contains(line), "{line} in {out}");
        }
    }
}
