//! Reads against a ceiling the client cannot limit: h2load (nghttp2, a C HTTP/2 client) posts
//! the same gRPC frame over and over, GetMailbox and then `grpc.health.v1.Health/Check` on the
//! same pecd. h2load reads no trailers, so before it runs, one call of the very same bytes is
//! made over a plain HTTP/2 connection and its `grpc-status` trailer checked.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use bytes::Bytes;
use pecd::proto::GetMailboxRequest;
use pecd::proto::GetMailboxResponse;
use prost::Message;
use tokio::process::Command;

use crate::cpu;

pub const GET_MAILBOX_PATH: &str = "/pec.v1.MailboxService/GetMailbox";
pub const HEALTH_PATH: &str = "/grpc.health.v1.Health/Check";
/// h2load's shape: 4 connections with 16 streams each, the bench's own 64 calls in flight.
const CLIENTS: usize = 4;
const STREAMS: usize = 16;
/// How long installing nghttp2-client may take.
const INSTALL_TIMEOUT: Duration = Duration::from_secs(600);
/// Slack on top of a run's warm-up and duration before h2load is given up on.
const RUN_SLACK: Duration = Duration::from_secs(60);

/// A gRPC length-prefixed message: no compression, 4-byte big-endian length, the bytes.
pub fn frame(message: &[u8]) -> Result<Vec<u8>> {
    let len = u32::try_from(message.len()).context("message too long for a gRPC frame")?;
    let mut out = Vec::with_capacity(5 + message.len());
    out.push(0);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(message);
    Ok(out)
}

/// The body of a GetMailbox call for `address`.
pub fn get_mailbox_body(address: &str) -> Result<Vec<u8>> {
    frame(
        &GetMailboxRequest {
            address: address.to_owned(),
        }
        .encode_to_vec(),
    )
}

/// The body of a health check of the whole server (`service` empty: an empty message).
pub fn health_body() -> Result<Vec<u8>> {
    frame(&[])
}

/// Makes sure h2load is installed: Debian's `nghttp2-client`, installed with apt-get when
/// missing and the bench runs as root (again after `apt-get update` if the first try fails).
pub async fn ensure_installed() -> Result<()> {
    if found().await {
        return Ok(());
    }
    ensure!(
        nix::unistd::geteuid().is_root(),
        "h2load is not installed: install Debian's nghttp2-client (apt-get install nghttp2-client)"
    );
    println!("  installing nghttp2-client (h2load) with apt-get");
    if !apt_get(&["install", "-y", "-q", "nghttp2-client"]).await? {
        apt_get(&["update", "-q"]).await?;
        apt_get(&["install", "-y", "-q", "nghttp2-client"]).await?;
    }
    ensure!(
        found().await,
        "h2load is still missing after installing nghttp2-client"
    );
    Ok(())
}

async fn found() -> bool {
    Command::new("h2load")
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .await
        .is_ok_and(|s| s.success())
}

async fn apt_get(args: &[&str]) -> Result<bool> {
    let status = tokio::time::timeout(
        INSTALL_TIMEOUT,
        Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .kill_on_drop(true)
            .status(),
    )
    .await
    .context("apt-get timed out")?
    .context("running apt-get")?;
    Ok(status.success())
}

