//! The operators' review of submitted changes: the queue (overdue and oldest due first),
//! approval (the new contacts and residence applied to the mailbox in one transaction),
//! rejection with a reason, reminders for changes about to fall due, and the deletion of
//! identity images some time after the outcome.

use std::time::Duration;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseTransaction, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{Change, ChangeState, ContactSettings, Side};
use crate::audit;
use crate::auth::Actor;
use crate::blobs::{SealedBlobs, StoredBlob};
use crate::db::{Db, SelectUnique, now_ms};
use crate::entities::{contact_change, contact_change_document, mailbox, member};
use crate::error::{Reason, ServiceError, ServiceResult};
use crate::events::{self, EventKind};
use crate::notify::{self, Message, Related};
use crate::paging::{Page, PageRequest};

/// A change with what an operator compares it with.
#[derive(Debug, Clone)]
pub struct Review {
    pub change: Change,
    pub holder: Option<member::Model>,
    pub mailbox: Option<mailbox::Model>,
}

impl Review {
    /// The recovery email of record: the mailbox's own once a change was approved, else the
    /// member's personal email.
    pub fn current_recovery_email(&self) -> String {
        self.mailbox
            .as_ref()
            .and_then(|m| m.recovery_email.clone())
            .or_else(|| self.holder.as_ref().map(|h| h.personal_email.clone()))
            .unwrap_or_default()
    }

    pub fn current_mobile_number(&self) -> String {
        self.mailbox
            .as_ref()
            .and_then(|m| m.mobile_number.clone())
            .or_else(|| self.holder.as_ref().and_then(|h| h.mobile_number.clone()))
            .unwrap_or_default()
    }
}

async fn documents(
    db: &impl ConnectionTrait,
    id: &str,
) -> ServiceResult<Vec<contact_change_document::Model>> {
    Ok(contact_change_document::Entity::find()
        .filter(contact_change_document::Column::ChangeId.eq(id.to_owned()))
        .order_by_asc(contact_change_document::Column::Side)
        .all(db)
        .await?)
}

async fn review_of(db: &impl ConnectionTrait, row: contact_change::Model) -> ServiceResult<Review> {
    let documents = documents(db, &row.id).await?;
    let holder = member::Entity::find_by_id(row.codice_fiscale.clone())
        .unique(db)
        .await?;
    let mailbox = mailbox::Entity::find_by_id(row.mailbox_address.clone())
        .unique(db)
        .await?;
    Ok(Review {
        change: Change { row, documents },
        holder,
        mailbox,
    })
}

/// One change for review.
pub async fn get(db: &impl ConnectionTrait, id: &str) -> ServiceResult<Review> {
    let row = contact_change::Entity::find_by_id(id.to_owned())
        .unique(db)
        .await?
        .ok_or_else(|| ServiceError::not_found("contact change", id))?;
    review_of(db, row).await
}

/// The sort key of the queue: due time (submission for states without one), then id.
fn queue_key(row: &contact_change::Model) -> String {
    format!(
        "{:020}~{}",
        row.due_at.unwrap_or(row.created_at).max(0),
        row.id
    )
}

