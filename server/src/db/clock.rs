//! The one clock of pecd (`super::now_ms`), and the test-only way to move it.
//!
//! Rules that depend on days passing (assignment reminders and expiry, drafts, retention) are
//! tested by starting `pecd` with `PEC_TEST_CLOCK_FILE`: the file holds a number of
//! milliseconds added to the system clock, which a test raises to jump days ahead. The file is
//! re-read by a task every `REFRESH` (never on a call: `GetMailbox` is hot), so `now_ms` stays
//! one atomic load. Never set in production: `pecd` logs a warning at start when it is.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use tokio::sync::watch;

/// Milliseconds added to the system clock; 0 unless a test clock file says otherwise.
static OFFSET_MS: AtomicI64 = AtomicI64::new(0);

/// How often the test clock file is read again.
pub const REFRESH: Duration = Duration::from_millis(100);

/// The current offset (0 in production).
pub fn offset_ms() -> i64 {
    OFFSET_MS.load(Ordering::Relaxed)
}

/// Reads the offset from `path` (a whole number of milliseconds; blank or missing: 0) and
/// applies it. A file that does not parse leaves the offset as it was.
pub fn load(path: &Path) -> std::io::Result<i64> {
    let offset = read_offset(path)?;
    OFFSET_MS.store(offset, Ordering::Relaxed);
    Ok(offset)
}

/// The offset a test clock file holds.
fn read_offset(path: &Path) -> std::io::Result<i64> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(err) => return Err(err),
    };
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    text.parse::<i64>().map_err(|err| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not a number of milliseconds: {err}"),
        )
    })
}

/// Follows the test clock file until `stop` turns true.
pub async fn follow(path: PathBuf, mut stop: watch::Receiver<bool>) {
    let mut last = offset_ms();
    loop {
        match load(&path) {
            Ok(offset) if offset != last => {
                tracing::warn!(offset_ms = offset, "TEST CLOCK moved");
                last = offset;
            }
            Ok(_) => {}
            Err(err) => tracing::warn!(error = %err, "reading the test clock file failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(REFRESH) => {}
            _ = stop.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // `read_offset` only: `load` would move the clock of every test in this process.
    #[test]
    fn the_file_holds_milliseconds_and_nothing_else() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("clock");
        assert_eq!(read_offset(&path).expect("missing: 0"), 0);
        std::fs::write(&path, " \n").expect("write");
        assert_eq!(read_offset(&path).expect("blank: 0"), 0);
        std::fs::write(&path, "604800000\n").expect("write");
        assert_eq!(read_offset(&path).expect("a week"), 604_800_000);
        std::fs::write(&path, "-5").expect("write");
        assert_eq!(read_offset(&path).expect("back"), -5);
        std::fs::write(&path, "7 days").expect("write");
        assert!(read_offset(&path).is_err());
        assert_eq!(offset_ms(), 0, "never moved outside a test clock");
    }
}
