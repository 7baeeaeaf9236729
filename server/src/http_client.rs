//! The one outbound HTTP client (captcha siteverify, SMS gateway): rustls with the webpki
//! roots, bounded connect and total times, no redirects (a redirect would carry a secret
//! form or a bearer token to another host). Built once per process and shared: a
//! `reqwest::Client` is a handle to one connection pool.

use std::sync::OnceLock;
use std::time::Duration;

/// Longest wait for a TCP and TLS connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Longest wait for a whole exchange, unless a request sets its own.
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(15);

static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();

/// The shared client, built on first use.
pub fn client() -> anyhow::Result<reqwest::Client> {
    if let Some(client) = CLIENT.get() {
        return Ok(client.clone());
    }
    let built = reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(TOTAL_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("pecd/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| anyhow::anyhow!("cannot build the HTTP client: {e}"))?;
    // Two first callers may race: both get a working client, one pool is kept.
    Ok(CLIENT.get_or_init(|| built).clone())
}
