//! `Application::build` binds the listener and wires the routes; `run_until_stopped` serves
//! them until SIGINT/SIGTERM.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::HeaderValue;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};

use crate::assets::Assets;
use crate::config::Config;
use crate::pecd::Pecd;
use crate::session::Sessions;
use crate::{member, review, wizard};

/// Bodies of ordinary forms.
const FORM_LIMIT: usize = 64 * 1024;
/// The identity document form: two sides of at most 4 MiB each, plus the multipart framing.
pub const DOCUMENT_SIDE_LIMIT: usize = 4 * 1024 * 1024;
const DOCUMENT_FORM_LIMIT: usize = 2 * DOCUMENT_SIDE_LIMIT + 64 * 1024;

/// What every handler sees.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub pecd: Pecd,
    pub sessions: Sessions,
    pub assets: Assets,
    /// The Content-Security-Policy of every answer.
    pub csp: HeaderValue,
}

pub struct Application {
    listener: tokio::net::TcpListener,
    router: Router,
    sessions: Sessions,
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        if config.self_service_key.trim().is_empty() {
            anyhow::bail!(
                "PEC_WEB_SELF_SERVICE_KEY is not set (a pecd key of role self_service, made with --front-end)"
            );
        }
        let assets = Assets::load(&config.assets_dir)?;
        let pecd = Pecd::new(&config.pecd_url, config.self_service_key.clone())?;
        let sessions = Sessions::new(Duration::from_secs(config.session_minutes.max(1) * 60));
        let csp = content_security_policy(config.captcha_script_url.as_deref())?;
        let listener = tokio::net::TcpListener::bind(config.listen).await?;
        let state = AppState {
            config: Arc::new(config),
            pecd,
            sessions: sessions.clone(),
            assets,
            csp,
        };
        Ok(Self {
            listener,
            router: router(state),
            sessions,
        })
    }

    /// The bound address (port 0 picks a free one).
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let sessions = self.sessions.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                sessions.sweep();
            }
        });
        tracing::info!(listen = %self.listener.local_addr()?, "pec-web listening");
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown())
        .await?;
        Ok(())
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

fn router(state: AppState) -> Router {
    let document = Router::new()
        .route(
            "/modifica-dati/documento",
            get(wizard::document_form).post(wizard::document_submit),
        )
        .layer(DefaultBodyLimit::max(DOCUMENT_FORM_LIMIT));
    Router::new()
        .route("/", get(member::home))
        .route(
            "/password-dimenticata",
            get(member::reset_form).post(member::reset_submit),
        )
        .route(
            "/password",
            get(member::set_password_form).post(member::set_password_submit),
        )
        .route(
            "/modifica-dati",
            get(wizard::start_form).post(wizard::start_submit),
        )
        .route(
            "/modifica-dati/titolare",
            get(wizard::holder_form).post(wizard::holder_submit),
        )
        .route(
            "/modifica-dati/email",
            get(wizard::email_form).post(wizard::email_submit),
        )
        .route(
            "/modifica-dati/verifica-email",
            get(wizard::verify_email_form).post(wizard::verify_email_submit),
        )
        .route(
            "/modifica-dati/cellulare",
            get(wizard::mobile_form).post(wizard::mobile_submit),
        )
        .route(
            "/modifica-dati/conferma",
            get(wizard::confirm_form).post(wizard::confirm_submit),
        )
        .route(
            "/modifica-dati/verifica-cellulare",
            get(wizard::verify_mobile_form).post(wizard::verify_mobile_submit),
        )
        .route("/modifica-dati/reinvia-codice", post(wizard::resend))
        .route("/modifica-dati/esito", get(wizard::outcome))
        .route(
            "/modifica-dati/annulla",
            get(member::cancel_form).post(member::cancel_submit),
        )
        .route("/revisione", get(review::queue))
        .route(
            "/revisione/accesso",
            get(review::sign_in_form).post(review::sign_in_submit),
        )
        .route("/revisione/esci", post(review::sign_out))
        .route("/revisione/modifiche/{id}", get(review::detail))
        .route(
            "/revisione/modifiche/{id}/documento/{side}",
            get(review::image),
        )
        .route("/revisione/modifiche/{id}/approva", post(review::approve))
        .route("/revisione/modifiche/{id}/rifiuta", post(review::reject))
        .route(
            "/assets/{version}/{*path}",
            get(crate::assets::bootstrap_italia),
        )
        .route("/assets/{name}", get(crate::assets::own))
        .layer(DefaultBodyLimit::max(FORM_LIMIT))
        .merge(document)
        .fallback(member::not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        .with_state(state)
}

/// The CSP: only this site's files, plus the captcha's origin for its script and frame.
fn content_security_policy(captcha_script: Option<&str>) -> anyhow::Result<HeaderValue> {
    let captcha = match captcha_script {
        Some(url) => format!(
            " {}",
            origin(url).ok_or_else(|| anyhow::anyhow!(
                "captcha script URL {url:?} is not http(s)://host/…"
            ))?
        ),
        None => String::new(),
    };
    let policy = format!(
        "default-src 'self'; script-src 'self'{captcha}; style-src 'self'; img-src 'self' data:; font-src 'self' data:; \
         connect-src 'self'{captcha}; frame-src{frame}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        frame = if captcha.is_empty() {
            " 'none'".to_owned()
        } else {
            captcha.clone()
        },
    );
    Ok(HeaderValue::from_str(&policy)?)
}

/// `scheme://host[:port]` of an http(s) URL, refusing anything that could break the policy.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme != "https" && scheme != "http" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?;
    let valid = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    valid.then(|| format!("{scheme}://{host}"))
}

/// The headers of a public site: a strict CSP (no inline script or style), no framing, no
/// referrer (the links carry tokens), no sniffing.
async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert("content-security-policy", state.csp.clone());
    let set = [
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("x-content-type-options", "nosniff"),
        ("cross-origin-opener-policy", "same-origin"),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=()",
        ),
    ];
    for (name, value) in set {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_admits_only_the_captcha_origin_beside_self() {
        let plain = content_security_policy(None).expect("policy");
        assert!(
            plain
                .to_str()
                .expect("ascii")
                .contains("script-src 'self'; style-src 'self';")
        );
        let with = content_security_policy(Some(
            "https://challenges.cloudflare.com/turnstile/v0/api.js",
        ))
        .expect("policy");
        assert!(
            with.to_str()
                .expect("ascii")
                .contains("script-src 'self' https://challenges.cloudflare.com;")
        );
        assert!(content_security_policy(Some("https://evil.example; script-src *")).is_err());
        assert!(content_security_policy(Some("javascript:alert(1)")).is_err());
    }
}
