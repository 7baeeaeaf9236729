//! Drafts not submitted within their time expire, and their images are deleted.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use super::{ChangeState, documents_of};
use crate::audit;
use crate::auth::Actor;
use crate::blobs::SealedBlobs;
use crate::db::{Db, SelectUnique, now_ms};
use crate::entities::{contact_change, contact_change_document};
use crate::error::{ServiceError, ServiceResult};

/// Expires drafts not submitted in time and deletes their images; returns how many expired.
///
/// Each draft is decided on its locked row: one that a submission took meanwhile is left
/// alone (and keeps its images); one the sweep takes can no longer be written or submitted,
/// since every step saves only a live draft.
pub async fn expire_drafts(db: &Db, blobs: &SealedBlobs) -> ServiceResult<u64> {
    let stale = contact_change::Entity::find()
        .filter(contact_change::Column::State.eq(ChangeState::Draft))
        .filter(contact_change::Column::ExpiresAt.lte(now_ms()))
        .all(db.conn())
        .await?;
    let mut expired = 0;
    for candidate in stale {
        if expire_one(db, blobs, &candidate.id).await? {
            expired += 1;
        }
    }
    Ok(expired)
}

async fn expire_one(db: &Db, blobs: &SealedBlobs, id: &str) -> ServiceResult<bool> {
    let txn = db.begin().await?;
    let now = now_ms();
    let still_stale = contact_change::Entity::find_by_id(id.to_owned())
        .lock_exclusive()
        .unique(&*txn)
        .await?
        .is_some_and(|r| r.state == ChangeState::Draft && r.expires_at <= now);
    if !still_stale {
        return Ok(false);
    }
    contact_change::Entity::update_many()
        .col_expr(
            contact_change::Column::State,
            Expr::value(ChangeState::Expired),
        )
        .col_expr(contact_change::Column::UpdatedAt, Expr::value(now))
        .filter(contact_change::Column::Id.eq(id.to_owned()))
        .filter(contact_change::Column::State.eq(ChangeState::Draft))
        .exec(&*txn)
        .await?;
    let docs = documents_of(&*txn, id).await?;
    // Deleted while the row is held: should the commit fail, the draft stays expired and
    // the next sweep deletes again (deleting a missing image is not an error).
    for doc in &docs {
        blobs
            .delete(&doc.blob_path)
            .await
            .map_err(|e| ServiceError::Internal(e.into()))?;
    }
    contact_change_document::Entity::delete_many()
        .filter(contact_change_document::Column::ChangeId.eq(id.to_owned()))
        .exec(&*txn)
        .await?;
    audit::record(
        &*txn,
        &Actor::system(),
        "contact.draft_expired",
        "contact_change",
        id,
        serde_json::json!({ "images_deleted": docs.iter().map(|d| &d.sha256).collect::<Vec<_>>() }),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}
