//! The job queue: side effects (provider calls, scheduled closures) are rows written in the
//! same transaction as the change that needs them, then run by workers inside `pecd serve`.
//!
//! A worker claims a due job in a short transaction — `FOR UPDATE SKIP LOCKED` on PostgreSQL,
//! so replicas never claim the same row; SQLite has a single writer — and leases it. A job
//! whose worker died is claimed again when its lease expires, so nothing is lost on a crash;
//! every job is idempotent, so running one twice after a crash is harmless.

pub mod worker;

pub use worker::{Worker, WorkerSettings};

use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use serde::{Deserialize, Serialize};

use crate::db::now_ms;
use crate::entities::job;

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
}

impl Job {
    pub fn kind(&self) -> &'static str {
        match self {
            Job::CreateMailbox { .. } => "create_mailbox",
            Job::SyncMailboxState { .. } => "sync_mailbox_state",
            Job::CloseStruckOff { .. } => "close_struck_off",
            Job::DeliverNotification { .. } => "deliver_notification",
        }
    }
}

/// Job states as stored.
pub mod state {
    pub const PENDING: &str = "PENDING";
    pub const RUNNING: &str = "RUNNING";
    pub const DONE: &str = "DONE";
    pub const FAILED: &str = "FAILED";
}

/// Attempts before a job is given up.
pub const DEFAULT_MAX_ATTEMPTS: i32 = 8;

/// Queues `job` to run now.
pub async fn enqueue(db: &impl ConnectionTrait, job: Job) -> Result<(), DbErr> {
    enqueue_at(db, job, now_ms()).await
}

/// Queues `job` to run at `run_at` (Unix milliseconds).
pub async fn enqueue_at(db: &impl ConnectionTrait, job: Job, run_at: i64) -> Result<(), DbErr> {
    let now = now_ms();
    let payload =
        serde_json::to_string(&job).map_err(|err| DbErr::Custom(format!("job payload: {err}")))?;
    job::Entity::insert(job::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        kind: Set(job.kind().to_owned()),
        payload: Set(payload),
        state: Set(state::PENDING.to_owned()),
        attempts: Set(0),
        max_attempts: Set(DEFAULT_MAX_ATTEMPTS),
        run_at: Set(run_at),
        locked_until: Set(None),
        locked_by: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
