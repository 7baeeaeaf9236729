//! The mailbox provider, behind one trait. Only background jobs call it, never a handler, so
//! a slow or failing provider never holds up a caller and every call is retried.

pub mod builtin;

pub use builtin::BuiltinProvider;

use async_trait::async_trait;

use crate::domain::MailboxState;

/// A failed provider call.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// Worth retrying later (network, timeout, provider busy).
    #[error("temporary provider failure: {0}")]
    Transient(String),
    /// Retrying will not help; the reason is shown to the Ordine.
    #[error("provider refused: {0}")]
    Permanent(String),
}

/// What the provider needs to create a mailbox.
#[derive(Debug, Clone)]
pub struct NewMailbox {
    pub address: String,
    pub codice_fiscale: String,
    pub given_name: String,
    pub family_name: String,
    pub recovery_email: String,
    pub mobile_number: Option<String>,
}

/// A PEC mailbox provider. Every operation must be idempotent: a job may run it again after a
/// crash between the call and the recording of its outcome.
#[async_trait]
pub trait MailboxProvider: Send + Sync + 'static {
    /// Creates the mailbox, in state NON_ATTIVO.
    async fn create_mailbox(&self, mailbox: &NewMailbox) -> Result<(), ProviderError>;
    /// Brings the account to `state` (ATTIVO, SOSPESO or CESSATO).
    async fn set_state(&self, address: &str, state: MailboxState) -> Result<(), ProviderError>;
    /// Removes the account of an assignment that expired unaccepted (never activated), so
    /// that the same address can be created again for its member. No account is success.
    async fn remove_mailbox(&self, address: &str) -> Result<(), ProviderError>;
}
