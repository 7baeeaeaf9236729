//! The job queue: side effects (provider calls, scheduled closures, deliveries) are rows
//! written in the same transaction as the change that needs them, then run by the workers
//! of `crate::worker` inside `pecd serve`. This module is the table's API only (enqueue,
//! claim, complete); what a job does lives above, in the worker.
//!
//! A worker claims a due job in a short transaction — `FOR UPDATE SKIP LOCKED` on PostgreSQL,
//! so replicas never claim the same row; SQLite has a single writer — and leases it. A job
//! whose worker died is claimed again when its lease expires, so nothing is lost on a crash;
//! every job is idempotent, so running one twice after a crash is harmless.

use std::time::Duration;

use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbBackend, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};

use crate::db::{Db, now_ms};
use crate::entities::job::{self, JobKind, JobState};

/// What a job does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Job {
    /// Create the mailbox of an activation request at the provider.
    CreateMailbox { activation_request_id: String },
    /// Bring the provider's account to the mailbox's state.
    SyncMailboxState { address: String },
    /// Close a struck-off member's mailbox when its grace period ends, if still scheduled.
    CloseStruckOff { address: String, scheduled_at: i64 },
    /// Deliver a notification of the outbox.
    DeliverNotification { id: String },
    /// Remove the provider account of an assignment that expired unaccepted.
    RemoveMailbox { address: String },
}

impl Job {
    pub fn kind(&self) -> JobKind {
        match self {
            Job::CreateMailbox { .. } => JobKind::CreateMailbox,
            Job::SyncMailboxState { .. } => JobKind::SyncMailboxState,
            Job::CloseStruckOff { .. } => JobKind::CloseStruckOff,
            Job::DeliverNotification { .. } => JobKind::DeliverNotification,
            Job::RemoveMailbox { .. } => JobKind::RemoveMailbox,
        }
    }

    /// The job a claimed row holds.
    pub fn of(row: &job::Model) -> Result<Job, serde_json::Error> {
        serde_json::from_str(&row.payload)
    }
}

/// Which jobs a worker claims: notifications have workers of their own, so a stalled mail or
/// SMS transport never holds up provisioning, and a burst of provisioning never delays mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pool {
    /// Every kind but `deliver_notification`.
    Provisioning,
    /// `deliver_notification` only.
    Notifications,
}

/// How workers poll and retry.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Number of concurrent provisioning workers in this process.
    pub workers: usize,
    /// Number of concurrent notification workers in this process.
    pub notification_workers: usize,
    /// Pause when no job is due.
    pub poll_interval: Duration,
    /// How long a claimed job stays reserved to its worker; renewed while the job runs, so a
    /// crashed process's jobs run again within this time.
    pub lease: Duration,
    /// Longest wait for one email or SMS hand-over (SMTP dialogue, gateway call).
    pub send_timeout: Duration,
    /// Longest wait for one call to the mailbox provider.
    pub provider_timeout: Duration,
    /// First retry delay; doubled on each further failure.
    pub backoff_base: Duration,
    /// Longest retry delay.
    pub backoff_max: Duration,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        Self {
            workers: 2,
            // One: messages leave in the order they were queued (an assignment before the
            // activation that follows it).
            notification_workers: 1,
            poll_interval: Duration::from_millis(250),
            lease: Duration::from_secs(30),
            send_timeout: Duration::from_secs(60),
            provider_timeout: Duration::from_secs(60),
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(600),
        }
    }
}

impl WorkerSettings {
    /// The delay before the next try of a job that failed `attempts` times.
    pub fn backoff(&self, attempts: i32) -> Duration {
        let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
        self.backoff_base
            .saturating_mul(2u32.saturating_pow(exponent))
            .min(self.backoff_max)
    }
}

/// Attempts before a job is given up.
pub const DEFAULT_MAX_ATTEMPTS: i32 = 8;

/// Queues `job` to run now.
pub async fn enqueue(db: &impl ConnectionTrait, job: Job) -> Result<(), DbErr> {
    enqueue_at(db, job, now_ms()).await
}