/// Lists changes in `state`, oldest due first (overdue ones are the oldest due).
pub async fn list(
    db: &impl ConnectionTrait,
    state: ChangeState,
    page: &PageRequest,
) -> ServiceResult<Page<Review>> {
    let under_review = state == ChangeState::UnderReview;
    let order_col = if under_review {
        contact_change::Column::DueAt
    } else {
        contact_change::Column::CreatedAt
    };
    let mut query = contact_change::Entity::find()
        .filter(contact_change::Column::State.eq(state))
        .order_by_asc(order_col)
        .order_by_asc(contact_change::Column::Id);
    if let Some(after) = &page.after {
        let (at, id) = after
            .split_once('~')
            .and_then(|(at, id)| Some((at.parse::<i64>().ok()?, id.to_owned())))
            .ok_or_else(|| {
                ServiceError::invalid_field(
                    "page_token",
                    "malformed page token",
                    "Il token di pagina non è valido.",
                )
            })?;
        query = query.filter(
            Condition::any().add(order_col.gt(at)).add(
                Condition::all()
                    .add(order_col.eq(at))
                    .add(contact_change::Column::Id.gt(id)),
            ),
        );
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    let keyed: Vec<(String, contact_change::Model)> =
        rows.into_iter().map(|r| (queue_key(&r), r)).collect();
    let page_of_rows = Page::from_rows(keyed, page.size, |(key, _)| key.clone());
    let mut items = Vec::with_capacity(page_of_rows.items.len());
    for (_, row) in page_of_rows.items {
        items.push(review_of(db, row).await?);
    }
    Ok(Page {
        items,
        next_after: page_of_rows.next_after,
    })
}

/// Changes under review past their due time.
pub async fn overdue_count(db: &impl ConnectionTrait) -> ServiceResult<u64> {
    Ok(contact_change::Entity::find()
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview))
        .filter(contact_change::Column::DueAt.lt(now_ms()))
        .count(db)
        .await?)
}

fn not_under_review(state: ChangeState) -> ServiceError {
    ServiceError::precondition(
        Reason::InvalidState,
        format!("the change is {}, not UNDER_REVIEW", state.as_str()),
        format!(
            "La richiesta non è in verifica (stato: {}).",
            state.as_str()
        ),
    )
}

/// The change `id`, locked for a decision in `txn`, if it is still under review. Locks go
/// mailbox first, then change, the order a mailbox closure takes them in, so the two cannot
/// deadlock; the state is read under the lock, so a cancel that committed first is seen.
async fn lock_under_review(
    txn: &DatabaseTransaction,
    id: &str,
) -> ServiceResult<(contact_change::Model, Option<mailbox::Model>)> {
    let address = contact_change::Entity::find_by_id(id.to_owned())
        .unique(txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("contact change", id))?
        .mailbox_address;
    let mb = mailbox::Entity::find_by_id(address)
        .lock_exclusive()
        .unique(txn)
        .await?;
    let row = contact_change::Entity::find_by_id(id.to_owned())
        .lock_exclusive()
        .unique(txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("contact change", id))?;
    if row.state != ChangeState::UnderReview {
        return Err(not_under_review(row.state));
    }
    Ok((row, mb))
}

/// Records the decision on the locked change, only if it is still under review.
async fn decide(
    txn: &DatabaseTransaction,
    id: &str,
    mut edit: contact_change::ActiveModel,
) -> ServiceResult<contact_change::Model> {
    edit.updated_at = Set(now_ms());
    edit.cancel_token_hash = Set(None);
    let decided = contact_change::Entity::update_many()
        .set(edit)
        .filter(contact_change::Column::Id.eq(id.to_owned()))
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview))
        .exec(txn)
        .await?;
    let row = contact_change::Entity::find_by_id(id.to_owned())
        .unique(txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("contact change", id))?;
    if decided.rows_affected != 1 {
        return Err(not_under_review(row.state));
    }
    super::submission::drop_cancel_tokens(txn, id).await?;
    Ok(row)
}

