//! Activation requests: the Ordine asks, the provider creates the mailbox (a job), the member
//! accepts or declines. RICHIESTA → IN_LAVORAZIONE → DA_ACCETTARE → ACCETTATA, or RIFIUTATA,
//! ANNULLATA, FALLITA; an assignment not accepted in time ends SCADUTA (`assignments`).

mod assignments;

pub use assignments::{AssignmentSettings, SweepOutcome, expire, remind, sweep};

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::audit;
use crate::auth::{Actor, scoped_ordine};
use crate::db::SelectUnique;
use crate::db::{Db, now_ms};
use crate::domain::{
    ActivationState, CodiceFiscale, MailboxState, RegisterStatus, mailbox_address,
};
use crate::entities::{activation_request, mailbox, mailbox_address as reserved, member, ordine};
use crate::error::{Reason, ServiceError, ServiceResult};
use crate::events::{self, EventKind};
use crate::jobs::{self, Job};
use crate::notify::{self, Message, Related};
use crate::paging::{Page, PageRequest};
use crate::password::{self, PasswordSettings, Purpose};
use crate::provider::NewMailbox;

/// Homonyms tried before giving up on an address (a safety bound, never reached in practice).
const MAX_HOMONYMS: u32 = 10_000;

/// A validated request for a mailbox.
#[derive(Debug, Clone)]
pub struct NewActivation {
    pub request_id: Option<String>,
    pub codice_fiscale: CodiceFiscale,
    /// One of the configured mailbox domains.
    pub domain: String,
}

/// Records a request: checks the convention's rules, reserves the address and queues the
/// provider job, all in the caller's transaction. The same path as a batch of one.
pub async fn create(
    db: &impl ConnectionTrait,
    actor: &Actor,
    new: NewActivation,
) -> ServiceResult<activation_request::Model> {
    let codes = [new.codice_fiscale.as_str().to_owned()];
    let mut batch = Batch::prepare(db, actor, &codes).await?;
    let created = batch.create(db, new).await?;
    batch.finish(db).await?;
    Ok(created)
}

/// Requests created together (`BatchCreateActivationRequests`), in one transaction: what the
/// rules read is read once for every member of the batch (the members locked), each request
/// is decided in order against it and against the requests before it in the batch, and the
/// rows (requests, provider jobs, trail, events) are written together at `finish`. Only the
/// address is reserved as each request is decided: reservations are what make an address
/// unique across concurrent transactions.
pub struct Batch {
    actor: Actor,
    members: HashMap<String, member::Model>,
    ordini: HashMap<String, ordine::Model>,
    /// Members with a mailbox that is not closed.
    live: HashMap<String, mailbox::Model>,
    /// Members with a pending request, including those created earlier in this batch.
    pending: HashMap<String, activation_request::Model>,
    /// Each member's latest request that expired unaccepted, by domain.
    expired: HashMap<(String, String), activation_request::Model>,
    created: Vec<activation_request::Model>,
}

