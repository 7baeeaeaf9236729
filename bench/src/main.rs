//! Load benchmark of pecd.
//!
//! One run measures, in order: an in-process no-op tonic server (the ceiling of this machine),
//! then pecd on SQLite, then pecd on PostgreSQL: pecd's memory idle after start; SyncMembers of
//! N generated members in shuffled order (fresh, the identical register in another order, then
//! every personal email changed); authenticated GetMailbox under load, the same with 100
//! WatchEvents streams open, and the same while a changed re-sync runs; GetMailbox against
//! Health/Check with h2load; a burst of 200 password completions under a steady GetMailbox
//! load, and another under the saturating one; BatchCreateActivationRequests of 1,000
//! members and its idempotent repeat; pecd's peak memory. It prints a Markdown report and
//! writes it to `<target>/bench-report.md`.
//!
//!     cargo run --release -p pec-bench -- [--postgres-url URL] [--members 250000]
//!
//! It builds pecd first (same cargo, profile and target directory) unless `--no-build`.
//!
//! It exits non-zero when pecd fails to start or any call fails; a missed target is only
//! marked FAIL in the table.

mod activation;
mod child;
mod cpu;
mod database;
mod h2load;
mod load;
mod members;
mod memory;
mod noop;
mod passwords;
mod report;
mod sync;
mod watchers;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use clap::Parser;
use pecd::proto::mailbox_service_client::MailboxServiceClient;
use pecd::proto::registry_service_client::RegistryServiceClient;
use pecd::proto::{CreateOrdineRequest, GetMailboxRequest, Member, Ordine};
use tokio::time::Instant;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::transport::Channel;

use child::KeyRole;
use database::{PgDatabase, SeedAccount, SeedMailbox, Target};
use load::{LoadConfig, LoadResult};
use passwords::BurstMember;
use report::{
    ActivationFigures, BackendFigures, Burst, DuringSync, H2Figures, PasswordFigures, Phase, Row,
    Window,
};

/// WatchEvents streams held open during the second GetMailbox window.
const WATCHERS: usize = 100;
/// Code of the Ordine every generated member belongs to.
const ORDINE_CODE: &str = "BENCH";
/// How long pecd idles after start before its memory is read.
const IDLE_SETTLE: Duration = Duration::from_secs(1);
/// Connections of the password burst (200 calls, under the 100 streams a connection allows).
const BURST_CONNECTIONS: usize = 4;
/// How long scripts/postgres-up may take (it may install the server package first).
const POSTGRES_UP_TIMEOUT: Duration = Duration::from_secs(600);

