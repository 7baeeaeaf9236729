//! The Markdown report: a summary row per server, then one table per backend with a row per
//! figure: its value, its target, PASS or FAIL, and the CPU (in cores) and pecd's memory of
//! the phase it belongs to. A missed target is reported, not treated as an error.

use std::fmt::Write as _;
use std::time::Duration;

use crate::activation::BatchFigures;
use crate::cpu;
use crate::h2load::H2Result;
use crate::load::LoadResult;
use crate::memory::Snapshot;

/// Peak memory allowed to pecd over the whole run (VmHWM).
const MAX_PEAK_RSS_MB: f64 = 200.0;
/// Memory allowed to pecd idle right after start.
const MAX_IDLE_RSS_MB: f64 = 30.0;
/// p99 latency allowed to GetMailbox.
const MAX_P99_MS: f64 = 15.0;
/// GetMailbox p99 with 100 WatchEvents streams open, at most this times the p99 without.
const MAX_WATCHED_P99_RATIO: f64 = 1.2;
/// Member count the SyncMembers targets are stated for; other counts scale them linearly.
const TARGET_MEMBERS: f64 = 250_000.0;
/// SyncMembers of 250,000 members in shuffled order, fresh database.
const MAX_FRESH_SECS_250K: f64 = 4.0;
/// The identical re-sync, at most this fraction of the fresh one.
const MAX_UNCHANGED_TO_FRESH: f64 = 0.5;
/// SyncMembers of 250,000 members each with a changed personal email.
const MAX_CHANGED_SECS_250K: f64 = 8.0;
/// GetMailbox during a changed re-sync, against the same load idle.
const MAX_BUSY_P99_RATIO: f64 = 2.0;
const MIN_BUSY_RATE_RATIO: f64 = 0.7;
/// Password completions per second and core in a burst.
const MIN_COMPLETIONS_PER_CORE: f64 = 40.0;
/// BatchCreateActivationRequests of 1,000 members.
const MAX_BATCH_SECS: f64 = 0.5;

/// The figures a backend is held to where the two differ.
#[derive(Debug, Clone, Copy)]
pub struct Targets {
    /// Minimum GetMailbox rate as a fraction of the no-op server's.
    pub min_ratio: f64,
    /// Minimum h2load GetMailbox rate as a fraction of its Health/Check rate.
    pub min_h2load_ratio: f64,
}

pub const SQLITE: Targets = Targets {
    min_ratio: 0.30,
    min_h2load_ratio: 0.7,
};
pub const POSTGRES: Targets = Targets {
    min_ratio: 0.15,
    min_h2load_ratio: 0.6,
};

/// A timed phase: how long it took, the CPU it used, pecd's highest sampled memory in it.
#[derive(Debug, Clone, Copy)]
pub struct Phase {
    pub took: Duration,
    pub cpu: cpu::Usage,
    pub memory: Snapshot,
}

/// A GetMailbox window and pecd's highest sampled memory in it.
#[derive(Debug)]
pub struct Window {
    pub load: LoadResult,
    pub memory: Snapshot,
}

/// GetMailbox while the whole register is re-synced with every member changed.
#[derive(Debug)]
pub struct DuringSync {
    pub window: Window,
    pub sync: Duration,
}

/// h2load: Health/Check and GetMailbox windows in turn (H G H G … H), so that each GetMailbox
/// window is set against the Health/Check windows just before and after it. One pair around
/// one long window did not cancel the machine's drift: Health/Check alone went from 33,487 to
/// 50,677 calls/s across one such run, and the same pecd gave ratios of 0.39 to 0.74.
#[derive(Debug)]
pub struct H2Figures {
    /// One more than `get_mailbox`: `health[i]` ran before `get_mailbox[i]`, `health[i + 1]`
    /// after it.
    pub health: Vec<H2Result>,
    pub get_mailbox: Vec<H2Result>,
    pub memory: Snapshot,
}

impl H2Figures {
    /// Each GetMailbox window's rate over the mean of its two Health/Check windows.
    pub fn ratios(&self) -> Vec<f64> {
        self.get_mailbox
            .iter()
            .zip(self.health.windows(2))
            .map(|(get, around)| get.rps / ((around[0].rps + around[1].rps) / 2.0))
            .collect()
    }

    /// The median of `ratios`: what the target is checked against.
    pub fn ratio(&self) -> f64 {
        let mut ratios = self.ratios();
        ratios.sort_by(f64::total_cmp);
        match ratios.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => ratios[n / 2],
            n => (ratios[n / 2 - 1] + ratios[n / 2]) / 2.0,
        }
    }
}