impl Batch {
    /// Reads (and locks) what the rules need for the members `codes`.
    pub async fn prepare(
        db: &impl ConnectionTrait,
        actor: &Actor,
        codes: &[String],
    ) -> ServiceResult<Self> {
        let mut codes = codes.to_vec();
        codes.sort_unstable();
        codes.dedup();
        // In key order, so two batches lock their common members in the same order.
        let members: HashMap<String, member::Model> = member::Entity::find()
            .filter(member::Column::CodiceFiscale.is_in(codes.clone()))
            .order_by_asc(member::Column::CodiceFiscale)
            .lock_exclusive()
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.codice_fiscale.clone(), m))
            .collect();
        let ordine_codes: HashSet<String> =
            members.values().map(|m| m.ordine_code.clone()).collect();
        let ordini = ordine::Entity::find()
            .filter(ordine::Column::Code.is_in(ordine_codes))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.code.clone(), o))
            .collect();
        let live = mailbox::Entity::find()
            .filter(mailbox::Column::CodiceFiscale.is_in(codes.clone()))
            .filter(mailbox::Column::State.ne(MailboxState::Cessato))
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.codice_fiscale.clone(), m))
            .collect();
        let pending = activation_request::Entity::find()
            .filter(activation_request::Column::CodiceFiscale.is_in(codes.clone()))
            .filter(activation_request::Column::State.is_in(pending_states()))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.codice_fiscale.clone(), r))
            .collect();
        let mut expired: HashMap<(String, String), activation_request::Model> = HashMap::new();
        for r in activation_request::Entity::find()
            .filter(activation_request::Column::CodiceFiscale.is_in(codes))
            .filter(activation_request::Column::State.eq(ActivationState::Scaduta))
            .order_by_asc(activation_request::Column::Id)
            .all(db)
            .await?
        {
            // Ids are time-ordered (UUIDv7): the last one read is the latest.
            expired.insert((r.codice_fiscale.clone(), r.domain.clone()), r);
        }
        Ok(Self {
            actor: actor.clone(),
            members,
            ordini,
            live,
            pending,
            expired,
            created: Vec::new(),
        })
    }

    /// Decides one request of the batch and reserves its address; its rows are written by
    /// `finish`. A refusal changes nothing.
    pub async fn create(
        &mut self,
        db: &impl ConnectionTrait,
        new: NewActivation,
    ) -> ServiceResult<activation_request::Model> {
        let code = new.codice_fiscale.as_str();
        let Some(member) = self
            .members
            .get(code)
            .filter(|m| self.actor.scope.sees(&m.ordine_code))
            .cloned()
        else {
            return Err(ServiceError::not_found("member", code));
        };
        let ordine = self
            .ordini
            .get(&member.ordine_code)
            .ok_or_else(|| ServiceError::not_found("Ordine", member.ordine_code.clone()))?;
        admissible(&member, ordine, self.live.get(code), self.pending.get(code))?;
        let address = match self
            .expired
            .get(&(member.codice_fiscale.clone(), new.domain.clone()))
        {
            Some(expired) => match expired_address(db, &member, expired).await? {
                Some(address) => address,
                None => reserve_address(db, &member, &new.domain).await?,
            },
            None => reserve_address(db, &member, &new.domain).await?,
        };
        let now = now_ms();
        let model = activation_request::Model {
            id: uuid::Uuid::now_v7().to_string(),
            request_id: new.request_id,
            ordine_code: member.ordine_code.clone(),
            codice_fiscale: member.codice_fiscale.clone(),
            domain: new.domain,
            mailbox_address: address,
            state: ActivationState::Richiesta,
            reason: None,
            created_by_key: self.actor.key_id.clone(),
            created_at: now,
            updated_at: now,
            offered_at: None,
            reminders_sent: 0,
        };
        self.pending
            .insert(model.codice_fiscale.clone(), model.clone());
        self.created.push(model.clone());
        Ok(model)
    }

    /// Writes the requests created, their provider jobs, trail rows and events.
    pub async fn finish(self, db: &impl ConnectionTrait) -> ServiceResult<()> {
        if self.created.is_empty() {
            return Ok(());
        }
        let actor = &self.actor;
        let mut trail = Vec::with_capacity(self.created.len());
        let mut jobs = Vec::with_capacity(self.created.len());
        let mut events = Vec::with_capacity(self.created.len());
        for r in &self.created {
            let mut row = audit::entry(
                actor,
                "activation.create",
                "activation_request",
                &r.id,
                &serde_json::json!({
                    "codice_fiscale": r.codice_fiscale,
                    "ordine_code": r.ordine_code,
                    "mailbox_address": r.mailbox_address,
                }),
            );
            row.ordine_code = Some(r.ordine_code.clone());
            trail.push(row);
            jobs.push(Job::CreateMailbox {
                activation_request_id: r.id.clone(),
            });
            events.push(events::NewEvent::new(
                EventKind::ActivationRequestCreated,
                &r.id,
                &r.ordine_code,
            ));
        }
        // 13 columns × 2,000 rows stays below SQLite's limit of 32,766 bound parameters.
        for chunk in self.created.chunks(2000) {
            activation_request::Entity::insert_many(
                chunk
                    .iter()
                    .cloned()
                    .map(activation_request::ActiveModel::from),
            )
            .exec_without_returning(db)
            .await?;
        }
        jobs::enqueue_many(db, jobs).await?;
        crate::db::bulk_members::insert_audit_rows(db, trail).await?;
        events::publish_all(db, actor, events).await?;
        Ok(())
    }
}