#[derive(Debug, Parser)]
#[command(about = "Load benchmark of pecd on SQLite and PostgreSQL, against a no-op tonic server")]
struct Args {
    /// PostgreSQL server URL; a fresh database is created on it and dropped afterwards.
    /// Default: the URL printed by scripts/postgres-up (which starts a local cluster).
    #[arg(long, env = "PEC_BENCH_POSTGRES_URL")]
    postgres_url: Option<String>,
    /// Skip the PostgreSQL backend (local use only: the report is then incomplete).
    #[arg(long)]
    skip_postgres: bool,
    /// Skip the SQLite backend (local use only, to iterate on PostgreSQL: the report is then
    /// incomplete).
    #[arg(long)]
    skip_sqlite: bool,
    /// Members to generate and sync.
    #[arg(long, default_value_t = 250_000)]
    members: usize,
    /// Length of each measured GetMailbox window, in seconds.
    #[arg(long, default_value_t = 10)]
    duration_secs: u64,
    /// Use the pecd binary already next to the bench instead of building it first.
    #[arg(long)]
    no_build: bool,
    /// Unmeasured warm-up before each window, in seconds.
    #[arg(long, default_value_t = 2)]
    warmup_secs: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Args::parse()).await {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("bench failed: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the whole benchmark; `Ok(false)` when a backend failed or a call errored.
async fn run(args: Args) -> Result<bool> {
    // The activation batch's members come after the register's.
    let max_members = members::MAX_MEMBERS - activation::BATCH;
    ensure!(
        (1..=max_members).contains(&args.members),
        "--members must be between 1 and {max_members}"
    );
    ensure!(
        (1..=3600).contains(&args.duration_secs),
        "--duration-secs must be 1 to 3600"
    );
    ensure!(args.warmup_secs <= 600, "--warmup-secs must be at most 600");
    let pecd_bin = child::binary()?;
    if args.no_build {
        ensure!(
            pecd_bin.is_file(),
            "{} not found: build it with `cargo build -p pecd` in the bench's profile \
             (`--release` for a release bench)",
            pecd_bin.display()
        );
        println!("using the existing {} (--no-build)", pecd_bin.display());
    } else {
        println!("building pecd (cargo build -p pecd, same profile and target directory)");
        child::build(&pecd_bin).await?;
    }
    let target_dir = pecd_bin
        .parent()
        .and_then(Path::parent)
        .context("cannot tell the target directory from the pecd path")?
        .to_owned();
    let logs_dir = target_dir.join("bench-logs");
    std::fs::create_dir_all(&logs_dir)
        .with_context(|| format!("creating {}", logs_dir.display()))?;
    let config = LoadConfig {
        connections: 4,
        in_flight: 64,
        warmup: Duration::from_secs(args.warmup_secs),
        duration: Duration::from_secs(args.duration_secs),
    };

    let machine = machine_context().await?;
    println!("{machine}");
    println!("generating {} members", args.members);
    let members: Vec<Member> = (0..args.members)
        .map(|i| members::member(i, ORDINE_CODE))
        .collect();

    println!("no-op tonic server: GetMailbox load");
    let noop = noop::start().await?;
    let channels = load::connect(noop.addr, config.connections).await?;
    let addresses = Arc::new(vec![noop::NOOP_ADDRESS.to_owned()]);
    // The same header as against pecd, so both runs put the same bytes on the wire.
    let noop_load =
        load::get_mailbox_load(&channels, addresses, Some("noop-key"), None, config).await?;
    drop((channels, noop));
    print_load("no-op", &noop_load);
    let mut ok = noop_load.errors == 0;

    let mut rows = Vec::new();

    if args.skip_sqlite {
        println!(
            "\n!!!!!!!! --skip-sqlite: SQLite NOT BENCHMARKED, the report is incomplete !!!!!!!!"
        );
        rows.push(Row {
            backend: "SQLite",
            targets: report::SQLITE,
            outcome: Err("SKIPPED (--skip-sqlite)".to_owned()),
        });
    } else {
        println!("\n== SQLite ==");
        let outcome = sqlite_backend(&pecd_bin, &logs_dir, &members, noop_load.rps, config).await;
        ok &= record(&mut rows, "SQLite", report::SQLITE, outcome);
    }

    if args.skip_postgres {
        println!(
            "\n!!!!!!!! --skip-postgres: PostgreSQL NOT BENCHMARKED, the report is incomplete !!!!!!!!"
        );
        rows.push(Row {
            backend: "PostgreSQL",
            targets: report::POSTGRES,
            outcome: Err("SKIPPED (--skip-postgres)".to_owned()),
        });
    } else {
        println!("\n== PostgreSQL ==");
        let outcome = async {
            let admin_url = match &args.postgres_url {
                Some(url) => url.clone(),
                None => postgres_up().await?,
            };
            postgres_backend(
                &admin_url,
                &pecd_bin,
                &logs_dir,
                &members,
                noop_load.rps,
                config,
            )
            .await
        }
        .await;
        ok &= record(&mut rows, "PostgreSQL", report::POSTGRES, outcome);
    }

    let table = report::render(&noop_load, &rows, args.members, config.duration, &machine);
    println!("\n{table}");
    let report_path = target_dir.join("bench-report.md");
    std::fs::write(&report_path, &table)
        .with_context(|| format!("writing {}", report_path.display()))?;
    println!(
        "report written to {}; pecd logs in {}",
        report_path.display(),
        logs_dir.display()
    );
    if !ok {
        eprintln!("bench FAILED: a server failed or calls errored (see above)");
    }
    Ok(ok)
}

/// Cores, and how busy the machine was just before the bench started: the client, pecd and
/// the database share this machine, so anything else running skews every figure.
async fn machine_context() -> Result<String> {
    let cores = std::thread::available_parallelism().map_or(0, std::num::NonZero::get);
    let background = cpu::background_load().await?;
    Ok(format!(
        "Machine: {cores} cores; other processes used {background:.2} cores just before the start{}.",
        if background > 0.2 {
            " (WARNING: the machine is not idle; figures will be low)"
        } else {
            ""
        }
    ))
}

/// Adds a backend's row; returns whether it ran without errors.
fn record(
    rows: &mut Vec<Row>,
    backend: &'static str,
    targets: report::Targets,
    outcome: Result<BackendFigures>,
) -> bool {
    let ok = match &outcome {
        Ok(f) => {
            let failures = f.failures();
            for failure in &failures {
                eprintln!("{backend} FAILED: {failure}");
            }
            failures.is_empty()
        }
        Err(e) => {
            eprintln!("{backend} FAILED: {e:#}");
            false
        }
    };
    rows.push(Row {
        backend,
        targets,
        outcome: outcome.map_err(|e| format!("FAILED: {e:#}")),
    });
    ok
}

fn print_load(label: &str, load: &LoadResult) {
    println!(
        "  {label}: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {} calls measured, {} errors",
        load.rps, load.p50_ms, load.p99_ms, load.calls, load.errors
    );
    for sample in &load.error_samples {
        println!("    error: {sample}");
    }
    let cpu = &load.cpu;
    println!(
        "  CPU in the window (cores): server process {:.2}, bench {:.2}, others {:.2}",
        cpu.child,
        cpu.bench,
        cpu.others()
    );
}

async fn sqlite_backend(
    pecd_bin: &Path,
    logs_dir: &Path,
    members: &[Member],
    noop_rps: f64,
    config: LoadConfig,
) -> Result<BackendFigures> {
    let dir = tempfile::Builder::new().prefix("pecd-bench-").tempdir()?;
    let db_path = dir.path().join("pecd.db");
    let data_dir = dir.path().join("data");
    std::fs::create_dir_all(&data_dir)?;
    let url = database::sqlite_url(&db_path);
    let run = BackendRun {
        pecd_bin,
        database_url: &url,
        data_dir: &data_dir,
        log: logs_dir.join("sqlite.log"),
    };
    run.execute(Target::Sqlite(&db_path), members, noop_rps, config)
        .await
}

async fn postgres_backend(
    admin_url: &str,
    pecd_bin: &Path,
    logs_dir: &Path,
    members: &[Member],
    noop_rps: f64,
    config: LoadConfig,
) -> Result<BackendFigures> {
    let db = PgDatabase::create(admin_url).await?;
    println!("  database {}", db.name);
    let outcome = async {
        let dir = tempfile::Builder::new().prefix("pecd-bench-").tempdir()?;
        let run = BackendRun {
            pecd_bin,
            database_url: &db.url,
            data_dir: dir.path(),
            log: logs_dir.join("postgres.log"),
        };
        run.execute(Target::Postgres(&db.url), members, noop_rps, config)
            .await
    }
    .await;
    // Dropped whatever happened, so failed runs do not pile databases up on the cluster.
    let name = db.name.clone();
    if let Err(e) = db.drop().await {
        eprintln!("warning: could not drop database {name}: {e:#}");
    }
    outcome
}

/// The URL printed (last line) by scripts/postgres-up, which starts a local cluster if needed.
async fn postgres_up() -> Result<String> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/postgres-up");
    println!("  starting PostgreSQL with {}", script.display());
    let output = tokio::time::timeout(
        POSTGRES_UP_TIMEOUT,
        tokio::process::Command::new(&script)
            .kill_on_drop(true)
            .output(),
    )
    .await
    .context("scripts/postgres-up timed out")?
    .with_context(|| format!("running {}", script.display()))?;
    if !output.status.success() {
        bail!(
            "scripts/postgres-up failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let url = stdout.lines().rev().map(str::trim).find(|l| !l.is_empty());
    url.map(str::to_owned)
        .context("scripts/postgres-up printed no URL")
}

/// One backend's full run against a freshly created database.
struct BackendRun<'a> {
    pecd_bin: &'a Path,
    database_url: &'a str,
    data_dir: &'a Path,
    log: PathBuf,
}

/// What the phases share: the server, its keys, the connections and the register.
struct Bench<'a> {
    server: &'a mut child::Server,
    memory: memory::Sampler,
    key: String,
    auth: MetadataValue<Ascii>,
    front_key: String,
    channels: Vec<Channel>,
    members: &'a [Member],
    config: LoadConfig,
}

impl Bench<'_> {
    fn registry(&self) -> RegistryServiceClient<Channel> {
        RegistryServiceClient::new(self.channels[0].clone())
    }

    /// Runs one SyncMembers of the whole register; fails unless the counts are `expected`.
    async fn timed_sync(
        &mut self,
        label: &str,
        seed: u64,
        email_version: u32,
        expected: [i64; 4],
    ) -> Result<Phase> {
        let messages = sync::messages(self.members, 0, seed, email_version);
        self.memory.take_phase();
        let watch = cpu::Watch::start(self.server.pid())?;
        let (summary, took) = sync::run(self.registry(), &self.auth, messages).await?;
        let cpu = watch.finish()?;
        let memory = self.memory.take_phase();
        println!(
            "  SyncMembers {label}: {:.2} s ({}) {}",
            took.as_secs_f64(),
            describe(&cpu),
            sync::counts(&summary)
        );
        sync::check_counts(&format!("SyncMembers {label}"), &summary, expected)?;
        self.server.ensure_running()?;
        Ok(Phase { took, cpu, memory })
    }

    async fn window(&mut self, addresses: &Arc<Vec<String>>) -> Result<Window> {
        self.memory.take_phase();
        let load = load::get_mailbox_load(
            &self.channels,
            Arc::clone(addresses),
            Some(&self.key),
            self.server.pid(),
            self.config,
        )
        .await?;
        let memory = self.memory.take_phase();
        self.server.ensure_running()?;
        Ok(Window { load, memory })
    }
}

