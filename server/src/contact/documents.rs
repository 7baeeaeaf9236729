//! The identity document: both sides as checked JPEGs, encrypted in the blob store; the
//! rows say where each image is, with its key id and SHA-256.

use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::{Change, Side, Step, find, lock_for_step, save_draft};
use crate::audit;
use crate::auth::Actor;
use crate::blobs::{SealedBlobs, StoredBlob};
use crate::db::{Db, now_ms};
use crate::domain::jpeg::CleanJpeg;
use crate::entities::{contact_change, contact_change_document};
use crate::error::{ServiceError, ServiceResult};

/// Whether the change takes an image now: checked before a byte of the upload is read, so a
/// refused upload is refused at once. Only an early answer: `store_document` decides again
/// on the locked row.
pub async fn may_upload(db: &Db, id: &str, secret: &str) -> ServiceResult<()> {
    find(db.conn(), id, secret, false)
        .await?
        .require_step(Step::IdentityDocument, now_ms())
}

/// Stores a checked image as `side` of the change, replacing (and then deleting) the previous
/// one; returns the document and the change as it now is.
pub async fn store_document(
    db: &Db,
    blobs: &SealedBlobs,
    actor: &Actor,
    id: &str,
    secret: &str,
    side: Side,
    image: &CleanJpeg,
) -> ServiceResult<(contact_change_document::Model, Change)> {
    // The path names the stored id, never the caller's text.
    let id = find(db.conn(), id, secret, false).await?.row.id;
    let id = id.as_str();
    // Written before the transaction, so that no lock waits on the store; an image whose
    // row is not written is deleted again below.
    let path = format!(
        "contact-changes/{id}/{}-{}.jpg",
        side.as_str().to_ascii_lowercase(),
        uuid::Uuid::now_v7()
    );
    let stored: StoredBlob = blobs
        .put(&path, &image.bytes)
        .await
        .map_err(|e| ServiceError::Internal(e.into()))?;
    let doc = contact_change_document::Model {
        change_id: id.to_owned(),
        side: side.as_str().to_owned(),
        blob_path: stored.path.clone(),
        key_id: stored.key_id.clone(),
        sha256: stored.sha256.clone(),
        size_bytes: i64::try_from(stored.size).unwrap_or(i64::MAX),
        width: i32::from(image.width),
        height: i32::from(image.height),
        removed_segments: i32::try_from(image.removed_segments).unwrap_or(i32::MAX),
        uploaded_at: now_ms(),
    };
    let saved = record_document(db, actor, id, secret, side, &doc).await;
    match saved {
        Ok((previous, change)) => {
            if let Some(old) = previous {
                delete_blob(blobs, &old).await;
            }
            Ok((doc, change))
        }
        // Not recorded: the new blob is the orphan.
        Err(err) => {
            delete_blob(blobs, &stored.path).await;
            Err(err)
        }
    }
}

/// Records `doc` on the locked draft; returns the replaced image's path and the change.
async fn record_document(
    db: &Db,
    actor: &Actor,
    id: &str,
    secret: &str,
    side: Side,
    doc: &contact_change_document::Model,
) -> ServiceResult<(Option<String>, Change)> {
    let txn = db.begin().await?;
    // The change must still be a live draft at this step when the upload ends.
    let change = lock_for_step(&txn, id, secret, Step::IdentityDocument).await?;
    let previous = change
        .documents
        .iter()
        .find(|d| d.side == side.as_str())
        .map(|d| d.blob_path.clone());
    contact_change_document::Entity::delete_many()
        .filter(contact_change_document::Column::ChangeId.eq(id.to_owned()))
        .filter(contact_change_document::Column::Side.eq(side.as_str()))
        .exec(&*txn)
        .await?;
    contact_change_document::Entity::insert(contact_change_document::ActiveModel::from(
        doc.clone(),
    ))
    .exec_without_returning(&*txn)
    .await?;
    // The summary the member confirmed no longer holds.
    let edit = contact_change::ActiveModel {
        confirmed_at: Set(None),
        ..Default::default()
    };
    let row = save_draft(&txn, id, edit).await?;
    // The trail keeps the fact and the digest, never the image.
    audit::record(
        &*txn,
        actor,
        "contact.document_uploaded",
        "contact_change",
        id,
        serde_json::json!({ "side": side.as_str(), "sha256": doc.sha256, "size": doc.size_bytes }),
    )
    .await?;
    let documents = super::documents_of(&*txn, id).await?;
    txn.commit().await?;
    Ok((previous, Change { row, documents }))
}

pub(super) async fn delete_blob(blobs: &SealedBlobs, path: &str) {
    if let Err(err) = blobs.delete(path).await {
        // The retention sweep retries through the rows that still name it.
        tracing::warn!(error = %err, path, "deleting an identity image failed");
    }
}
