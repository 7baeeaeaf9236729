//! Bulk work at a lower CPU priority: a sync of the whole register (its validation and its
//! SQLite writes) runs beside the Ordini's and members' calls, and on a machine whose cores
//! it would fill it must leave them their speed. Each piece of bulk work runs on a thread of
//! its own, started for it at `NICE` (Linux: a thread's nice value is its own). A thread per
//! piece, not a pool: an unprivileged process can lower a thread's priority but never raise
//! it back, so a niced thread must not go on to run other work.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::Semaphore;

/// The calls in flight that a person or an Ordine's system waits on: every unary call (the
/// per-call layer, `api::calls`, leaves the streaming ones out: they stay open for long).
/// Read by bulk work that runs where nice cannot reach (in PostgreSQL's own processes), which
/// then paces itself (`registry::members::sync`). One per server.
#[derive(Debug, Default)]
pub struct Activity {
    calls: AtomicUsize,
}

impl Activity {
    /// A call that is waited on started.
    pub fn call_started(&self) {
        self.calls.fetch_add(1, Ordering::Relaxed);
    }

    /// A call counted by `call_started` ended.
    pub fn call_ended(&self) {
        self.calls.fetch_sub(1, Ordering::Relaxed);
    }

    /// Whether calls that are waited on are in flight now.
    pub fn calls_waiting(&self) -> bool {
        self.calls.load(Ordering::Relaxed) > 0
    }
}

/// The nice value of bulk work (0 is normal, 19 the lowest). At 10 a busy bulk thread gets
/// about a tenth of a core that normal threads want, and any core they leave idle.
pub const NICE: i32 = 10;

/// Bulk-work threads running at once in this process: two per core. Each sync holds at most
/// three (two messages validated, one SQLite batch written), so a burst of syncs waits its
/// turn instead of starting threads without bound.
pub fn max_threads() -> usize {
    std::thread::available_parallelism().map_or(2, std::num::NonZero::get) * 2
}

static THREADS: std::sync::LazyLock<Arc<Semaphore>> =
    std::sync::LazyLock::new(|| Arc::new(Semaphore::new(max_threads())));

/// Runs `work` on a new thread (waiting for one of `max_threads` first), at `NICE` when
/// `niced`, and waits for it without blocking the runtime. `Err` when the thread could not be
/// started or `work` panicked.
///
/// Nice only work whose whole pipeline is in this process (a sync on an SQLite file): on
/// PostgreSQL most of a sync's work runs in the database's own processes at normal priority,
/// so a niced validation would only let them starve the sync it feeds; there the sync paces
/// its batches instead.
pub async fn run<R: Send + 'static>(
    niced: bool,
    work: impl FnOnce() -> R + Send + 'static,
) -> anyhow::Result<R> {
    let slot = Arc::clone(&THREADS)
        .acquire_owned()
        .await
        .map_err(|_| anyhow::anyhow!("bulk-work threads closed"))?;
    let (done, result) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("pecd-bulk".to_owned())
        .spawn(move || {
            if niced {
                lower_priority();
            }
            let _ = done.send(work());
            drop(slot);
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

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn bulk_threads_are_bounded_whatever_the_burst() {
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        // Four times the bound at once, each holding its thread for a while.
        let pieces = (0..max_threads() * 4).map(|_| {
            let (running, most) = (Arc::clone(&running), Arc::clone(&most));
            run(true, move || {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(20));
                running.fetch_sub(1, Ordering::SeqCst);
            })
        });
        for done in futures::future::join_all(pieces).await {
            done.expect("ran");
        }
        let most = most.load(Ordering::SeqCst);
        assert!(most <= max_threads(), "{most} threads at once");
        assert!(most >= 2, "the pieces ran one at a time");
    }

    #[test]
    fn calls_are_waiting_until_each_has_ended() {
        let activity = Activity::default();
        assert!(!activity.calls_waiting());
        activity.call_started();
        activity.call_started();
        activity.call_ended();
        assert!(activity.calls_waiting());
        activity.call_ended();
        assert!(!activity.calls_waiting());
    }

    #[tokio::test]
    async fn bulk_work_runs_niced_and_leaves_the_caller_alone() {
        let before = rustix::process::getpriority_process(None).expect("own priority");
        let niced = run(true, || {
            rustix::process::getpriority_process(Some(rustix::thread::gettid()))
        })
        .await
        .expect("ran")
        .expect("priority");
        assert_eq!(niced, NICE.max(before));
        let normal = run(false, || {
            rustix::process::getpriority_process(Some(rustix::thread::gettid()))
        })
        .await
        .expect("ran")
        .expect("priority");
        assert_eq!(normal, before);
        assert_eq!(
            rustix::process::getpriority_process(Some(rustix::thread::gettid())).expect("mine"),
            before
        );
        assert!(run(true, || panic!("boom")).await.is_err());
    }
}