/// Queues `job` to run at `run_at` (Unix milliseconds).
pub async fn enqueue_at(db: &impl ConnectionTrait, job: Job, run_at: i64) -> Result<(), DbErr> {
    job::Entity::insert(row(&job, run_at)?)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Queues every job of `jobs` to run now, in multi-row inserts (a batch of requests).
pub async fn enqueue_many(db: &impl ConnectionTrait, jobs: Vec<Job>) -> Result<(), DbErr> {
    let now = now_ms();
    let rows = jobs
        .iter()
        .map(|job| row(job, now))
        .collect::<Result<Vec<_>, _>>()?;
    // 12 columns × 2,000 rows stays below SQLite's limit of 32,766 bound parameters.
    for chunk in rows.chunks(2000) {
        job::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// The stored row of a new job.
fn row(job: &Job, run_at: i64) -> Result<job::ActiveModel, DbErr> {
    let now = now_ms();
    let payload =
        serde_json::to_string(job).map_err(|err| DbErr::Custom(format!("job payload: {err}")))?;
    Ok(job::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        kind: Set(job.kind()),
        payload: Set(payload),
        state: Set(JobState::Pending),
        attempts: Set(0),
        max_attempts: Set(DEFAULT_MAX_ATTEMPTS),
        run_at: Set(run_at),
        locked_until: Set(None),
        locked_by: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
}

/// Whether `job` (this very payload) is queued or running: a provider job that must finish
/// before another may start.
pub async fn unfinished(db: &impl ConnectionTrait, job: &Job) -> Result<bool, DbErr> {
    let payload =
        serde_json::to_string(job).map_err(|err| DbErr::Custom(format!("job payload: {err}")))?;
    let found = job::Entity::find()
        .select_only()
        .column(job::Column::Id)
        .filter(job::Column::Kind.eq(job.kind()))
        .filter(job::Column::Payload.eq(payload))
        .filter(job::Column::State.is_in([JobState::Pending, JobState::Running]))
        .into_tuple::<String>()
        .all(db)
        .await?;
    Ok(!found.is_empty())
}

/// Claims the oldest due job, or one whose lease expired, for `worker` until `lease` passes.
///
/// The row is picked by id and leased before it is read whole, so a row that cannot be read
/// (a kind or state this build does not know) is failed with its reason and logged, instead
/// of blocking the head of the queue.
pub async fn claim(
    db: &Db,
    worker: &str,
    lease: Duration,
    pool: Pool,
) -> Result<Option<job::Model>, DbErr> {
    let now = now_ms();
    let txn = db.begin().await?;
    let kind = match pool {
        Pool::Provisioning => job::Column::Kind.ne(JobKind::DeliverNotification),
        Pool::Notifications => job::Column::Kind.eq(JobKind::DeliverNotification),
    };
    let mut due = job::Entity::find()
        .select_only()
        .column(job::Column::Id)
        .filter(kind)
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(job::Column::State.eq(JobState::Pending))
                        .add(job::Column::RunAt.lte(now)),
                )
                .add(
                    Condition::all()
                        .add(job::Column::State.eq(JobState::Running))
                        .add(job::Column::LockedUntil.lt(now)),
                ),
        )
        .order_by_asc(job::Column::RunAt)
        .limit(1);
    if db.backend() == DbBackend::Postgres {
        due = due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let Some(id) = due.into_tuple::<String>().one(&*txn).await? else {
        return Ok(None);
    };
    let lease_ms = i64::try_from(lease.as_millis()).unwrap_or(i64::MAX);
    job::Entity::update_many()
        .col_expr(job::Column::State, Expr::value(JobState::Running))
        .col_expr(
            job::Column::Attempts,
            Expr::col(job::Column::Attempts).add(Expr::value(1)),
        )
        .col_expr(
            job::Column::LockedUntil,
            Expr::value(Some(now.saturating_add(lease_ms))),
        )
        .col_expr(job::Column::LockedBy, Expr::value(Some(worker.to_owned())))
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(job::Column::Id.eq(id.clone()))
        .exec(&*txn)
        .await?;
    let claimed = match job::Entity::find_by_id(id.clone()).one(&*txn).await {
        Ok(row) => row,
        Err(err) => {
            tracing::error!(job = %id, error = %err, "unreadable job row; failing it");
            job::Entity::update_many()
                .col_expr(job::Column::State, Expr::value(JobState::Failed))
                .col_expr(job::Column::LockedUntil, Expr::value(Option::<i64>::None))
                .col_expr(job::Column::LockedBy, Expr::value(Option::<String>::None))
                .col_expr(
                    job::Column::LastError,
                    Expr::value(format!("unreadable row: {err}")),
                )
                .filter(job::Column::Id.eq(id))
                .exec(&*txn)
                .await?;
            None
        }
    };
    txn.commit().await?;
    Ok(claimed)
}

/// Extends the lease of a job `worker` still holds by `lease` from now; whether it still
/// held it (false: the lease passed to another worker, or the job was completed).
pub async fn renew(db: &Db, id: &str, worker: &str, lease: Duration) -> Result<bool, DbErr> {
    let now = now_ms();
    let lease_ms = i64::try_from(lease.as_millis()).unwrap_or(i64::MAX);
    let txn = db.begin().await?;
    let result = job::Entity::update_many()
        .col_expr(
            job::Column::LockedUntil,
            Expr::value(Some(now.saturating_add(lease_ms))),
        )
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(job::Column::Id.eq(id.to_owned()))
        .filter(job::Column::State.eq(JobState::Running))
        .filter(job::Column::LockedBy.eq(worker.to_owned()))
        .exec(&*txn)
        .await?;
    txn.commit().await?;
    Ok(result.rows_affected == 1)
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Given up, with the reason.
    Failed(String),
    /// To run again at `run_at` (Unix milliseconds).
    Retry {
        error: String,
        run_at: i64,
    },
}

/// Records a job's outcome if the job is still leased to `worker` (its lease may have
/// expired and passed to another worker); whether it was.
pub async fn complete(db: &Db, id: &str, worker: &str, outcome: Outcome) -> Result<bool, DbErr> {
    let (state, error, run_at) = match outcome {
        Outcome::Done => (JobState::Done, None, None),
        Outcome::Failed(error) => (JobState::Failed, Some(error), None),
        Outcome::Retry { error, run_at } => (JobState::Pending, Some(error), Some(run_at)),
    };
    let mut update = job::Entity::update_many()
        .col_expr(job::Column::State, Expr::value(state))
        .col_expr(job::Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(job::Column::LockedBy, Expr::value(Option::<String>::None))
        .col_expr(job::Column::UpdatedAt, Expr::value(now_ms()))
        .filter(job::Column::Id.eq(id.to_owned()))
        .filter(job::Column::LockedBy.eq(worker.to_owned()));
    if let Some(error) = error {
        update = update.col_expr(job::Column::LastError, Expr::value(error));
    }
    if let Some(run_at) = run_at {
        update = update.col_expr(job::Column::RunAt, Expr::value(run_at));
    }
    let txn = db.begin().await?;
    let result = update.exec(&*txn).await?;
    txn.commit().await?;
    Ok(result.rows_affected == 1)
}
