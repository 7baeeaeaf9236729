//! Structured logs: text for people, JSON for collectors. Filter with `RUST_LOG`
//! (default `info`). Secrets never reach a log field.
//!
//! `serve` writes through a non-blocking writer: a line is queued to a writer thread, so a
//! slow stderr (a stuck pipe, a busy journald) never holds up a call. The queue holds
//! 128,000 lines; when it is full, new lines are dropped and counted
//! (`pecd_log_lines_dropped_total`) rather than making calls wait: an API that stalls behind its
//! own logging is the worse failure. The queue is flushed when `serve` returns.

use std::sync::OnceLock;

use tracing_appender::non_blocking::{ErrorCounter, WorkerGuard};
use tracing_subscriber::EnvFilter;

/// The dropped-lines count of the non-blocking writer, once installed.
static DROPPED: OnceLock<ErrorCounter> = OnceLock::new();

/// Log lines the non-blocking writer dropped because its queue was full.
pub fn dropped_lines() -> u64 {
    DROPPED
        .get()
        .map_or(0, |c| u64::try_from(c.dropped_lines()).unwrap_or(u64::MAX))
}

/// Installs the global subscriber writing straight to stderr (short commands, tests); a
/// second call is ignored (tests start many apps).
pub fn init(json: bool) {
    install(json, std::io::stderr);
}

/// Installs the global subscriber for `serve`, writing through the non-blocking writer. Keep
/// the guard until the server stops: dropping it flushes the queued lines.
#[must_use = "dropping the guard stops the log writer"]
pub fn init_non_blocking(json: bool) -> WorkerGuard {
    let (writer, guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(true)
        .thread_name("pecd-log")
        // Under load the writer thread drains many lines per wake-up: buffered, they cost one
        // write to stderr per batch (flushed whenever the queue is empty), not one per line.
        .finish(std::io::BufWriter::with_capacity(
            64 * 1024,
            std::io::stderr(),
        ));
    let _ = DROPPED.set(writer.error_counter());
    install(json, writer);
    guard
}

fn install<W>(json: bool, writer: W)
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    use std::io::IsTerminal;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        // Colour codes only for a person at a terminal, never in files or collectors.
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(writer);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