/// Approves a change: the mailbox takes the new recovery email, mobile number and residence,
/// in the same transaction; the outcome is emailed to the new recovery email.
pub async fn approve(db: &Db, actor: &Actor, id: &str) -> ServiceResult<Review> {
    let txn = db.begin().await?;
    let (row, mb) = lock_under_review(&txn, id).await?;
    let mb = mb.ok_or_else(|| ServiceError::not_found("mailbox", row.mailbox_address.clone()))?;
    if mb.codice_fiscale != row.codice_fiscale {
        return Err(ServiceError::precondition(
            Reason::InvalidState,
            "the mailbox changed holder after the request; reject it",
            "La casella ha cambiato titolare dopo la richiesta.",
        ));
    }
    let now = now_ms();
    let mut m = mb.into_active_model();
    m.recovery_email = Set(row.recovery_email.clone());
    m.mobile_number = Set(row.mobile_number.clone());
    m.residence_country = Set(row.residence_country.clone());
    m.residence_province = Set(row.residence_province.clone());
    m.residence_comune = Set(row.residence_comune.clone());
    m.residence_postal_code = Set(row.residence_postal_code.clone());
    m.residence_street = Set(row.residence_street.clone());
    m.updated_at = Set(now);
    m.update(&*txn).await?;
    let edit = contact_change::ActiveModel {
        state: Set(ChangeState::Approved),
        decided_at: Set(Some(now)),
        decided_by: Set(actor.key_id.clone()),
        ..Default::default()
    };
    let row = decide(&txn, id, edit).await?;
    let message = Message::ContactChangeApproved {
        given_name: row.given_name.clone().unwrap_or_default(),
        address: row.mailbox_address.clone(),
    };
    if let Some(to) = &row.recovery_email {
        notify::queue_email(
            &*txn,
            &message,
            to,
            Related {
                kind: "contact_change",
                id: &row.id,
            },
        )
        .await?;
    }
    audit::record(
        &*txn,
        actor,
        "contact.approved",
        "contact_change",
        &row.id,
        serde_json::json!({ "mailbox": row.mailbox_address }),
    )
    .await?;
    events::publish_contact_change(
        &*txn,
        actor,
        EventKind::ContactChangeApproved,
        &row.id,
        &row.mailbox_address,
    )
    .await?;
    let review = review_of(&*txn, row).await?;
    txn.commit().await?;
    Ok(review)
}

/// Rejects a change with a reason code and a text for the member, emailed to the new
/// recovery email (the address the member is watching).
pub async fn reject(
    db: &Db,
    actor: &Actor,
    id: &str,
    reason: &str,
    text: &str,
) -> ServiceResult<Review> {
    let txn = db.begin().await?;
    lock_under_review(&txn, id).await?;
    let edit = contact_change::ActiveModel {
        state: Set(ChangeState::Rejected),
        decided_at: Set(Some(now_ms())),
        decided_by: Set(actor.key_id.clone()),
        rejection_reason: Set(Some(reason.to_owned())),
        rejection_text: Set(Some(text.to_owned())),
        ..Default::default()
    };
    let row = decide(&txn, id, edit).await?;
    let message = Message::ContactChangeRejected {
        given_name: row.given_name.clone().unwrap_or_default(),
        address: row.mailbox_address.clone(),
        reason: text.to_owned(),
    };
    if let Some(to) = &row.recovery_email {
        notify::queue_email(
            &*txn,
            &message,
            to,
            Related {
                kind: "contact_change",
                id: &row.id,
            },
        )
        .await?;
    }
    audit::record(
        &*txn,
        actor,
        "contact.rejected",
        "contact_change",
        &row.id,
        serde_json::json!({ "reason": reason }),
    )
    .await?;
    events::publish_contact_change(
        &*txn,
        actor,
        EventKind::ContactChangeRejected,
        &row.id,
        &row.mailbox_address,
    )
    .await?;
    let review = review_of(&*txn, row).await?;
    txn.commit().await?;
    Ok(review)
}

/// One side of a change's identity document, decrypted, for an operator; who looked at
/// which image is part of the trail.
pub async fn open_document(
    db: &Db,
    blobs: &SealedBlobs,
    actor: &Actor,
    id: &str,
    side: Side,
) -> ServiceResult<(contact_change_document::Model, Vec<u8>)> {
    let review = get(db.conn(), id).await?;
    let doc = review
        .change
        .documents
        .iter()
        .find(|d| d.side == side.as_str())
        .cloned()
        .ok_or_else(|| {
            ServiceError::not_found("identity document", format!("{id}/{}", side.as_str()))
        })?;
    let bytes = blobs
        .get(&StoredBlob {
            path: doc.blob_path.clone(),
            key_id: doc.key_id.clone(),
            sha256: doc.sha256.clone(),
            size: u64::try_from(doc.size_bytes).unwrap_or(0),
        })
        .await
        .map_err(|e| ServiceError::Internal(e.into()))?;
    let txn = db.begin().await?;
    audit::record(
        &*txn,
        actor,
        "contact.document_viewed",
        "contact_change",
        id,
        serde_json::json!({ "side": side.as_str() }),
    )
    .await?;
    txn.commit().await?;
    Ok((doc, bytes))
}