/// The convention's rules for a new request: the member's Ordine adheres, the member is in
/// good standing, and has neither a live mailbox nor a pending request.
fn admissible(
    member: &member::Model,
    ordine: &ordine::Model,
    live: Option<&mailbox::Model>,
    pending: Option<&activation_request::Model>,
) -> ServiceResult<()> {
    if !ordine.adheres_to_convention {
        return Err(ServiceError::precondition(
            Reason::OrdineNotAdhering,
            format!(
                "Ordine {} does not adhere to the PEC convention",
                ordine.code
            ),
            format!(
                "L'Ordine {} non aderisce alla convenzione PEC.",
                ordine.code
            ),
        ));
    }
    if member.register_status != RegisterStatus::Active {
        return Err(ServiceError::precondition(
            Reason::MemberNotInGoodStanding,
            format!("the member's register status is {}", member.register_status),
            "L'iscritto non è in regola con l'albo: la casella PEC non può essere assegnata.",
        ));
    }
    if let Some(live) = live {
        return Err(already_assigned(format!(
            "the member already has the mailbox {} ({})",
            live.address, live.state
        )));
    }
    if let Some(pending) = pending {
        return Err(already_assigned(format!(
            "the member already has the pending activation request {} ({})",
            pending.id, pending.state
        )));
    }
    Ok(())
}

fn pending_states() -> Vec<ActivationState> {
    ActivationState::ALL
        .iter()
        .copied()
        .filter(|s| s.is_pending())
        .collect()
}

fn already_assigned(message: String) -> ServiceError {
    ServiceError::AlreadyExists {
        reason: Reason::MailboxAlreadyAssigned,
        message,
        message_it: "L'iscritto ha già una casella PEC o una richiesta in corso.".to_owned(),
    }
}

