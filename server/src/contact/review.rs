//! The operators' review of submitted changes: the queue (overdue and oldest due first),
//! approval (the new contacts and residence applied to the mailbox in one transaction),
//! rejection with a reason, reminders for changes about to fall due, and the deletion of
//! identity images some time after the outcome.

use std::time::Duration;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{Change, ChangeState, ContactSettings};
use crate::audit;
use crate::auth::Actor;
use crate::blobs::SealedBlobs;
use crate::db::{Db, SelectUnique, now_ms};
use crate::entities::{contact_change, contact_change_document, mailbox, member};
use crate::error::{Reason, ServiceError, ServiceResult};
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
        .filter(contact_change::Column::State.eq(state.as_str()))
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
                    "token di pagina non valido",
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
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview.as_str()))
        .filter(contact_change::Column::DueAt.lt(now_ms()))
        .count(db)
        .await?)
}

fn not_under_review(row: &contact_change::Model) -> ServiceError {
    ServiceError::precondition(
        Reason::InvalidState,
        format!("the change is {}, not UNDER_REVIEW", row.state),
        format!("La richiesta non è in verifica (stato: {}).", row.state),
    )
}

/// Approves a change: the mailbox takes the new recovery email, mobile number and residence,
/// in the same transaction; the outcome is emailed to the new recovery email.
pub async fn approve(db: &Db, actor: &Actor, id: &str) -> ServiceResult<Review> {
    let txn = db.begin().await?;
    let row = contact_change::Entity::find_by_id(id.to_owned())
        .unique(&*txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("contact change", id))?;
    if row.state != ChangeState::UnderReview.as_str() {
        return Err(not_under_review(&row));
    }
    let mb = mailbox::Entity::find_by_id(row.mailbox_address.clone())
        .unique(&*txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("mailbox", row.mailbox_address.clone()))?;
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
    let mut c = row.clone().into_active_model();
    c.state = Set(ChangeState::Approved.as_str().to_owned());
    c.decided_at = Set(Some(now));
    c.decided_by = Set(actor.key_id.clone());
    c.cancel_token_hash = Set(None);
    c.updated_at = Set(now);
    let row = c.update(&*txn).await?;
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
    let row = contact_change::Entity::find_by_id(id.to_owned())
        .unique(&*txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("contact change", id))?;
    if row.state != ChangeState::UnderReview.as_str() {
        return Err(not_under_review(&row));
    }
    let now = now_ms();
    let mut c = row.into_active_model();
    c.state = Set(ChangeState::Rejected.as_str().to_owned());
    c.decided_at = Set(Some(now));
    c.decided_by = Set(actor.key_id.clone());
    c.rejection_reason = Set(Some(reason.to_owned()));
    c.rejection_text = Set(Some(text.to_owned()));
    c.cancel_token_hash = Set(None);
    c.updated_at = Set(now);
    let row = c.update(&*txn).await?;
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
    let review = review_of(&*txn, row).await?;
    txn.commit().await?;
    Ok(review)
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
        .filter(contact_change::Column::State.eq(ChangeState::UnderReview.as_str()))
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
            ChangeState::Approved.as_str(),
            ChangeState::Rejected.as_str(),
            ChangeState::Cancelled.as_str(),
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