/// One call of `body` to `path` over a plain HTTP/2 connection, as h2load sends it; returns
/// the reply's message after checking HTTP 200 and `grpc-status: 0`.
pub async fn call_raw(
    addr: SocketAddr,
    path: &str,
    bearer: Option<&str>,
    body: &[u8],
) -> Result<Vec<u8>> {
    let tcp = tokio::net::TcpStream::connect(addr)
        .await
        .with_context(|| format!("connecting to {addr}"))?;
    let (client, connection) = h2::client::handshake(tcp).await?;
    let driver = tokio::spawn(connection);
    let outcome = async {
        let mut request = http::Request::builder()
            .method("POST")
            .uri(format!("http://{addr}{path}"))
            .header("content-type", "application/grpc")
            .header("te", "trailers");
        if let Some(key) = bearer {
            request = request.header("authorization", format!("Bearer {key}"));
        }
        let mut client = client.clone().ready().await?;
        let (response, mut send) = client.send_request(request.body(())?, false)?;
        send.send_data(Bytes::copy_from_slice(body), true)?;
        let response = tokio::time::timeout(Duration::from_secs(10), response)
            .await
            .context("no reply in 10 s")??;
        let status = response.status();
        // An error without a message comes as headers only, grpc-status among them.
        let head_status = response
            .headers()
            .get("grpc-status")
            .map(|v| v.to_str().unwrap_or("?").to_owned());
        let mut body = response.into_body();
        let mut data = Vec::new();
        while let Some(chunk) = body.data().await {
            let chunk = chunk?;
            // Only fails once the stream is gone, which the next read reports.
            let _ = body.flow_control().release_capacity(chunk.len());
            data.extend_from_slice(&chunk);
        }
        let trailers = body.trailers().await?;
        let grpc_status = head_status.or_else(|| {
            trailers
                .as_ref()
                .and_then(|t| t.get("grpc-status"))
                .map(|v| v.to_str().unwrap_or("?").to_owned())
        });
        let message = trailers
            .as_ref()
            .and_then(|t| t.get("grpc-message"))
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        ensure!(status == http::StatusCode::OK, "HTTP status {status}");
        ensure!(
            grpc_status.as_deref() == Some("0"),
            "grpc-status {grpc_status:?} {message:?}"
        );
        ensure!(data.len() >= 5, "a reply of {} bytes", data.len());
        let len = u32::from_be_bytes([data[1], data[2], data[3], data[4]]) as usize;
        ensure!(
            data[0] == 0 && data.len() == 5 + len,
            "not one uncompressed gRPC message"
        );
        drop(client);
        Ok(data[5..].to_vec())
    }
    .await;
    drop(client);
    driver.abort();
    outcome.with_context(|| format!("raw HTTP/2 call of {path}"))
}

/// Checks that the GetMailbox bytes fetch `address` and the health bytes answer SERVING.
pub async fn verify_bodies(
    addr: SocketAddr,
    key: &str,
    address: &str,
    get_mailbox: &[u8],
    health: &[u8],
) -> Result<()> {
    let reply = call_raw(addr, GET_MAILBOX_PATH, Some(key), get_mailbox).await?;
    let reply = GetMailboxResponse::decode(reply.as_slice()).context("decoding GetMailbox")?;
    let got = reply.mailbox.map(|m| m.address);
    ensure!(
        got.as_deref() == Some(address),
        "GetMailbox of {address} answered {got:?}"
    );
    let reply = call_raw(addr, HEALTH_PATH, None, health).await?;
    // HealthCheckResponse { status: SERVING (1) }: field 1, varint 1.
    ensure!(
        reply == [0x08, 0x01],
        "Health/Check answered {reply:?}, not SERVING"
    );
    Ok(())
}

/// What one h2load run measured.
#[derive(Debug, Clone)]
pub struct H2Result {
    pub rps: f64,
    pub requests: u64,
    pub cpu: cpu::Usage,
}

