//! Assignments the member has not accepted: reminders after 7 and 21 days, expiry after 60
//! (configurable). Each decision is taken in one transaction on the locked request row, so a
//! sweep running on another replica, or the member accepting at the same moment, cannot
//! make it twice: the second to lock sees the first's outcome.

use std::time::Duration;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::get_for_update;
use crate::audit;
use crate::auth::Actor;
use crate::db::{Db, SelectUnique, now_ms};
use crate::domain::{ActivationState, MailboxState, RegisterStatus};
use crate::entities::{activation_request, mailbox, member, ordine};
use crate::error::ServiceResult;
use crate::events::{self, EventKind};
use crate::jobs::{self, Job};
use crate::notify::{self, Message, Related, italian_date};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// Assignments waiting for the member.
#[derive(Debug, Clone)]
pub struct AssignmentSettings {
    /// The Albo's page where the member accepts (Area Utente – Scheda Anagrafica – Richieste
    /// PEC); None: the emails name the page without a link.
    pub acceptance_url: Option<String>,
    /// Days after the offer at which the member is reminded, each once.
    pub reminder_days: Vec<u32>,
    /// Days after the offer at which an assignment not accepted expires.
    pub expiry_days: u32,
    /// Pause between two sweeps.
    pub sweep_interval: Duration,
}

impl Default for AssignmentSettings {
    fn default() -> Self {
        Self {
            acceptance_url: None,
            reminder_days: vec![7, 21],
            expiry_days: 60,
            sweep_interval: Duration::from_secs(15 * 60),
        }
    }
}

impl AssignmentSettings {
    /// When an assignment offered at `offered_at` expires.
    pub fn expires_at(&self, offered_at: i64) -> i64 {
        offered_at.saturating_add(i64::from(self.expiry_days).saturating_mul(DAY_MS))
    }

    /// The reminder days that apply: sorted, once each, before the expiry.
    fn reminders(&self) -> Vec<u32> {
        let mut days: Vec<u32> = self
            .reminder_days
            .iter()
            .copied()
            .filter(|d| *d > 0 && *d < self.expiry_days)
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }

    /// How many reminders are due at `now` for an offer made at `offered_at`.
    fn reminders_due(&self, offered_at: i64, now: i64) -> i32 {
        let due = self
            .reminders()
            .iter()
            .filter(|d| offered_at.saturating_add(i64::from(**d).saturating_mul(DAY_MS)) <= now)
            .count();
        i32::try_from(due).unwrap_or(i32::MAX)
    }
}

/// What one sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SweepOutcome {
    pub reminded: usize,
    pub expired: usize,
    /// Requests whose decision failed; tried again next time.
    pub failed: usize,
}

/// Reminds and expires the assignments due at `now` (the clock's time in production; tests
/// may pass a later one). Each request is decided in its own transaction.
pub async fn sweep(
    db: &Db,
    settings: &AssignmentSettings,
    now: i64,
) -> ServiceResult<SweepOutcome> {
    let first = settings
        .reminders()
        .first()
        .copied()
        .unwrap_or(settings.expiry_days)
        .min(settings.expiry_days);
    let offered_before = now.saturating_sub(i64::from(first).saturating_mul(DAY_MS));
    let candidates: Vec<(String, Option<i64>)> = activation_request::Entity::find()
        .select_only()
        .column(activation_request::Column::Id)
        .column(activation_request::Column::OfferedAt)
        .filter(activation_request::Column::State.eq(ActivationState::DaAccettare))
        .filter(activation_request::Column::OfferedAt.lte(offered_before))
        .order_by_asc(activation_request::Column::OfferedAt)
        .into_tuple()
        .all(db.conn())
        .await?;
    let mut outcome = SweepOutcome::default();
    for (id, offered_at) in candidates {
        let Some(offered_at) = offered_at else {
            continue;
        };
        let expiring = settings.expires_at(offered_at) <= now;
        let decided = if expiring {
            expire(db, &id, settings, now).await
        } else {
            remind(db, &id, settings, now).await
        };
        // One request's failure (a deadlock victim, a lost connection) does not hold up the
        // others; the next sweep tries it again.
        match decided {
            Ok(true) if expiring => outcome.expired += 1,
            Ok(true) => outcome.reminded += 1,
            Ok(false) => {}
            Err(err) => {
                outcome.failed += 1;
                tracing::warn!(request = %id, error = %err, "deciding an assignment failed");
            }
        }
    }
    Ok(outcome)
}

