//! Typed settings, built by the CLI from flags and environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::domain::PecDomainPolicy;
use crate::jobs::WorkerSettings;

/// Everything `pecd serve` needs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Address to listen on; port 0 picks a free port (tests).
    pub listen: SocketAddr,
    /// `sqlite://…` or `postgres://…`.
    pub database_url: String,
    /// Pooled database connections; `None` picks the backend's default.
    pub db_max_connections: Option<u32>,
    /// Folder for the default SQLite file and, later, local files.
    pub data_dir: PathBuf,
    /// Domains of the convention's mailboxes; the first is the default.
    pub mailbox_domains: Vec<String>,
    /// Domains whose addresses count as PEC and are refused as personal emails.
    pub pec_domains: PecDomainPolicy,
    /// How long a struck-off member's mailbox stays suspended before it is closed.
    pub struck_off_grace: Duration,
    /// How long a verified API key is trusted before it is checked again (revocation delay).
    pub auth_cache_ttl: Duration,
    /// How often the keys' last use is written to the database (`keys list` shows it).
    pub key_usage_interval: Duration,
    /// How long in-flight calls may take to finish on shutdown.
    pub shutdown_grace: Duration,
    /// Sender of every email, e.g. `PEC convenzionata <noreply@tsrm-pstrp.org>`.
    pub mail_from: String,
    /// SMTP server URL; `None` writes `.eml` files under `data_dir/outbox/email`.
    pub smtp_url: Option<String>,
    /// SMS gateway URL; `None` writes JSON files under `data_dir/outbox/sms`.
    pub sms_gateway_url: Option<String>,
    /// Bearer token of the SMS gateway.
    pub sms_gateway_token: String,
    /// Password links, their lifetimes and the reset limits.
    pub password: crate::password::PasswordSettings,
    /// The contact-change wizard and its review.
    pub contact: crate::contact::ContactSettings,
    /// Identity-image encryption keys, `id:base64key[,…]` (first = current). None: a key
    /// generated once and kept in DATA_DIR/blob-keys.
    pub blob_keys: Option<String>,
    /// Where identity images are stored (encrypted). None: DATA_DIR/blobs.
    pub blob_dir: Option<PathBuf>,
    /// An S3-compatible bucket for identity images instead, `s3://BUCKET[/PREFIX]`
    /// (credentials and endpoint from the `AWS_*` variables).
    pub blob_url: Option<String>,
    /// Captcha siteverify URL (reCAPTCHA, hCaptcha, Turnstile). None: captcha disabled.
    pub captcha_url: Option<String>,
    /// Captcha secret.
    pub captcha_secret: String,
    /// Where `GET /metrics` (Prometheus text format) is served; None: not served.
    pub metrics_listen: Option<SocketAddr>,
    /// Whether this process runs background workers.
    pub run_workers: bool,
    pub worker: WorkerSettings,
    /// Limits of every connection and call on the gRPC port.
    pub transport: TransportSettings,
    /// TLS on the gRPC port; None: plaintext (behind a proxy on the same host).
    pub tls: Option<TlsSettings>,
    /// The Stato codes of the INI-PEC export file.
    pub ini_pec_codes: crate::ini_pec::StatoCodes,
    /// Assignments waiting for the member: the acceptance page, reminders, expiry.
    pub assignments: crate::activation::AssignmentSettings,
    /// TESTS ONLY: a file holding milliseconds added to the clock (`db::clock`). None in
    /// production.
    pub test_clock_file: Option<PathBuf>,
    /// The audit trail's retention and its security events.
    pub audit: AuditSettings,
    /// The change feed (`WatchEvents`): poll interval, heartbeats, retention.
    pub events: crate::events::feed::FeedSettings,
}

/// The audit trail's retention and how security events are written.
#[derive(Debug, Clone)]
pub struct AuditSettings {
    /// Entries older than this are deleted by the hourly sweep; zero keeps them forever.
    pub retention: Duration,
    /// Security events (refused calls, with the visitor's IP address) older than this are
    /// deleted sooner; zero: as `retention`.
    pub security_retention: Duration,
    /// Refused calls are counted in memory and written once per this interval (see
    /// `security_log`).
    pub security_window: Duration,
}

impl Default for AuditSettings {
    fn default() -> Self {
        Self {
            // Ten years: the ordinary limitation period (art. 2946 c.c.) within which an act
            // on a mailbox may be contested.
            retention: Duration::from_secs(3650 * 86_400),
            // A year: over the six months the Garante asks for access logs, and no longer, as
            // the entries hold IP addresses.
            security_retention: Duration::from_secs(365 * 86_400),
            security_window: Duration::from_secs(60),
        }
    }
}

/// TLS on the gRPC port (rustls).
#[derive(Debug, Clone)]
pub struct TlsSettings {
    /// PEM certificate chain, server certificate first.
    pub cert: PathBuf,
    /// PEM private key.
    pub key: PathBuf,
    /// PEM CA certificates of client certificates: set, every client must present one.
    pub client_ca: Option<PathBuf>,
    /// How long a client has to finish the TLS handshake.
    pub handshake_timeout: Duration,
    /// How often the certificate files are checked for a change (they are also reloaded on
    /// SIGHUP).
    pub reload_interval: Duration,
}

