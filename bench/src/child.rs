//! The pecd binary as a child process: migrate, mint keys, serve, measure, stop.

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use tokio::process::{Child, Command};
use tokio::time::{Instant, sleep, timeout};

use crate::memory;

/// How long a one-shot command (`migrate`, `keys create`) may run.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);
/// How long `serve` may take to start listening (it applies migrations first).
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How long pecd may take to drain and exit after SIGTERM before it is killed.
const STOP_TIMEOUT: Duration = Duration::from_secs(30);

/// How long building pecd may take (a cold release build of the server is several minutes
/// on two cores).
const BUILD_TIMEOUT: Duration = Duration::from_secs(1800);

/// Where the pecd binary is: next to the bench's own executable, since both are built into
/// the same target directory.
pub fn binary() -> Result<PathBuf> {
    let exe = std::env::current_exe().context("locating the bench executable")?;
    let dir = exe
        .parent()
        .context("the bench executable has no parent directory")?;
    Ok(dir.join("pecd"))
}

/// Builds pecd with the cargo and profile that built the bench, into the bench's target
/// directory, so that `cargo run -p pec-bench` never measures a stale server binary.
pub async fn build(pecd: &Path) -> Result<()> {
    let profile_dir = pecd.parent().context("the pecd path has no folder")?;
    let target_dir = profile_dir
        .parent()
        .context("the profile folder has no parent")?;
    // Cargo names the folder of the `dev` profile `debug`; other profiles use their own name.
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") => "dev",
        Some(name) => name,
        None => bail!(
            "cannot tell the cargo profile from {}",
            profile_dir.display()
        ),
    };
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
    let mut command = Command::new(env!("CARGO"));
    command
        .args([
            "build",
            "--quiet",
            "--package",
            "pecd",
            "--bin",
            "pecd",
            "--profile",
            profile,
        ])
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--target-dir")
        .arg(target_dir)
        .stdin(Stdio::null())
        .kill_on_drop(true);
    let status = timeout(BUILD_TIMEOUT, command.status())
        .await
        .with_context(|| format!("building pecd took more than {BUILD_TIMEOUT:?}"))?
        .context("running cargo to build pecd")?;
    if !status.success() {
        bail!("building pecd failed ({status})");
    }
    if !pecd.is_file() {
        bail!("cargo built pecd but {} does not exist", pecd.display());
    }
    Ok(())
}

