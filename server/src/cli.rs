//! The `pecd` command line: `serve`, `migrate` and `keys`. Every flag also reads an
//! environment variable (`PEC_…`); flags win.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::app::Application;
use crate::auth::{Role, keys};
use crate::config::Settings;
use crate::db::{Db, default_sqlite_url};
use crate::ini_pec::{self, StatoCodes};

#[derive(Debug, Parser)]
#[command(
    name = "pecd",
    version,
    about = "PEC convenzionata service of the Federazione nazionale degli Ordini TSRM e PSTRP"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Database URL: sqlite://PATH?mode=rwc or postgres://USER:PASSWORD@HOST/DB.
    /// Default: the SQLite file pecd.db in the data folder.
    #[arg(long, env = "PEC_DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,
    /// Folder for the default SQLite database and local files.
    #[arg(long, env = "PEC_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,
    /// Log format.
    #[arg(long, env = "PEC_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply migrations and serve gRPC until SIGTERM or SIGINT.
    Serve(Box<ServeArgs>),
    /// Apply migrations and exit.
    Migrate,
    /// Manage API keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Write files for other registries to stdout (messages go to stderr).
    #[command(subcommand)]
    Export(ExportCommand),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "PEC_LISTEN", default_value = "127.0.0.1:50051")]
    pub listen: SocketAddr,
    /// Pooled database connections (default: 3 on SQLite, 16 on PostgreSQL).
    #[arg(long, env = "PEC_DB_MAX_CONNECTIONS", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_max_connections: Option<u32>,
    /// Mailbox domains of the convention, comma-separated; the first is the default.
    #[arg(
        long,
        env = "PEC_MAILBOX_DOMAINS",
        value_delimiter = ',',
        default_value = "tsrm-pstrp.org,tsrm.org"
    )]
    pub mailbox_domains: Vec<String>,
    /// Extra PEC domains to refuse as personal emails, comma-separated (added to the built-in list).
    #[arg(long, env = "PEC_EXTRA_PEC_DOMAINS", value_delimiter = ',')]
    pub extra_pec_domains: Vec<String>,
    /// Days a struck-off member's mailbox stays suspended before it is closed.
    #[arg(long, env = "PEC_STRUCK_OFF_GRACE_DAYS", default_value_t = 90)]
    pub struck_off_grace_days: u64,
    /// Seconds a verified API key is trusted before it is looked up again.
    #[arg(long, env = "PEC_AUTH_CACHE_SECS", default_value_t = 5)]
    pub auth_cache_secs: u64,
    /// Background workers in this process (0 disables them, e.g. on a read-only replica).
    #[arg(long, env = "PEC_WORKERS", default_value_t = 2)]
    pub workers: usize,
    /// Workers delivering emails and SMS, apart from the others, so a stalled transport never
    /// holds up provisioning. With one, messages leave in the order they were queued.
    #[arg(long, env = "PEC_NOTIFICATION_WORKERS", default_value_t = 1)]
    pub notification_workers: usize,
    /// Seconds a claimed job stays reserved; renewed while it runs, so the jobs of a crashed
    /// process run again within this time.
    #[arg(long, env = "PEC_JOB_LEASE_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(3..=3600))]
    pub job_lease_secs: u64,
    /// Seconds one email or SMS hand-over may take (SMTP dialogue, gateway call) before the
    /// attempt fails and is retried.
    #[arg(long, env = "PEC_SEND_TIMEOUT_SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub send_timeout_secs: u64,
    /// Seconds one call to the mailbox provider may take before it fails and is retried.
    #[arg(long, env = "PEC_PROVIDER_TIMEOUT_SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub provider_timeout_secs: u64,
    /// Milliseconds a worker waits when no job is due.
    #[arg(long, env = "PEC_WORKER_POLL_MS", default_value_t = 250)]
    pub worker_poll_ms: u64,
    /// SMTP server for outgoing email: smtp://HOST:PORT (plain), smtp://HOST:587?tls=required
    /// (STARTTLS) or smtps://HOST:465 (TLS); credentials as smtp://USER:PASSWORD@HOST.
    /// Without it, emails are written as .eml files under DATA_DIR/outbox/email.
    #[arg(long, env = "PEC_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// SMS gateway URL (JSON POST {"id","to","text"} with a bearer token). Without it, SMS are
    /// written as JSON files under DATA_DIR/outbox/sms.
    #[arg(long, env = "PEC_SMS_GATEWAY_URL", hide_env_values = true)]
    pub sms_gateway_url: Option<String>,
    /// Bearer token of the SMS gateway.
    #[arg(
        long,
        env = "PEC_SMS_GATEWAY_TOKEN",
        hide_env_values = true,
        default_value = ""
    )]
    pub sms_gateway_token: String,
    /// Identity-image encryption keys: `id:base64key[,id:base64key…]`, 32 random bytes each
    /// (`openssl rand -base64 32`); the first encrypts, all decrypt (rotation). Default: one
    /// key generated in DATA_DIR/blob-keys.
    #[arg(long, env = "PEC_BLOB_KEYS", hide_env_values = true)]
    pub blob_keys: Option<String>,
    /// Folder of the encrypted identity images. Default: DATA_DIR/blobs.
    #[arg(long, env = "PEC_BLOB_DIR")]
    pub blob_dir: Option<std::path::PathBuf>,
    /// S3-compatible bucket for the identity images instead of a folder: `s3://BUCKET[/PREFIX]`.
    /// Credentials, region and endpoint come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
    /// AWS_REGION, AWS_ENDPOINT (and AWS_ALLOW_HTTP=true for a plain-HTTP endpoint).
    #[arg(long, env = "PEC_BLOB_URL")]
    pub blob_url: Option<String>,
    /// Captcha siteverify URL (reCAPTCHA, hCaptcha or Turnstile). Default: captcha disabled.
    #[arg(long, env = "PEC_CAPTCHA_URL")]
    pub captcha_url: Option<String>,
    /// Captcha secret.
    #[arg(
        long,
        env = "PEC_CAPTCHA_SECRET",
        hide_env_values = true,
        default_value = ""
    )]
    pub captcha_secret: String,
    /// Address of the Prometheus `GET /metrics` endpoint (plain HTTP), e.g. 127.0.0.1:9464.
    /// Default: not served.
    #[arg(long, env = "PEC_METRICS_LISTEN")]
    pub metrics_listen: Option<std::net::SocketAddr>,
    /// Sender of every email.
    #[arg(
        long,
        env = "PEC_MAIL_FROM",
        default_value = "PEC convenzionata TSRM PSTRP <noreply@tsrm-pstrp.org>"
    )]
    pub mail_from: String,
    /// The front end's page that sets a password; links are URL?token=….
    #[arg(
        long,
        env = "PEC_PASSWORD_LINK_URL",
        default_value = "https://pec.tsrm-pstrp.org/password"
    )]
    pub password_link_url: String,
    /// The front end's "non sono stato io" page of contact changes; links are URL?token=….
    #[arg(
        long,
        env = "PEC_CANCEL_LINK_URL",
        default_value = "https://pec.tsrm-pstrp.org/modifica-dati/annulla"
    )]
    pub cancel_link_url: String,
    /// Where reminders of contact-change reviews falling due within a day are emailed (the
    /// operators' shared mailbox). Default: no reminders.
    #[arg(long, env = "PEC_REVIEW_REMINDER_EMAIL")]
    pub review_reminder_email: Option<String>,
    /// Days identity-document images are kept after a change's outcome.
    #[arg(long, env = "PEC_IMAGE_RETENTION_DAYS", default_value_t = 30)]
    pub image_retention_days: u64,
    /// Days audit-trail entries are kept (ten years: the ordinary limitation period); 0 keeps
    /// them forever.
    #[arg(long, env = "PEC_AUDIT_RETENTION_DAYS", default_value_t = 3650)]
    pub audit_retention_days: u64,
    /// Days security events (refused calls, with IP addresses) are kept; 0: as the trail.
    #[arg(long, env = "PEC_AUDIT_SECURITY_RETENTION_DAYS", default_value_t = 365)]
    pub audit_security_retention_days: u64,
    /// Minutes a password-reset link stays valid.
    #[arg(long, env = "PEC_RESET_TOKEN_MINUTES", default_value_t = 60)]
    pub reset_token_minutes: u64,
    /// Hours the first-password link sent on acceptance stays valid.
    #[arg(long, env = "PEC_SETUP_TOKEN_HOURS", default_value_t = 72)]
    pub setup_token_hours: u64,
    /// Require a solved captcha (token in the `x-pec-captcha-token` header) on
    /// RequestPasswordReset, checked like StartContactChange's (--captcha-url).
    #[arg(long, env = "PEC_RESET_CAPTCHA")]
    pub reset_captcha: bool,
    /// Password-reset requests one visitor (IP address; IPv6 by /64) may make per hour.
    #[arg(long, env = "PEC_RESETS_PER_VISITOR_HOUR", default_value_t = 20)]
    pub resets_per_visitor_hour: u64,
    /// Contact-change starts one visitor (IP address; IPv6 by /64) may make per hour.
    #[arg(
        long,
        env = "PEC_CONTACT_STARTS_PER_VISITOR_HOUR",
        default_value_t = 20
    )]
    pub contact_starts_per_visitor_hour: u64,
    /// Calls of each self-service flow per hour through one key past which an alarm is
    /// raised (warning and `pecd_rate_ceiling_crossings_total`); never refused for it.
    #[arg(long, env = "PEC_SELF_SERVICE_KEY_CEILING_HOUR", default_value_t = 600)]
    pub self_service_key_ceiling_hour: u64,
    /// Seconds before the first retry of a failed job (doubled on each failure).
    #[arg(long, env = "PEC_JOB_BACKOFF_SECS", default_value_t = 2)]
    pub job_backoff_secs: u64,
    /// Seconds SIGTERM waits for calls in flight (and then for workers) before exiting anyway.
    #[arg(long, env = "PEC_SHUTDOWN_GRACE_SECS", default_value_t = 20)]
    pub shutdown_grace_secs: u64,
    /// Connections open at once on the gRPC port; more are closed as soon as accepted.
    #[arg(long, env = "PEC_MAX_CONNECTIONS", default_value_t = 4096, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections: u64,
    /// Calls in flight at once; more are refused at once with UNAVAILABLE and a RetryInfo.
    #[arg(long, env = "PEC_MAX_IN_FLIGHT", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_in_flight: u64,
    /// WatchEvents streams open at once (their own cap, apart from the calls in flight).
    #[arg(long, env = "PEC_MAX_WATCHES", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_watches: u64,
    /// WatchEvents streams one API key may hold open at once.
    #[arg(long, env = "PEC_MAX_WATCHES_PER_KEY", default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub max_watches_per_key: u64,
    /// HTTP/2 streams one connection may have open (MAX_CONCURRENT_STREAMS).
    #[arg(long, env = "PEC_MAX_STREAMS_PER_CONNECTION", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_streams_per_connection: u32,
    /// Seconds between HTTP/2 keepalive pings; a peer silent for PEC_KEEPALIVE_TIMEOUT_SECS
    /// more is disconnected.
    #[arg(long, env = "PEC_KEEPALIVE_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub keepalive_secs: u64,
    /// Seconds a keepalive ping may go unanswered.
    #[arg(long, env = "PEC_KEEPALIVE_TIMEOUT_SECS", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub keepalive_timeout_secs: u64,
    /// Seconds a connection with no call in flight stays open.
    #[arg(long, env = "PEC_IDLE_TIMEOUT_SECS", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..))]
    pub idle_timeout_secs: u64,
    /// Seconds a new connection has to send its first request.
    #[arg(long, env = "PEC_HEADER_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout_secs: u64,
    /// Seconds a call may wait for the next data of its request (a stream's next message,
    /// a slow body's next bytes) before it is ended.
    #[arg(long, env = "PEC_STREAM_IDLE_TIMEOUT_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub stream_idle_timeout_secs: u64,
    /// Seconds after which a connection is asked to reconnect (GOAWAY).
    #[arg(long, env = "PEC_MAX_CONNECTION_AGE_SECS", default_value_t = 3600, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_connection_age_secs: u64,
    /// Largest message, in KiB, of the unary services.
    #[arg(long, env = "PEC_MAX_MESSAGE_KIB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(4..=4096))]
    pub max_message_kib: u64,
    /// Largest message, in KiB, of the services carrying batches or image chunks (registry,
    /// activation, contact change).
    #[arg(long, env = "PEC_MAX_BATCH_MESSAGE_KIB", default_value_t = 2048, value_parser = clap::value_parser!(u64).range(64..=16384))]
    pub max_batch_message_kib: u64,
    /// PEM certificate chain of the gRPC port: with --tls-key, the port speaks TLS only.
    /// Reloaded on SIGHUP and when the file changes.
    #[arg(long, env = "PEC_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert.
    #[arg(long, env = "PEC_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// PEM CA certificates for client certificates: every client must then present one it
    /// signed (mutual TLS).
    #[arg(long, env = "PEC_TLS_CLIENT_CA", requires = "tls_cert")]
    pub tls_client_ca: Option<PathBuf>,
    /// The page where a member accepts an assignment (the Albo's Area Utente – Scheda
    /// Anagrafica – Richieste PEC), linked from the assignment email and its reminders.
    /// Default: no link; the email names the page only.
    #[arg(long, env = "PEC_ACCEPTANCE_URL")]
    pub acceptance_url: Option<String>,
    /// Days after the offer at which a member who has not accepted is reminded, once each
    /// (0: no reminders; days at or past the expiry are ignored).
    #[arg(
        long,
        env = "PEC_ASSIGNMENT_REMINDER_DAYS",
        value_delimiter = ',',
        default_value = "7,21"
    )]
    pub assignment_reminder_days: Vec<u32>,
    /// Days after the offer at which an assignment not accepted expires.
    #[arg(long, env = "PEC_ASSIGNMENT_EXPIRY_DAYS", default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub assignment_expiry_days: u32,
    /// Seconds between two sweeps for assignment reminders and expiry.
    #[arg(long, env = "PEC_ASSIGNMENT_SWEEP_SECS", default_value_t = 900, value_parser = clap::value_parser!(u64).range(1..=86400))]
    pub assignment_sweep_secs: u64,
    /// TESTS ONLY, never in production: a file holding milliseconds added to pecd's clock,
    /// re-read every 100 ms, so that a test can move time forward.
    #[arg(long, env = "PEC_TEST_CLOCK_FILE", hide = true)]
    pub test_clock_file: Option<PathBuf>,
    /// Milliseconds between two reads of the change feed's table (WatchEvents).
    #[arg(long, env = "PEC_EVENT_POLL_MS", default_value_t = 200, value_parser = clap::value_parser!(u64).range(10..=10_000))]
    pub event_poll_ms: u64,
    /// Seconds of quiet after which a WatchEvents stream gets a heartbeat.
    #[arg(long, env = "PEC_EVENT_HEARTBEAT_SECS", default_value_t = 15, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub event_heartbeat_secs: u64,
    /// Days the change feed keeps its events (a cursor older than that has expired).
    #[arg(long, env = "PEC_EVENT_RETENTION_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3650))]
    pub event_retention_days: u64,
    /// The retention in seconds instead (overrides --event-retention-days; for tests).
    #[arg(long, env = "PEC_EVENT_RETENTION_SECS", hide = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub event_retention_secs: Option<u64>,
    #[command(flatten)]
    pub ini_pec: StatoCodeArgs,
}

