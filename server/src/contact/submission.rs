//! Submission (the right SMS code), the holder's "non sono stato io" cancel, and the end of
//! a change whose mailbox closes.

use base64::Engine;
use rand::RngCore;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
};

use super::codes::Channel;
use super::draft::check_code;
use super::{
    Change, ChangeState, ContactSettings, Step, digest, documents_of, lock_for_step, ms, save_draft,
};
use crate::audit;
use crate::auth::Actor;
use crate::db::{Db, SelectUnique, now_ms};
use crate::entities::{contact_cancel_token, contact_change, mailbox, member};
use crate::error::{ServiceError, ServiceResult};
use crate::events::{self, EventKind};
use crate::notify::{self, Message, Related};

/// VerifyMobileNumber: with the right SMS code the draft is submitted for review, and a
/// security notice with a cancel link goes to the current recovery email and to the PEC
/// mailbox itself.
pub async fn verify_mobile_and_submit(
    db: &Db,
    settings: &ContactSettings,
    actor: &Actor,
    id: &str,
    secret: &str,
    code: &str,
) -> ServiceResult<Change> {
    let txn = db.begin().await?;
    let change = lock_for_step(&txn, id, secret, Step::VerifyMobileNumber).await?;
    let txn = check_code(txn, settings, id, Channel::Sms, code).await?;
    let holder = member::Entity::find_by_id(change.row.codice_fiscale.clone())
        .unique(&*txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("member", change.row.codice_fiscale.clone()))?;
    let now = now_ms();
    let due = now.saturating_add(ms(settings.review_time));
    let edit = contact_change::ActiveModel {
        mobile_verified_at: Set(Some(now)),
        state: Set(ChangeState::UnderReview),
        submitted_at: Set(Some(now)),
        due_at: Set(Some(due)),
        ..Default::default()
    };
    // Conditional on a live draft: a draft the sweep expired is never submitted.
    let saved = save_draft(&txn, id, edit).await?;
    let due_date = notify::italian_date(due);
    let current_recovery = mailbox::Entity::find_by_id(saved.mailbox_address.clone())
        .unique(&*txn)
        .await?
        .and_then(|m| m.recovery_email)
        .unwrap_or_else(|| holder.personal_email.clone());
    // To the address of record (the one being replaced) and to the PEC mailbox itself, each
    // notice with a cancel token of its own, minted when it is delivered (see
    // `notify::CANCEL_LINK_PLACEHOLDER`): the outbox never holds a live cancel link.
    for to in [current_recovery.as_str(), saved.mailbox_address.as_str()] {
        let token_id = uuid::Uuid::now_v7().to_string();
        contact_cancel_token::Entity::insert(contact_cancel_token::ActiveModel {
            id: Set(token_id.clone()),
            change_id: Set(id.to_owned()),
            token_hash: Set(None),
            created_at: Set(now),
        })
        .exec_without_returning(&*txn)
        .await?;
        let notice = Message::ContactChangeSubmitted {
            given_name: holder.given_name.clone(),
            address: saved.mailbox_address.clone(),
            cancel_link: format!("{}{token_id}", notify::CANCEL_LINK_PLACEHOLDER),
            due_date: due_date.clone(),
        };
        notify::queue_email(
            &*txn,
            &notice,
            to,
            Related {
                kind: "contact_change",
                id,
            },
        )
        .await?;
    }
    audit::record(
        &*txn,
        actor,
        "contact.submitted",
        "contact_change",
        id,
        serde_json::json!({ "due_at": due }),
    )
    .await?;
    events::publish_contact_change(
        &*txn,
        actor,
        EventKind::ContactChangeSubmitted,
        id,
        &saved.mailbox_address,
    )
    .await?;
    txn.commit().await?;
    Ok(Change {
        row: saved,
        documents: change.documents,
    })
}

