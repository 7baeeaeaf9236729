//! Email transports: SMTP through lettre (STARTTLS, implicit TLS or plain, with
//! authentication), or `.eml` files under the data folder when no SMTP server is configured,
//! so that a fresh install loses nothing.

use std::path::PathBuf;
use std::time::Duration;

use async_trait::async_trait;
use lettre::message::{Mailbox, MultiPart, header::MessageId};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message as LettreMessage, Tokio1Executor};

use crate::entities::notification;

/// A failed delivery.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// Worth retrying: connection refused, timeout, 4xx.
    #[error("temporary delivery failure: {0}")]
    Transient(String),
    /// Retrying will not help: 5xx, malformed address.
    #[error("delivery refused: {0}")]
    Permanent(String),
}

/// Sends one queued email.
#[async_trait]
pub trait EmailSender: Send + Sync + 'static {
    async fn send(&self, n: &notification::Model) -> Result<(), TransportError>;
}

/// Builds the MIME message of a notification.
fn build(from: &Mailbox, n: &notification::Model) -> Result<LettreMessage, TransportError> {
    let to: Mailbox = n
        .recipient
        .parse()
        .map_err(|e| TransportError::Permanent(format!("bad recipient: {e}")))?;
    let builder = LettreMessage::builder()
        .from(from.clone())
        .to(to)
        .subject(n.subject.clone().unwrap_or_default())
        .header(MessageId::from(n.message_id.clone()));
    let result = match &n.body_html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            n.body_text.clone(),
            html.clone(),
        )),
        None => builder.body(n.body_text.clone()),
    };
    result.map_err(|e| TransportError::Permanent(format!("cannot build the message: {e}")))
}

/// SMTP delivery.
pub struct SmtpEmailSender {
    from: Mailbox,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl SmtpEmailSender {
    /// `url`: `smtp://host:port` (plain), `smtp://host:587?tls=required` (STARTTLS) or
    /// `smtps://host:465` (implicit TLS); credentials as `smtp://user:password@host`.
    pub fn new(url: &str, from: Mailbox) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("invalid SMTP URL: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Self { from, transport })
    }
}

#[async_trait]
impl EmailSender for SmtpEmailSender {
    async fn send(&self, n: &notification::Model) -> Result<(), TransportError> {
        let message = build(&self.from, n)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(err) if err.is_permanent() => Err(TransportError::Permanent(err.to_string())),
            Err(err) => Err(TransportError::Transient(err.to_string())),
        }
    }
}

/// Writes each message as `<folder>/<created>-<id>.eml`, atomically.
pub struct FileEmailSender {
    from: Mailbox,
    folder: PathBuf,
}

impl FileEmailSender {
    pub fn new(folder: PathBuf, from: Mailbox) -> Self {
        Self { from, folder }
    }
}

#[async_trait]
impl EmailSender for FileEmailSender {
    async fn send(&self, n: &notification::Model) -> Result<(), TransportError> {
        let message = build(&self.from, n)?;
        let io = |e: std::io::Error| {
            TransportError::Transient(format!("{}: {e}", self.folder.display()))
        };
        super::private_dir(&self.folder).await.map_err(io)?;
        let name = format!("{}-{}.eml", n.created_at, n.id);
        let tmp = self.folder.join(format!(".{name}.tmp"));
        super::write_private(&tmp, message.formatted().as_ref())
            .await
            .map_err(io)?;
        tokio::fs::rename(&tmp, self.folder.join(name))
            .await
            .map_err(io)?;
        Ok(())
    }
}
