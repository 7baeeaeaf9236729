//! `GET /metrics` in the Prometheus text format, on its own listener (`--metrics-listen`).
//!
//! The gauges are counted from the database at each scrape, so every replica reports the
//! same truth and nothing is lost on restart; a scrape costs a few indexed counts. The
//! counters of events (failed delivery attempts, jobs that outran their lease) are this
//! process's own, since it started.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::contact::ChangeState;
use crate::db::{Db, now_ms};
use crate::entities::{audit_log, contact_change, job, notification};

/// This process's event counters, shared by the workers and `/metrics`.
#[derive(Debug, Default)]
pub struct Counters {
    delivery_failures: AtomicU64,
    lease_overruns: AtomicU64,
}

impl Counters {
    /// Counts one failed attempt to hand an email or SMS to its transport (timeouts included).
    pub fn delivery_failed(&self) {
        self.delivery_failures.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts one job that ran past its lease (its renewal failed or came late).
    pub fn lease_overrun(&self) {
        self.lease_overruns.fetch_add(1, Ordering::Relaxed);
    }
}

/// Renders every metric.
pub async fn render(db: &Db, counters: &Counters) -> Result<String, sea_orm::DbErr> {
    let conn = db.conn();
    let now = now_ms();
    let under_review = contact_change::Entity::find()
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview.as_str()))
        .count(conn)
        .await?;
    let overdue = contact_change::Entity::find()
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview.as_str()))
        .filter(contact_change::Column::DueAt.lt(now))
        .count(conn)
        .await?;
    let jobs_failed = job::Entity::find()
        .filter(job::Column::State.eq(job::JobState::Failed))
        .count(conn)
        .await?;
    let notifications_failed = notification::Entity::find()
        .filter(notification::Column::State.eq(notification::NotificationState::Failed))
        .count(conn)
        .await?;
    // Every crossing of a key's self-service ceiling leaves an audit row (see self_service).
    let ceiling_crossings = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(crate::self_service::CEILING_CROSSED))
        .count(conn)
        .await?;
    let mut out = String::new();
    for (name, help, value) in [
        (
            "pecd_contact_changes_under_review",
            "Contact changes waiting for an operator's review.",
            under_review,
        ),
        (
            "pecd_contact_changes_overdue",
            "Contact changes under review past their 3-day due time.",
            overdue,
        ),
        (
            "pecd_jobs_failed",
            "Background jobs that failed for good and wait for an operator.",
            jobs_failed,
        ),
        (
            "pecd_notifications_failed",
            "Emails and SMS that could not be delivered after every retry.",
            notifications_failed,
        ),
    ] {
        out.push_str(&format!(
            "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n"
        ));
    }
    let name = "pecd_rate_ceiling_crossings_total";
    out.push_str(&format!(
        "# HELP {name} Self-service calls past a key's hourly ceiling (an alarm: not refused).\n\
         # TYPE {name} counter\n{name} {ceiling_crossings}\n"
    ));
    for (name, help, value) in [
        (
            "pecd_notification_delivery_failures_total",
            "Attempts to hand an email or SMS to its transport that failed or timed out.",
            counters.delivery_failures.load(Ordering::Relaxed),
        ),
        (
            "pecd_job_lease_overruns_total",
            "Jobs that ran past their lease (renewal failed or came late): an alarm.",
            counters.lease_overruns.load(Ordering::Relaxed),
        ),
    ] {
        out.push_str(&format!(
            "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n"
        ));
    }
    Ok(out)
}

async fn handle(
    db: Db,
    counters: Arc<Counters>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let reply = |status: StatusCode, body: String| {
        let mut response = Response::new(Full::new(Bytes::from(body)));
        *response.status_mut() = status;
        response.headers_mut().insert(
            hyper::header::CONTENT_TYPE,
            hyper::header::HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        );
        response
    };
    if request.method() != hyper::Method::GET || request.uri().path() != "/metrics" {
        return Ok(reply(
            StatusCode::NOT_FOUND,
            "not found: GET /metrics\n".to_owned(),
        ));
    }
    Ok(match render(&db, &counters).await {
        Ok(body) => reply(StatusCode::OK, body),
        Err(err) => {
            tracing::warn!(error = %err, "rendering metrics failed");
            reply(
                StatusCode::SERVICE_UNAVAILABLE,
                "the database is unavailable\n".to_owned(),
            )
        }
    })
}

/// Serves `/metrics` on `listener` until `stop` turns true.
pub async fn serve(
    listener: TcpListener,
    db: Db,
    counters: Arc<Counters>,
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
        let counters = counters.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request| {
                handle(db.clone(), counters.clone(), request)
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
