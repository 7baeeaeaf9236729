//! Load benchmark of pecd.
//!
//! One run measures, in order: an in-process no-op tonic server (the ceiling of this machine),
//! then pecd on SQLite, then pecd on PostgreSQL: SyncMembers of N generated members (fresh,
//! then the identical stream again), authenticated GetMailbox under load, the same with 100
//! WatchEvents streams open, and pecd's peak memory. It prints a Markdown table and writes it to `<target>/bench-report.md`.
//!
//!     cargo run --release -p pec-bench -- [--postgres-url URL] [--members 250000]
//!
//! It builds pecd first (same cargo, profile and target directory) unless `--no-build`.
//!
//! It exits non-zero when pecd fails to start or any call fails; a missed target is only
//! marked FAIL in the table.

mod child;
mod cpu;
mod database;
mod load;
mod members;
mod noop;
mod report;
mod watchers;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use clap::Parser;
use pecd::proto::registry_service_client::RegistryServiceClient;
use pecd::proto::{CreateOrdineRequest, Member, Ordine, SyncMembersRequest, SyncMembersResponse};
use tokio::time::Instant;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::transport::Channel;

use database::{PgDatabase, SeedMailbox, Target};
use load::{LoadConfig, LoadResult};
use report::{BackendFigures, Row};

/// WatchEvents streams held open during the second GetMailbox window.
const WATCHERS: usize = 100;
/// Code of the Ordine every generated member belongs to.
const ORDINE_CODE: &str = "BENCH";
/// Members per SyncMembers stream message, as the API recommends.
const SYNC_MESSAGE_MEMBERS: usize = 1_000;
/// A SyncMembers stream that takes longer than this is abandoned as failed.
const SYNC_TIMEOUT: Duration = Duration::from_secs(600);
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
    ensure!(
        (1..=members::MAX_MEMBERS).contains(&args.members),
        "--members must be between 1 and {}",
        members::MAX_MEMBERS
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
            "{} not found: build it with `cargo build --release -p pecd`",
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

    println!("\n== SQLite ==");
    let outcome = sqlite_backend(&pecd_bin, &logs_dir, &members, noop_load.rps, config).await;
    ok &= record(&mut rows, "SQLite", report::SQLITE, outcome);

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
        Ok(f) => f.load.errors == 0 && f.watched.errors == 0,
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
        let key = child::create_admin_key(self.pecd_bin, self.database_url, self.data_dir).await?;
        let mut server =
            child::Server::start(self.pecd_bin, self.database_url, self.data_dir, &self.log)
                .await?;
        println!(
            "  pecd listening on {} (log: {})",
            server.addr,
            server.log.display()
        );
        let measured = self
            .drive(&mut server, &key, seed, members, noop_rps, config)
            .await;
        // Read before stopping: VmHWM disappears with the process.
        let peak = server.peak_rss_bytes();
        let stopped = server.stop().await;
        let (sync_fresh, sync_unchanged, load, watched) = measured?;
        let peak_rss_mb = peak? as f64 / (1024.0 * 1024.0);
        println!("  pecd peak memory (VmHWM): {peak_rss_mb:.0} MB");
        let status = stopped?;
        if !status.success() {
            eprintln!("  warning: pecd exited with {status} after SIGTERM");
        }
        Ok(BackendFigures {
            load,
            watched,
            sync_fresh,
            sync_unchanged,
            peak_rss_mb,
        })
    }

    async fn drive(
        &self,
        server: &mut child::Server,
        key: &str,
        seed: Target<'_>,
        members: &[Member],
        noop_rps: f64,
        config: LoadConfig,
    ) -> Result<(Duration, Duration, LoadResult, LoadResult)> {
        let auth: MetadataValue<Ascii> = format!("Bearer {key}")
            .parse()
            .context("API key is not a header value")?;
        let channels = load::connect(server.addr, config.connections).await?;
        let registry = RegistryServiceClient::new(channels[0].clone());

        create_ordine(registry.clone(), &auth).await?;

        let messages: Vec<SyncMembersRequest> = members
            .chunks(SYNC_MESSAGE_MEMBERS)
            .map(|chunk| SyncMembersRequest {
                members: chunk.to_vec(),
            })
            .collect();
        let n = i64::try_from(members.len())?;

        let watch = cpu::Watch::start(server.pid())?;
        let (fresh, took_fresh) = sync_members(registry.clone(), &auth, messages.clone()).await?;
        let cpu_fresh = watch.finish()?;
        println!(
            "  SyncMembers fresh: {:.2} s ({}) {}",
            took_fresh.as_secs_f64(),
            describe(&cpu_fresh),
            counts(&fresh)
        );
        check_counts("fresh SyncMembers", &fresh, [n, 0, 0, 0])?;

        let watch = cpu::Watch::start(server.pid())?;
        let (again, took_again) = sync_members(registry, &auth, messages).await?;
        let cpu_again = watch.finish()?;
        println!(
            "  SyncMembers unchanged: {:.2} s ({}) {}",
            took_again.as_secs_f64(),
            describe(&cpu_again),
            counts(&again)
        );
        check_counts("unchanged SyncMembers", &again, [0, 0, n, 0])?;

        let seeded: Vec<SeedMailbox> = members
            .iter()
            .enumerate()
            .map(|(i, m)| SeedMailbox {
                address: format!("{}.{}.{i}@tsrm-pstrp.org", m.given_name, m.family_name)
                    .to_lowercase(),
                codice_fiscale: m.codice_fiscale.clone(),
            })
            .collect();
        let began = Instant::now();
        database::seed_mailboxes(seed, ORDINE_CODE, &seeded)
            .await
            .context("seeding mailboxes")?;
        println!(
            "  seeded {} mailboxes in {:.1} s (not measured)",
            seeded.len(),
            began.elapsed().as_secs_f64()
        );
        let addresses = Arc::new(seeded.into_iter().map(|m| m.address).collect::<Vec<_>>());

        let load = load::get_mailbox_load(
            &channels,
            addresses.clone(),
            Some(key),
            server.pid(),
            config,
        )
        .await?;
        print_load("GetMailbox", &load);
        println!("  ratio to no-op {:.2}", load.rps / noop_rps);
        server.ensure_running()?;

        let watchers = watchers::start(server.addr, key, WATCHERS).await?;
        let watched =
            load::get_mailbox_load(&channels, addresses, Some(key), server.pid(), config).await;
        let open = watchers.open();
        watchers.stop();
        let watched = watched?;
        print_load(&format!("GetMailbox, {WATCHERS} watchers open"), &watched);
        println!(
            "  p99 with watchers / without: {:.2} ({open} of {WATCHERS} watches still open)",
            watched.p99_ms / load.p99_ms
        );
        ensure!(open == WATCHERS, "pecd ended {} watches", WATCHERS - open);
        server.ensure_running()?;
        Ok((took_fresh, took_again, load, watched))
    }
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

