//! Closed-loop load: a fixed number of calls in flight over a fixed number of HTTP/2
//! connections, latency recorded in an HDR histogram after a warm-up.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context, Result};
use hdrhistogram::Histogram;
use pecd::proto::GetMailboxRequest;
use pecd::proto::mailbox_service_client::MailboxServiceClient;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tokio::time::Instant;
use tonic::metadata::MetadataValue;
use tonic::transport::{Channel, Endpoint};

use crate::cpu;

/// Slowest latency the histogram can hold, in microseconds; slower calls are clamped to it
/// (they also count as errors once they pass `CALL_TIMEOUT`).
const MAX_LATENCY_US: u64 = 60_000_000;
/// A call that takes longer than this is abandoned and counted as an error, so a stuck server
/// cannot hang the benchmark.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);
/// Upper bound on calls per worker, so that every loop is bounded in count as well as time.
const MAX_CALLS_PER_WORKER: u64 = 50_000_000;
/// How many distinct error messages to keep for the report.
const ERROR_SAMPLES: usize = 5;

/// Shape of one load run.
#[derive(Debug, Clone, Copy)]
pub struct LoadConfig {
    /// HTTP/2 connections (one tonic `Channel` each).
    pub connections: usize,
    /// Calls in flight across all connections.
    pub in_flight: usize,
    /// Unmeasured time before the measured window.
    pub warmup: Duration,
    /// Length of the measured window (of a fixed window; a window during a phase lasts as
    /// long as the phase).
    pub duration: Duration,
}

/// What one load run measured.
#[derive(Debug)]
pub struct LoadResult {
    /// Successful calls per second in the measured window.
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// Calls completed in the measured window (successful ones).
    pub calls: u64,
    /// Failed calls over the whole run, warm-up included: any non-OK status, a timeout, or a
    /// reply that does not carry the mailbox asked for.
    pub errors: u64,
    /// A few distinct error messages, to say what went wrong.
    pub error_samples: Vec<String>,
    /// CPU used during the measured window, by the bench, the server child and the rest.
    pub cpu: cpu::Usage,
}

/// Opens `n` separate HTTP/2 connections to `addr`.
pub async fn connect(addr: std::net::SocketAddr, n: usize) -> Result<Vec<Channel>> {
    let mut channels = Vec::with_capacity(n);
    for _ in 0..n {
        let channel = Endpoint::from_shared(format!("http://{addr}"))?
            .tcp_nodelay(true)
            .connect_timeout(Duration::from_secs(5))
            .connect()
            .await
            .with_context(|| format!("connecting to {addr}"))?;
        channels.push(channel);
    }
    Ok(channels)
}

/// One GetMailbox call for `address`; the reason it failed, if it did: a non-OK status, a
/// timeout, or a reply that does not carry the mailbox asked for.
async fn call(
    client: &MailboxServiceClient<Channel>,
    address: &str,
    auth: Option<&MetadataValue<tonic::metadata::Ascii>>,
) -> Option<String> {
    let mut request = tonic::Request::new(GetMailboxRequest {
        address: address.to_owned(),
    });
    if let Some(auth) = auth {
        request.metadata_mut().insert("authorization", auth.clone());
    }
    let mut client = client.clone();
    match tokio::time::timeout(CALL_TIMEOUT, client.get_mailbox(request)).await {
        Err(_) => Some(format!("timed out after {CALL_TIMEOUT:?}")),
        Ok(Err(status)) => Some(format!("{:?}: {}", status.code(), status.message())),
        Ok(Ok(reply)) => match reply.into_inner().mailbox {
            Some(m) if m.address == address => None,
            Some(m) => Some(format!("asked for {address}, got {}", m.address)),
            None => Some(format!("no mailbox in the reply for {address}")),
        },
    }
}

struct WorkerOutcome {
    histogram: Histogram<u64>,
    errors: u64,
    error_samples: Vec<String>,
}

/// Drives `GetMailbox` for random entries of `addresses` and checks that each reply is the
/// mailbox asked for. `bearer` is sent as the authorization header when given; `server_pid`
/// is the server process whose CPU use is reported apart (none for an in-process server).
/// The window is `config.duration` after `config.warmup`.
pub async fn get_mailbox_load(
    channels: &[Channel],
    addresses: Arc<Vec<String>>,
    bearer: Option<&str>,
    server_pid: Option<u32>,
    config: LoadConfig,
) -> Result<LoadResult> {
    // The sleep's deadline is set when the phase is first polled, after the warm-up.
    let window = async {
        tokio::time::sleep(config.duration).await;
        Ok(())
    };
    let (load, ()) =
        get_mailbox_load_during(channels, addresses, bearer, server_pid, config, window).await?;
    Ok(load)
}