impl BackendRun<'_> {
    async fn execute(
        &self,
        seed: Target<'_>,
        members: &[Member],
        noop_rps: f64,
        config: LoadConfig,
    ) -> Result<BackendFigures> {
        child::run_command(
            self.pecd_bin,
            &["migrate", "--database-url", self.database_url],
        )
        .await?;
        let key = child::create_key(
            self.pecd_bin,
            self.database_url,
            self.data_dir,
            KeyRole::Admin,
        )
        .await?;
        let front_key = child::create_key(
            self.pecd_bin,
            self.database_url,
            self.data_dir,
            KeyRole::FrontEnd,
        )
        .await?;
        let starting = Instant::now();
        let mut server =
            child::Server::start(self.pecd_bin, self.database_url, self.data_dir, &self.log)
                .await?;
        let start_up = starting.elapsed();
        println!(
            "  pecd listening on {} (log: {})",
            server.addr,
            server.log.display()
        );
        let measured = async {
            let pid = server.pid().context("pecd has already exited")?;
            // Idle memory: after start-up has settled, before any call.
            tokio::time::sleep(IDLE_SETTLE).await;
            let idle_memory = memory::snapshot(pid)?;
            println!(
                "  pecd listened {:.2} s after its start; memory after start, idle: {:.1} MB \
                 (RssAnon {:.1} MB)",
                start_up.as_secs_f64(),
                idle_memory.rss_mb,
                idle_memory.anon_mb
            );
            let auth: MetadataValue<Ascii> = format!("Bearer {key}")
                .parse()
                .context("API key is not a header value")?;
            let channels = load::connect(server.addr, config.connections).await?;
            let mut cx = Bench {
                server: &mut server,
                memory: memory::Sampler::start(pid),
                key: key.clone(),
                auth,
                front_key,
                channels,
                members,
                config,
            };
            let mut figures = self.drive(&mut cx, seed, noop_rps, idle_memory).await?;
            figures.peak_anon_mb = cx.memory.run_anon_mb();
            figures.start_up = start_up;
            // What the register and the run's history take on disk, as an operator sizes it.
            figures.database_mb = database::size_bytes(seed)
                .await
                .map(memory::mb)
                .map_err(|e| report_failure("database size", &e));
            Ok::<_, anyhow::Error>(figures)
        }
        .await;
        // Read before stopping: VmHWM disappears with the process.
        let peak = server.peak_rss_bytes();
        let stopped = server.stop().await;
        let mut figures = measured?;
        figures.peak_rss_mb = memory::mb(peak?);
        println!(
            "  pecd peak memory: {:.0} MB VmHWM, RssAnon sampled peak {:.0} MB",
            figures.peak_rss_mb, figures.peak_anon_mb
        );
        let status = stopped?;
        if !status.success() {
            eprintln!("  warning: pecd exited with {status} after SIGTERM");
        }
        Ok(figures)
    }

    async fn drive(
        &self,
        cx: &mut Bench<'_>,
        seed: Target<'_>,
        noop_rps: f64,
        idle_memory: memory::Snapshot,
    ) -> Result<BackendFigures> {
        create_ordine(cx.registry(), &cx.auth).await?;
        let n = i64::try_from(cx.members.len())?;

        // Each sync sends the register in another order, as the Albo does; the changed ones
        // give every member a new personal email (version 1, then 2 for the mixed phase).
        let sync_fresh = cx.timed_sync("fresh, shuffled", 1, 0, [n, 0, 0, 0]).await?;
        let sync_unchanged = cx
            .timed_sync("identical, another order", 2, 0, [0, 0, n, 0])
            .await?;
        let sync_changed = cx
            .timed_sync("every personal email changed", 3, 1, [0, n, 0, 0])
            .await?;

        let seeded: Vec<SeedMailbox> = cx
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| SeedMailbox {
                address: format!("{}.{}.{i}@tsrm-pstrp.org", m.given_name, m.family_name)
                    .to_lowercase(),
                codice_fiscale: m.codice_fiscale.clone(),
            })
            .collect();
        // The members of the two bursts, spread over the register; every other one has a
        // password already (a reset), the rest set their first one.
        let count = 2 * passwords::BURST.min(cx.members.len() / 2);
        let burst_indices: Vec<usize> = (0..count).map(|k| k * cx.members.len() / count).collect();
        let current_hash = passwords::current_password_hash()?;
        let accounts: Vec<SeedAccount> = burst_indices
            .iter()
            .enumerate()
            .map(|(k, &i)| SeedAccount {
                address: seeded[i].address.clone(),
                password_hash: (k % 2 == 1).then(|| current_hash.clone()),
            })
            .collect();
        let began = Instant::now();
        database::seed_mailboxes(seed, ORDINE_CODE, &seeded, &accounts)
            .await
            .context("seeding mailboxes")?;
        println!(
            "  seeded {} mailboxes and {} provider accounts in {:.1} s (not measured)",
            seeded.len(),
            accounts.len(),
            began.elapsed().as_secs_f64()
        );
        let addresses = Arc::new(seeded.iter().map(|m| m.address.clone()).collect::<Vec<_>>());

        let idle = cx.window(&addresses).await?;
        print_load("GetMailbox idle", &idle.load);
        println!("  ratio to no-op {:.2}", idle.load.rps / noop_rps);

        let watchers = watchers::start(cx.server.addr, &cx.key, WATCHERS).await?;
        let watched = cx.window(&addresses).await;
        let open = watchers.open();
        watchers.stop();
        let watched = watched?;
        print_load(
            &format!("GetMailbox, {WATCHERS} watchers open"),
            &watched.load,
        );
        println!(
            "  p99 with watchers / without: {:.2} ({open} of {WATCHERS} watches still open)",
            watched.load.p99_ms / idle.load.p99_ms
        );
        ensure!(open == WATCHERS, "pecd ended {} watches", WATCHERS - open);

        let during_sync = reads_during_sync(cx, &addresses, n, &idle.load)
            .await
            .map_err(|e| report_failure("reads during a re-sync", &e));
        cx.server.ensure_running()?;

        let h2load = h2load_phase(cx, &seeded[0].address)
            .await
            .map_err(|e| report_failure("h2load", &e));
        cx.server.ensure_running()?;

        let burst: Vec<BurstMember> = burst_indices
            .iter()
            .zip(&accounts)
            .map(|(&i, account)| BurstMember {
                mailbox: seeded[i].address.clone(),
                codice_fiscale: cx.members[i].codice_fiscale.clone(),
                personal_emails: (0..=LAST_EMAIL_VERSION)
                    .map(|v| members::personal_email(i, v))
                    .collect(),
                has_password: account.password_hash.is_some(),
            })
            .collect();
        let passwords = password_burst(cx, &addresses, &burst, self.data_dir)
            .await
            .map_err(|e| report_failure("password burst", &e));
        cx.server.ensure_running()?;

        let activation = activation_phase(cx)
            .await
            .map_err(|e| report_failure("activation batch", &e));
        cx.server.ensure_running()?;

        Ok(BackendFigures {
            idle_memory,
            sync_fresh,
            sync_unchanged,
            sync_changed,
            idle,
            watched,
            during_sync,
            h2load,
            passwords,
            activation,
            peak_rss_mb: 0.0,
            peak_anon_mb: 0.0,
            start_up: Duration::ZERO,
            database_mb: Err("not measured".to_owned()),
        })
    }
}

