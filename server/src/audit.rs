//! The audit trail: one row per change, written in the change's own transaction.

use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

use crate::db::now_ms;
use crate::entities::audit_log;

/// Who did a change, as the trail records it. `auth::Actor` implements it; the trail sits
/// below auth (which records key changes in it), so it names only what it stores.
pub trait Doer {
    /// The API key id of the caller; `None` for pecd itself (workers, register effects).
    fn key_id(&self) -> Option<&str>;
}

/// Records that `actor` did `action` to `target_type`/`target_id`. `details` must never hold a
/// secret.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &impl Doer,
    action: &str,
    target_type: &str,
    target_id: &str,
    details: serde_json::Value,
) -> Result<(), DbErr> {
    insert(db, entry(actor, action, target_type, target_id, &details)).await
}

/// Writes a row built by `entry`.
pub async fn insert(db: &impl ConnectionTrait, row: audit_log::Model) -> Result<(), DbErr> {
    audit_log::Entity::insert(audit_log::ActiveModel::from(row))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The row `record` writes: the one builder of trail rows, also for a caller that writes it
/// through another handle (the SQLite bulk writer).
pub fn entry(
    actor: &impl Doer,
    action: &str,
    target_type: &str,
    target_id: &str,
    details: &serde_json::Value,
) -> audit_log::Model {
    audit_log::Model {
        id: uuid::Uuid::now_v7().to_string(),
        at: now_ms(),
        key_id: actor.key_id().map(str::to_owned),
        action: action.to_owned(),
        target_type: target_type.to_owned(),
        target_id: target_id.to_owned(),
        details: details.to_string(),
    }
}
