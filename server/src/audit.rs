//! The audit trail: one row per change, written in the change's own transaction.

use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use crate::auth::Actor;
use crate::db::now_ms;
use crate::entities::audit_log;

/// Records that `actor` did `action` to `target_type`/`target_id`. `details` must never hold a
/// secret.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &Actor,
    action: &str,
    target_type: &str,
    target_id: &str,
    details: serde_json::Value,
) -> Result<(), DbErr> {
    audit_log::Entity::insert(audit_log::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        at: Set(now_ms()),
        key_id: Set(actor.key_id.clone()),
        action: Set(action.to_owned()),
        target_type: Set(target_type.to_owned()),
        target_id: Set(target_id.to_owned()),
        details: Set(details.to_string()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
