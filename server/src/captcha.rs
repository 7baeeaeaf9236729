//! Captcha checks for the member-facing steps (contact change). Built in: disabled (the
//! default, for deployments whose front end has none) and the `siteverify` protocol that
//! reCAPTCHA, hCaptcha and Cloudflare Turnstile share: POST `secret`, `response` and
//! optionally `remoteip` as a form, read `{"success": bool, "error-codes": [...]}`.

use std::time::Duration;

use async_trait::async_trait;

/// Why a captcha token was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CaptchaError {
    /// No token was sent although captchas are required.
    #[error("a captcha token is required")]
    Missing,
    /// The provider refused the token (expired, reused, forged); its error codes.
    #[error("the captcha was not solved: {0:?}")]
    Rejected(Vec<String>),
    /// The provider could not be asked; the caller may retry.
    #[error("the captcha service is unavailable: {0}")]
    Unavailable(String),
}

/// Checks a captcha token from the member's browser.
#[async_trait]
pub trait CaptchaVerifier: Send + Sync + 'static {
    async fn verify(&self, token: &str, remote_ip: Option<&str>) -> Result<(), CaptchaError>;
}

/// Accepts everything: for deployments without a captcha (documented as the default).
pub struct DisabledCaptcha;

#[async_trait]
impl CaptchaVerifier for DisabledCaptcha {
    async fn verify(&self, _token: &str, _remote_ip: Option<&str>) -> Result<(), CaptchaError> {
        Ok(())
    }
}

/// The siteverify protocol, e.g. `https://challenges.cloudflare.com/turnstile/v0/siteverify`,
/// `https://hcaptcha.com/siteverify`, `https://www.google.com/recaptcha/api/siteverify`.
pub struct SiteverifyCaptcha {
    url: reqwest::Url,
    secret: String,
    timeout: Duration,
    client: reqwest::Client,
}

impl std::fmt::Debug for SiteverifyCaptcha {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The secret stays out of logs.
        f.debug_struct("SiteverifyCaptcha")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl SiteverifyCaptcha {
    pub fn new(url: &str, secret: String) -> anyhow::Result<Self> {
        let url = reqwest::Url::parse(url)
            .map_err(|e| anyhow::anyhow!("invalid captcha siteverify URL: {e}"))?;
        anyhow::ensure!(!secret.is_empty(), "the captcha secret is empty");
        Ok(Self {
            url,
            secret,
            // A member waits on this answer: shorter than the client's default.
            timeout: Duration::from_secs(10),
            client: crate::http_client::client()?,
        })
    }
}

#[derive(serde::Deserialize)]
struct SiteverifyReply {
    success: bool,
    #[serde(rename = "error-codes", default)]
    error_codes: Vec<String>,
}

#[async_trait]
impl CaptchaVerifier for SiteverifyCaptcha {
    async fn verify(&self, token: &str, remote_ip: Option<&str>) -> Result<(), CaptchaError> {
        let token = token.trim();
        if token.is_empty() {
            return Err(CaptchaError::Missing);
        }
        let form = {
            let mut form = form_urlencoded::Serializer::new(String::new());
            form.append_pair("secret", &self.secret)
                .append_pair("response", token);
            if let Some(ip) = remote_ip {
                form.append_pair("remoteip", ip);
            }
            form.finish()
        };
        let response = self
            .client
            .post(self.url.clone())
            .timeout(self.timeout)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .map_err(|e| CaptchaError::Unavailable(outage(e)))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| CaptchaError::Unavailable(outage(e)))?;
        if !status.is_success() {
            return Err(CaptchaError::Unavailable(format!("HTTP {status}")));
        }
        let reply: SiteverifyReply = serde_json::from_slice(&body)
            .map_err(|e| CaptchaError::Unavailable(format!("unreadable reply: {e}")))?;
        if reply.success {
            Ok(())
        } else {
            Err(CaptchaError::Rejected(reply.error_codes))
        }
    }
}

