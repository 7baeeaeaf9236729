//! The worker loop: claim a due job, run it, record the outcome, back off on failure.
//!
//! It sits at the top of the house, beside `app`: running a job calls the use cases
//! (`activation`, `mailbox`, `notify`), while `jobs` below is only the table they enqueue to.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch;
use tracing::Instrument;

use crate::activation::{self, AssignmentSettings};
use crate::contact::{self, ContactSettings};
use crate::db::{Db, now_ms};
use crate::entities::job;
use crate::error::ServiceError;
use crate::jobs::{self, Job, Outcome, Pool, WorkerSettings};
use crate::mailbox;
use crate::metrics::Metrics;
use crate::notify::{self, Senders, TransportError};
use crate::password::{self, PasswordSettings};
use crate::provider::{MailboxProvider, ProviderError};

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

/// Secret links minted at delivery time (see `notify::LINK_PLACEHOLDER`).
struct FreshLinks<'a> {
    db: &'a Db,
    settings: &'a LinkSettings,
}

#[async_trait::async_trait]
impl notify::SecretLinks for FreshLinks<'_> {
    async fn fresh_link(&self, token_id: &str) -> Result<Option<String>, TransportError> {
        let token = password::refresh_token(self.db, token_id)
            .await
            .map_err(|e| TransportError::Transient(format!("minting the link: {e}")))?;
        Ok(token.map(|token| password::link(&self.settings.passwords, &token)))
    }

    async fn fresh_cancel_link(&self, token_id: &str) -> Result<Option<String>, TransportError> {
        let token = contact::refresh_cancel_token(self.db, token_id)
            .await
            .map_err(|e| TransportError::Transient(format!("minting the link: {e}")))?;
        Ok(token.map(|token| contact::cancel_link(&self.settings.contact, &token)))
    }
}

/// Where the links the worker mints point.
#[derive(Debug, Clone)]
pub struct LinkSettings {
    pub passwords: PasswordSettings,
    pub contact: ContactSettings,
}

pub struct Worker {
    db: Db,
    links: LinkSettings,
    assignments: AssignmentSettings,
    provider: Arc<dyn MailboxProvider>,
    senders: Arc<Senders>,
    settings: WorkerSettings,
    pool: Pool,
    counters: Arc<Metrics>,
    id: String,
}

impl Worker {
    pub fn new(
        db: Db,
        provider: Arc<dyn MailboxProvider>,
        senders: Arc<Senders>,
        settings: WorkerSettings,
        pool: Pool,
        counters: Arc<Metrics>,
        links: LinkSettings,
    ) -> Self {
        Self {
            db,
            links,
            assignments: AssignmentSettings::default(),
            provider,
            senders,
            settings,
            pool,
            counters,
            id: format!("{}-{}", std::process::id(), uuid::Uuid::new_v4()),
        }
    }

    /// The acceptance page the assignment email links to (and the expiry it announces).
    pub fn with_assignments(mut self, assignments: AssignmentSettings) -> Self {
        self.assignments = assignments;
        self
    }

