//! SMS transports: an HTTP gateway (JSON POST with a bearer token), or JSON files under the
//! data folder when no gateway is configured, so that a fresh install loses nothing.

use std::path::PathBuf;

use async_trait::async_trait;

use super::TransportError;
use crate::entities::notification;

/// Sends one queued SMS.
#[async_trait]
pub trait SmsSender: Send + Sync + 'static {
    async fn send(&self, n: &notification::Model) -> Result<(), TransportError>;
}

/// The JSON the gateway receives (and the file transport writes).
fn payload(n: &notification::Model) -> serde_json::Value {
    serde_json::json!({ "id": n.message_id, "to": n.recipient, "text": n.body_text })
}

/// POSTs `{"id", "to", "text"}` to the gateway with `Authorization: Bearer <token>`. The `id`
/// is stable across retries (also sent as `Idempotency-Key`), so a gateway can drop repeats.
pub struct HttpSmsSender {
    url: reqwest::Url,
    token: String,
    client: reqwest::Client,
}

impl HttpSmsSender {
    pub fn new(url: &str, token: String) -> anyhow::Result<Self> {
        let url = reqwest::Url::parse(url)
            .map_err(|e| anyhow::anyhow!("invalid SMS gateway URL: {e}"))?;
        let client = crate::http_client::client()?;
        Ok(Self { url, token, client })
    }
}

#[async_trait]
impl SmsSender for HttpSmsSender {
    async fn send(&self, n: &notification::Model) -> Result<(), TransportError> {
        // The client's timeouts bound the exchange (connect and total).
        let response = self
            .client
            .post(self.url.clone())
            .header("content-type", "application/json")
            .bearer_auth(&self.token)
            .header("idempotency-key", n.message_id.as_str())
            .body(payload(n).to_string())
            .send()
            .await
            .map_err(|e| {
                TransportError::Transient(if e.is_timeout() {
                    "SMS gateway timed out".to_owned()
                } else {
                    format!("SMS gateway: {}", e.without_url())
                })
            })?;
        let status = response.status();
        // Read the body so the connection can be reused; its content is only for the error.
        let text: String = response
            .text()
            .await
            .map(|body| body.chars().take(200).collect())
            .unwrap_or_default();
        match status.as_u16() {
            200..=299 => Ok(()),
            408 | 429 => Err(TransportError::Transient(format!(
                "SMS gateway {status}: {text}"
            ))),
            400..=499 => Err(TransportError::Permanent(format!(
                "SMS gateway {status}: {text}"
            ))),
            _ => Err(TransportError::Transient(format!(
                "SMS gateway {status}: {text}"
            ))),
        }
    }
}

/// Writes each SMS as `<folder>/<created>-<id>.json`, atomically.
pub struct FileSmsSender {
    folder: PathBuf,
}

impl FileSmsSender {
    pub fn new(folder: PathBuf) -> Self {
        Self { folder }
    }
}

#[async_trait]
impl SmsSender for FileSmsSender {
    async fn send(&self, n: &notification::Model) -> Result<(), TransportError> {
        let io = |e: std::io::Error| {
            TransportError::Transient(format!("{}: {e}", self.folder.display()))
        };
        super::private_dir(&self.folder).await.map_err(io)?;
        let name = format!("{}-{}.json", n.created_at, n.id);
        let tmp = self.folder.join(format!(".{name}.tmp"));
        super::write_private(&tmp, payload(n).to_string().as_ref())
            .await
            .map_err(io)?;
        tokio::fs::rename(&tmp, self.folder.join(name))
            .await
            .map_err(io)?;
        Ok(())
    }
}