/// The personal emails' version after the last changed re-sync (the mixed phase's).
const LAST_EMAIL_VERSION: u32 = 2;

/// Prints a phase's failure and keeps it for the report.
fn report_failure(phase: &str, e: &anyhow::Error) -> String {
    eprintln!("  {phase} FAILED: {e:#}");
    format!("{e:#}")
}

/// GetMailbox under the idle window's load while the whole register is re-synced with every
/// personal email changed again; the window is the sync's duration.
async fn reads_during_sync(
    cx: &mut Bench<'_>,
    addresses: &Arc<Vec<String>>,
    n: i64,
    idle: &LoadResult,
) -> Result<DuringSync> {
    let messages = sync::messages(cx.members, 0, 4, LAST_EMAIL_VERSION);
    let registry = cx.registry();
    let auth = cx.auth.clone();
    cx.memory.take_phase();
    let (load, (summary, took)) = load::get_mailbox_load_during(
        &cx.channels,
        Arc::clone(addresses),
        Some(&cx.key),
        cx.server.pid(),
        cx.config,
        sync::run(registry, &auth, messages),
    )
    .await?;
    let memory = cx.memory.take_phase();
    print_load("GetMailbox during a changed re-sync", &load);
    println!(
        "  the re-sync took {:.2} s ({}); rate {:.2} × idle, p99 {:.2} × idle",
        took.as_secs_f64(),
        sync::counts(&summary),
        load.rps / idle.rps,
        load.p99_ms / idle.p99_ms
    );
    sync::check_counts("SyncMembers during GetMailbox", &summary, [0, n, 0, 0])?;
    Ok(DuringSync {
        window: Window { load, memory },
        sync: took,
    })
}

