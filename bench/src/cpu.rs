//! CPU accounting from /proc: how much of the machine each phase used, and how much went to
//! processes other than the bench and pecd. The client, the server and the database share a
//! small machine, so a figure taken while something else ran is not comparable.

use std::time::Duration;

use anyhow::{Context, Result};
use tokio::time::Instant;

fn ticks_per_second() -> Result<f64> {
    let hz = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)?.context("CLK_TCK unknown")?;
    Ok(hz as f64)
}

/// CPU seconds (user + system) a process has used so far.
pub fn process_seconds(pid: u32) -> Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .with_context(|| format!("reading /proc/{pid}/stat"))?;
    // The command name (field 2) may hold spaces; the fields after it are plain numbers.
    let after_comm = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_comm.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the file, the 12th and 13th after the name.
    let ticks = |i: usize| -> Result<u64> {
        fields
            .get(i)
            .context("short /proc/<pid>/stat")?
            .parse::<u64>()
            .context("unreadable /proc/<pid>/stat")
    };
    Ok((ticks(11)? + ticks(12)?) as f64 / ticks_per_second()?)
}

/// CPU seconds the whole machine has spent busy (everything but idle and iowait) since boot.
fn machine_busy_seconds() -> Result<f64> {
    let stat = std::fs::read_to_string("/proc/stat").context("reading /proc/stat")?;
    let line = stat.lines().next().context("empty /proc/stat")?;
    let values: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .map(str::parse)
        .collect::<Result<_, _>>()
        .context("unreadable /proc/stat")?;
    // user nice system idle iowait irq softirq steal ...: skip idle (3) and iowait (4).
    let busy: u64 = values
        .iter()
        .take(8)
        .enumerate()
        .filter(|(i, _)| *i != 3 && *i != 4)
        .map(|(_, v)| v)
        .sum();
    Ok(busy as f64 / ticks_per_second()?)
}

/// Average cores used over a span, in total and by the watched processes.
#[derive(Debug, Clone, Copy)]
pub struct Usage {
    pub machine: f64,
    pub bench: f64,
    /// The watched child (pecd), if any.
    pub child: f64,
}

impl Usage {
    /// Cores used by everything else: other processes (PostgreSQL among them) and kernel
    /// time charged to no process, such as loopback networking in softirq.
    pub fn others(&self) -> f64 {
        (self.machine - self.bench - self.child).max(0.0)
    }
}

/// A span of CPU accounting, started by `start` and read by `finish`.
pub struct Watch {
    child: Option<u32>,
    began: Instant,
    machine: f64,
    bench: f64,
    child_seconds: f64,
}

impl Watch {
    pub fn start(child: Option<u32>) -> Result<Self> {
        Ok(Watch {
            child,
            began: Instant::now(),
            machine: machine_busy_seconds()?,
            bench: process_seconds(std::process::id())?,
            child_seconds: child.map(process_seconds).transpose()?.unwrap_or(0.0),
        })
    }

    pub fn finish(&self) -> Result<Usage> {
        let wall = self
            .began
            .elapsed()
            .max(Duration::from_millis(1))
            .as_secs_f64();
        let child_now = self.child.map(process_seconds).transpose()?.unwrap_or(0.0);
        Ok(Usage {
            machine: (machine_busy_seconds()? - self.machine) / wall,
            bench: (process_seconds(std::process::id())? - self.bench) / wall,
            child: (child_now - self.child_seconds) / wall,
        })
    }
}

/// Cores busy over one idle second before anything starts: the machine's background load.
pub async fn background_load() -> Result<f64> {
    let watch = Watch::start(None)?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    Ok(watch.finish()?.others())
}