/// What went wrong with the provider, without the URL (it may carry a key).
fn outage(err: reqwest::Error) -> String {
    if err.is_timeout() {
        "timed out".to_owned()
    } else {
        err.without_url().to_string()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    use super::*;

    /// A real HTTP/1.1 server on a loopback socket that speaks siteverify: secret `s3cret`,
    /// token `good` passes, `used` is a replay, `boom` gets a 500. It records each form.
    async fn siteverify_server() -> (String, Arc<Mutex<Vec<String>>>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/siteverify", listener.local_addr().expect("addr"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let log = Arc::clone(&log);
                tokio::spawn(async move {
                    let mut raw = Vec::new();
                    let mut buf = [0u8; 4096];
                    let (head_end, length) = loop {
                        let n = socket.read(&mut buf).await.expect("read");
                        assert!(n > 0, "client closed early");
                        raw.extend_from_slice(&buf[..n]);
                        if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&raw[..at]).to_ascii_lowercase();
                            assert!(head.starts_with("post /siteverify "));
                            assert!(head.contains("application/x-www-form-urlencoded"));
                            let length = head
                                .lines()
                                .find_map(|l| l.strip_prefix("content-length: "))
                                .and_then(|v| v.trim().parse::<usize>().ok())
                                .expect("content-length");
                            break (at + 4, length);
                        }
                    };
                    while raw.len() < head_end + length {
                        let n = socket.read(&mut buf).await.expect("read body");
                        raw.extend_from_slice(&buf[..n]);
                    }
                    let form = String::from_utf8_lossy(&raw[head_end..]).into_owned();
                    let pairs: Vec<(String, String)> = form_urlencoded::parse(form.as_bytes())
                        .map(|(k, v)| (k.into_owned(), v.into_owned()))
                        .collect();
                    log.lock().expect("log").push(form.clone());
                    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
                    let (status, body) = match (get("secret"), get("response")) {
                        (_, Some("boom")) => ("500 Internal Server Error", "oops".to_owned()),
                        (Some("s3cret"), Some("good")) => (
                            "200 OK",
                            r#"{"success":true,"hostname":"albo.example"}"#.to_owned(),
                        ),
                        (Some("s3cret"), Some("used")) => (
                            "200 OK",
                            r#"{"success":false,"error-codes":["timeout-or-duplicate"]}"#
                                .to_owned(),
                        ),
                        (Some("s3cret"), _) => (
                            "200 OK",
                            r#"{"success":false,"error-codes":["invalid-input-response"]}"#
                                .to_owned(),
                        ),
                        _ => (
                            "200 OK",
                            r#"{"success":false,"error-codes":["invalid-input-secret"]}"#
                                .to_owned(),
                        ),
                    };
                    let reply = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    socket.write_all(reply.as_bytes()).await.expect("write");
                });
            }
        });
        (url, seen)
    }

    #[tokio::test]
    async fn siteverify_accepts_refuses_and_reports_outages() {
        let (url, seen) = siteverify_server().await;
        let captcha = SiteverifyCaptcha::new(&url, "s3cret".to_owned()).expect("verifier");
        captcha
            .verify("good", Some("203.0.113.7"))
            .await
            .expect("a solved captcha passes");
        assert_eq!(
            captcha.verify("used", None).await,
            Err(CaptchaError::Rejected(vec![
                "timeout-or-duplicate".to_owned()
            ]))
        );
        assert_eq!(
            captcha.verify("forged&secret=x", None).await,
            Err(CaptchaError::Rejected(vec![
                "invalid-input-response".to_owned()
            ]))
        );
        assert!(matches!(
            captcha.verify("boom", None).await,
            Err(CaptchaError::Unavailable(_))
        ));
        assert_eq!(captcha.verify("  ", None).await, Err(CaptchaError::Missing));
        let wrong = SiteverifyCaptcha::new(&url, "other".to_owned()).expect("verifier");
        assert_eq!(
            wrong.verify("good", None).await,
            Err(CaptchaError::Rejected(vec![
                "invalid-input-secret".to_owned()
            ]))
        );
        let forms = seen.lock().expect("log").clone();
        assert_eq!(forms[0], "secret=s3cret&response=good&remoteip=203.0.113.7");
        // The token is form-encoded, so it cannot smuggle in another field.
        assert_eq!(forms[2], "secret=s3cret&response=forged%26secret%3Dx");
        assert!(!format!("{captcha:?}").contains("s3cret"));
    }

    #[tokio::test]
    async fn a_provider_that_never_answers_times_out() {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        // Accepts and reads, never replies.
        let silent = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.expect("accept");
            let mut buf = [0u8; 4096];
            while socket.read(&mut buf).await.is_ok_and(|n| n > 0) {}
        });
        let mut captcha =
            SiteverifyCaptcha::new(&format!("http://{addr}/siteverify"), "s3cret".to_owned())
                .expect("verifier");
        captcha.timeout = Duration::from_millis(300);
        let started = std::time::Instant::now();
        assert_eq!(
            captcha.verify("good", None).await,
            Err(CaptchaError::Unavailable("timed out".to_owned()))
        );
        assert!(started.elapsed() < Duration::from_secs(5));
        silent.abort();
    }

    #[tokio::test]
    async fn an_unreachable_provider_is_unavailable_not_a_refusal() {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        drop(listener);
        let captcha =
            SiteverifyCaptcha::new(&format!("http://{addr}/siteverify"), "s3cret".to_owned())
                .expect("verifier");
        assert!(matches!(
            captcha.verify("good", None).await,
            Err(CaptchaError::Unavailable(_))
        ));
        DisabledCaptcha
            .verify("", None)
            .await
            .expect("disabled accepts anything");
    }
}