/// GetMailbox windows of the h2load phase, each between two Health/Check windows.
const H2_ROUNDS: usize = 3;

/// GetMailbox against Health/Check on the same pecd, with h2load.
async fn h2load_phase(cx: &mut Bench<'_>, address: &str) -> Result<H2Figures> {
    h2load::ensure_installed().await?;
    let dir = tempfile::Builder::new()
        .prefix("pec-bench-h2load-")
        .tempdir()?;
    let get_mailbox_body = h2load::get_mailbox_body(address)?;
    let health_body = h2load::health_body()?;
    let get_mailbox_file = dir.path().join("get-mailbox.bin");
    let health_file = dir.path().join("health.bin");
    std::fs::write(&get_mailbox_file, &get_mailbox_body)?;
    std::fs::write(&health_file, &health_body)?;

    // The address answers through the ordinary client, and the very bytes h2load will send
    // get grpc-status 0 (h2load itself only sees HTTP 200).
    let mut mailboxes = MailboxServiceClient::new(cx.channels[0].clone());
    let mut request = tonic::Request::new(GetMailboxRequest {
        address: address.to_owned(),
    });
    request
        .metadata_mut()
        .insert("authorization", cx.auth.clone());
    mailboxes
        .get_mailbox(request)
        .await
        .context("GetMailbox with the tonic client")?;
    h2load::verify_bodies(
        cx.server.addr,
        &cx.key,
        address,
        &get_mailbox_body,
        &health_body,
    )
    .await?;

    let addr = cx.server.addr;
    let pid = cx.server.pid();
    // The measured time is split over the rounds, each window at least 2 s after its warm-up.
    let warmup = cx.config.warmup;
    let window = (cx.config.duration / H2_ROUNDS as u32).max(Duration::from_secs(2));
    let health = || {
        h2load::run(
            addr,
            h2load::HEALTH_PATH,
            None,
            &health_file,
            warmup,
            window,
            pid,
        )
    };
    cx.memory.take_phase();
    let mut health_runs = vec![health().await?];
    let mut get_mailbox_runs = Vec::with_capacity(H2_ROUNDS);
    for _ in 0..H2_ROUNDS {
        get_mailbox_runs.push(
            h2load::run(
                addr,
                h2load::GET_MAILBOX_PATH,
                Some(&cx.key),
                &get_mailbox_file,
                warmup,
                window,
                pid,
            )
            .await?,
        );
        health_runs.push(health().await?);
    }
    let figures = H2Figures {
        health: health_runs,
        get_mailbox: get_mailbox_runs,
        memory: cx.memory.take_phase(),
    };
    let rates = |runs: &[h2load::H2Result]| {
        runs.iter()
            .map(|r| format!("{:.0}", r.rps))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "  h2load, in turn: Health/Check {} req/s; GetMailbox {} req/s ({} calls, all HTTP \
         200); GetMailbox / Health {:?}, median {:.2}",
        rates(&figures.health),
        rates(&figures.get_mailbox),
        figures.get_mailbox.iter().map(|r| r.requests).sum::<u64>(),
        figures
            .ratios()
            .iter()
            .map(|r| (r * 100.0).round() / 100.0)
            .collect::<Vec<_>>(),
        figures.ratio()
    );
    Ok(figures)
}

