//! Security events: calls refused for no key or an unknown key, a role that may not call the
//! method, another Ordine's resource, or a rate limit. They go to the audit trail, but never in
//! the refused call's transaction (which rolls back) and never on its path: the gate hands
//! each refusal to `SecurityLog::tally`, an in-memory count per (kind, key or visitor,
//! method) within the current window (a minute by default), and a background task writes one
//! row per count when the window ends, in its own transaction.
//!
//! The bound: a window holds at most `MAX_TALLIES` distinct counts; refusals beyond them are
//! added to one overflow count per kind (method `*`, no key, no visitor). So however many
//! calls are refused, a replica writes at most `MAX_TALLIES + 4` rows per window, and a
//! refused call costs a mutex and a hash lookup, never a database write.
//!
//! Where a refusal is decided: the gate itself (no key, unknown or revoked key); the one
//! mapping of `api::status` (PERMISSION_DENIED for a role or an Ordine filter, RATE_LIMITED);
//! the use cases that hide another Ordine's resource as NOT_FOUND (`note(OtherOrdine)`). The
//! last two `note` the refusal in a task-local slot that the gate opened around the call
//! (`watch`); outside a call (workers, tests calling use cases) `note` does nothing.

use std::cell::Cell;
use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

use crate::db::{Db, now_ms};
use crate::entities::audit_log;

/// Distinct counts one window holds before refusals go to the overflow counts.
pub const MAX_TALLIES: usize = 200;
/// Longest method name kept (a client chooses the path of a refused call).
const MAX_METHOD_LEN: usize = 128;

/// Why a call was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Refusal {
    /// No key, or an unknown, revoked or wrongly bound one (UNAUTHENTICATED).
    Unauthenticated,
    /// A role that may not call the method, or an Ordine filter of another Ordine.
    PermissionDenied,
    /// Another Ordine's resource, answered NOT_FOUND.
    OtherOrdine,
    /// A rate limit (RESOURCE_EXHAUSTED).
    Throttled,
}

impl Refusal {
    /// The trail's action for this refusal.
    pub fn action(self) -> &'static str {
        match self {
            Refusal::Unauthenticated => "security.unauthenticated",
            Refusal::PermissionDenied => "security.permission_denied",
            Refusal::OtherOrdine => "security.other_ordine",
            Refusal::Throttled => "security.throttled",
        }
    }
}

tokio::task_local! {
    static NOTED: Cell<Option<Refusal>>;
}

/// Marks the call in progress as refused for `kind` (the first refusal noted wins). Does
/// nothing outside a call watched by the gate.
pub fn note(kind: Refusal) {
    let _ = NOTED.try_with(|slot| {
        if slot.get().is_none() {
            slot.set(Some(kind));
        }
    });
}

/// Runs a call, returning its outcome and the refusal noted while it ran, if any.
pub async fn watch<F: Future>(call: F) -> (F::Output, Option<Refusal>) {
    NOTED
        .scope(Cell::new(None), async move {
            let out = call.await;
            let noted = NOTED.try_with(Cell::get).ok().flatten();
            (out, noted)
        })
        .await
}

/// Who made a refused call: its key (and the key's Ordine), or else its network address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Who {
    pub key_id: Option<String>,
    pub ordine_code: Option<String>,
    /// The client's IP address, kept only when the call had no known key.
    pub visitor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct TallyKey {
    kind: Refusal,
    who: Who,
    method: String,
}

#[derive(Debug, Clone, Copy)]
struct Tally {
    count: u64,
    first_ms: i64,
    last_ms: i64,
}

/// The counts of the current window.
#[derive(Default)]
pub struct SecurityLog {
    window: Mutex<HashMap<TallyKey, Tally>>,
}