/// Sends the member the reminder due at `now`, if not sent yet: one email however many
/// reminder days passed since the last sweep. Returns whether it sent one.
pub async fn remind(
    db: &Db,
    id: &str,
    settings: &AssignmentSettings,
    now: i64,
) -> ServiceResult<bool> {
    let txn = db.begin().await?;
    let Some(request) = get_for_update(&*txn, id).await? else {
        return Ok(false);
    };
    let Some(offered_at) = request.offered_at else {
        return Ok(false);
    };
    let due = settings.reminders_due(offered_at, now);
    if request.state != ActivationState::DaAccettare
        || due <= request.reminders_sent
        || settings.expires_at(offered_at) <= now
    {
        return Ok(false);
    }
    // A member suspended or struck off cannot accept: no reminder until reinstated (then
    // the one due is sent).
    let Some(holder) = member::Entity::find_by_id(request.codice_fiscale.clone())
        .unique(&*txn)
        .await?
        .filter(|m| m.register_status == RegisterStatus::Active)
    else {
        return Ok(false);
    };
    // The count it had when read is the condition: a write by anyone else in between (there
    // is none under the row lock) would leave this one without effect.
    let updated = activation_request::Entity::update_many()
        .col_expr(activation_request::Column::RemindersSent, Expr::value(due))
        .filter(activation_request::Column::Id.eq(request.id.clone()))
        .filter(activation_request::Column::State.eq(ActivationState::DaAccettare))
        .filter(activation_request::Column::RemindersSent.eq(request.reminders_sent))
        .exec(&*txn)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(false);
    }
    let ordine_name = ordine::Entity::find_by_id(request.ordine_code.clone())
        .unique(&*txn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let message = Message::AssignmentReminder {
        given_name: holder.given_name,
        address: request.mailbox_address.clone(),
        ordine_name,
        acceptance_url: settings.acceptance_url.clone().unwrap_or_default(),
        offered: italian_date(offered_at),
        expires: italian_date(settings.expires_at(offered_at)),
    };
    let related = Related {
        kind: "activation_request",
        id: &request.id,
    };
    notify::queue_email(&*txn, &message, &holder.personal_email, related).await?;
    audit::record(
        &*txn,
        &Actor::system(),
        "activation.remind",
        "activation_request",
        &request.id,
        serde_json::json!({ "reminder": due, "offered_at": offered_at }),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// THE EXPIRY: an assignment not accepted within `expiry_days` of its offer ends SCADUTA, in
/// one transaction on the locked request row: its NON_ATTIVO mailbox is removed (the
/// provider account by a `RemoveMailbox` job, with its retries), the address stays reserved
/// to the member (`mailbox_addresses`; `create` gives it to them again), the Ordine is
/// emailed at its PEC address, and the trail records it. Returns whether it expired the
/// request (false if it was accepted, declined or cancelled first, or is not due).
pub async fn expire(
    db: &Db,
    id: &str,
    settings: &AssignmentSettings,
    now: i64,
) -> ServiceResult<bool> {
    let txn = db.begin().await?;
    let Some(request) = get_for_update(&*txn, id).await? else {
        return Ok(false);
    };
    let Some(offered_at) = request.offered_at else {
        return Ok(false);
    };
    if request.state != ActivationState::DaAccettare || settings.expires_at(offered_at) > now {
        return Ok(false);
    }
    let actor = Actor::system();
    // Locked after the request, the order `accept` takes.
    let offered = mailbox::Entity::find_by_id(request.mailbox_address.clone())
        .lock_exclusive()
        .unique(&*txn)
        .await?;
    match offered {
        Some(mb) if mb.state == MailboxState::NonAttivo => {
            mailbox::Entity::delete_by_id(mb.address.clone())
                .exec(&*txn)
                .await?;
            audit::record(
                &*txn,
                &actor,
                "mailbox.remove_unaccepted",
                "mailbox",
                &mb.address,
                serde_json::json!({ "activation_request_id": request.id }),
            )
            .await?;
            jobs::enqueue(
                &*txn,
                Job::RemoveMailbox {
                    address: mb.address,
                },
            )
            .await?;
        }
        // Already closed by an operator (its account follows by its own job): the request
        // still expires; the address stays with the closed mailbox.
        Some(mb) if mb.state == MailboxState::Cessato => {}
        None => {}
        // A request waiting for acceptance has a NON_ATTIVO mailbox; an active or suspended
        // one is left for an operator rather than guessed at.
        Some(mb) => {
            tracing::warn!(
                request = %request.id,
                mailbox_state = %mb.state,
                "an assignment due to expire has a mailbox that is not NON_ATTIVO; left as is"
            );
            return Ok(false);
        }
    }
    let ordine = ordine::Entity::find_by_id(request.ordine_code.clone())
        .unique(&*txn)
        .await?;
    let holder = member::Entity::find_by_id(request.codice_fiscale.clone())
        .unique(&*txn)
        .await?;
    let mut told = None;
    if let Some(ordine) = ordine.filter(|o| !o.pec_address.trim().is_empty()) {
        let message = Message::AssignmentExpired {
            ordine_name: ordine.name.clone(),
            member_name: holder
                .map(|m| format!("{} {}", m.given_name, m.family_name))
                .unwrap_or_default(),
            codice_fiscale: request.codice_fiscale.clone(),
            address: request.mailbox_address.clone(),
            offered: italian_date(offered_at),
            days: i64::from(settings.expiry_days),
            request_id: request.id.clone(),
        };
        let related = Related {
            kind: "activation_request",
            id: &request.id,
        };
        notify::queue_email(&*txn, &message, &ordine.pec_address, related).await?;
        told = Some(ordine.pec_address);
    } else {
        tracing::warn!(request = %request.id, "the Ordine has no PEC address: not emailed of the expiry");
    }
    let request_id = request.id.clone();
    let ordine_code = request.ordine_code.clone();
    let mut active: activation_request::ActiveModel = request.into();
    active.state = Set(ActivationState::Scaduta);
    active.updated_at = Set(now_ms());
    active.update(&*txn).await?;
    audit::record(
        &*txn,
        &actor,
        "activation.scaduta",
        "activation_request",
        &request_id,
        serde_json::json!({
            "state": ActivationState::Scaduta.as_str(),
            "offered_at": offered_at,
            "expiry_days": settings.expiry_days,
            "ordine_emailed": told,
        }),
    )
    .await?;
    events::publish(
        &*txn,
        &actor,
        EventKind::ActivationRequestExpired,
        &request_id,
        &ordine_code,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminders_are_counted_from_the_offer_and_stop_before_expiry() {
        let s = AssignmentSettings {
            reminder_days: vec![21, 7, 7, 0, 60, 90],
            ..AssignmentSettings::default()
        };
        assert_eq!(s.reminders(), [7, 21]);
        let offered = 1_000;
        assert_eq!(s.reminders_due(offered, offered + 7 * DAY_MS - 1), 0);
        assert_eq!(s.reminders_due(offered, offered + 7 * DAY_MS), 1);
        assert_eq!(s.reminders_due(offered, offered + 21 * DAY_MS), 2);
        assert_eq!(s.reminders_due(offered, offered + 59 * DAY_MS), 2);
        assert_eq!(s.expires_at(offered), offered + 60 * DAY_MS);
    }
}