/// Emails the operators once about each change due within `window`; returns how many.
pub async fn remind_due(
    db: &Db,
    settings: &ContactSettings,
    window: Duration,
) -> ServiceResult<u64> {
    let Some(to) = settings.review_reminder_email.clone() else {
        return Ok(0);
    };
    let now = now_ms();
    let horizon = now.saturating_add(i64::try_from(window.as_millis()).unwrap_or(i64::MAX));
    let due = contact_change::Entity::find()
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview))
        .filter(contact_change::Column::ReminderSentAt.is_null())
        .filter(contact_change::Column::DueAt.lt(horizon))
        .order_by_asc(contact_change::Column::DueAt)
        .all(db.conn())
        .await?;
    let mut sent = 0;
    for row in due {
        let txn = db.begin().await?;
        let claimed = contact_change::Entity::update_many()
            .col_expr(contact_change::Column::ReminderSentAt, Expr::value(now))
            .filter(contact_change::Column::Id.eq(row.id.clone()))
            .filter(contact_change::Column::ReminderSentAt.is_null())
            .exec(&*txn)
            .await?;
        if claimed.rows_affected == 1 {
            let message = Message::ReviewReminder {
                change_id: row.id.clone(),
                address: row.mailbox_address.clone(),
                due: notify::italian_date(row.due_at.unwrap_or(now)),
            };
            notify::queue_email(
                &*txn,
                &message,
                &to,
                Related {
                    kind: "contact_change",
                    id: &row.id,
                },
            )
            .await?;
            sent += 1;
        }
        txn.commit().await?;
    }
    Ok(sent)
}

/// Deletes the identity images of changes decided more than `retention` ago (or cancelled);
/// the audit trail keeps their SHA-256. Returns how many changes lost their images.
pub async fn purge_images(db: &Db, blobs: &SealedBlobs, retention: Duration) -> ServiceResult<u64> {
    let cutoff = now_ms().saturating_sub(i64::try_from(retention.as_millis()).unwrap_or(i64::MAX));
    let decided = contact_change::Entity::find()
        .filter(contact_change::Column::State.is_in([
            ChangeState::Approved,
            ChangeState::Rejected,
            ChangeState::Cancelled,
        ]))
        .filter(contact_change::Column::ImagesDeletedAt.is_null())
        .filter(contact_change::Column::DecidedAt.lt(cutoff))
        .all(db.conn())
        .await?;
    let mut purged = 0;
    for row in decided {
        let docs = documents(db.conn(), &row.id).await?;
        for doc in &docs {
            blobs
                .delete(&doc.blob_path)
                .await
                .map_err(|e| ServiceError::Internal(e.into()))?;
        }
        let txn = db.begin().await?;
        contact_change_document::Entity::delete_many()
            .filter(contact_change_document::Column::ChangeId.eq(row.id.clone()))
            .exec(&*txn)
            .await?;
        contact_change::Entity::update_many()
            .col_expr(
                contact_change::Column::ImagesDeletedAt,
                Expr::value(now_ms()),
            )
            .filter(contact_change::Column::Id.eq(row.id.clone()))
            .exec(&*txn)
            .await?;
        audit::record(
            &*txn,
            &Actor::system(),
            "contact.images_deleted",
            "contact_change",
            &row.id,
            serde_json::json!({ "sha256": docs.iter().map(|d| &d.sha256).collect::<Vec<_>>() }),
        )
        .await?;
        txn.commit().await?;
        purged += 1;
    }
    Ok(purged)
}