/// Runs a one-shot pecd subcommand and returns its stdout; fails with its stderr otherwise.
pub async fn run_command(pecd: &Path, args: &[&str]) -> Result<String> {
    let mut command = Command::new(pecd);
    command.args(args).stdin(Stdio::null()).kill_on_drop(true);
    let output = timeout(COMMAND_TIMEOUT, command.output())
        .await
        .with_context(|| {
            format!(
                "`pecd {}` did not finish in {COMMAND_TIMEOUT:?}",
                args.join(" ")
            )
        })?
        .with_context(|| format!("running `pecd {}`", args.join(" ")))?;
    if !output.status.success() {
        bail!(
            "`pecd {}` failed ({}): {}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Who a bench key is for.
#[derive(Debug, Clone, Copy)]
pub enum KeyRole {
    /// Registry, activation and mailbox calls.
    Admin,
    /// The password flows, as a front end forwarding each visitor's address.
    FrontEnd,
}

/// Mints an API key; pecd prints the key alone on the last line of stdout.
pub async fn create_key(
    pecd: &Path,
    database_url: &str,
    data_dir: &Path,
    role: KeyRole,
) -> Result<String> {
    let data_dir = data_dir
        .to_str()
        .context("the data folder's path is not UTF-8")?;
    let mut args = vec![
        "keys",
        "create",
        "--database-url",
        database_url,
        "--data-dir",
        data_dir,
    ];
    args.extend_from_slice(match role {
        KeyRole::Admin => &["--role", "admin", "--name", "bench"],
        KeyRole::FrontEnd => &[
            "--role",
            "self_service",
            "--front-end",
            "--name",
            "bench front end",
        ],
    });
    let stdout = run_command(pecd, &args).await?;
    let key = stdout
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if key.is_empty() || key.contains(char::is_whitespace) {
        bail!("`pecd keys create` printed no key on its last line: {stdout:?}");
    }
    Ok(key.to_owned())
}

/// Picks a free loopback port. The port is released before pecd binds it, so another process
/// could take it in between; on a quiet bench machine that does not happen.
fn free_port() -> Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("finding a free port")?;
    Ok(listener.local_addr()?.port())
}

/// A running `pecd serve`. Dropping it kills the process (kill_on_drop), so a panicking
/// bench does not leave servers behind.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub log: PathBuf,
}

impl Server {
    /// Starts `pecd serve` and waits until it accepts connections. Its stdout and stderr go
    /// to `log`, which is quoted when it fails to start.
    pub async fn start(
        pecd: &Path,
        database_url: &str,
        data_dir: &Path,
        log: &Path,
    ) -> Result<Self> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, free_port()?));
        let out =
            std::fs::File::create(log).with_context(|| format!("creating {}", log.display()))?;
        let err = out.try_clone()?;
        let child = Command::new(pecd)
            .arg("serve")
            .arg("--listen")
            .arg(addr.to_string())
            .arg("--database-url")
            .arg(database_url)
            .arg("--data-dir")
            .arg(data_dir)
            // The watchers phase opens its 100 watches with the bench's one key (in service,
            // each Ordine's system watches with its own).
            .arg("--max-watches-per-key")
            .arg("128")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .kill_on_drop(true)
            .spawn()
            .context("spawning `pecd serve`")?;
        let mut server = Server {
            child,
            addr,
            log: log.to_owned(),
        };
        server.wait_until_listening().await?;
        Ok(server)
    }

    async fn wait_until_listening(&mut self) -> Result<()> {
        let deadline = Instant::now() + START_TIMEOUT;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                bail!(
                    "pecd exited during start-up ({status}); log:\n{}",
                    self.log_tail()
                );
            }
            if tokio::net::TcpStream::connect(self.addr).await.is_ok() {
                return Ok(());
            }
            sleep(Duration::from_millis(100)).await;
        }
        bail!(
            "pecd did not listen on {} within {START_TIMEOUT:?}; log:\n{}",
            self.addr,
            self.log_tail()
        )
    }

    /// Fails if the process has died since it started (a crash under load).
    pub fn ensure_running(&mut self) -> Result<()> {
        if let Some(status) = self.child.try_wait()? {
            bail!(
                "pecd exited unexpectedly ({status}); log:\n{}",
                self.log_tail()
            );
        }
        Ok(())
    }

    /// Peak resident set size so far (VmHWM), in bytes.
    pub fn peak_rss_bytes(&self) -> Result<u64> {
        let pid = self.child.id().context("pecd has already exited")?;
        memory::status_bytes(pid, "VmHWM")
    }

    /// The process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    /// Asks pecd to stop with SIGTERM and waits; kills it if it does not exit in time.
    pub async fn stop(mut self) -> Result<ExitStatus> {
        let pid = self.child.id().context("pecd has already exited")?;
        let pid = Pid::from_raw(i32::try_from(pid).context("pid out of range")?);
        kill(pid, Signal::SIGTERM).context("sending SIGTERM to pecd")?;
        match timeout(STOP_TIMEOUT, self.child.wait()).await {
            Ok(status) => Ok(status?),
            Err(_) => {
                self.child.kill().await?;
                bail!("pecd did not exit within {STOP_TIMEOUT:?} of SIGTERM and was killed")
            }
        }
    }

    /// The last lines of the server's log, for error messages.
    pub fn log_tail(&self) -> String {
        match std::fs::read_to_string(&self.log) {
            Ok(text) => {
                let lines: Vec<&str> = text.lines().collect();
                lines[lines.len().saturating_sub(20)..].join("\n")
            }
            Err(e) => format!("(cannot read {}: {e})", self.log.display()),
        }
    }
}