/// The Stato codes of the INI-PEC file. The defaults follow the order of inipec.gov.it's
/// list; check them against the current INI-PEC specification before the first upload.
#[derive(Debug, Clone, Args)]
pub struct StatoCodeArgs {
    /// INI-PEC Stato of a position already sent, updated (aggiornamento).
    #[arg(long, env = "PEC_INI_PEC_STATO_AGGIORNAMENTO", default_value = "1")]
    pub ini_pec_stato_aggiornamento: String,
    /// INI-PEC Stato of a new position (inserimento).
    #[arg(long, env = "PEC_INI_PEC_STATO_INSERIMENTO", default_value = "2")]
    pub ini_pec_stato_inserimento: String,
    /// INI-PEC Stato of a position no longer published (cancellazione).
    #[arg(long, env = "PEC_INI_PEC_STATO_CANCELLAZIONE", default_value = "3")]
    pub ini_pec_stato_cancellazione: String,
}

impl StatoCodeArgs {
    /// The codes, checked (non-empty, distinct, nothing that needs quoting).
    pub fn codes(&self) -> anyhow::Result<StatoCodes> {
        let codes = StatoCodes {
            aggiornamento: self.ini_pec_stato_aggiornamento.trim().to_owned(),
            inserimento: self.ini_pec_stato_inserimento.trim().to_owned(),
            cancellazione: self.ini_pec_stato_cancellazione.trim().to_owned(),
        };
        codes.check().map_err(anyhow::Error::msg)?;
        Ok(codes)
    }
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The INI-PEC upload file of one Ordine's PEC addresses: CSV with `;`, UTF-8, no header,
    /// `PEC;Nome;Cognome;NumeroIscrizione;CodiceFiscale;Stato;DataIscrizione;DataCancellazione`.
    /// By default what changed since the Ordine's previous export, which pecd remembers.
    IniPec(IniPecArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").args(["since_last", "full", "again"])))]
pub struct IniPecArgs {
    /// The Ordine's code, e.g. TO.
    #[arg(long)]
    pub ordine: String,
    /// What changed since the Ordine's previous export (the default).
    #[arg(long)]
    pub since_last: bool,
    /// Every active mailbox, plus the cancellations not yet sent.
    #[arg(long)]
    pub full: bool,
    /// Write a stored export again, as it was made, without moving the baseline: the
    /// Ordine's latest, or the one named by --export-id.
    #[arg(long)]
    pub again: bool,
    /// The id of the export to write again (printed on stderr by every export).
    #[arg(long, requires = "again")]
    pub export_id: Option<String>,
    #[command(flatten)]
    pub codes: StatoCodeArgs,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a key; the key is printed once, alone on the last line of stdout.
    Create {
        /// admin, albo, ordine, operator or self_service.
        #[arg(long)]
        role: String,
        /// Who the key is for, e.g. "Ordine di Torino - gestionale".
        #[arg(long)]
        name: String,
        /// The Ordine of an `ordine` key.
        #[arg(long)]
        ordine: Option<String>,
        /// Mark the key as a front end: its calls may forward the visitor's address in the
        /// `x-pec-visitor-ip` header, which sets the visitor's rate-limit budget.
        #[arg(long)]
        front_end: bool,
        /// Bind the key to a client-certificate subject, e.g. "CN=gestionale.ordine-to": it is
        /// then refused over any connection without that certificate (needs --tls-client-ca).
        #[arg(long)]
        bind_subject: Option<String>,
    },
    /// List keys (never their secrets).
    List,
    /// Revoke a key by id.
    Revoke {
        /// The key's id, as printed by `keys create` and `keys list`.
        id: String,
    },
}

impl GlobalArgs {
    fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| default_sqlite_url(&self.data_dir))
    }
}

