//! gRPC handlers: decode, authorise, convert, call the use case, encode. No rules live here.

pub mod activation;
pub mod audit;
pub mod calls;
pub mod contact;
pub mod convert;
pub mod events;
pub mod idempotency;
pub mod ini_pec;
pub mod mailbox;
pub mod notification;
pub mod paging;
pub mod password;
pub mod registry;
pub mod review;
pub mod status;
pub mod transport;

use std::sync::Arc;

use tonic::{Request, Status};

use crate::auth::{Action, Caller, KeyStore, allows};
use crate::config::Settings;
use crate::db::Db;
use crate::error::ServiceError;

/// What every handler shares.
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub keys: KeyStore,
    /// Encrypted identity images.
    pub blobs: Arc<crate::blobs::SealedBlobs>,
    /// The captcha check of StartContactChange.
    pub captcha: Arc<dyn crate::captcha::CaptchaVerifier>,
    /// Seals and opens the page tokens of the List calls.
    pub pages: paging::PageTokens,
    /// Refused calls, counted until they are written to the trail.
    pub security: Arc<crate::security_log::SecurityLog>,
    /// The change feed's fan-out (`WatchEvents`).
    pub feed: Arc<crate::events::feed::Feed>,
    /// The calls in flight, which a sync yields to on PostgreSQL.
    pub activity: Arc<crate::background::Activity>,
}

impl AppState {
    /// The caller the transport gate authenticated from the headers (before the body was
    /// read), checked against the permission table for `action`.
    pub async fn authorize<T>(
        &self,
        request: &Request<T>,
        action: Action,
    ) -> Result<Caller, Status> {
        let caller = match request.extensions().get::<Caller>() {
            Some(caller) => caller.clone(),
            // Not through the gate (a handler called directly): authenticate here.
            None => self.authenticate(request).await?,
        };
        if !allows(caller.role, action) {
            return Err(ServiceError::PermissionDenied(format!(
                "a key with role {} may not call this method",
                caller.role
            ))
            .into());
        }
        Ok(caller)
    }

    async fn authenticate<T>(&self, request: &Request<T>) -> Result<Caller, Status> {
        let secret = request
            .metadata()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(str::trim)
            .ok_or(ServiceError::Unauthenticated)?;
        let caller = self
            .keys
            .authenticate(secret)
            .await
            .map_err(ServiceError::from)?;
        tracing::Span::current().record("key_id", caller.key_id.as_str());
        Ok(caller)
    }
}