    /// Runs jobs until `shutdown` turns true; a job in progress is finished first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let poll = self.settings.poll_interval;
        loop {
            if *shutdown.borrow() {
                break;
            }
            let claimed =
                match jobs::claim(&self.db, &self.id, self.settings.lease, self.pool).await {
                    Ok(claimed) => claimed,
                    Err(err) => {
                        tracing::warn!(error = %err, "claiming a job failed");
                        None
                    }
                };
            match claimed {
                Some(row) => {
                    // The span travels with the future (never entered across an await: a
                    // guard held over a suspension point is the span of whatever else runs
                    // on this thread meanwhile).
                    let span = tracing::info_span!(
                        "job",
                        id = %row.id,
                        kind = ?row.kind,
                        attempt = row.attempts
                    );
                    self.execute(row).instrument(span).await;
                }
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

    async fn execute(&self, row: job::Model) {
        let job = match Job::of(&row) {
            Ok(job) => job,
            Err(err) => {
                // A payload we cannot read will never run; fail it visibly.
                tracing::error!(error = %err, "unreadable job payload");
                self.complete(&row, Outcome::Failed(format!("unreadable payload: {err}")))
                    .await;
                return;
            }
        };
        // The job runs beside its heartbeat; if the lease is lost, the job is dropped where it
        // stands (every job is idempotent) and its new holder runs it.
        let result = tokio::select! {
            result = self.perform(&job) => result,
            () = self.heartbeat(&row.id) => return,
        };
        if let (Job::DeliverNotification { .. }, Err(_)) = (&job, &result) {
            self.counters.delivery_failed();
        }
        match result {
            Ok(()) => self.complete(&row, Outcome::Done).await,
            Err(err) if err.is_permanent() || row.attempts >= row.max_attempts => {
                tracing::error!(error = %err, "job failed for good");
                self.complete(&row, Outcome::Failed(err.to_string())).await;
                if let Err(err2) = self.give_up(&job, &err.to_string()).await {
                    tracing::error!(error = %err2, "recording the job failure failed");
                }
            }
            Err(err) => {
                let delay = self.settings.backoff(row.attempts);
                tracing::warn!(error = %err, retry_in_ms = delay.as_millis() as u64, "job failed; will retry");
                let run_at =
                    now_ms().saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
                let error = err.to_string();
                self.complete(&row, Outcome::Retry { error, run_at }).await;
            }
        }
    }

    /// Renews the lease of job `id` every third of the lease while the job runs; completes
    /// only when the lease is lost (taken by another worker, or expired while renewal failed),
    /// which is an alarm: a warning and `pecd_job_lease_overruns_total`.
    async fn heartbeat(&self, id: &str) {
        let lease = self.settings.lease;
        let period = (lease / 3).max(Duration::from_millis(10));
        let mut held_until = Instant::now() + lease;
        loop {
            tokio::time::sleep(period).await;
            let asked = Instant::now();
            match jobs::renew(&self.db, id, &self.id, lease).await {
                Ok(true) => {
                    if asked > held_until {
                        self.counters.lease_overrun();
                        tracing::warn!(
                            lease_ms = lease.as_millis() as u64,
                            "the job ran past its lease before it was renewed"
                        );
                    }
                    held_until = asked + lease;
                }
                Ok(false) => {
                    self.counters.lease_overrun();
                    tracing::warn!("the job's lease passed to another worker; abandoning it");
                    return;
                }
                Err(err) if Instant::now() >= held_until => {
                    self.counters.lease_overrun();
                    tracing::warn!(error = %err, "the job's lease expired: renewing it failed; abandoning it");
                    return;
                }
                Err(err) => tracing::warn!(error = %err, "renewing the job's lease failed"),
            }
        }
    }

    /// `call` to the provider, bounded by the provider timeout (a timeout is retried).
    async fn provider_call<T>(
        &self,
        call: impl Future<Output = Result<T, ProviderError>>,
    ) -> Result<T, ProviderError> {
        let limit = self.settings.provider_timeout;
        tokio::time::timeout(limit, call).await.map_err(|_| {
            ProviderError::Transient(format!(
                "the provider did not answer within {} s",
                limit.as_secs_f64()
            ))
        })?
    }

    async fn complete(&self, row: &job::Model, outcome: Outcome) {
        match jobs::complete(&self.db, &row.id, &self.id, outcome).await {
            Ok(true) => {}
            Ok(false) => tracing::warn!("the job's lease passed to another worker"),
            // The lease will expire and the job run again; jobs are idempotent.
            Err(err) => tracing::error!(error = %err, "recording the job outcome failed"),
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
                // The address of an expired assignment, requested again: its old account
                // must be gone at the provider first.
                let removal = Job::RemoveMailbox {
                    address: new_mailbox.address.clone(),
                };
                if jobs::unfinished(self.db.conn(), &removal).await? {
                    return Err(ProviderError::Transient(format!(
                        "the expired account {} is still being removed",
                        new_mailbox.address
                    ))
                    .into());
                }
                self.provider_call(self.provider.create_mailbox(&new_mailbox))
                    .await?;
                activation::record_mailbox_created(
                    &self.db,
                    activation_request_id,
                    &self.assignments,
                )
                .await?;
                Ok(())
            }
            Job::SyncMailboxState { address } => {
                if let Some(state) = mailbox::provider_target_state(&self.db, address).await? {
                    self.provider_call(self.provider.set_state(address, state))
                        .await?;
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
            Job::RemoveMailbox { address } => {
                self.provider_call(self.provider.remove_mailbox(address))
                    .await?;
                Ok(())
            }
            Job::DeliverNotification { id } => {
                let links = FreshLinks {
                    db: &self.db,
                    settings: &self.links,
                };
                notify::deliver(&self.db, &self.senders, &links, id).await?;
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
            Job::SyncMailboxState { .. }
            | Job::CloseStruckOff { .. }
            | Job::RemoveMailbox { .. } => Ok(()),
            Job::DeliverNotification { id } => notify::mark_failed(&self.db, id).await,
        }
    }
}

/// Reminds and expires assignments not accepted, every `sweep_interval` until `stop`. Each
/// decision is its own locked transaction (`activation::remind`, `activation::expire`), so
/// replicas sweeping at once never send a reminder twice or expire an accepted request.
pub async fn assignment_sweeps(
    db: Db,
    settings: AssignmentSettings,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        match activation::sweep(&db, &settings, now_ms()).await {
            Ok(done) if done == activation::SweepOutcome::default() => {}
            Ok(done) => tracing::info!(
                reminded = done.reminded,
                expired = done.expired,
                failed = done.failed,
                "assignments reminded or expired"
            ),
            Err(err) => tracing::warn!(error = %err, "the assignment sweep failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(settings.sweep_interval) => {}
            _ = stop.changed() => return,
        }
    }
}