/// Reset links for the members of two bursts; then the first burst's completions all at
/// once under the steady GetMailbox load (after a window of that load alone, the idle
/// figure it is compared with), and the second's under the saturating closed-loop load.
async fn password_burst(
    cx: &mut Bench<'_>,
    addresses: &Arc<Vec<String>>,
    members: &[BurstMember],
    data_dir: &Path,
) -> Result<PasswordFigures> {
    let channels = load::connect(cx.server.addr, BURST_CONNECTIONS).await?;
    let began = Instant::now();
    passwords::request_links(&channels, &cx.front_key, members).await?;
    let tokens =
        passwords::wait_for_tokens(&data_dir.join("outbox").join("email"), members).await?;
    println!(
        "  {} reset links requested and read from the outbox in {:.1} s (not measured)",
        tokens.len(),
        began.elapsed().as_secs_f64()
    );
    let argon2_per_core = tokio::task::spawn_blocking(passwords::argon2_per_core).await??;
    println!(
        "  Argon2id alone, every core at once: {:.1} ms each, {argon2_per_core:.1}/s per core",
        1000.0 / argon2_per_core
    );
    let half = members.len() / 2;
    let (steady_members, saturated_members) = members.split_at(half);
    let (steady_tokens, saturated_tokens) = tokens.split_at(half);

    let duration = cx.config.duration;
    let (steady_idle, ()) = load::steady_get_mailbox_during(
        &cx.channels,
        Arc::clone(addresses),
        Some(&cx.key),
        cx.server.pid(),
        passwords::STEADY_RATE,
        cx.config.warmup,
        async {
            tokio::time::sleep(duration).await;
            Ok(())
        },
    )
    .await?;
    print_load("steady GetMailbox, idle", &steady_idle);

    cx.memory.take_phase();
    let (steady_busy, completed) = load::steady_get_mailbox_during(
        &cx.channels,
        Arc::clone(addresses),
        Some(&cx.key),
        cx.server.pid(),
        passwords::STEADY_RATE,
        cx.config.warmup,
        passwords::complete_all(&channels, &cx.front_key, steady_members, steady_tokens, 0),
    )
    .await?;
    let memory = cx.memory.take_phase();
    let steady = burst(completed, steady_members, steady_busy, memory);
    print_burst("password burst under the steady load", &steady);
    print_load("steady GetMailbox during the burst", &steady.window.load);
    println!(
        "  p99 during the burst / idle: {:.2}",
        steady.window.load.p99_ms / steady_idle.p99_ms
    );

    cx.memory.take_phase();
    let (saturating, completed) = load::get_mailbox_load_during(
        &cx.channels,
        Arc::clone(addresses),
        Some(&cx.key),
        cx.server.pid(),
        cx.config,
        passwords::complete_all(
            &channels,
            &cx.front_key,
            saturated_members,
            saturated_tokens,
            half,
        ),
    )
    .await?;
    let memory = cx.memory.take_phase();
    let saturated = burst(completed, saturated_members, saturating, memory);
    print_burst("password burst under the saturating load", &saturated);
    print_load("GetMailbox during the burst", &saturated.window.load);
    Ok(PasswordFigures {
        argon2_per_core,
        steady_idle,
        steady,
        saturated,
    })
}

