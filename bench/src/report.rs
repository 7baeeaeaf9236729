//! The Markdown summary: one row per server, each figure marked PASS or FAIL against its
//! target. A missed target is reported, not treated as an error.

use std::fmt::Write as _;
use std::time::Duration;

use crate::load::LoadResult;

/// Peak memory allowed to pecd.
const MAX_PEAK_RSS_MB: f64 = 250.0;
/// p99 latency allowed to GetMailbox.
const MAX_P99_MS: f64 = 15.0;
/// GetMailbox p99 with 100 WatchEvents streams open, at most this times the p99 without.
const MAX_WATCHED_P99_RATIO: f64 = 1.2;
/// Member count the SyncMembers targets are stated for; other counts scale them linearly.
const TARGET_MEMBERS: f64 = 250_000.0;

/// The figures a backend is held to.
#[derive(Debug, Clone, Copy)]
pub struct Targets {
    /// Minimum GetMailbox rate as a fraction of the no-op server's.
    pub min_ratio: f64,
    /// Maximum seconds for a fresh SyncMembers of 250,000 members.
    pub max_sync_secs_250k: f64,
}

pub const SQLITE: Targets = Targets {
    min_ratio: 0.30,
    max_sync_secs_250k: 5.0,
};
pub const POSTGRES: Targets = Targets {
    min_ratio: 0.15,
    max_sync_secs_250k: 10.0,
};

/// Everything measured against one pecd backend.
#[derive(Debug)]
pub struct BackendFigures {
    pub load: LoadResult,
    /// The same GetMailbox load with 100 WatchEvents streams open.
    pub watched: LoadResult,
    pub sync_fresh: Duration,
    pub sync_unchanged: Duration,
    pub peak_rss_mb: f64,
}

/// One row of the table: a backend that ran, or one that failed or was skipped.
pub struct Row {
    pub backend: &'static str,
    pub targets: Targets,
    pub outcome: Result<BackendFigures, String>,
}

fn mark(pass: bool) -> &'static str {
    if pass { "PASS" } else { "FAIL" }
}

/// Renders the report for a run of `members` members.
pub fn render(
    noop: &LoadResult,
    rows: &[Row],
    members: usize,
    duration: Duration,
    machine: &str,
) -> String {
    let scale = members as f64 / TARGET_MEMBERS;
    let mut out = String::new();
    // Writing to a String cannot fail, hence the ignored results.
    let _ = writeln!(
        out,
        "# pecd benchmark\n\n{members} members; GetMailbox: 64 calls in flight over 4 HTTP/2 \
         connections, {}s measured after a warm-up.\n",
        duration.as_secs()
    );
    let _ = writeln!(out, "{machine}\n");
    let _ = writeln!(
        out,
        "| backend | GetMailbox req/s | ratio to no-op | p50 ms | p99 ms | SyncMembers fresh s | \
         re-sync unchanged s | peak RSS MB |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|");
    let _ = writeln!(
        out,
        "| no-op tonic (in-process) | {:.0} | 1.00 | {:.2} | {:.2} | – | – | – |",
        noop.rps, noop.p50_ms, noop.p99_ms
    );
    for row in rows {
        match &row.outcome {
            Ok(f) => {
                let ratio = f.load.rps / noop.rps;
                let max_sync = row.targets.max_sync_secs_250k * scale;
                let fresh = f.sync_fresh.as_secs_f64();
                let unchanged = f.sync_unchanged.as_secs_f64();
                let _ = writeln!(
                    out,
                    "| {} | {:.0} | {:.2} {} (≥ {:.2}) | {:.2} | {:.2} {} (< {MAX_P99_MS}) | \
                     {fresh:.2} {} (≤ {max_sync:.2}) | {unchanged:.2} {} (< fresh) | \
                     {:.0} {} (< {MAX_PEAK_RSS_MB:.0}) |",
                    row.backend,
                    f.load.rps,
                    ratio,
                    mark(ratio >= row.targets.min_ratio),
                    row.targets.min_ratio,
                    f.load.p50_ms,
                    f.load.p99_ms,
                    mark(f.load.p99_ms < MAX_P99_MS),
                    mark(fresh <= max_sync),
                    mark(unchanged < fresh),
                    f.peak_rss_mb,
                    mark(f.peak_rss_mb < MAX_PEAK_RSS_MB),
                );
            }
            Err(reason) => {
                let reason = reason.lines().next().unwrap_or("").replace('|', "/");
                let _ = writeln!(out, "| {} | {reason} | | | | | | |", row.backend);
            }
        }
    }
    let _ = writeln!(
        out,
        "\nTargets: GetMailbox ≥ {:.2} of the no-op rate on SQLite and ≥ {:.2} on PostgreSQL, \
         p99 < {MAX_P99_MS} ms; SyncMembers of 250,000 members ≤ {} s on SQLite and ≤ {} s on \
         PostgreSQL (scaled linearly to {members}), the unchanged re-sync faster than the fresh \
         one; pecd peak memory (VmHWM) < {MAX_PEAK_RSS_MB} MB.",
        SQLITE.min_ratio,
        POSTGRES.min_ratio,
        SQLITE.max_sync_secs_250k,
        POSTGRES.max_sync_secs_250k
    );
    for (backend, f) in rows
        .iter()
        .filter_map(|r| r.outcome.as_ref().ok().map(|f| (r.backend, f)))
    {
        let ratio = f.watched.p99_ms / f.load.p99_ms;
        let _ = writeln!(
            out,
            "\n{backend}, GetMailbox with 100 WatchEvents streams open: {:.0} req/s, p99 {:.2} ms, \
             {ratio:.2}× the p99 without {} (≤ {MAX_WATCHED_P99_RATIO:.2}×); {} failed calls.",
            f.watched.rps,
            f.watched.p99_ms,
            mark(ratio <= MAX_WATCHED_P99_RATIO),
            f.watched.errors,
        );
    }
    let _ = writeln!(
        out,
        "\nFailed calls, warm-up included (successful calls measured): no-op {} ({}){}.",
        noop.errors,
        noop.calls,
        rows.iter()
            .filter_map(|r| r.outcome.as_ref().ok().map(|f| (r.backend, f)))
            .map(|(b, f)| format!("; {b} {} ({})", f.load.errors, f.load.calls))
            .collect::<String>()
    );
    let _ = writeln!(
        out,
        "\nCPU in the measured GetMailbox windows, in cores: no-op: bench {:.2}, others {:.2}{}. \
         \"Others\" is every other process plus kernel time charged to none (loopback \
         networking), and PostgreSQL itself on its row.",
        noop.cpu.bench,
        noop.cpu.others(),
        rows.iter()
            .filter_map(|r| r.outcome.as_ref().ok().map(|f| (r.backend, f)))
            .map(|(b, f)| format!(
                "; {b}: pecd {:.2}, bench {:.2}, others {:.2}",
                f.load.cpu.child,
                f.load.cpu.bench,
                f.load.cpu.others()
            ))
            .collect::<String>()
    );
    out
}
