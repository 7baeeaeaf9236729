//! Mailboxes: reading, the state machine NON_ATTIVO → ATTIVO → SOSPESO ↔ ATTIVO → CESSATO,
//! and the rules by which the register drives them. Every state change queues a job that
//! brings the provider's account to the same state.

use std::time::Duration;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Statement,
};

use crate::audit;
use crate::auth::{Actor, Role, scoped_ordine};
use crate::db::SelectUnique;
use crate::db::{Db, now_ms};
use crate::domain::{
    ActivationState, CodiceFiscale, MailboxState, RegisterStatus, SuspensionCause,
};
use crate::entities::{activation_request, mailbox, member};
use crate::error::{Reason, ServiceError, ServiceResult};
use crate::events::{self, EventKind, NewEvent};
use crate::jobs::{self, Job};
use crate::notify::{self, Message, Related, italian_date};
use crate::paging::{Page, PageRequest};

/// The mailbox if the caller may see it; another Ordine's mailbox is NOT_FOUND, like a
/// missing one, so nothing leaks.
fn visible(
    found: Option<mailbox::Model>,
    actor: &Actor,
    address: String,
) -> ServiceResult<mailbox::Model> {
    match found {
        Some(m) if actor.scope.sees(&m.ordine_code) => Ok(m),
        _ => Err(ServiceError::not_found("mailbox", address)),
    }
}

fn normalise(address: &str) -> String {
    address.trim().to_ascii_lowercase()
}

/// Reads a mailbox by address for `GetMailbox`: on an SQLite file through an idle plain
/// handle on this thread (see `db::SqliteReaders`); on PostgreSQL coalesced with concurrent
/// reads into one query (see `db::BatchedReads`); otherwise through the pool.
pub async fn read(db: &Db, actor: &Actor, address: &str) -> ServiceResult<mailbox::Model> {
    if let Some(readers) = db.sqlite_readers() {
        let address = normalise(address);
        if let Some(found) = readers.try_read(|conn| crate::db::read_mailbox(conn, &address)) {
            let found = found.map_err(|e| ServiceError::Internal(e.into()))?;
            return visible(found, actor, address);
        }
    }
    if let Some(batched) = db.mailbox_reads() {
        let address = normalise(address);
        return visible(batched.get(address.clone()).await?, actor, address);
    }
    get(db.conn(), actor, address).await
}

pub async fn get(
    db: &impl ConnectionTrait,
    actor: &Actor,
    address: &str,
) -> ServiceResult<mailbox::Model> {
    let address = normalise(address);
    // The hottest read of the service: a fixed statement skips building the query per call.
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "SELECT * FROM mailboxes WHERE address = $1",
        _ => "SELECT * FROM mailboxes WHERE address = ?",
    };
    let stmt = Statement::from_sql_and_values(backend, sql, [address.clone().into()]);
    let found = mailbox::Entity::find().from_raw_sql(stmt).all(db).await?;
    visible(found.into_iter().next(), actor, address)
}

async fn get_for_update(
    db: &impl ConnectionTrait,
    actor: &Actor,
    address: &str,
) -> ServiceResult<mailbox::Model> {
    let address = normalise(address);
    let found = mailbox::Entity::find_by_id(address.clone())
        .lock_exclusive()
        .unique(db)
        .await?;
    visible(found, actor, address)
}

/// Filters of `ListMailboxes`.
#[derive(Debug, Clone, Default)]
pub struct MailboxFilter {
    pub ordine_code: Option<String>,
    pub state: Option<MailboxState>,
    pub codice_fiscale: Option<CodiceFiscale>,
}

pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    filter: &MailboxFilter,
    page: &PageRequest,
) -> ServiceResult<Page<mailbox::Model>> {
    let mut query = mailbox::Entity::find().order_by_asc(mailbox::Column::Address);
    if let Some(code) = scoped_ordine(&actor.scope, filter.ordine_code.as_deref())? {
        query = query.filter(mailbox::Column::OrdineCode.eq(code));
    }
    if let Some(state) = filter.state {
        query = query.filter(mailbox::Column::State.eq(state));
    }
    if let Some(cf) = &filter.codice_fiscale {
        query = query.filter(mailbox::Column::CodiceFiscale.eq(cf.as_str()));
    }
    if let Some(after) = &page.after {
        query = query.filter(mailbox::Column::Address.gt(after.clone()));
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    Ok(Page::from_rows(rows, page.size, |m| m.address.clone()))
}

/// Writes a state change, its audit row, its event (`kind`; `moved_from`: the Ordine it
/// left, if this change moved it) and the provider job.
async fn save(
    db: &impl ConnectionTrait,
    actor: &Actor,
    active: mailbox::ActiveModel,
    action: &str,
    details: serde_json::Value,
    kind: EventKind,
    moved_from: Option<&str>,
) -> ServiceResult<mailbox::Model> {
    let saved = active.update(db).await?;
    audit::record(db, actor, action, "mailbox", &saved.address, details).await?;
    let event = NewEvent::new(kind, &saved.address, &saved.ordine_code);
    let event = match moved_from {
        Some(previous) => event.moved_from(previous),
        None => event,
    };
    events::publish_all(db, actor, vec![event]).await?;
    jobs::enqueue(
        db,
        Job::SyncMailboxState {
            address: saved.address.clone(),
        },
    )
    .await?;
    Ok(saved)
}

/// Queues an email to the holder's personal address about `mailbox`.
async fn tell_holder(
    db: &impl ConnectionTrait,
    mailbox: &mailbox::Model,
    make: impl FnOnce(String, String) -> Message,
) -> ServiceResult<()> {
    let Some(holder) = member::Entity::find_by_id(mailbox.codice_fiscale.clone())
        .unique(db)
        .await?
    else {
        return Ok(());
    };
    let message = make(holder.given_name, mailbox.address.clone());
    notify::queue_email(
        db,
        &message,
        &holder.personal_email,
        Related {
            kind: "mailbox",
            id: &mailbox.address,
        },
    )
    .await?;
    Ok(())
}

/// Suspends an ATTIVO mailbox on behalf of its Ordine or an operator.
pub async fn suspend(
    db: &impl ConnectionTrait,
    actor: &Actor,
    address: &str,
    note: Option<String>,
) -> ServiceResult<mailbox::Model> {
    let current = get_for_update(db, actor, address).await?;
    let state = current.state;
    if state != MailboxState::Attivo {
        return Err(ServiceError::invalid_state(
            "mailbox",
            state.as_str(),
            "suspend",
        ));
    }
    let cause = match actor.role {
        Some(Role::Ordine) => SuspensionCause::Ordine,
        _ => SuspensionCause::Operator,
    };
    let mut active: mailbox::ActiveModel = current.into();
    active.state = Set(MailboxState::Sospeso);
    active.suspension_cause = Set(Some(cause));
    active.suspension_note = Set(note.clone());
    active.updated_at = Set(now_ms());
    let saved = save(
        db,
        actor,
        active,
        "mailbox.suspend",
        serde_json::json!({ "cause": cause.as_str(), "note": note }),
        EventKind::MailboxSuspended,
        None,
    )
    .await?;
    tell_holder(db, &saved, |given_name, address| {
        Message::MailboxSuspended {
            given_name,
            address,
            because_of_register: false,
        }
    })
    .await?;
    Ok(saved)
}

/// Lifts a suspension made by an Ordine or an operator, for a member in good standing.
pub async fn reactivate(
    db: &impl ConnectionTrait,
    actor: &Actor,
    address: &str,
) -> ServiceResult<mailbox::Model> {
    let current = get_for_update(db, actor, address).await?;
    let state = current.state;
    if state != MailboxState::Sospeso {
        return Err(ServiceError::invalid_state(
            "mailbox",
            state.as_str(),
            "reactivate",
        ));
    }
    let cause = current.suspension_cause;
    match cause {
        Some(SuspensionCause::RegisterSuspended | SuspensionCause::RegisterStruckOff) => {
            return Err(ServiceError::precondition(
                Reason::MemberNotInGoodStanding,
                "the mailbox is suspended because the member is not in good standing in the register; it is reactivated when the register reinstates the member",
                "La casella è sospesa perché l'iscritto non è in regola con l'albo: sarà riattivata al ripristino dell'iscrizione.",
            ));
        }
        Some(SuspensionCause::Operator) if actor.role == Some(Role::Ordine) => {
            return Err(ServiceError::PermissionDenied(
                "the mailbox was suspended by a federation operator; only an operator may reactivate it".to_owned(),
            ));
        }
        _ => {}
    }
    let member = member::Entity::find_by_id(current.codice_fiscale.clone())
        .unique(db)
        .await?;
    if member.map(|m| m.register_status) != Some(RegisterStatus::Active) {
        return Err(ServiceError::precondition(
            Reason::MemberNotInGoodStanding,
            "the member is not in good standing in the register",
            "L'iscritto non è in regola con l'albo.",
        ));
    }
    let mut active: mailbox::ActiveModel = current.into();
    active.state = Set(MailboxState::Attivo);
    active.suspension_cause = Set(None);
    active.suspension_note = Set(None);
    active.updated_at = Set(now_ms());
    let saved = save(
        db,
        actor,
        active,
        "mailbox.reactivate",
        serde_json::json!({}),
        EventKind::MailboxReactivated,
        None,
    )
    .await?;
    tell_holder(db, &saved, |given_name, address| {
        Message::MailboxReactivated {
            given_name,
            address,
        }
    })
    .await?;
    Ok(saved)
}

/// Closes a mailbox for good. A mailbox still waiting for acceptance takes its request with it.
pub async fn close(
    db: &impl ConnectionTrait,
    actor: &Actor,
    address: &str,
    note: Option<String>,
) -> ServiceResult<mailbox::Model> {
    let current = get_for_update(db, actor, address).await?;
    close_model(
        db,
        actor,
        current,
        "mailbox.close",
        serde_json::json!({ "note": note }),
    )
    .await
}

async fn close_model(
    db: &impl ConnectionTrait,
    actor: &Actor,
    current: mailbox::Model,
    action: &str,
    details: serde_json::Value,
) -> ServiceResult<mailbox::Model> {
    let state = current.state;
    if state == MailboxState::Cessato {
        return Err(ServiceError::invalid_state(
            "mailbox",
            state.as_str(),
            "close",
        ));
    }
    if state == MailboxState::NonAttivo {
        let now = now_ms();
        let withdrawn = activation_request::Entity::update_many()
            .col_expr(
                activation_request::Column::State,
                sea_orm::sea_query::Expr::value(ActivationState::Annullata),
            )
            .col_expr(
                activation_request::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(activation_request::Column::Id.eq(current.activation_request_id.clone()))
            .filter(activation_request::Column::State.eq(ActivationState::DaAccettare))
            .exec(db)
            .await?;
        if withdrawn.rows_affected > 0 {
            events::publish(
                db,
                actor,
                EventKind::ActivationRequestCancelled,
                &current.activation_request_id,
                &current.ordine_code,
            )
            .await?;
        }
    }
    let now = now_ms();
    let mut active: mailbox::ActiveModel = current.into();
    active.state = Set(MailboxState::Cessato);
    active.suspension_cause = Set(None);
    active.scheduled_closure_at = Set(None);
    active.closed_at = Set(Some(now));
    active.updated_at = Set(now);
    let saved = save(
        db,
        actor,
        active,
        action,
        details,
        EventKind::MailboxClosed,
        None,
    )
    .await?;
    // Its pending contact change ends with it (and leaves the review queue).
    crate::contact::end_with_mailbox(db, actor, &saved.address).await?;
    // A mailbox never accepted was never the member's: no notice for it.
    if state != MailboxState::NonAttivo {
        tell_holder(db, &saved, |given_name, address| Message::MailboxClosed {
            given_name,
            address,
        })
        .await?;
    }
    Ok(saved)
}

/// Job: closes a struck-off member's mailbox if its closure is still scheduled for `scheduled_at`
/// (a reinstatement or a newer schedule makes this job a no-op).
pub async fn close_struck_off(db: &Db, address: &str, scheduled_at: i64) -> ServiceResult<()> {
    let txn = db.begin().await?;
    let Some(current) = mailbox::Entity::find_by_id(address.to_owned())
        .lock_exclusive()
        .unique(&*txn)
        .await?
    else {
        return Ok(());
    };
    if current.scheduled_closure_at != Some(scheduled_at) || current.state != MailboxState::Sospeso
    {
        return Ok(());
    }
    close_model(
        &*txn,
        &Actor::system(),
        current,
        "mailbox.close_struck_off",
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Job: the state the provider's account should have now, or `None` if there is no mailbox
/// (reading the current state, not the one at enqueue time, makes stale jobs harmless).
pub async fn provider_target_state(db: &Db, address: &str) -> ServiceResult<Option<MailboxState>> {
    Ok(mailbox::Entity::find_by_id(address.to_owned())
        .unique(db.conn())
        .await?
        .map(|m| m.state))
}

/// Whether a change of a member's record concerns their mailbox: a change of standing or of
/// Ordine does (`on_member_changed`); names, albo, number and contact data do not, so such
/// changes may be written in bulk.
pub fn member_change_concerns_mailbox(old: &member::Model, new: &member::Model) -> bool {
    old.register_status != new.register_status || old.ordine_code != new.ordine_code
}

/// The register's effect on a member's live mailbox, inside the transaction that changed the
/// member: suspension suspends it; striking off suspends it and schedules closure after the
/// grace period (`struck_off_grace`); reinstatement lifts register suspensions; a transfer
/// moves it.
pub async fn on_member_changed(
    db: &impl ConnectionTrait,
    struck_off_grace: Duration,
    old: &member::Model,
    new: &member::Model,
) -> ServiceResult<()> {
    if !member_change_concerns_mailbox(old, new) {
        return Ok(());
    }
    let Some(current) = mailbox::Entity::find()
        .filter(mailbox::Column::CodiceFiscale.eq(new.codice_fiscale.clone()))
        .filter(mailbox::Column::State.ne(MailboxState::Cessato))
        .lock_exclusive()
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let actor = Actor::system();
    let now = now_ms();
    let state = current.state;
    let cause = current.suspension_cause;
    let mut active: mailbox::ActiveModel = current.clone().into();
    let mut changed_state = false;
    let mut action = "mailbox.transfer";

    if old.ordine_code != new.ordine_code {
        active.ordine_code = Set(new.ordine_code.clone());
    }
    if old.register_status != new.register_status {
        match new.register_status {
            RegisterStatus::Suspended => match (state, cause) {
                (MailboxState::Attivo, _) => {
                    active.state = Set(MailboxState::Sospeso);
                    active.suspension_cause = Set(Some(SuspensionCause::RegisterSuspended));
                    changed_state = true;
                    action = "mailbox.register_suspend";
                }
                (MailboxState::Sospeso, Some(SuspensionCause::RegisterStruckOff)) => {
                    active.suspension_cause = Set(Some(SuspensionCause::RegisterSuspended));
                    active.scheduled_closure_at = Set(None);
                    action = "mailbox.register_suspend";
                }
                _ => {}
            },
            RegisterStatus::StruckOff => {
                if matches!(state, MailboxState::Attivo | MailboxState::Sospeso) {
                    let grace = i64::try_from(struck_off_grace.as_millis()).unwrap_or(i64::MAX);
                    let closure_at = now.saturating_add(grace);
                    changed_state = state == MailboxState::Attivo;
                    active.state = Set(MailboxState::Sospeso);
                    active.suspension_cause = Set(Some(SuspensionCause::RegisterStruckOff));
                    active.scheduled_closure_at = Set(Some(closure_at));
                    jobs::enqueue_at(
                        db,
                        Job::CloseStruckOff {
                            address: current.address.clone(),
                            scheduled_at: closure_at,
                        },
                        closure_at,
                    )
                    .await?;
                    action = "mailbox.register_struck_off";
                }
            }
            RegisterStatus::Active => {
                if state == MailboxState::Sospeso
                    && matches!(
                        cause,
                        Some(
                            SuspensionCause::RegisterSuspended | SuspensionCause::RegisterStruckOff
                        )
                    )
                {
                    active.state = Set(MailboxState::Attivo);
                    active.suspension_cause = Set(None);
                    active.scheduled_closure_at = Set(None);
                    changed_state = true;
                    action = "mailbox.register_reinstate";
                }
            }
        }
    }
    active.updated_at = Set(now);
    let details = serde_json::json!({
        "register_status": new.register_status.as_str(),
        "ordine_code": new.ordine_code,
    });
    let saved = if changed_state {
        let kind = if action == "mailbox.register_reinstate" {
            EventKind::MailboxReactivated
        } else {
            EventKind::MailboxSuspended
        };
        save(
            db,
            &actor,
            active,
            action,
            details,
            kind,
            Some(&old.ordine_code),
        )
        .await?
    } else {
        let saved = active.update(db).await?;
        audit::record(db, &actor, action, "mailbox", &saved.address, details).await?;
        let event = NewEvent::new(
            EventKind::MailboxUpdated,
            &saved.address,
            &saved.ordine_code,
        );
        events::publish_all(db, &actor, vec![event.moved_from(&old.ordine_code)]).await?;
        saved
    };
    match action {
        "mailbox.register_suspend" if changed_state => {
            tell_holder(db, &saved, |given_name, address| {
                Message::MailboxSuspended {
                    given_name,
                    address,
                    because_of_register: true,
                }
            })
            .await?;
        }
        "mailbox.register_struck_off" => {
            let date = italian_date(saved.scheduled_closure_at.unwrap_or_default());
            tell_holder(db, &saved, |given_name, address| {
                Message::ClosureScheduled {
                    given_name,
                    address,
                    date,
                }
            })
            .await?;
        }
        "mailbox.register_reinstate" => {
            tell_holder(db, &saved, |given_name, address| {
                Message::MailboxReactivated {
                    given_name,
                    address,
                }
            })
            .await?;
        }
        _ => {}
    }
    Ok(())
}