/// The figures of one burst of `members` and the load that ran through it.
fn burst(
    completed: passwords::Completed,
    members: &[BurstMember],
    load: LoadResult,
    memory: memory::Snapshot,
) -> Burst {
    Burst {
        completions: completed.succeeded,
        failures: completed.failures,
        with_password: members.iter().filter(|m| m.has_password).count(),
        took: completed.took,
        cores: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        window: Window { load, memory },
    }
}

fn print_burst(label: &str, burst: &Burst) {
    println!(
        "  {label}: {} completions in {:.2} s: {:.1}/s, {:.1}/s per core",
        burst.completions,
        burst.took.as_secs_f64(),
        burst.rate(),
        burst.per_core()
    );
    for (cause, n) in &burst.failures {
        println!("    {n} completions FAILED: {cause}");
    }
}

/// 1,000 more members (synced first, not measured) asked a mailbox for in one batch, twice.
async fn activation_phase(cx: &mut Bench<'_>) -> Result<ActivationFigures> {
    let first = cx.members.len();
    let extra: Vec<Member> = (first..first + activation::BATCH)
        .map(|i| members::member(i, ORDINE_CODE))
        .collect();
    let messages = sync::messages(&extra, first, 5, 0);
    let (summary, _) = sync::run(cx.registry(), &cx.auth, messages).await?;
    sync::check_counts(
        "SyncMembers of the batch's members",
        &summary,
        [i64::try_from(extra.len())?, 0, 0, 0],
    )?;
    let codes: Vec<String> = extra.iter().map(|m| m.codice_fiscale.clone()).collect();
    cx.memory.take_phase();
    let watch = cpu::Watch::start(cx.server.pid())?;
    let batch = activation::run(cx.channels[0].clone(), &cx.auth, &codes).await?;
    let cpu = watch.finish()?;
    let memory = cx.memory.take_phase();
    println!(
        "  BatchCreateActivationRequests of {}: {:.3} s; again with the same request ids: \
         {:.3} s, {}",
        batch.created,
        batch.first.as_secs_f64(),
        batch.repeat.as_secs_f64(),
        if batch.same_outcomes {
            "same outcomes"
        } else {
            "DIFFERENT outcomes"
        }
    );
    Ok(ActivationFigures { batch, cpu, memory })
}

/// CPU use of a phase, to tell a CPU-bound phase from one waiting on the database.
fn describe(cpu: &cpu::Usage) -> String {
    format!(
        "CPU cores: pecd {:.2}, bench {:.2}, others {:.2}",
        cpu.child,
        cpu.bench,
        cpu.others()
    )
}

async fn create_ordine(
    mut registry: RegistryServiceClient<Channel>,
    auth: &MetadataValue<Ascii>,
) -> Result<()> {
    let ordine = Ordine {
        code: ORDINE_CODE.to_owned(),
        name: "Ordine TSRM e PSTRP di Benchmark".to_owned(),
        pec_address: "bench@pec.tsrm.org".to_owned(),
        adheres_to_convention: true,
        convention_since: "2024-01-01".to_owned(),
        ..Ordine::default()
    };
    let mut request = tonic::Request::new(CreateOrdineRequest {
        request_id: uuid::Uuid::new_v4().to_string(),
        ordine: Some(ordine),
    });
    request.metadata_mut().insert("authorization", auth.clone());
    registry
        .create_ordine(request)
        .await
        .context("CreateOrdine")?;
    Ok(())
}
