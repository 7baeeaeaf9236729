//! Bulk work at a lower CPU priority: a sync of the whole register (its validation and its
//! SQLite writes) runs beside the Ordini's and members' calls, and on a machine whose cores
//! it would fill it must leave them their speed. Each piece of bulk work runs on a thread of
//! its own, started for it at `NICE` (Linux: a thread's nice value is its own). A thread per
//! piece, not a pool: an unprivileged process can lower a thread's priority but never raise
//! it back, so a niced thread must not go on to run other work.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The calls in flight that a person or an Ordine's system waits on: every unary call (not
/// the streaming ones, `is_bulk`). Kept by the per-call layer (through `Metrics`), read by
/// bulk work that runs where nice cannot reach (in PostgreSQL's own processes), which then
/// paces itself (`registry::members::sync`). One per server.
#[derive(Debug, Default)]
pub struct Activity {
    calls: AtomicUsize,
}

impl Activity {
    /// A call of `method` (`/package.Service/Method`) started.
    pub fn call_started(&self, method: &str) {
        if !is_bulk(method) {
            self.calls.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// A call of `method` ended.
    pub fn call_ended(&self, method: &str) {
        if !is_bulk(method) {
            self.calls.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// Whether calls other than bulk ones are in flight now.
    pub fn calls_waiting(&self) -> bool {
        self.calls.load(Ordering::Relaxed) > 0
    }
}

/// Whether `method` is bulk or streaming work (SyncMembers, WatchEvents, a health watch…),
/// which stays open for long and never holds bulk work back.
pub fn is_bulk(method: &str) -> bool {
    crate::api::calls::is_streaming(method)
}

/// The nice value of bulk work (0 is normal, 19 the lowest). At 10 a busy bulk thread gets
/// about a tenth of a core that normal threads want, and any core they leave idle.
pub const NICE: i32 = 10;

/// Runs `work` on a new thread at `NICE` and waits for it without blocking the runtime.
/// `Err` when the thread could not be started or `work` panicked.
pub async fn run<R: Send + 'static>(
    work: impl FnOnce() -> R + Send + 'static,
) -> anyhow::Result<R> {
    let (done, result) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("pecd-bulk".to_owned())
        .spawn(move || {
            lower_priority();
            let _ = done.send(work());
        })
        .map_err(|e| anyhow::anyhow!("cannot start a bulk-work thread: {e}"))?;
    result
        .await
        .map_err(|_| anyhow::anyhow!("a bulk-work thread panicked"))
}

/// Lowers the calling thread's priority to `NICE` (best effort: a failure only costs the
/// other calls some speed).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        let thread = rustix::thread::gettid();
        if let Err(err) = rustix::process::setpriority_process(Some(thread), NICE) {
            tracing::debug!(error = %err, "cannot lower a bulk-work thread's priority");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulk_and_streaming_methods_hold_nothing_back() {
        let activity = Activity::default();
        for bulk in [
            "/pec.v1.RegistryService/SyncMembers",
            "/pec.v1.EventService/WatchEvents",
            "/grpc.health.v1.Health/Watch",
        ] {
            activity.call_started(bulk);
            assert!(!activity.calls_waiting(), "{bulk}");
        }
        activity.call_started("/pec.v1.MailboxService/GetMailbox");
        assert!(activity.calls_waiting());
        activity.call_ended("/pec.v1.MailboxService/GetMailbox");
        assert!(!activity.calls_waiting());
    }

    #[tokio::test]
    async fn bulk_work_runs_niced_and_leaves_the_caller_alone() {
        let before = rustix::process::getpriority_process(None).expect("own priority");
        let niced = run(|| rustix::process::getpriority_process(Some(rustix::thread::gettid())))
            .await
            .expect("ran")
            .expect("priority");
        assert_eq!(niced, NICE.max(before));
        assert_eq!(
            rustix::process::getpriority_process(Some(rustix::thread::gettid())).expect("mine"),
            before
        );
        assert!(run(|| panic!("boom")).await.is_err());
    }
}