/// Reserves `nome.cognome@domain`, or the next free numbered form for a homonym. Reservations
/// are never deleted, so an address once given is never given to someone else.
async fn reserve_address(
    db: &impl ConnectionTrait,
    member: &member::Model,
    domain: &str,
) -> ServiceResult<String> {
    let base =
        mailbox_address::local_part(&member.given_name, &member.family_name).map_err(|err| {
            ServiceError::precondition(
                Reason::InvalidState,
                format!("the member's names cannot form a mailbox address: {err}"),
                err.message_it(),
            )
        })?;
    let now = now_ms();
    for n in 1..=MAX_HOMONYMS {
        let address = format!("{}@{domain}", mailbox_address::with_suffix(&base, n));
        let inserted = reserved::Entity::insert(reserved::ActiveModel {
            address: Set(address.clone()),
            codice_fiscale: Set(member.codice_fiscale.clone()),
            reserved_at: Set(now),
        })
        .on_conflict(
            OnConflict::column(reserved::Column::Address)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
        if inserted == 1 {
            return Ok(address);
        }
    }
    Err(ServiceError::Internal(anyhow::anyhow!(
        "no free address for {base}@{domain} after {MAX_HOMONYMS} tries"
    )))
}

/// The address of the member's latest assignment in its domain that expired unaccepted
/// (`expired`), if its mailbox is gone: it stays theirs, so a new request gets it again.
async fn expired_address(
    db: &impl ConnectionTrait,
    member: &member::Model,
    expired: &activation_request::Model,
) -> ServiceResult<Option<String>> {
    let reserved_to_member = reserved::Entity::find_by_id(expired.mailbox_address.clone())
        .unique(db)
        .await?
        .is_some_and(|r| r.codice_fiscale == member.codice_fiscale);
    let mailbox_gone = mailbox::Entity::find_by_id(expired.mailbox_address.clone())
        .unique(db)
        .await?
        .is_none();
    Ok((reserved_to_member && mailbox_gone).then_some(expired.mailbox_address.clone()))
}

pub async fn get(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: &str,
) -> ServiceResult<activation_request::Model> {
    match activation_request::Entity::find_by_id(id.trim().to_owned())
        .unique(db)
        .await?
    {
        Some(r) if actor.scope.sees(&r.ordine_code) => Ok(r),
        _ => Err(ServiceError::not_found("activation request", id.trim())),
    }
}

async fn get_for_update(
    db: &impl ConnectionTrait,
    id: &str,
) -> ServiceResult<Option<activation_request::Model>> {
    Ok(activation_request::Entity::find_by_id(id.trim().to_owned())
        .lock_exclusive()
        .unique(db)
        .await?)
}

/// Filters of `ListActivationRequests`.
#[derive(Debug, Clone, Default)]
pub struct ActivationFilter {
    pub ordine_code: Option<String>,
    pub state: Option<ActivationState>,
    pub codice_fiscale: Option<CodiceFiscale>,
}

/// Newest first: ids are UUIDv7, so descending id order is descending creation order.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    filter: &ActivationFilter,
    page: &PageRequest,
) -> ServiceResult<Page<activation_request::Model>> {
    let mut query =
        activation_request::Entity::find().order_by_desc(activation_request::Column::Id);
    if let Some(code) = scoped_ordine(&actor.scope, filter.ordine_code.as_deref())? {
        query = query.filter(activation_request::Column::OrdineCode.eq(code));
    }
    if let Some(state) = filter.state {
        query = query.filter(activation_request::Column::State.eq(state));
    }
    if let Some(cf) = &filter.codice_fiscale {
        query = query.filter(activation_request::Column::CodiceFiscale.eq(cf.as_str()));
    }
    if let Some(after) = &page.after {
        query = query.filter(activation_request::Column::Id.lt(after.clone()));
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    Ok(Page::from_rows(rows, page.size, |r| r.id.clone()))
}

async fn set_state(
    db: &impl ConnectionTrait,
    actor: &Actor,
    request: activation_request::Model,
    state: ActivationState,
    reason: Option<String>,
) -> ServiceResult<activation_request::Model> {
    let now = now_ms();
    let mut active: activation_request::ActiveModel = request.into();
    active.state = Set(state);
    if reason.is_some() {
        active.reason = Set(reason.clone());
    }
    if state == ActivationState::DaAccettare {
        // Reminders and expiry count from the offer.
        active.offered_at = Set(Some(now));
        active.reminders_sent = Set(0);
    }
    active.updated_at = Set(now);
    let saved = active.update(db).await?;
    audit::record(
        db,
        actor,
        &format!("activation.{}", state.as_str().to_ascii_lowercase()),
        "activation_request",
        &saved.id,
        serde_json::json!({ "state": state.as_str(), "reason": reason }),
    )
    .await?;
    events::publish(
        db,
        actor,
        EventKind::for_activation(state),
        &saved.id,
        &saved.ordine_code,
    )
    .await?;
    Ok(saved)
}

/// Closes the NON_ATTIVO mailbox of a request that will not be accepted.
async fn close_unaccepted_mailbox(
    db: &impl ConnectionTrait,
    actor: &Actor,
    request: &activation_request::Model,
) -> ServiceResult<()> {
    let Some(mb) = mailbox::Entity::find_by_id(request.mailbox_address.clone())
        .lock_exclusive()
        .unique(db)
        .await?
    else {
        return Ok(());
    };
    if mb.state == MailboxState::Cessato {
        return Ok(());
    }
    let now = now_ms();
    let mut active: mailbox::ActiveModel = mb.into();
    active.state = Set(MailboxState::Cessato);
    active.closed_at = Set(Some(now));
    active.updated_at = Set(now);
    let saved = active.update(db).await?;
    audit::record(
        db,
        actor,
        "mailbox.close_unaccepted",
        "mailbox",
        &saved.address,
        serde_json::json!({}),
    )
    .await?;
    events::publish(
        db,
        actor,
        EventKind::MailboxClosed,
        &saved.address,
        &saved.ordine_code,
    )
    .await?;
    jobs::enqueue(
        db,
        Job::SyncMailboxState {
            address: saved.address,
        },
    )
    .await?;
    Ok(())
}

/// Withdraws a request not yet accepted.
pub async fn cancel(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: &str,
) -> ServiceResult<activation_request::Model> {
    let request = get_for_update(db, id)
        .await?
        .filter(|r| actor.scope.sees(&r.ordine_code))
        .ok_or_else(|| ServiceError::not_found("activation request", id.trim()))?;
    let state = request.state;
    if !state.is_pending() {
        return Err(ServiceError::invalid_state(
            "activation request",
            state.as_str(),
            "cancel",
        ));
    }
    close_unaccepted_mailbox(db, actor, &request).await?;
    set_state(db, actor, request, ActivationState::Annullata, None).await
}

/// A member's assignment with the requesting Ordine's name.
#[derive(Debug, Clone)]
pub struct AssignmentView {
    pub request: activation_request::Model,
    pub ordine_name: String,
}

pub async fn list_assignments(
    db: &impl ConnectionTrait,
    codice_fiscale: &CodiceFiscale,
) -> ServiceResult<Vec<AssignmentView>> {
    let requests = activation_request::Entity::find()
        .filter(activation_request::Column::CodiceFiscale.eq(codice_fiscale.as_str()))
        .filter(activation_request::Column::State.eq(ActivationState::DaAccettare))
        .order_by_asc(activation_request::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(requests.len());
    for request in requests {
        let ordine_name = ordine::Entity::find_by_id(request.ordine_code.clone())
            .unique(db)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        out.push(AssignmentView {
            request,
            ordine_name,
        });
    }
    Ok(out)
}

/// Loads a request for its member's answer; another member's request is "not found".
async fn for_member(
    db: &impl ConnectionTrait,
    id: &str,
    codice_fiscale: &CodiceFiscale,
) -> ServiceResult<activation_request::Model> {
    get_for_update(db, id)
        .await?
        .filter(|r| r.codice_fiscale == codice_fiscale.as_str())
        .ok_or_else(|| ServiceError::not_found("activation request", id.trim()))
}

/// The member accepts: request ACCETTATA, mailbox ATTIVO.
pub async fn accept(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: &str,
    codice_fiscale: &CodiceFiscale,
    passwords: &PasswordSettings,
) -> ServiceResult<(activation_request::Model, mailbox::Model)> {
    let request = for_member(db, id, codice_fiscale).await?;
    let state = request.state;
    if state != ActivationState::DaAccettare {
        return Err(ServiceError::invalid_state(
            "activation request",
            state.as_str(),
            "accept",
        ));
    }
    let member = member::Entity::find_by_id(request.codice_fiscale.clone())
        .unique(db)
        .await?
        .ok_or_else(|| ServiceError::not_found("member", request.codice_fiscale.clone()))?;
    if member.register_status != RegisterStatus::Active {
        return Err(ServiceError::precondition(
            Reason::MemberNotInGoodStanding,
            format!("the member's register status is {}", member.register_status),
            "L'iscritto non è in regola con l'albo: la casella PEC non può essere attivata.",
        ));
    }
    let mb = mailbox::Entity::find_by_id(request.mailbox_address.clone())
        .lock_exclusive()
        .unique(db)
        .await?
        .ok_or_else(|| ServiceError::not_found("mailbox", request.mailbox_address.clone()))?;
    if mb.state != MailboxState::NonAttivo {
        return Err(ServiceError::invalid_state(
            "mailbox",
            mb.state.as_str(),
            "activate",
        ));
    }
    let now = now_ms();
    let mut active: mailbox::ActiveModel = mb.into();
    active.state = Set(MailboxState::Attivo);
    active.activated_at = Set(Some(now));
    active.updated_at = Set(now);
    let mb = active.update(db).await?;
    audit::record(
        db,
        actor,
        "mailbox.activate",
        "mailbox",
        &mb.address,
        serde_json::json!({}),
    )
    .await?;
    events::publish(
        db,
        actor,
        EventKind::MailboxActivated,
        &mb.address,
        &mb.ordine_code,
    )
    .await?;
    jobs::enqueue(
        db,
        Job::SyncMailboxState {
            address: mb.address.clone(),
        },
    )
    .await?;
    // Until this link is used the mailbox is ATTIVO without a password.
    let token = password::issue_token(db, &mb.address, Purpose::Setup, passwords.setup_ttl).await?;
    let message = Message::MailboxActivated {
        given_name: member.given_name,
        address: mb.address.clone(),
        setup_link: password::link(passwords, &token),
        valid_hours: i64::try_from(passwords.setup_ttl.as_secs() / 3600).unwrap_or(i64::MAX),
    };
    let related = Related {
        kind: "mailbox",
        id: &mb.address,
    };
    notify::queue_email(db, &message, &member.personal_email, related).await?;
    let request = set_state(db, actor, request, ActivationState::Accettata, None).await?;
    Ok((request, mb))
}

/// The member declines: request RIFIUTATA, mailbox closed.
pub async fn decline(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: &str,
    codice_fiscale: &CodiceFiscale,
    reason: Option<String>,
) -> ServiceResult<activation_request::Model> {
    let request = for_member(db, id, codice_fiscale).await?;
    let state = request.state;
    if state != ActivationState::DaAccettare {
        return Err(ServiceError::invalid_state(
            "activation request",
            state.as_str(),
            "decline",
        ));
    }
    close_unaccepted_mailbox(db, actor, &request).await?;
    set_state(db, actor, request, ActivationState::Rifiutata, reason).await
}

/// Job step 1: marks the request IN_LAVORAZIONE and says what to create, or `None` when the
/// request no longer needs a mailbox (cancelled meanwhile).
pub async fn start_provisioning(db: &Db, id: &str) -> ServiceResult<Option<NewMailbox>> {
    let txn = db.begin().await?;
    let Some(request) = get_for_update(&*txn, id).await? else {
        return Ok(None);
    };
    let state = request.state;
    if !matches!(
        state,
        ActivationState::Richiesta | ActivationState::InLavorazione
    ) {
        return Ok(None);
    }
    let member = member::Entity::find_by_id(request.codice_fiscale.clone())
        .unique(&*txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("member", request.codice_fiscale.clone()))?;
    let new_mailbox = NewMailbox {
        address: request.mailbox_address.clone(),
        codice_fiscale: member.codice_fiscale,
        given_name: member.given_name,
        family_name: member.family_name,
        recovery_email: member.personal_email,
        mobile_number: member.mobile_number,
    };
    if state == ActivationState::Richiesta {
        set_state(
            &*txn,
            &Actor::system(),
            request,
            ActivationState::InLavorazione,
            None,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Some(new_mailbox))
}

/// Job step 2: the provider created the mailbox; record it NON_ATTIVO and offer it to the
/// member. If the request was cancelled meanwhile, close the new account instead.
pub async fn record_mailbox_created(
    db: &Db,
    id: &str,
    assignments: &AssignmentSettings,
) -> ServiceResult<()> {
    let txn = db.begin().await?;
    let Some(request) = get_for_update(&*txn, id).await? else {
        return Ok(());
    };
    let actor = Actor::system();
    let state = request.state;
    let existing = mailbox::Entity::find_by_id(request.mailbox_address.clone())
        .unique(&*txn)
        .await?;
    let closed = match (state, existing) {
        (ActivationState::InLavorazione | ActivationState::Richiesta, None) => false,
        // Cancelled while the provider worked: the account exists there, so record it here
        // as closed and have the provider close it too.
        (ActivationState::Annullata, None) => true,
        _ => return Ok(()),
    };
    let now = now_ms();
    let mb = mailbox::Model {
        address: request.mailbox_address.clone(),
        codice_fiscale: request.codice_fiscale.clone(),
        ordine_code: request.ordine_code.clone(),
        state: if closed {
            MailboxState::Cessato
        } else {
            MailboxState::NonAttivo
        },
        suspension_cause: None,
        suspension_note: None,
        scheduled_closure_at: None,
        activation_request_id: request.id.clone(),
        created_at: now,
        activated_at: None,
        closed_at: closed.then_some(now),
        updated_at: now,
        recovery_email: None,
        mobile_number: None,
        residence_country: None,
        residence_province: None,
        residence_comune: None,
        residence_postal_code: None,
        residence_street: None,
    };
    mailbox::Entity::insert(mailbox::ActiveModel::from(mb.clone()))
        .exec_without_returning(&*txn)
        .await?;
    audit::record(
        &*txn,
        &actor,
        "mailbox.create",
        "mailbox",
        &mb.address,
        serde_json::json!({ "state": mb.state.as_str() }),
    )
    .await?;
    events::publish(
        &*txn,
        &actor,
        EventKind::MailboxCreated,
        &mb.address,
        &mb.ordine_code,
    )
    .await?;
    if closed {
        jobs::enqueue(
            &*txn,
            Job::SyncMailboxState {
                address: mb.address,
            },
        )
        .await?;
    } else {
        let holder = member::Entity::find_by_id(request.codice_fiscale.clone())
            .unique(&*txn)
            .await?;
        let ordine_name = ordine::Entity::find_by_id(request.ordine_code.clone())
            .unique(&*txn)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        if let Some(holder) = holder {
            let message = Message::AssignmentPending {
                given_name: holder.given_name,
                address: mb.address.clone(),
                ordine_name,
                acceptance_url: assignments.acceptance_url.clone().unwrap_or_default(),
                expires: notify::italian_date(assignments.expires_at(now)),
            };
            let related = Related {
                kind: "activation_request",
                id: &request.id,
            };
            notify::queue_email(&*txn, &message, &holder.personal_email, related).await?;
        }
        set_state(&*txn, &actor, request, ActivationState::DaAccettare, None).await?;
    }

    txn.commit().await?;
    Ok(())
}

/// Job gave up: the request FALLITA with the provider's reason, if still in progress.
pub async fn record_failure(db: &Db, id: &str, reason: &str) -> ServiceResult<()> {
    let txn = db.begin().await?;
    let Some(request) = get_for_update(&*txn, id).await? else {
        return Ok(());
    };
    if matches!(
        request.state,
        ActivationState::Richiesta | ActivationState::InLavorazione
    ) {
        let reason: String = reason.chars().take(500).collect();
        set_state(
            &*txn,
            &Actor::system(),
            request,
            ActivationState::Fallita,
            Some(reason),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(())
}