impl SecurityLog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one refused call of `method`.
    pub fn tally(&self, kind: Refusal, who: Who, method: &str) {
        crate::metrics::security_refusal(kind.action());
        let now = now_ms();
        let method: String = method.chars().take(MAX_METHOD_LEN).collect();
        let Ok(mut window) = self.window.lock() else {
            return;
        };
        let mut key = TallyKey { kind, who, method };
        // Past the bound, a new count joins its kind's overflow count.
        if window.len() >= MAX_TALLIES && !window.contains_key(&key) {
            key = TallyKey {
                kind,
                who: Who::default(),
                method: "*".to_owned(),
            };
        }
        window
            .entry(key)
            .and_modify(|t| {
                t.count += 1;
                t.last_ms = now;
            })
            .or_insert(Tally {
                count: 1,
                first_ms: now,
                last_ms: now,
            });
    }

    /// Takes the window's counts as trail rows, leaving an empty window.
    fn take_rows(&self) -> Vec<audit_log::Model> {
        let taken = match self.window.lock() {
            Ok(mut window) => std::mem::take(&mut *window),
            Err(_) => return Vec::new(),
        };
        let mut rows: Vec<audit_log::Model> = taken
            .into_iter()
            .map(|(key, tally)| row(key, tally))
            .collect();
        rows.sort_by_key(|r| r.at);
        rows
    }

    /// Writes the window's counts, in one transaction. Counts that fail to be written are
    /// lost (and logged): a refused call never waits for the trail.
    pub async fn flush(&self, db: &Db) {
        let rows = self.take_rows();
        if rows.is_empty() {
            return;
        }
        let count = rows.len();
        let written = async {
            let txn = db.begin().await?;
            for row in rows {
                crate::audit::insert(&*txn, row).await?;
            }
            txn.commit().await
        }
        .await;
        if let Err(err) = written {
            tracing::warn!(error = %err, rows = count, "writing security events failed");
        }
    }

    /// Writes the counts every `interval` until `stop`, then once more.
    pub async fn run(
        self: std::sync::Arc<Self>,
        db: Db,
        interval: Duration,
        mut stop: tokio::sync::watch::Receiver<bool>,
    ) {
        let mut ticks = tokio::time::interval(interval.max(Duration::from_millis(10)));
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => self.flush(&db).await,
                _ = stop.changed() => break,
            }
        }
        self.flush(&db).await;
    }
}

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_default()
}

fn row(key: TallyKey, tally: Tally) -> audit_log::Model {
    let mut details = serde_json::json!({
        "count": tally.count,
        "first_time": rfc3339(tally.first_ms),
        "last_time": rfc3339(tally.last_ms),
    });
    if let Some(visitor) = &key.who.visitor {
        details["visitor"] = serde_json::Value::from(visitor.as_str());
    }
    if key.method == "*" && key.who == Who::default() {
        details["overflow"] = serde_json::Value::from(true);
    }
    audit_log::Model {
        id: uuid::Uuid::now_v7().to_string(),
        at: tally.last_ms,
        key_id: key.who.key_id,
        action: key.kind.action().to_owned(),
        target_type: "method".to_owned(),
        target_id: key.method,
        details: details.to_string(),
        ordine_code: key.who.ordine_code,
        security_event: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Refusal; 4] = [
        Refusal::Unauthenticated,
        Refusal::PermissionDenied,
        Refusal::OtherOrdine,
        Refusal::Throttled,
    ];

    fn visitor(n: usize) -> Who {
        Who {
            visitor: Some(format!("10.0.{}.{}", n / 256, n % 256)),
            ..Who::default()
        }
    }

    #[test]
    fn repeated_refusals_are_one_count() {
        let log = SecurityLog::new();
        for _ in 0..500 {
            log.tally(
                Refusal::Unauthenticated,
                visitor(1),
                "/pec.v1.MailboxService/GetMailbox",
            );
        }
        let rows = log.take_rows();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].details.contains("\"count\":500"));
        assert!(rows[0].details.contains("10.0.0.1"));
        assert!(log.take_rows().is_empty(), "the window starts again empty");
    }

    #[test]
    fn distinct_refusals_past_the_bound_join_the_overflow() {
        let log = SecurityLog::new();
        for n in 0..(MAX_TALLIES * 5) {
            for kind in ALL {
                log.tally(kind, visitor(n), &format!("/x/{n}"));
            }
        }
        let rows = log.take_rows();
        assert!(rows.len() <= MAX_TALLIES + ALL.len(), "{}", rows.len());
        let total: u64 = rows
            .iter()
            .map(|r| {
                serde_json::from_str::<serde_json::Value>(&r.details).expect("json")["count"]
                    .as_u64()
                    .expect("count")
            })
            .sum();
        assert_eq!(total, (MAX_TALLIES * 5 * ALL.len()) as u64);
        assert!(
            rows.iter()
                .any(|r| r.target_id == "*" && r.details.contains("overflow"))
        );
    }

    #[test]
    fn a_long_method_is_cut() {
        let log = SecurityLog::new();
        log.tally(
            Refusal::Unauthenticated,
            Who::default(),
            &"a".repeat(10_000),
        );
        assert_eq!(log.take_rows()[0].target_id.len(), MAX_METHOD_LEN);
    }

    #[tokio::test]
    async fn a_note_reaches_the_watcher_only_inside_a_call() {
        note(Refusal::Throttled);
        let ((), noted) = watch(async {
            tokio::task::yield_now().await;
            note(Refusal::OtherOrdine);
            note(Refusal::Throttled);
        })
        .await;
        assert_eq!(noted, Some(Refusal::OtherOrdine));
        let ((), none) = watch(async {}).await;
        assert_eq!(none, None);
    }
}
