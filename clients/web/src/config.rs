//! Settings from flags and environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Everything `pec-web` needs. The self_service key is read from the environment only, so it
/// never shows in a process list.
#[derive(clap::Parser, Clone)]
#[command(
    name = "pec-web",
    version,
    about = "Member pages and review console of pecd"
)]
pub struct Config {
    /// pecd's gRPC address, e.g. `http://127.0.0.1:50051` (plaintext: run pec-web beside pecd
    /// or on a private network; this build has no TLS client).
    #[arg(
        long,
        env = "PEC_WEB_PECD_URL",
        default_value = "http://127.0.0.1:50051"
    )]
    pub pecd_url: String,
    /// Address the web server listens on.
    #[arg(long, env = "PEC_WEB_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The folder holding `node_modules/bootstrap-italia` (after `npm ci` in clients/web).
    #[arg(
        long,
        env = "PEC_WEB_ASSETS_DIR",
        default_value = "clients/web/node_modules"
    )]
    pub assets_dir: PathBuf,
    /// Mark cookies `Secure` (set it whenever the site is served over HTTPS).
    #[arg(long, env = "PEC_WEB_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,
    /// Take the visitor's address from the last `X-Forwarded-For` entry (only behind a reverse
    /// proxy that sets it); otherwise the connection's peer address is the visitor.
    #[arg(long, env = "PEC_WEB_TRUST_PROXY", default_value_t = false)]
    pub trust_proxy: bool,
    /// Minutes a session lives without being used.
    #[arg(long, env = "PEC_WEB_SESSION_MINUTES", default_value_t = 30)]
    pub session_minutes: u64,
    /// The captcha widget's script (Turnstile, reCAPTCHA, hCaptcha), e.g.
    /// `https://challenges.cloudflare.com/turnstile/v0/api.js`. Set it when pecd runs with
    /// `--captcha-url`; its origin is added to the CSP's script-src and frame-src.
    #[arg(long, env = "PEC_WEB_CAPTCHA_SCRIPT_URL")]
    pub captcha_script_url: Option<String>,
    /// The captcha's public site key.
    #[arg(long, env = "PEC_WEB_CAPTCHA_SITE_KEY", default_value = "")]
    pub captcha_site_key: String,
    /// The class of the widget's element: `cf-turnstile`, `g-recaptcha` or `h-captcha`.
    #[arg(
        long,
        env = "PEC_WEB_CAPTCHA_WIDGET_CLASS",
        default_value = "cf-turnstile"
    )]
    pub captcha_widget_class: String,
    /// The form field the widget fills with its token: `cf-turnstile-response`,
    /// `g-recaptcha-response` or `h-captcha-response`.
    #[arg(
        long,
        env = "PEC_WEB_CAPTCHA_FIELD",
        default_value = "cf-turnstile-response"
    )]
    pub captcha_field: String,
    /// Show the captcha on "Password dimenticata" too (when pecd runs with `--reset-captcha`).
    #[arg(long, env = "PEC_WEB_CAPTCHA_ON_RESET", default_value_t = false)]
    pub captcha_on_reset: bool,
    /// The pecd key of role `self_service`, created with `--front-end`. Environment only.
    #[arg(skip = std::env::var("PEC_WEB_SELF_SERVICE_KEY").unwrap_or_default())]
    pub self_service_key: String,
}
