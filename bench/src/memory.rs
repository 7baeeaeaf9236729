//! pecd's memory from /proc/<pid>/status: the kernel's peak (VmHWM) for the whole run, and a
//! sampler for what the kernel keeps no peak of (RssAnon) and for each phase's own peak.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use anyhow::{Context, Result};
use tokio::task::JoinHandle;

/// How often the sampler reads /proc: short phases (a 0.1 s batch) still get a sample or two.
const SAMPLE_EVERY: Duration = Duration::from_millis(50);

const MIB: f64 = 1024.0 * 1024.0;

/// One field of /proc/<pid>/status in bytes (`VmRSS`, `VmHWM`, `RssAnon`: all in kB).
pub fn status_bytes(pid: u32, field: &str) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("reading /proc/{pid}/status"))?;
    parse_status_kib(&status, field)
        .map(|kib| kib * 1024)
        .with_context(|| format!("no readable {field} line in /proc/{pid}/status"))
}

fn parse_status_kib(status: &str, field: &str) -> Option<u64> {
    let line = status
        .lines()
        .find(|l| l.split(':').next() == Some(field))?;
    line.split(':')
        .nth(1)?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

pub fn mb(bytes: u64) -> f64 {
    bytes as f64 / MIB
}

/// Resident and anonymous memory at one moment, in MB.
#[derive(Debug, Clone, Copy, Default)]
pub struct Snapshot {
    pub rss_mb: f64,
    pub anon_mb: f64,
}

pub fn snapshot(pid: u32) -> Result<Snapshot> {
    Ok(Snapshot {
        rss_mb: mb(status_bytes(pid, "VmRSS")?),
        anon_mb: mb(status_bytes(pid, "RssAnon")?),
    })
}

struct Peaks {
    run_anon: AtomicU64,
    phase_rss: AtomicU64,
    phase_anon: AtomicU64,
    stop: AtomicBool,
}

/// Samples pecd's VmRSS and RssAnon until dropped or stopped.
pub struct Sampler {
    peaks: Arc<Peaks>,
    task: JoinHandle<()>,
}

impl Sampler {
    pub fn start(pid: u32) -> Self {
        let peaks = Arc::new(Peaks {
            run_anon: AtomicU64::new(0),
            phase_rss: AtomicU64::new(0),
            phase_anon: AtomicU64::new(0),
            stop: AtomicBool::new(false),
        });
        let shared = Arc::clone(&peaks);
        let task = tokio::spawn(async move {
            while !shared.stop.load(Ordering::Relaxed) {
                // A failed read means pecd is gone; the phase that needs it reports that.
                if let (Ok(rss), Ok(anon)) =
                    (status_bytes(pid, "VmRSS"), status_bytes(pid, "RssAnon"))
                {
                    shared.run_anon.fetch_max(anon, Ordering::Relaxed);
                    shared.phase_rss.fetch_max(rss, Ordering::Relaxed);
                    shared.phase_anon.fetch_max(anon, Ordering::Relaxed);
                }
                tokio::time::sleep(SAMPLE_EVERY).await;
            }
        });
        Sampler { peaks, task }
    }

    /// The highest sample since the previous call (or the start), and starts a new phase.
    pub fn take_phase(&self) -> Snapshot {
        Snapshot {
            rss_mb: mb(self.peaks.phase_rss.swap(0, Ordering::Relaxed)),
            anon_mb: mb(self.peaks.phase_anon.swap(0, Ordering::Relaxed)),
        }
    }

    /// Highest RssAnon sampled over the whole run.
    pub fn run_anon_mb(&self) -> f64 {
        mb(self.peaks.run_anon.load(Ordering::Relaxed))
    }
}

impl Drop for Sampler {
    fn drop(&mut self) {
        self.peaks.stop.store(true, Ordering::Relaxed);
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_of_proc_status() {
        let status =
            "Name:\tpecd\nVmHWM:\t  204800 kB\nVmRSS:\t   30720 kB\nRssAnon:\t    8192 kB\n";
        assert_eq!(parse_status_kib(status, "VmHWM"), Some(204_800));
        assert_eq!(parse_status_kib(status, "RssAnon"), Some(8_192));
        assert_eq!(parse_status_kib(status, "RssFile"), None);
    }

    #[test]
    fn reads_this_process() {
        let pid = std::process::id();
        assert!(status_bytes(pid, "VmHWM").expect("VmHWM") > 0);
    }
}