/// Moves change `id` to `to` if it is still in one of `from`; false if it no longer was. Of a
/// cancel and an operator's decision racing, the one that locks the row first wins, and the
/// other finds the state changed.
async fn end_pending(
    db: &impl ConnectionTrait,
    id: &str,
    from: &[ChangeState],
    to: ChangeState,
    now: i64,
) -> ServiceResult<bool> {
    let updated = contact_change::Entity::update_many()
        .col_expr(contact_change::Column::State, Expr::value(to))
        .col_expr(contact_change::Column::DecidedAt, Expr::value(now))
        .col_expr(
            contact_change::Column::CancelTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(contact_change::Column::UpdatedAt, Expr::value(now))
        .filter(contact_change::Column::Id.eq(id.to_owned()))
        .filter(contact_change::Column::State.is_in(from.iter().copied()))
        .exec(db)
        .await?;
    if updated.rows_affected == 1 {
        drop_cancel_tokens(db, id).await?;
    }
    Ok(updated.rows_affected == 1)
}

/// Voids the "non sono stato io" links of change `id`, once it is no longer pending.
pub(super) async fn drop_cancel_tokens(db: &impl ConnectionTrait, id: &str) -> ServiceResult<()> {
    contact_cancel_token::Entity::delete_many()
        .filter(contact_cancel_token::Column::ChangeId.eq(id.to_owned()))
        .exec(db)
        .await?;
    Ok(())
}

/// Mints a new "non sono stato io" token for notice token `id` at the moment the notice is
/// sent, replacing the stored digest (so an earlier link of the same notice stops working);
/// `None` if the change is no longer under review.
pub async fn refresh_cancel_token(db: &Db, id: &str) -> ServiceResult<Option<String>> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let txn = db.begin().await?;
    let Some(row) = contact_cancel_token::Entity::find_by_id(id.to_owned())
        .lock_exclusive()
        .unique(&*txn)
        .await?
    else {
        return Ok(None);
    };
    let pending = contact_change::Entity::find_by_id(row.change_id.clone())
        .unique(&*txn)
        .await?
        .is_some_and(|c| c.state == ChangeState::UnderReview);
    if !pending {
        return Ok(None);
    }
    contact_cancel_token::Entity::update_many()
        .col_expr(
            contact_cancel_token::Column::TokenHash,
            Expr::value(digest(&token)),
        )
        .filter(contact_cancel_token::Column::Id.eq(row.id))
        .exec(&*txn)
        .await?;
    txn.commit().await?;
    Ok(Some(token))
}

/// The "non sono stato io" link: cancels a change still under review.
pub async fn cancel_by_token(db: &Db, actor: &Actor, token: &str) -> ServiceResult<Change> {
    let bad = || {
        ServiceError::invalid_field(
            "token",
            "the link is invalid, already used, or the request was already decided",
            "Il link non è valido o la richiesta è già stata gestita.",
        )
    };
    let txn = db.begin().await?;
    let change_id: String = contact_cancel_token::Entity::find()
        .select_only()
        .column(contact_cancel_token::Column::ChangeId)
        .filter(contact_cancel_token::Column::TokenHash.eq(digest(token)))
        .into_tuple()
        .one(&*txn)
        .await?
        .ok_or_else(bad)?;
    let row = contact_change::Entity::find_by_id(change_id)
        .lock_exclusive()
        .unique(&*txn)
        .await?
        .filter(|r| r.state == ChangeState::UnderReview)
        .ok_or_else(bad)?;
    if !end_pending(
        &*txn,
        &row.id,
        &[ChangeState::UnderReview],
        ChangeState::Cancelled,
        now_ms(),
    )
    .await?
    {
        return Err(bad());
    }
    audit::record(
        &*txn,
        actor,
        "contact.cancelled_by_holder",
        "contact_change",
        &row.id,
        serde_json::json!({}),
    )
    .await?;
    events::publish_contact_change(
        &*txn,
        actor,
        EventKind::ContactChangeCancelled,
        &row.id,
        &row.mailbox_address,
    )
    .await?;
    let documents = documents_of(&*txn, &row.id).await?;
    let row = contact_change::Entity::find_by_id(row.id.clone())
        .unique(&*txn)
        .await?
        .ok_or_else(bad)?;
    txn.commit().await?;
    Ok(Change { row, documents })
}

/// The mailbox `address` is closing (in `db`'s transaction, which holds its row): its draft
/// and its change under review end CANCELLED, leaving the review queue. Returns how many.
pub async fn end_with_mailbox(
    db: &impl ConnectionTrait,
    actor: &Actor,
    address: &str,
) -> ServiceResult<u64> {
    const PENDING: [ChangeState; 2] = [ChangeState::Draft, ChangeState::UnderReview];
    let pending = contact_change::Entity::find()
        .filter(contact_change::Column::MailboxAddress.eq(address.to_owned()))
        .filter(contact_change::Column::State.is_in(PENDING))
        .lock_exclusive()
        .all(db)
        .await?;
    let now = now_ms();
    let mut ended = 0;
    for change in pending {
        if end_pending(db, &change.id, &PENDING, ChangeState::Cancelled, now).await? {
            audit::record(
                db,
                actor,
                "contact.cancelled_mailbox_closed",
                "contact_change",
                &change.id,
                serde_json::json!({ "mailbox": address, "was": change.state.as_str() }),
            )
            .await?;
            if change.state == ChangeState::UnderReview {
                events::publish_contact_change(
                    db,
                    actor,
                    EventKind::ContactChangeCancelled,
                    &change.id,
                    address,
                )
                .await?;
            }
            ended += 1;
        }
    }
    Ok(ended)
}