impl ServeArgs {
    pub fn settings(&self, global: &GlobalArgs) -> Settings {
        let mut settings = Settings::new(global.database_url(), global.data_dir.clone());
        settings.listen = self.listen;
        settings.db_max_connections = self.db_max_connections;
        let domains: Vec<String> = self
            .mailbox_domains
            .iter()
            .map(|d| d.trim().to_ascii_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        if !domains.is_empty() {
            settings.mailbox_domains = domains;
        }
        settings.pec_domains.domains.extend(
            self.extra_pec_domains
                .iter()
                .map(|d| d.trim().to_ascii_lowercase())
                .filter(|d| !d.is_empty()),
        );
        // The convention's own domains are PEC by definition.
        settings
            .pec_domains
            .domains
            .extend(settings.mailbox_domains.iter().cloned());
        settings.struck_off_grace =
            Duration::from_secs(self.struck_off_grace_days.saturating_mul(86_400));
        settings.auth_cache_ttl = Duration::from_secs(self.auth_cache_secs);
        settings.smtp_url = self.smtp_url.clone().filter(|u| !u.trim().is_empty());
        settings.mail_from = self.mail_from.clone();
        settings.sms_gateway_url = self
            .sms_gateway_url
            .clone()
            .filter(|u| !u.trim().is_empty());
        settings.sms_gateway_token = self.sms_gateway_token.clone();
        settings.contact.cancel_link_base_url = self.cancel_link_url.clone();
        settings.contact.review_reminder_email = self
            .review_reminder_email
            .clone()
            .filter(|e| !e.trim().is_empty());
        settings.contact.image_retention =
            Duration::from_secs(self.image_retention_days.saturating_mul(86_400));
        settings.audit.retention =
            Duration::from_secs(self.audit_retention_days.saturating_mul(86_400));
        settings.audit.security_retention =
            Duration::from_secs(self.audit_security_retention_days.saturating_mul(86_400));
        settings.blob_keys = self.blob_keys.clone().filter(|k| !k.trim().is_empty());
        settings.blob_dir = self.blob_dir.clone();
        settings.metrics_listen = self.metrics_listen;
        settings.blob_url = self.blob_url.clone().filter(|u| !u.trim().is_empty());
        settings.captcha_url = self.captcha_url.clone().filter(|u| !u.trim().is_empty());
        settings.captcha_secret = self.captcha_secret.clone();
        settings.password.link_base_url = self.password_link_url.clone();
        settings.password.captcha = self.reset_captcha;
        settings.password.per_visitor.max = self.resets_per_visitor_hour;
        settings.contact.per_visitor.max = self.contact_starts_per_visitor_hour;
        settings.password.per_key.max = self.self_service_key_ceiling_hour;
        settings.contact.per_key.max = self.self_service_key_ceiling_hour;
        settings.password.reset_ttl =
            Duration::from_secs(self.reset_token_minutes.max(1).saturating_mul(60));
        settings.password.setup_ttl =
            Duration::from_secs(self.setup_token_hours.max(1).saturating_mul(3600));
        settings.run_workers = self.workers > 0;
        settings.worker.workers = self.workers.max(1);
        settings.worker.poll_interval = Duration::from_millis(self.worker_poll_ms.max(1));
        settings.worker.backoff_base = Duration::from_secs(self.job_backoff_secs);
        settings.worker.notification_workers = self.notification_workers.max(1);
        settings.worker.lease = Duration::from_secs(self.job_lease_secs);
        settings.worker.send_timeout = Duration::from_secs(self.send_timeout_secs);
        settings.worker.provider_timeout = Duration::from_secs(self.provider_timeout_secs);
        settings.shutdown_grace = Duration::from_secs(self.shutdown_grace_secs);
        if let (Some(cert), Some(key)) = (&self.tls_cert, &self.tls_key) {
            settings.tls = Some(crate::config::TlsSettings {
                cert: cert.clone(),
                key: key.clone(),
                client_ca: self.tls_client_ca.clone(),
                handshake_timeout: Duration::from_secs(10),
                reload_interval: Duration::from_secs(5),
            });
        }
        let t = &mut settings.transport;
        t.max_connections = usize::try_from(self.max_connections).unwrap_or(usize::MAX);
        t.max_in_flight = usize::try_from(self.max_in_flight).unwrap_or(usize::MAX);
        t.max_watches = usize::try_from(self.max_watches).unwrap_or(usize::MAX);
        t.max_watches_per_key = usize::try_from(self.max_watches_per_key).unwrap_or(usize::MAX);
        t.max_concurrent_streams = self.max_streams_per_connection;
        t.keepalive_interval = Duration::from_secs(self.keepalive_secs);
        t.keepalive_timeout = Duration::from_secs(self.keepalive_timeout_secs);
        t.idle_timeout = Duration::from_secs(self.idle_timeout_secs);
        t.header_timeout = Duration::from_secs(self.header_timeout_secs);
        t.stream_idle_timeout = Duration::from_secs(self.stream_idle_timeout_secs);
        t.max_connection_age = Duration::from_secs(self.max_connection_age_secs);
        t.max_message_bytes = usize::try_from(self.max_message_kib * 1024).unwrap_or(usize::MAX);
        t.max_batch_message_bytes =
            usize::try_from(self.max_batch_message_kib * 1024).unwrap_or(usize::MAX);
        let a = &mut settings.assignments;
        a.acceptance_url = self.acceptance_url.clone().filter(|u| !u.trim().is_empty());
        a.reminder_days = self.assignment_reminder_days.clone();
        a.expiry_days = self.assignment_expiry_days;
        a.sweep_interval = Duration::from_secs(self.assignment_sweep_secs);
        settings.test_clock_file = self.test_clock_file.clone();
        settings.events = crate::events::feed::FeedSettings {
            poll_interval: Duration::from_millis(self.event_poll_ms),
            heartbeat: Duration::from_secs(self.event_heartbeat_secs),
            retention: Duration::from_secs(
                self.event_retention_secs
                    .unwrap_or(self.event_retention_days.saturating_mul(24 * 3600)),
            ),
        };
        settings
    }
}

/// Runs the parsed command.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let json = cli.global.log_format == LogFormat::Json;
    // `serve` logs through the non-blocking writer, flushed when this function returns.
    let _log_guard = match &cli.command {
        Command::Serve(_) => Some(crate::telemetry::init_non_blocking(json)),
        _ => {
            crate::telemetry::init(json);
            None
        }
    };
    match &cli.command {
        Command::Serve(args) => {
            let mut settings = args.settings(&cli.global);
            settings.ini_pec_codes = args.ini_pec.codes()?;
            let app = Application::build(settings).await?;
            app.run_until_stopped(shutdown_signal()).await
        }
        Command::Migrate => {
            // The one command that creates a missing SQLite database.
            let url = cli.global.database_url();
            eprintln!("pecd: database {}", crate::db::describe_url(&url));
            let db = Db::connect(&url).await?;
            db.migrate().await?;
            db.close().await;
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Export(ExportCommand::IniPec(args)) => {
            let codes = args.codes.codes()?;
            let db = existing_database(&cli.global).await?;
            db.migrate().await?;
            let result = run_ini_pec(&db, args, &codes).await;
            db.close().await;
            result
        }
        Command::Keys(command) => {
            let db = existing_database(&cli.global).await?;
            db.migrate().await?;
            let result = run_keys(&db, command).await;
            db.close().await;
            result
        }
    }
}

/// The database a one-off command works on, which must exist: run from another folder with
/// the default `./data`, `keys create` would otherwise make a new empty database and print a
/// key the server never sees. Says on stderr which database it used.
async fn existing_database(global: &GlobalArgs) -> anyhow::Result<Db> {
    let url = global.database_url();
    if let Some(path) = crate::db::sqlite_path(&url)
        && !path.is_file()
    {
        anyhow::bail!(
            "no database at {}: give the server's --data-dir or PEC_DATABASE_URL (or create \
             the database with `pecd migrate` first)",
            path.display()
        );
    }
    eprintln!("pecd: database {}", crate::db::describe_url(&url));
    Db::connect(&url).await
}

async fn run_keys(db: &Db, command: &KeysCommand) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match command {
        KeysCommand::Create {
            role,
            name,
            ordine,
            front_end,
            bind_subject,
        } => {
            let role = Role::parse(role).with_context(|| {
                format!(
                    "unknown role {role:?}: use one of {}",
                    Role::ALL.map(Role::as_str).join(", ")
                )
            })?;
            let options = keys::KeyOptions {
                front_end: *front_end,
                bound_subject: bind_subject.as_deref(),
            };
            let key = keys::create_with(db, role, name, ordine.as_deref(), options)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            writeln!(
                out,
                "created key {} (role {role}); it is shown only now:",
                key.id
            )?;
            writeln!(out, "{}", key.secret)?;
        }
        KeysCommand::List => {
            writeln!(
                out,
                "{:<36}  {:<12}  {:<8}  {:<8}  {:<9}  {:<20}  {:<20}  name",
                "id", "role", "ordine", "status", "front_end", "created (UTC)", "last used (UTC)"
            )?;
            let utc = |ms: i64| {
                chrono::DateTime::from_timestamp_millis(ms)
                    .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
                    .unwrap_or_else(|| "-".to_owned())
            };
            for key in keys::list(db).await.map_err(|e| anyhow::anyhow!("{e}"))? {
                let status = if key.revoked_at.is_some() {
                    "revoked"
                } else {
                    "active"
                };
                // Written by the server about once a minute: "never" until then.
                let last_used = key.last_used_at.map_or_else(|| "never".to_owned(), utc);
                writeln!(
                    out,
                    "{:<36}  {:<12}  {:<8}  {:<8}  {:<9}  {:<20}  {:<20}  {}",
                    key.id,
                    key.role,
                    key.ordine_code.as_deref().unwrap_or("-"),
                    status,
                    if key.front_end { "yes" } else { "no" },
                    utc(key.created_at),
                    last_used,
                    key.name
                )?;
            }
        }
        KeysCommand::Revoke { id } => {
            let key = keys::revoke(db, id)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            writeln!(out, "revoked key {} ({})", key.id, key.name)?;
        }
    }
    Ok(())
}

