//! AIP-155 request ids: a retry with the same id and payload returns the first answer; the
//! same id with another payload is refused. The answer is stored in the transaction of the
//! change itself, so the two can never disagree. Records expire after a week.

use prost::Message;
use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter};
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
        found.map(|record| self.answer(&record)).transpose()
    }

    /// The request id.
    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// The answer `record` holds for this request id, if it was stored for this very request.
    pub fn answer<R: Message + Default>(
        &self,
        record: &idempotency_record::Model,
    ) -> Result<R, ServiceError> {
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
        R::decode(record.response.as_slice()).map_err(|err| ServiceError::Internal(err.into()))
    }

    /// The record that remembers `response` as the answer to this request.
    pub fn record(&self, response: &impl Message) -> idempotency_record::Model {
        idempotency_record::Model {
            scope: self.scope.clone(),
            method: self.method.to_owned(),
            request_id: self.request_id.clone(),
            request_hash: self.hash.clone(),
            response: response.encode_to_vec(),
            created_at: now_ms(),
        }
    }

    /// Remembers the answer.
    pub async fn store(
        &self,
        db: &impl ConnectionTrait,
        response: &impl Message,
    ) -> Result<(), ServiceError> {
        store_many(db, vec![self.record(response)]).await
    }
}

/// The stored records of `keys` (one caller's, of one method), by request id: the answers of
/// a batch's earlier calls, read at once.
pub async fn stored_many(
    db: &impl ConnectionTrait,
    keys: &[&RequestKey],
) -> Result<HashMap<String, idempotency_record::Model>, ServiceError> {
    let Some(first) = keys.first() else {
        return Ok(HashMap::new());
    };
    let ids: Vec<String> = keys.iter().map(|k| k.request_id.clone()).collect();
    let mut found = HashMap::new();
    for chunk in ids.chunks(1000) {
        for record in idempotency_record::Entity::find()
            .filter(idempotency_record::Column::Scope.eq(first.scope.clone()))
            .filter(idempotency_record::Column::Method.eq(first.method))
            .filter(idempotency_record::Column::RequestId.is_in(chunk.iter().cloned()))
            .all(db)
            .await?
        {
            found.insert(record.request_id.clone(), record);
        }
    }
    Ok(found)
}

/// Writes answers in multi-row inserts.
pub async fn store_many(
    db: &impl ConnectionTrait,
    records: Vec<idempotency_record::Model>,
) -> Result<(), ServiceError> {
    // 6 columns × 5,000 rows stays below SQLite's limit of 32,766 bound parameters.
    for chunk in records.chunks(5000) {
        idempotency_record::Entity::insert_many(
            chunk
                .iter()
                .cloned()
                .map(idempotency_record::ActiveModel::from),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
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
