//! Structured logs: text for people, JSON for collectors. Filter with `RUST_LOG`
//! (default `info`). Secrets never reach a log field.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber; a second call is ignored (tests start many apps).
pub fn init(json: bool) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    use std::io::IsTerminal;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        // Colour codes only for a person at a terminal, never in files or collectors.
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}