/// `export ini-pec`: the file on stdout, what it holds on stderr. The export is recorded
/// before it is written, so a file that fails to arrive is written again with --again.
async fn run_ini_pec(db: &Db, args: &IniPecArgs, codes: &StatoCodes) -> anyhow::Result<()> {
    let actor = crate::auth::Actor::system();
    let ordine = Some(args.ordine.as_str());
    let export = if args.again {
        ini_pec::again(db.conn(), &actor, ordine, args.export_id.as_deref()).await
    } else {
        let mode = if args.full {
            ini_pec::Mode::Full
        } else {
            ini_pec::Mode::SinceLast
        };
        ini_pec::export(db, &actor, ordine, mode).await
    }
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let written = export
        .to_csv(codes)
        .map_err(|e| anyhow::anyhow!("{e}"))
        .and_then(|bytes| {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
            Ok(())
        });
    if let Err(err) = written {
        anyhow::bail!(
            "export {} of Ordine {} is recorded but was not written ({err}); write it again with --again --export-id {}",
            export.id,
            export.ordine_code,
            export.id
        );
    }
    eprintln!(
        "{} export {} of Ordine {} ({}): {} rows: {} new, {} updated, {} ceased",
        if args.again { "wrote again" } else { "made" },
        export.id,
        export.ordine_code,
        export.mode.as_str(),
        export.rows.len(),
        export.count(ini_pec::Change::Insert),
        export.count(ini_pec::Change::Update),
        export.count(ini_pec::Change::Delete),
    );
    Ok(())
}

/// Completes on SIGTERM or SIGINT.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