/// One burst of password completions, with the GetMailbox load that ran through it.
#[derive(Debug)]
pub struct Burst {
    /// Completions that succeeded.
    pub completions: usize,
    /// Completions that failed, by cause.
    pub failures: Vec<(String, usize)>,
    /// Of which resets of an account that had a password (a verification, then a hash).
    pub with_password: usize,
    pub took: Duration,
    pub cores: usize,
    pub window: Window,
}

impl Burst {
    pub fn rate(&self) -> f64 {
        self.completions as f64 / self.took.as_secs_f64().max(1e-6)
    }

    pub fn per_core(&self) -> f64 {
        self.rate() / self.cores.max(1) as f64
    }
}

/// The password bursts: one under a steady GetMailbox load (the figures held to targets),
/// one under the saturating closed-loop load (for reference).
#[derive(Debug)]
pub struct PasswordFigures {
    /// Argon2id computations per second per core with the server's parameters, every core
    /// hashing at once and nothing else running (measured in the bench, just before).
    pub argon2_per_core: f64,
    /// The steady load alone, just before its burst.
    pub steady_idle: LoadResult,
    pub steady: Burst,
    pub saturated: Burst,
}

#[derive(Debug)]
pub struct ActivationFigures {
    pub batch: BatchFigures,
    /// Over both calls.
    pub cpu: cpu::Usage,
    pub memory: Snapshot,
}

/// Everything measured against one pecd backend. The phases after the syncs fail on their
/// own: one that could not run leaves the others' figures.
#[derive(Debug)]
pub struct BackendFigures {
    pub idle_memory: Snapshot,
    pub sync_fresh: Phase,
    pub sync_unchanged: Phase,
    pub sync_changed: Phase,
    /// GetMailbox, mailboxes seeded, nothing else running.
    pub idle: Window,
    /// The same GetMailbox load with 100 WatchEvents streams open.
    pub watched: Window,
    pub during_sync: Result<DuringSync, String>,
    pub h2load: Result<H2Figures, String>,
    pub passwords: Result<PasswordFigures, String>,
    pub activation: Result<ActivationFigures, String>,
    pub peak_rss_mb: f64,
    /// Highest RssAnon sampled over the run.
    pub peak_anon_mb: f64,
    /// From spawning `pecd serve` (database already migrated) to its listening.
    pub start_up: Duration,
    /// The database's size at the end of the run.
    pub database_mb: Result<f64, String>,
}

impl BackendFigures {
    /// What went wrong in the run: failed phases, failed calls, answers that are not the same
    /// on a repeat. Empty when everything ran.
    pub fn failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Ok(p) = &self.passwords {
            for (cause, n) in p.steady.failures.iter().chain(&p.saturated.failures) {
                out.push(format!("password burst: {n} completions failed: {cause}"));
            }
        }
        let mut errors = |what: &str, load: &LoadResult| {
            if load.errors > 0 {
                out.push(format!(
                    "{what}: {} failed GetMailbox calls ({})",
                    load.errors,
                    load.error_samples.join("; ")
                ));
            }
        };
        errors("GetMailbox idle", &self.idle.load);
        errors("GetMailbox with watchers", &self.watched.load);
        if let Ok(d) = &self.during_sync {
            errors("GetMailbox during the re-sync", &d.window.load);
        }
        if let Ok(p) = &self.passwords {
            errors(
                "steady GetMailbox before the password burst",
                &p.steady_idle,
            );
            errors(
                "steady GetMailbox during the password burst",
                &p.steady.window.load,
            );
            errors(
                "GetMailbox during the second password burst",
                &p.saturated.window.load,
            );
        }
        let mut failed = |what: &str, r: Result<(), &String>| {
            if let Err(e) = r {
                out.push(format!("{what}: {e}"));
            }
        };
        failed(
            "reads during a re-sync",
            self.during_sync.as_ref().map(|_| ()),
        );
        failed("h2load", self.h2load.as_ref().map(|_| ()));
        failed("password burst", self.passwords.as_ref().map(|_| ()));
        failed("activation batch", self.activation.as_ref().map(|_| ()));
        failed("database size", self.database_mb.as_ref().map(|_| ()));
        if let Ok(a) = &self.activation
            && !a.batch.same_outcomes
        {
            out.push("activation batch: the repeat answered differently".to_owned());
        }
        out
    }
}