/// The same load, measured while `phase` runs: the load starts, warms up for `config.warmup`,
/// then `phase` starts and the window lasts until it ends (`config.duration` is not used).
/// Returns the load and what the phase returned; a failed phase fails the whole call once
/// the load has stopped.
pub async fn get_mailbox_load_during<T>(
    channels: &[Channel],
    addresses: Arc<Vec<String>>,
    bearer: Option<&str>,
    server_pid: Option<u32>,
    config: LoadConfig,
    phase: impl Future<Output = Result<T>>,
) -> Result<(LoadResult, T)> {
    anyhow::ensure!(!channels.is_empty(), "no connections to drive load over");
    anyhow::ensure!(!addresses.is_empty(), "no mailbox addresses to ask for");
    let auth = bearer
        .map(|key| MetadataValue::try_from(format!("Bearer {key}")))
        .transpose()
        .context("the API key is not a valid header value")?;

    let measure_from = Instant::now() + config.warmup;
    // Set when the phase ends: calls started after it are neither made nor counted.
    let stop = Arc::new(AtomicBool::new(false));

    let mut workers = Vec::with_capacity(config.in_flight);
    for worker in 0..config.in_flight {
        let client = MailboxServiceClient::new(channels[worker % channels.len()].clone());
        let addresses = Arc::clone(&addresses);
        let auth = auth.clone();
        let stop = Arc::clone(&stop);
        workers.push(tokio::spawn(async move {
            let mut histogram = Histogram::<u64>::new_with_bounds(1, MAX_LATENCY_US, 3)?;
            let mut rng = StdRng::seed_from_u64(worker as u64);
            let mut errors = 0;
            let mut error_samples: Vec<String> = Vec::new();
            for _ in 0..MAX_CALLS_PER_WORKER {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let began = Instant::now();
                let address = &addresses[rng.random_range(0..addresses.len())];
                let failure = call(&client, address, auth.as_ref()).await;
                let elapsed = began.elapsed();
                match failure {
                    Some(message) => {
                        errors += 1;
                        if error_samples.len() < ERROR_SAMPLES && !error_samples.contains(&message)
                        {
                            error_samples.push(message);
                        }
                    }
                    // Calls that straddle the window's start are left out with the warm-up.
                    None if began >= measure_from => {
                        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
                        histogram.saturating_record(micros.max(1));
                    }
                    None => {}
                }
            }
            anyhow::Ok(WorkerOutcome {
                histogram,
                errors,
                error_samples,
            })
        }));
    }

    let outcome = phase_after(measure_from, server_pid, phase).await;
    stop.store(true, Ordering::Relaxed);

    let mut histogram = Histogram::<u64>::new_with_bounds(1, MAX_LATENCY_US, 3)?;
    let mut errors = 0;
    let mut error_samples = Vec::new();
    for worker in workers {
        let outcome = worker.await.context("a load worker panicked")??;
        histogram.add(&outcome.histogram)?;
        errors += outcome.errors;
        for sample in outcome.error_samples {
            if error_samples.len() < ERROR_SAMPLES && !error_samples.contains(&sample) {
                error_samples.push(sample);
            }
        }
    }
    let (cpu, value) = outcome?;
    let outcome = WorkerOutcome {
        histogram,
        errors,
        error_samples,
    };
    Ok((outcome.into_result(measure_from, cpu), value))
}

/// Runs `phase` once the warm-up ends at `measure_from`, with the CPU read over it.
async fn phase_after<T>(
    measure_from: Instant,
    server_pid: Option<u32>,
    phase: impl Future<Output = Result<T>>,
) -> Result<(cpu::Usage, T)> {
    tokio::time::sleep_until(measure_from).await;
    let watch = cpu::Watch::start(server_pid)?;
    let value = phase.await?;
    Ok((watch.finish()?, value))
}