fn authorized<T>(message: T, auth: &MetadataValue<Ascii>) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    request.metadata_mut().insert("authorization", auth.clone());
    request
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
    let request = CreateOrdineRequest {
        request_id: uuid::Uuid::new_v4().to_string(),
        ordine: Some(ordine),
    };
    registry
        .create_ordine(authorized(request, auth))
        .await
        .context("CreateOrdine")?;
    Ok(())
}

/// Streams `messages` through SyncMembers and times it, from the first message sent to the
/// summary received.
async fn sync_members(
    mut registry: RegistryServiceClient<Channel>,
    auth: &MetadataValue<Ascii>,
    messages: Vec<SyncMembersRequest>,
) -> Result<(SyncMembersResponse, Duration)> {
    let request = authorized(tokio_stream::iter(messages), auth);
    let began = Instant::now();
    let reply = tokio::time::timeout(SYNC_TIMEOUT, registry.sync_members(request))
        .await
        .with_context(|| format!("SyncMembers did not finish in {SYNC_TIMEOUT:?}"))?
        .context("SyncMembers")?;
    Ok((reply.into_inner(), began.elapsed()))
}

fn counts(r: &SyncMembersResponse) -> String {
    format!(
        "created {} updated {} unchanged {} rejected {}",
        r.created, r.updated, r.unchanged, r.rejected
    )
}

/// Fails unless the summary is exactly [created, updated, unchanged, rejected].
fn check_counts(what: &str, r: &SyncMembersResponse, expected: [i64; 4]) -> Result<()> {
    if [r.created, r.updated, r.unchanged, r.rejected] == expected {
        return Ok(());
    }
    let first_rejections: Vec<String> = r
        .rejected_rows
        .iter()
        .take(3)
        .map(|row| format!("#{} {}: {} {}", row.index, row.key, row.reason, row.message))
        .collect();
    bail!(
        "{what}: expected created/updated/unchanged/rejected {expected:?}, got {}; first rejections: {first_rejections:?}",
        counts(r)
    )
}
