//! SMS transports: an HTTP gateway (JSON POST with a bearer token), or JSON files under the
//! data folder when no gateway is configured, so that a fresh install loses nothing.

use std::path::PathBuf;
use std::time::Duration;

use async_trait::async_trait;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

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
    url: hyper::Uri,
    token: String,
    client: Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>,
}

impl HttpSmsSender {
    pub fn new(url: &str, token: String) -> anyhow::Result<Self> {
        let url: hyper::Uri = url
            .parse()
            .map_err(|e| anyhow::anyhow!("invalid SMS gateway URL: {e}"))?;
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_webpki_roots()
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new()).build(connector);
        Ok(Self { url, token, client })
    }
}

#[async_trait]
impl SmsSender for HttpSmsSender {
    async fn send(&self, n: &notification::Model) -> Result<(), TransportError> {
        let body = payload(n).to_string();
        let request = hyper::Request::post(self.url.clone())
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {}", self.token))
            .header("idempotency-key", n.message_id.as_str())
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| TransportError::Permanent(format!("cannot build the request: {e}")))?;
        let response = tokio::time::timeout(Duration::from_secs(15), self.client.request(request))
            .await
            .map_err(|_| TransportError::Transient("SMS gateway timed out".to_owned()))?
            .map_err(|e| TransportError::Transient(format!("SMS gateway: {e}")))?;
        let status = response.status();
        // Drain the body so the connection can be reused; its content is only for the error.
        let text = response
            .into_body()
            .collect()
            .await
            .map(|b| {
                String::from_utf8_lossy(&b.to_bytes())
                    .chars()
                    .take(200)
                    .collect::<String>()
            })
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
        tokio::fs::create_dir_all(&self.folder).await.map_err(io)?;
        let name = format!("{}-{}.json", n.created_at, n.id);
        let tmp = self.folder.join(format!(".{name}.tmp"));
        tokio::fs::write(&tmp, payload(n).to_string())
            .await
            .map_err(io)?;
        tokio::fs::rename(&tmp, self.folder.join(name))
            .await
            .map_err(io)?;
        Ok(())
    }
}