impl WorkerOutcome {
    /// The figures of the calls measured from `measure_from` until now. The window closes
    /// when the last call started in it has returned, a little after the phase's end;
    /// dividing by the phase's length alone would overstate the rate.
    fn into_result(self, measure_from: Instant, cpu: cpu::Usage) -> LoadResult {
        let window = Instant::now()
            .saturating_duration_since(measure_from)
            .max(Duration::from_millis(1));
        let calls = self.histogram.len();
        LoadResult {
            rps: calls as f64 / window.as_secs_f64(),
            p50_ms: self.histogram.value_at_quantile(0.50) as f64 / 1000.0,
            p99_ms: self.histogram.value_at_quantile(0.99) as f64 / 1000.0,
            calls,
            errors: self.errors,
            error_samples: self.error_samples,
            cpu,
        }
    }
}

/// Open-loop load: GetMailbox calls started at a steady `rate` per second whatever the
/// replies, as many independent callers (the Ordini's back offices, the front end) send
/// them, measured while `phase` runs after `warmup`; `phase` may be a plain sleep for an idle
/// window. Latency counts from each call's scheduled start, so calls a stalled server
/// delayed are not left out (no coordinated omission). Unlike the closed loop, this load
/// does not saturate pecd: its p99 is the latency a caller sees, not the share of the CPU
/// the load gets.
pub async fn steady_get_mailbox_during<T>(
    channels: &[Channel],
    addresses: Arc<Vec<String>>,
    bearer: Option<&str>,
    server_pid: Option<u32>,
    rate: u32,
    warmup: Duration,
    phase: impl Future<Output = Result<T>>,
) -> Result<(LoadResult, T)> {
    anyhow::ensure!(!channels.is_empty(), "no connections to drive load over");
    anyhow::ensure!(!addresses.is_empty(), "no mailbox addresses to ask for");
    anyhow::ensure!(rate > 0, "a steady load needs a rate");
    let auth = bearer
        .map(|key| MetadataValue::try_from(format!("Bearer {key}")))
        .transpose()
        .context("the API key is not a valid header value")?;
    let clients: Vec<_> = channels
        .iter()
        .map(|c| MailboxServiceClient::new(c.clone()))
        .collect();
    let measure_from = Instant::now() + warmup;
    let stop = Arc::new(AtomicBool::new(false));

    let driver =
        {
            let stop = Arc::clone(&stop);
            tokio::spawn(async move {
                let mut ticker =
                    tokio::time::interval(Duration::from_secs_f64(1.0 / f64::from(rate)));
                // Ticks the driver missed are sent at once: the callers do not wait for pecd.
                ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
                let mut rng = StdRng::seed_from_u64(u64::from(rate));
                let mut calls = tokio::task::JoinSet::new();
                let mut outcome = WorkerOutcome {
                    histogram: Histogram::<u64>::new_with_bounds(1, MAX_LATENCY_US, 3)?,
                    errors: 0,
                    error_samples: Vec::new(),
                };
                let mut record =
                    |(scheduled, elapsed, failure): (Instant, Duration, Option<String>)| {
                        match failure {
                            Some(message) => {
                                outcome.errors += 1;
                                if outcome.error_samples.len() < ERROR_SAMPLES
                                    && !outcome.error_samples.contains(&message)
                                {
                                    outcome.error_samples.push(message);
                                }
                            }
                            None if scheduled >= measure_from => {
                                let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
                                outcome.histogram.saturating_record(micros.max(1));
                            }
                            None => {}
                        }
                    };
                for k in 0..MAX_CALLS_PER_WORKER {
                    let scheduled = ticker.tick().await;
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let client = clients[k as usize % clients.len()].clone();
                    let address = addresses[rng.random_range(0..addresses.len())].clone();
                    let auth = auth.clone();
                    calls.spawn(async move {
                        let failure = call(&client, &address, auth.as_ref()).await;
                        (scheduled, scheduled.elapsed(), failure)
                    });
                    while let Some(done) = calls.try_join_next() {
                        record(done.context("a steady-load call panicked")?);
                    }
                }
                while let Some(done) = calls.join_next().await {
                    record(done.context("a steady-load call panicked")?);
                }
                anyhow::Ok(outcome)
            })
        };

    let outcome = phase_after(measure_from, server_pid, phase).await;
    stop.store(true, Ordering::Relaxed);
    let driven = driver
        .await
        .context("the steady load's driver panicked")??;
    let (cpu, value) = outcome?;
    Ok((driven.into_result(measure_from, cpu), value))
}