/// One row of the summary: a backend that ran, or one that failed or was skipped.
pub struct Row {
    pub backend: &'static str,
    pub targets: Targets,
    pub outcome: Result<BackendFigures, String>,
}

fn mark(pass: bool) -> &'static str {
    if pass { "PASS" } else { "FAIL" }
}

fn thousands(x: f64) -> String {
    let digits = format!("{:.0}", x.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The rows of a backend's table.
struct Table {
    out: String,
}

impl Table {
    fn new(backend: &str) -> Self {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\n## {backend}\n\n| phase | figure | target | | pecd cores | bench cores | others cores | pecd RSS MB (anon) |\n\
             |---|---|---|---|---:|---:|---:|---:|"
        );
        Table { out }
    }

    /// A row; `cpu` and `memory` are shown on a phase's first row only.
    fn row(
        &mut self,
        phase: &str,
        figure: &str,
        target: &str,
        pass: Option<bool>,
        cpu: Option<&cpu::Usage>,
        memory: Option<&Snapshot>,
    ) {
        let cpu = cpu.map_or("| | |".to_owned(), |c| {
            format!("{:.2} | {:.2} | {:.2} |", c.child, c.bench, c.others())
        });
        let memory = memory.map_or(String::new(), |m| {
            format!("{:.0} ({:.0})", m.rss_mb, m.anon_mb)
        });
        let _ = writeln!(
            self.out,
            "| {phase} | {figure} | {target} | {} | {cpu} {memory} |",
            pass.map_or("", mark)
        );
    }

    fn failed(&mut self, phase: &str, reason: &str) {
        let reason = reason.lines().next().unwrap_or("").replace('|', "/");
        let _ = writeln!(self.out, "| {phase} | FAILED: {reason} | | | | | | |");
    }
}

fn backend_table(
    backend: &str,
    targets: Targets,
    f: &BackendFigures,
    noop: &LoadResult,
    scale: f64,
) -> String {
    let mut t = Table::new(backend);
    let max_fresh = MAX_FRESH_SECS_250K * scale;
    let fresh = f.sync_fresh.took.as_secs_f64();
    t.row(
        "SyncMembers fresh, shuffled",
        &format!("{fresh:.2} s"),
        &format!("≤ {max_fresh:.2} s"),
        Some(fresh <= max_fresh),
        Some(&f.sync_fresh.cpu),
        Some(&f.sync_fresh.memory),
    );
    let unchanged = f.sync_unchanged.took.as_secs_f64();
    let max_unchanged = MAX_UNCHANGED_TO_FRESH * fresh;
    t.row(
        "re-sync identical, another order",
        &format!("{unchanged:.2} s = {:.2} × fresh", unchanged / fresh),
        &format!("≤ {MAX_UNCHANGED_TO_FRESH} × fresh ({max_unchanged:.2} s)"),
        Some(unchanged <= max_unchanged),
        Some(&f.sync_unchanged.cpu),
        Some(&f.sync_unchanged.memory),
    );
    let changed = f.sync_changed.took.as_secs_f64();
    let max_changed = MAX_CHANGED_SECS_250K * scale;
    t.row(
        "re-sync, every personal email changed",
        &format!("{changed:.2} s"),
        &format!("≤ {max_changed:.2} s"),
        Some(changed <= max_changed),
        Some(&f.sync_changed.cpu),
        Some(&f.sync_changed.memory),
    );

    let idle = &f.idle.load;
    let ratio = idle.rps / noop.rps;
    t.row(
        "GetMailbox idle",
        &format!("{} req/s = {ratio:.2} × no-op", thousands(idle.rps)),
        &format!("≥ {:.2} × no-op", targets.min_ratio),
        Some(ratio >= targets.min_ratio),
        Some(&idle.cpu),
        Some(&f.idle.memory),
    );
    t.row(
        "",
        &format!("p50 {:.2} ms, p99 {:.2} ms", idle.p50_ms, idle.p99_ms),
        &format!("p99 < {MAX_P99_MS} ms"),
        Some(idle.p99_ms < MAX_P99_MS),
        None,
        None,
    );
    let watched = &f.watched.load;
    let watched_ratio = watched.p99_ms / idle.p99_ms;
    t.row(
        "GetMailbox, 100 watches open",
        &format!(
            "{} req/s, p99 {:.2} ms = {watched_ratio:.2} × idle",
            thousands(watched.rps),
            watched.p99_ms
        ),
        &format!("p99 ≤ {MAX_WATCHED_P99_RATIO} × idle"),
        Some(watched_ratio <= MAX_WATCHED_P99_RATIO),
        Some(&watched.cpu),
        Some(&f.watched.memory),
    );

    match &f.during_sync {
        Ok(d) => {
            let busy = &d.window.load;
            let rate = busy.rps / idle.rps;
            let p99 = busy.p99_ms / idle.p99_ms;
            t.row(
                "GetMailbox during a changed re-sync",
                &format!(
                    "{} req/s = {rate:.2} × idle (re-sync {:.2} s)",
                    thousands(busy.rps),
                    d.sync.as_secs_f64()
                ),
                &format!("≥ {MIN_BUSY_RATE_RATIO} × idle"),
                Some(rate >= MIN_BUSY_RATE_RATIO),
                Some(&busy.cpu),
                Some(&d.window.memory),
            );
            t.row(
                "",
                &format!(
                    "p50 {:.2} ms, p99 {:.2} ms = {p99:.2} × idle",
                    busy.p50_ms, busy.p99_ms
                ),
                &format!("p99 ≤ {MAX_BUSY_P99_RATIO} × idle"),
                Some(p99 <= MAX_BUSY_P99_RATIO),
                None,
                None,
            );
        }
        Err(e) => t.failed("GetMailbox during a changed re-sync", e),
    }

    match &f.h2load {
        Ok(h) => {
            let rates = |runs: &[H2Result]| {
                runs.iter()
                    .map(|r| thousands(r.rps))
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            t.row(
                "h2load Health/Check",
                &format!("{} req/s, in turn with GetMailbox", rates(&h.health)),
                "",
                None,
                h.health.first().map(|r| &r.cpu),
                Some(&h.memory),
            );
            let ratio = h.ratio();
            let ratios = h
                .ratios()
                .iter()
                .map(|r| format!("{r:.2}"))
                .collect::<Vec<_>>()
                .join(" · ");
            t.row(
                "h2load GetMailbox",
                &format!(
                    "{} req/s = {ratios} × the Health/Check around each; median {ratio:.2}",
                    rates(&h.get_mailbox)
                ),
                &format!("median ≥ {:.1} × Health", targets.min_h2load_ratio),
                Some(ratio >= targets.min_h2load_ratio),
                h.get_mailbox.first().map(|r| &r.cpu),
                None,
            );
        }
        Err(e) => t.failed("h2load GetMailbox / Health", e),
    }

    match &f.passwords {
        Ok(p) => {
            let failed = |b: &Burst| match b.failures.iter().map(|(_, n)| n).sum::<usize>() {
                0 => String::new(),
                n => format!(", {n} FAILED"),
            };
            let steady = &p.steady;
            t.row(
                &format!(
                    "password burst: {} completions ({} with a current password){}, GetMailbox \
                     at a steady {}/s",
                    steady.completions,
                    steady.with_password,
                    failed(steady),
                    thousands(f64::from(crate::passwords::STEADY_RATE)),
                ),
                &format!(
                    "{:.1}/s in {:.2} s = {:.1}/s per core ({} cores)",
                    steady.rate(),
                    steady.took.as_secs_f64(),
                    steady.per_core(),
                    steady.cores
                ),
                &format!("≥ {MIN_COMPLETIONS_PER_CORE:.0}/s per core"),
                Some(steady.per_core() >= MIN_COMPLETIONS_PER_CORE),
                Some(&steady.window.load.cpu),
                Some(&steady.window.memory),
            );
            let busy = &steady.window.load;
            let ratio = busy.p99_ms / p.steady_idle.p99_ms;
            t.row(
                "",
                &format!(
                    "steady GetMailbox: p99 {:.2} ms = {ratio:.2} × the same load alone ({:.2} \
                     ms), {} req/s",
                    busy.p99_ms,
                    p.steady_idle.p99_ms,
                    thousands(busy.rps),
                ),
                &format!("p99 ≤ {MAX_BUSY_P99_RATIO} × alone"),
                Some(ratio <= MAX_BUSY_P99_RATIO),
                None,
                None,
            );
            // A completion hashes the new password, and first checks it against the current
            // one where there is one: the burst cannot go faster than that many computations.
            let hashes = 1.0 + steady.with_password as f64 / steady.completions.max(1) as f64;
            t.row(
                "",
                &format!(
                    "ceiling on this machine: Argon2id (19 MiB, 2 passes) alone takes {:.1} ms \
                     per core, every core at once; {hashes:.2} per completion → at most {:.1} \
                     completions/s per core",
                    1000.0 / p.argon2_per_core,
                    p.argon2_per_core / hashes
                ),
                "none (what the target needs)",
                None,
                None,
                None,
            );
            let saturated = &p.saturated;
            let busy = &saturated.window.load;
            t.row(
                &format!(
                    "another burst under the saturating GetMailbox load ({} with a current \
                     password){}, for reference",
                    saturated.with_password,
                    failed(saturated),
                ),
                &format!(
                    "{:.1}/s per core; GetMailbox {} req/s, p99 {:.2} ms = {:.2} × idle",
                    saturated.per_core(),
                    thousands(busy.rps),
                    busy.p99_ms,
                    busy.p99_ms / idle.p99_ms
                ),
                "none (see below)",
                None,
                Some(&busy.cpu),
                Some(&saturated.window.memory),
            );
        }
        Err(e) => t.failed("password burst", e),
    }

    match &f.activation {
        Ok(a) => {
            let first = a.batch.first.as_secs_f64();
            t.row(
                &format!("BatchCreateActivationRequests, {} members", a.batch.created),
                &format!("{first:.3} s, all created"),
                &format!("≤ {MAX_BATCH_SECS} s"),
                Some(first <= MAX_BATCH_SECS),
                Some(&a.cpu),
                Some(&a.memory),
            );
            t.row(
                "the same batch again, same request ids",
                &format!(
                    "{:.3} s, {}",
                    a.batch.repeat.as_secs_f64(),
                    if a.batch.same_outcomes {
                        "same outcomes"
                    } else {
                        "DIFFERENT outcomes"
                    }
                ),
                "same outcomes",
                Some(a.batch.same_outcomes),
                None,
                None,
            );
        }
        Err(e) => t.failed("BatchCreateActivationRequests", e),
    }

    t.row(
        "pecd memory after start, idle",
        &format!(
            "{:.1} MB (RssAnon {:.1} MB); listening {:.2} s after its start",
            f.idle_memory.rss_mb,
            f.idle_memory.anon_mb,
            f.start_up.as_secs_f64()
        ),
        &format!("≤ {MAX_IDLE_RSS_MB:.0} MB"),
        Some(f.idle_memory.rss_mb <= MAX_IDLE_RSS_MB),
        None,
        None,
    );
    t.row(
        "pecd peak memory, whole run",
        &format!(
            "{:.0} MB VmHWM (RssAnon sampled peak {:.0} MB)",
            f.peak_rss_mb, f.peak_anon_mb
        ),
        &format!("≤ {MAX_PEAK_RSS_MB:.0} MB"),
        Some(f.peak_rss_mb <= MAX_PEAK_RSS_MB),
        None,
        None,
    );
    match &f.database_mb {
        Ok(mb) => t.row(
            "database size at the end",
            &format!("{mb:.0} MB"),
            "",
            None,
            None,
            None,
        ),
        Err(e) => t.failed("database size at the end", e),
    }
    t.out
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
        "# pecd benchmark\n\n{members} members, sent in shuffled order; GetMailbox: 64 calls in \
         flight over 4 HTTP/2 connections, {}s measured after a warm-up.\n",
        duration.as_secs()
    );
    let _ = writeln!(out, "{machine}\n");
    let _ = writeln!(
        out,
        "| backend | GetMailbox req/s | ratio to no-op | p50 ms | p99 ms | SyncMembers fresh s | \
         re-sync unchanged s | re-sync changed s | peak RSS MB |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let _ = writeln!(
        out,
        "| no-op tonic (in-process) | {:.0} | 1.00 | {:.2} | {:.2} | – | – | – | – |",
        noop.rps, noop.p50_ms, noop.p99_ms
    );
    for row in rows {
        match &row.outcome {
            Ok(f) => {
                let ratio = f.idle.load.rps / noop.rps;
                let _ = writeln!(
                    out,
                    "| {} | {:.0} | {ratio:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.0} |",
                    row.backend,
                    f.idle.load.rps,
                    f.idle.load.p50_ms,
                    f.idle.load.p99_ms,
                    f.sync_fresh.took.as_secs_f64(),
                    f.sync_unchanged.took.as_secs_f64(),
                    f.sync_changed.took.as_secs_f64(),
                    f.peak_rss_mb,
                );
            }
            Err(reason) => {
                let reason = reason.lines().next().unwrap_or("").replace('|', "/");
                let _ = writeln!(out, "| {} | {reason} | | | | | | | |", row.backend);
            }
        }
    }
    for row in rows {
        if let Ok(f) = &row.outcome {
            out.push_str(&backend_table(row.backend, row.targets, f, noop, scale));
            for failure in f.failures() {
                let _ = writeln!(out, "\nFAILED: {}", failure.replace('\n', " "));
            }
        }
    }
    let _ = writeln!(
        out,
        "\nTargets (SyncMembers limits stated for 250,000 members, scaled linearly to \
         {members}): GetMailbox ≥ {:.2} of the no-op rate on SQLite and ≥ {:.2} on PostgreSQL, \
         p99 < {MAX_P99_MS} ms; h2load GetMailbox ≥ {} of Health/Check on SQLite and ≥ {} on \
         PostgreSQL (the median of three GetMailbox windows, each against the mean of the \
         Health/Check windows just before and after it).",
        SQLITE.min_ratio, POSTGRES.min_ratio, SQLITE.min_h2load_ratio, POSTGRES.min_h2load_ratio,
    );
    let _ = writeln!(
        out,
        "\nPassword burst: the links come from RequestPasswordReset through a front-end key, one \
         visitor address per member, before the window (its fixed 400 ms floor is outside it); \
         CompletePasswordReset has no timing floor, so no pecd flag is set and the window \
         measures the work itself. Half the accounts have a current password (pecd verifies \
         the new one against it, then hashes it: two Argon2id computations), half have none \
         yet, as after a campaign (one). The targets hold for the burst under a steady \
         GetMailbox load, {} calls/s started on schedule whatever the replies (latency from \
         the scheduled start), compared with the same load alone just before. The second \
         burst runs under the closed-loop load of the other windows (64 calls always in \
         flight), which takes all the CPU it is given: its latency is 64 calls / its rate \
         (Little's law), so a p99 within 2 × idle there would mean the burst got at most \
         half the CPU; it is shown for reference only. pecd runs with its defaults plus \
         `--max-watches-per-key 128` (the watchers phase opens 100 watches with one key).",
        thousands(f64::from(crate::passwords::STEADY_RATE)),
    );
    let _ = writeln!(
        out,
        "\nCPU columns: average cores over the phase (the GetMailbox window for load phases, \
         the h2load run including its warm-up). \"Others\" is every other process (PostgreSQL, \
         h2load) plus kernel time charged to none (loopback networking). Memory: pecd's \
         highest VmRSS (and RssAnon) sampled every 50 ms during the phase; the whole-run peak \
         is the kernel's VmHWM."
    );
    let _ = writeln!(
        out,
        "\nFailed calls of the idle GetMailbox windows, warm-up included (successful calls \
         measured): no-op {} ({}){}. Failures of the other phases are listed under each table.",
        noop.errors,
        noop.calls,
        rows.iter()
            .filter_map(|r| r.outcome.as_ref().ok().map(|f| (r.backend, f)))
            .map(|(b, f)| format!("; {b} {} ({})", f.idle.load.errors, f.idle.load.calls))
            .collect::<String>()
    );
    let _ = writeln!(
        out,
        "\nCPU of the no-op window, in cores: bench {:.2}, others {:.2}.",
        noop.cpu.bench,
        noop.cpu.others()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(rps: f64) -> H2Result {
        H2Result {
            rps,
            requests: 1,
            cpu: cpu::Usage {
                machine: 0.0,
                bench: 0.0,
                child: 0.0,
            },
        }
    }

    #[test]
    fn each_get_mailbox_window_is_set_against_the_health_windows_around_it() {
        let figures = H2Figures {
            health: [100.0, 60.0, 80.0, 120.0].map(run).to_vec(),
            get_mailbox: [40.0, 35.0, 50.0].map(run).to_vec(),
            memory: Snapshot::default(),
        };
        // 40 / 80, 35 / 70, 50 / 100: a drift of the machine cancels window by window.
        assert_eq!(figures.ratios(), vec![0.5, 0.5, 0.5]);
        assert_eq!(figures.ratio(), 0.5);

        let figures = H2Figures {
            health: [100.0, 100.0, 100.0, 100.0].map(run).to_vec(),
            get_mailbox: [90.0, 50.0, 60.0].map(run).to_vec(),
            memory: Snapshot::default(),
        };
        // The median, not the mean (0.67): one window lifted by a fast moment does not pass.
        assert_eq!(figures.ratio(), 0.6);
    }
}
