//! The worker loop: claim a due job, run it, record the outcome, back off on failure.

use std::sync::Arc;
use std::time::Duration;

use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use tokio::sync::watch;

use super::{Job, state};
use crate::activation;
use crate::config::Settings;
use crate::db::{Db, now_ms};
use crate::entities::job;
use crate::error::ServiceError;
use crate::mailbox;
use crate::notify::{self, Senders, TransportError};
use crate::provider::{MailboxProvider, ProviderError};

/// How workers poll and retry.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Number of concurrent workers in this process.
    pub workers: usize,
    /// Pause when no job is due.
    pub poll_interval: Duration,
    /// How long a claimed job stays reserved to its worker.
    pub lease: Duration,
    /// First retry delay; doubled on each further failure.
    pub backoff_base: Duration,
    /// Longest retry delay.
    pub backoff_max: Duration,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        Self {
            workers: 2,
            poll_interval: Duration::from_millis(250),
            lease: Duration::from_secs(300),
            backoff_base: Duration::from_secs(2),
            backoff_max: Duration::from_secs(600),
        }
    }
}

/// Why a job did not complete.
#[derive(Debug, thiserror::Error)]
enum JobError {
    #[error(transparent)]
    Provider(#[from] ProviderError),
    #[error(transparent)]
    Service(#[from] ServiceError),
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
    #[error(transparent)]
    Transport(#[from] TransportError),
}

impl JobError {
    fn is_permanent(&self) -> bool {
        matches!(
            self,
            JobError::Provider(ProviderError::Permanent(_))
                | JobError::Transport(TransportError::Permanent(_))
        )
    }
}

pub struct Worker {
    db: Db,
    provider: Arc<dyn MailboxProvider>,
    senders: Arc<Senders>,
    settings: Arc<Settings>,
    id: String,
}

impl Worker {
    pub fn new(
        db: Db,
        provider: Arc<dyn MailboxProvider>,
        senders: Arc<Senders>,
        settings: Arc<Settings>,
    ) -> Self {
        Self {
            db,
            provider,
            senders,
            settings,
            id: format!("{}-{}", std::process::id(), uuid::Uuid::new_v4()),
        }
    }

    /// Runs jobs until `shutdown` turns true; a job in progress is finished first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let poll = self.settings.worker.poll_interval;
        loop {
            if *shutdown.borrow() {
                break;
            }
            let claimed = match self.claim().await {
                Ok(claimed) => claimed,
                Err(err) => {
                    tracing::warn!(error = %err, "claiming a job failed");
                    None
                }
            };
            match claimed {
                Some(row) => self.execute(row).await,
                None => {
                    tokio::select! {
                        _ = tokio::time::sleep(poll) => {}
                        _ = shutdown.changed() => {}
                    }
                }
            }
        }
        tracing::debug!(worker = %self.id, "worker stopped");
    }

    /// Claims the oldest due job, or one whose lease expired.
    async fn claim(&self) -> Result<Option<job::Model>, sea_orm::DbErr> {
        let now = now_ms();
        let txn = self.db.begin().await?;
        let mut query = job::Entity::find()
            .filter(
                Condition::any()
                    .add(
                        Condition::all()
                            .add(job::Column::State.eq(state::PENDING))
                            .add(job::Column::RunAt.lte(now)),
                    )
                    .add(
                        Condition::all()
                            .add(job::Column::State.eq(state::RUNNING))
                            .add(job::Column::LockedUntil.lt(now)),
                    ),
            )
            .order_by_asc(job::Column::RunAt)
            .limit(1);
        if self.db.backend() == DbBackend::Postgres {
            query = query.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        let Some(row) = query.one(&*txn).await? else {
            return Ok(None);
        };
        let lease_ms = i64::try_from(self.settings.worker.lease.as_millis()).unwrap_or(i64::MAX);
        let claimed = job::ActiveModel {
            id: Set(row.id.clone()),
            state: Set(state::RUNNING.to_owned()),
            attempts: Set(row.attempts.saturating_add(1)),
            locked_until: Set(Some(now.saturating_add(lease_ms))),
            locked_by: Set(Some(self.id.clone())),
            updated_at: Set(now),
            ..Default::default()
        };
        let row = job::Entity::update(claimed).exec(&*txn).await?;
        txn.commit().await?;
        Ok(Some(row))
    }

    async fn execute(&self, row: job::Model) {
        let span =
            tracing::info_span!("job", id = %row.id, kind = %row.kind, attempt = row.attempts);
        let _enter = span.enter();
        let outcome = match serde_json::from_str::<Job>(&row.payload) {
            Ok(job) => self.perform(&job).await,
            Err(err) => {
                // A payload we cannot read will never run; fail it visibly.
                tracing::error!(error = %err, "unreadable job payload");
                self.finish(
                    &row,
                    state::FAILED,
                    Some(format!("unreadable payload: {err}")),
                    None,
                )
                .await;
                return;
            }
        };
        match outcome {
            Ok(()) => self.finish(&row, state::DONE, None, None).await,
            Err(err) if err.is_permanent() || row.attempts >= row.max_attempts => {
                tracing::error!(error = %err, "job failed for good");
                self.finish(&row, state::FAILED, Some(err.to_string()), None)
                    .await;
                if let Ok(job) = serde_json::from_str::<Job>(&row.payload)
                    && let Err(err2) = self.give_up(&job, &err.to_string()).await
                {
                    tracing::error!(error = %err2, "recording the job failure failed");
                }
            }
            Err(err) => {
                let delay = self.backoff(row.attempts);
                tracing::warn!(error = %err, retry_in_ms = delay.as_millis() as u64, "job failed; will retry");
                let run_at =
                    now_ms().saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
                self.finish(&row, state::PENDING, Some(err.to_string()), Some(run_at))
                    .await;
            }
        }
    }

    fn backoff(&self, attempts: i32) -> Duration {
        let settings = &self.settings.worker;
        let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
        settings
            .backoff_base
            .saturating_mul(2u32.saturating_pow(exponent))
            .min(settings.backoff_max)
    }

    /// Records a job's outcome, if the job is still ours (its lease may have expired and
    /// passed to another worker).
    async fn finish(
        &self,
        row: &job::Model,
        new_state: &str,
        error: Option<String>,
        run_at: Option<i64>,
    ) {
        let now = now_ms();
        let mut update = job::Entity::update_many()
            .col_expr(job::Column::State, Expr::value(new_state))
            .col_expr(job::Column::LockedUntil, Expr::value(Option::<i64>::None))
            .col_expr(job::Column::LockedBy, Expr::value(Option::<String>::None))
            .col_expr(job::Column::UpdatedAt, Expr::value(now))
            .filter(job::Column::Id.eq(row.id.clone()))
            .filter(job::Column::LockedBy.eq(self.id.clone()));
        if let Some(error) = error {
            update = update.col_expr(job::Column::LastError, Expr::value(error));
        }
        if let Some(run_at) = run_at {
            update = update.col_expr(job::Column::RunAt, Expr::value(run_at));
        }
        let result = async {
            let txn = self.db.begin().await?;
            update.exec(&*txn).await?;
            txn.commit().await
        }
        .await;
        if let Err(err) = result {
            // The lease will expire and the job run again; jobs are idempotent.
            tracing::error!(error = %err, "recording the job outcome failed");
        }
    }

    async fn perform(&self, job: &Job) -> Result<(), JobError> {
        match job {
            Job::CreateMailbox {
                activation_request_id,
            } => {
                let Some(new_mailbox) =
                    activation::start_provisioning(&self.db, activation_request_id).await?
                else {
                    return Ok(());
                };
                self.provider.create_mailbox(&new_mailbox).await?;
                activation::record_mailbox_created(&self.db, activation_request_id).await?;
                Ok(())
            }
            Job::SyncMailboxState { address } => {
                if let Some(state) = mailbox::provider_target_state(&self.db, address).await? {
                    self.provider.set_state(address, state).await?;
                }
                Ok(())
            }
            Job::CloseStruckOff {
                address,
                scheduled_at,
            } => {
                mailbox::close_struck_off(&self.db, address, *scheduled_at).await?;
                Ok(())
            }
            Job::DeliverNotification { id } => {
                notify::deliver(&self.db, &self.senders, id).await?;
                Ok(())
            }
        }
    }

    /// What giving up on a job means for its subject.
    async fn give_up(&self, job: &Job, reason: &str) -> Result<(), ServiceError> {
        match job {
            Job::CreateMailbox {
                activation_request_id,
            } => activation::record_failure(&self.db, activation_request_id, reason).await,
            // The mailbox's state in our database stays authoritative; the FAILED job row is
            // what an operator sees and retries.
            Job::SyncMailboxState { .. } | Job::CloseStruckOff { .. } => Ok(()),
            Job::DeliverNotification { id } => notify::mark_failed(&self.db, id).await,
        }
    }
}