/// Limits of every connection and call on the gRPC port: what one client may hold.
#[derive(Debug, Clone)]
pub struct TransportSettings {
    /// Connections open at once; one more is accepted and closed at once.
    pub max_connections: usize,
    /// Calls in flight across all connections; one more is refused with UNAVAILABLE and a
    /// RetryInfo (load shedding), never queued.
    pub max_in_flight: usize,
    /// `WatchEvents` streams open at once. Watches are long and mostly idle, so they have
    /// their own cap instead of holding `max_in_flight` slots; one more is UNAVAILABLE.
    pub max_watches: usize,
    /// `WatchEvents` streams one API key may hold open; one more is RESOURCE_EXHAUSTED, so one
    /// client cannot take every watch slot.
    pub max_watches_per_key: usize,
    /// HTTP/2 streams one connection may have open (advertised as MAX_CONCURRENT_STREAMS).
    pub max_concurrent_streams: u32,
    /// Streams a client may reset before it is sent GOAWAY (rapid-reset mitigation).
    pub max_pending_accept_reset_streams: usize,
    /// Streams the server may reset for a client's errors before it sends GOAWAY.
    pub max_local_error_reset_streams: usize,
    /// HTTP/2 PING interval; a peer that does not answer within `keepalive_timeout` is cut.
    pub keepalive_interval: Duration,
    pub keepalive_timeout: Duration,
    /// A connection with no call in flight for this long is closed.
    pub idle_timeout: Duration,
    /// A connection that sends no request within this time of being accepted is closed.
    pub header_timeout: Duration,
    /// A call whose request body sends nothing (no message of a stream, no byte of a
    /// message) for this long is ended with DEADLINE_EXCEEDED; gRPC-Web included.
    pub stream_idle_timeout: Duration,
    /// A connection is asked to go away after this long (clients reconnect; load spreads),
    /// and cut `shutdown_grace` later.
    pub max_connection_age: Duration,
    /// Largest message of the unary services (decoded size).
    pub max_message_bytes: usize,
    /// Largest message of the services that carry batches or chunks (SyncMembers and
    /// UpsertMember's service, BatchCreateActivationRequests, the identity-document upload).
    pub max_batch_message_bytes: usize,
}

impl Default for TransportSettings {
    fn default() -> Self {
        Self {
            max_connections: 4096,
            max_in_flight: 1024,
            max_watches: 1024,
            max_watches_per_key: 8,
            max_concurrent_streams: 100,
            max_pending_accept_reset_streams: 20,
            max_local_error_reset_streams: 100,
            keepalive_interval: Duration::from_secs(30),
            keepalive_timeout: Duration::from_secs(20),
            idle_timeout: Duration::from_secs(300),
            header_timeout: Duration::from_secs(10),
            stream_idle_timeout: Duration::from_secs(30),
            max_connection_age: Duration::from_secs(3600),
            max_message_bytes: 64 * 1024,
            max_batch_message_bytes: 2 * 1024 * 1024,
        }
    }
}

impl Settings {
    /// Where SMS go as files when no gateway is configured.
    pub fn sms_outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox").join("sms")
    }

    /// Where `.eml` files go when no SMTP server is configured.
    pub fn email_outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox").join("email")
    }

    /// Defaults for everything but the database.
    pub fn new(database_url: String, data_dir: PathBuf) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 50051)),
            database_url,
            db_max_connections: None,
            data_dir,
            mailbox_domains: vec!["tsrm-pstrp.org".to_owned(), "tsrm.org".to_owned()],
            pec_domains: PecDomainPolicy::default(),
            struck_off_grace: Duration::from_secs(90 * 24 * 3600),
            auth_cache_ttl: Duration::from_secs(5),
            key_usage_interval: Duration::from_secs(60),
            shutdown_grace: Duration::from_secs(20),
            mail_from: "PEC convenzionata TSRM PSTRP <noreply@tsrm-pstrp.org>".to_owned(),
            smtp_url: None,
            sms_gateway_url: None,
            sms_gateway_token: String::new(),
            password: crate::password::PasswordSettings::default(),
            contact: crate::contact::ContactSettings::default(),
            blob_keys: None,
            blob_dir: None,
            blob_url: None,
            captcha_url: None,
            captcha_secret: String::new(),
            metrics_listen: None,
            run_workers: true,
            worker: WorkerSettings::default(),
            transport: TransportSettings::default(),
            tls: None,
            ini_pec_codes: crate::ini_pec::StatoCodes::default(),
            assignments: crate::activation::AssignmentSettings::default(),
            test_clock_file: None,
            audit: AuditSettings::default(),
            events: crate::events::feed::FeedSettings::default(),
        }
    }

    pub fn default_mailbox_domain(&self) -> &str {
        self.mailbox_domains
            .first()
            .map(String::as_str)
            .unwrap_or("tsrm-pstrp.org")
    }
}