/// Runs h2load against `path` for `duration` after `warmup`; fails unless every request it
/// counted got HTTP 2xx.
pub async fn run(
    addr: SocketAddr,
    path: &str,
    bearer: Option<&str>,
    body_file: &Path,
    warmup: Duration,
    duration: Duration,
    server_pid: Option<u32>,
) -> Result<H2Result> {
    let mut command = Command::new("h2load");
    command
        .arg(format!("--clients={CLIENTS}"))
        .arg(format!("--max-concurrent-streams={STREAMS}"))
        .arg("--threads=1")
        .arg(format!("--duration={}", duration.as_secs().max(1)))
        .arg("--data")
        .arg(body_file)
        .args(["--header", "content-type: application/grpc"])
        .args(["--header", "te: trailers"]);
    if !warmup.is_zero() {
        command.arg(format!("--warm-up-time={}", warmup.as_secs().max(1)));
    }
    if let Some(key) = bearer {
        command
            .arg("--header")
            .arg(format!("authorization: Bearer {key}"));
    }
    command
        .arg(format!("http://{addr}{path}"))
        .stdin(Stdio::null())
        .kill_on_drop(true);
    // The window's CPU includes the warm-up: h2load does not say when it ends.
    let watch = cpu::Watch::start(server_pid)?;
    let output = tokio::time::timeout(warmup + duration + RUN_SLACK, command.output())
        .await
        .context("h2load did not finish")?
        .context("running h2load")?;
    let cpu = watch.finish()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!(
            "h2load failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let summary = parse(&stdout).with_context(|| format!("unreadable h2load output:\n{stdout}"))?;
    // h2load tallies a status when its headers arrive and a request when its stream ends, so
    // around the warm-up's end and the window's the two counts part by a stream or two (seen:
    // 263,014 requests with 263,015 2xx, and 384,831 with 384,830). A request "succeeded" is
    // one that ended with a 2xx: every request must have, and no other status may have come.
    ensure!(
        summary.requests > 0 && summary.succeeded == summary.requests && summary.status_other == 0,
        "h2load: {} requests, {} succeeded, {} with HTTP 2xx, {} with another status",
        summary.requests,
        summary.succeeded,
        summary.status_2xx,
        summary.status_other
    );
    Ok(H2Result {
        rps: summary.rps,
        requests: summary.requests,
        cpu,
    })
}

#[derive(Debug, PartialEq)]
struct Summary {
    rps: f64,
    requests: u64,
    succeeded: u64,
    status_2xx: u64,
    /// Replies with a 3xx, 4xx or 5xx status.
    status_other: u64,
}

/// Reads h2load's "finished in …, N req/s", "requests: N total, … N succeeded" and
/// "status codes: N 2xx, N 3xx, N 4xx, N 5xx" lines.
fn parse(stdout: &str) -> Option<Summary> {
    let field = |line: &str, after: &str, before: &str| -> Option<f64> {
        line.split(',').find_map(|part| {
            let part = part.trim();
            let part = part.strip_prefix(after).unwrap_or(part).trim();
            part.strip_suffix(before)?.trim().parse().ok()
        })
    };
    let mut summary = Summary {
        rps: f64::NAN,
        requests: u64::MAX,
        succeeded: 0,
        status_2xx: 0,
        status_other: 0,
    };
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("finished in") {
            summary.rps = field(rest, "", "req/s")?;
        } else if let Some(rest) = line.strip_prefix("requests:") {
            summary.requests = field(rest, "", "total")? as u64;
            summary.succeeded = field(rest, "", "succeeded")? as u64;
        } else if let Some(rest) = line.strip_prefix("status codes:") {
            summary.status_2xx = field(rest, "", "2xx")? as u64;
            summary.status_other = ["3xx", "4xx", "5xx"]
                .into_iter()
                .map(|class| field(rest, "", class).map(|n| n as u64))
                .sum::<Option<u64>>()?;
        }
    }
    (summary.rps.is_finite() && summary.requests != u64::MAX).then_some(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_h2loads_summary() {
        let out = "starting benchmark...\n\
finished in 5.00s, 53214.40 req/s, 3.35MB/s\n\
requests: 266072 total, 266136 started, 266072 done, 266070 succeeded, 2 failed, 0 errored, 0 timeout\n\
status codes: 266070 2xx, 0 3xx, 2 4xx, 0 5xx\n\
traffic: 16.76MB (17571136) total, 1.02MB (1064288) headers (space savings 95.21%), 9.13MB (9578592) data\n";
        assert_eq!(
            parse(out),
            Some(Summary {
                rps: 53214.40,
                requests: 266_072,
                succeeded: 266_070,
                status_2xx: 266_070,
                status_other: 2,
            })
        );
        assert_eq!(parse("h2load: connection refused\n"), None);
    }

    #[test]
    fn frames_messages() {
        assert_eq!(health_body().expect("frame"), vec![0, 0, 0, 0, 0]);
        let body = get_mailbox_body("a@b.it").expect("frame");
        assert_eq!(&body[..5], &[0, 0, 0, 0, 8]);
        assert_eq!(
            GetMailboxRequest::decode(&body[5..])
                .expect("decodes")
                .address,
            "a@b.it"
        );
    }
}
