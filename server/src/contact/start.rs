//! StartContactChange: the holder identifies with the mailbox address and codice fiscale or
//! partita IVA; a match opens a draft.

use base64::Engine;
use rand::RngCore;
use sea_orm::{DatabaseTransaction, EntityTrait};

use super::{Change, ChangeState, ContactSettings, digest, ms};
use crate::audit;
use crate::auth::Actor;
use crate::db::{Db, now_ms};
use crate::domain::PecAddress;
use crate::entities::contact_change;
use crate::error::{ServiceError, ServiceResult};
use crate::self_service::{self, Holder, IdentifyLimits, Visitor};

/// Starts a change when `address` is an ATTIVO mailbox held by `holder`; None otherwise (the
/// caller answers generically). The attempt counts in the throttle buckets (of `visitor`, the
/// mailbox, the holder and the key's ceiling) either way, and the answer comes no sooner than
/// the floor.
pub async fn start(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    visitor: Visitor,
    address: &PecAddress,
    holder: &Holder,
) -> ServiceResult<Option<(Change, String)>> {
    self_service::no_sooner_than(settings.min_response, async {
        let txn = db.begin().await?;
        let started = start_in(&txn, settings, actor, visitor, address, holder).await?;
        txn.commit().await?;
        Ok::<_, ServiceError>(started)
    })
    .await
}

async fn start_in(
    txn: &DatabaseTransaction,
    settings: &ContactSettings,
    actor: &Actor,
    visitor: Visitor,
    address: &PecAddress,
    holder: &Holder,
) -> ServiceResult<Option<(Change, String)>> {
    let limits = IdentifyLimits {
        per_visitor: settings.per_visitor,
        per_mailbox: settings.per_mailbox,
        per_holder: settings.per_holder,
        key_ceiling: settings.per_key,
    };
    self_service::hit_identify_limits(txn, "contact", limits, actor, visitor, address, holder)
        .await?;
    let Some((_, member)) = self_service::find_holder(txn, address, holder).await? else {
        audit::record(
            txn,
            actor,
            "contact.start_no_match",
            "mailbox",
            address.as_str(),
            serde_json::json!({}),
        )
        .await?;
        return Ok(None);
    };
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = now_ms();
    let row = contact_change::Model {
        id: uuid::Uuid::now_v7().to_string(),
        secret_hash: digest(&secret),
        mailbox_address: address.as_str().to_owned(),
        codice_fiscale: member.codice_fiscale,
        state: ChangeState::Draft,
        given_name: None,
        family_name: None,
        residence_country: None,
        residence_province: None,
        residence_comune: None,
        residence_postal_code: None,
        residence_street: None,
        recovery_email: None,
        recovery_email_verified_at: None,
        mobile_number: None,
        mobile_verified_at: None,
        confirmed_at: None,
        cancel_token_hash: None,
        created_at: now,
        updated_at: now,
        expires_at: now.saturating_add(ms(settings.draft_ttl)),
        submitted_at: None,
        due_at: None,
        decided_at: None,
        decided_by: None,
        rejection_reason: None,
        rejection_text: None,
        reminder_sent_at: None,
        images_deleted_at: None,
    };
    contact_change::Entity::insert(contact_change::ActiveModel::from(row.clone()))
        .exec_without_returning(txn)
        .await?;
    audit::record(
        txn,
        actor,
        "contact.started",
        "contact_change",
        &row.id,
        serde_json::json!({ "mailbox": address.as_str() }),
    )
    .await?;
    Ok(Some((
        Change {
            row,
            documents: Vec::new(),
        },
        secret,
    )))
}
