//! AIP-155 request ids: a retry with the same id and payload returns the first answer; the
//! same id with another payload is refused. The answer is stored in the transaction of the
//! change itself, so the two can never disagree. Records expire after a week.

use prost::Message;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseTransaction, EntityTrait};
use sha2::{Digest, Sha256};

use crate::auth::Caller;
use crate::db::{Db, SelectUnique, now_ms};
use crate::entities::idempotency_record;
use crate::error::{FieldViolation, Reason, ServiceError};

/// How long request ids are remembered.
pub const RETENTION_MS: i64 = 7 * 24 * 3600 * 1000;

/// The identity of one idempotent call.
pub struct RequestKey {
    scope: String,
    method: &'static str,
    request_id: String,
    hash: String,
    field: String,
}

/// Validates `request_id` (empty means "not idempotent") and fingerprints the request.
pub fn key(
    caller: &Caller,
    method: &'static str,
    field: &str,
    request_id: &str,
    request: &impl Message,
) -> Result<Option<RequestKey>, ServiceError> {
    if request_id.is_empty() {
        return Ok(None);
    }
    if request_id.len() > 64
        || !request_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(ServiceError::InvalidFields(vec![FieldViolation::new(
            field,
            "must be 1 to 64 characters of A-Z, a-z, 0-9, '-' and '_'",
            "L'identificativo della richiesta deve contenere da 1 a 64 caratteri tra lettere, cifre, \
             trattino e trattino basso.",
        )]));
    }
    Ok(Some(RequestKey {
        scope: caller.key_id.clone(),
        method,
        request_id: request_id.to_owned(),
        hash: hex::encode(Sha256::digest(request.encode_to_vec())),
        field: field.to_owned(),
    }))
}

impl RequestKey {
    /// The stored answer of an earlier identical call, if any.
    pub async fn replay<R: Message + Default>(
        &self,
        db: &impl ConnectionTrait,
    ) -> Result<Option<R>, ServiceError> {
        let found = idempotency_record::Entity::find_by_id((
            self.scope.clone(),
            self.method.to_owned(),
            self.request_id.clone(),
        ))
        .unique(db)
        .await?;
        let Some(record) = found else {
            return Ok(None);
        };
        if record.request_hash != self.hash {
            return Err(ServiceError::AlreadyExists {
                reason: Reason::RequestIdReused,
                message: format!(
                    "{} {} was already used with a different request",
                    self.field, self.request_id
                ),
                message_it: "Identificativo di richiesta già usato per una richiesta diversa."
                    .to_owned(),
            });
        }
        R::decode(record.response.as_slice())
            .map(Some)
            .map_err(|err| ServiceError::Internal(err.into()))
    }

    /// Remembers the answer.
    pub async fn store(
        &self,
        db: &impl ConnectionTrait,
        response: &impl Message,
    ) -> Result<(), ServiceError> {
        idempotency_record::Entity::insert(idempotency_record::ActiveModel {
            scope: Set(self.scope.clone()),
            method: Set(self.method.to_owned()),
            request_id: Set(self.request_id.clone()),
            request_hash: Set(self.hash.clone()),
            response: Set(response.encode_to_vec()),
            created_at: Set(now_ms()),
        })
        .exec_without_returning(db)
        .await?;
        Ok(())
    }
}

/// Runs `change` in one write transaction under the request id `key`: a repeat of an earlier
/// call returns its stored answer without running `change`; otherwise the answer is stored in
/// the same transaction as the change, so the two commit together or not at all.
pub async fn once<R>(
    db: &Db,
    key: Option<RequestKey>,
    change: impl AsyncFnOnce(&DatabaseTransaction) -> Result<R, ServiceError>,
) -> Result<R, ServiceError>
where
    R: Message + Default,
{
    let txn = db.begin().await?;
    if let Some(key) = &key
        && let Some(previous) = key.replay(&*txn).await?
    {
        return Ok(previous);
    }
    let response = change(&txn).await?;
    if let Some(key) = &key {
        key.store(&*txn, &response).await?;
    }
    txn.commit().await?;
    Ok(response)
}
