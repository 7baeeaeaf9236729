//! Members: upsert one, synchronise many, read. A change of standing or of Ordine is passed
//! to the mailbox rules in the same transaction.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use futures::{Stream, StreamExt};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::audit;
use crate::auth::{Actor, scoped_ordine};
use crate::db::bulk_members::{
    self, existing_members, insert_audit_rows, insert_members, lock_members, update_members,
    update_members_as_read,
};
use crate::db::now_ms;
use crate::db::{Db, SelectUnique};
use crate::domain::{Albo, CodiceFiscale, MobileNumber, PartitaIva, PersonalEmail, RegisterStatus};
use crate::entities::{member, ordine};
use crate::error::{FieldViolation, Reason, ServiceError, ServiceResult};
use crate::events::{self, EventKind, NewEvent};
use crate::mailbox;
use crate::paging::{Page, PageRequest};

/// A validated member record as sent by the Albo.
#[derive(Debug, Clone)]
pub struct MemberInput {
    pub codice_fiscale: CodiceFiscale,
    pub given_name: String,
    pub family_name: String,
    pub ordine_code: String,
    pub albo: Albo,
    pub registration_number: String,
    pub personal_email: PersonalEmail,
    pub mobile_number: Option<MobileNumber>,
    pub partita_iva: Option<PartitaIva>,
    pub register_status: RegisterStatus,
}

impl MemberInput {
    /// The stored row this input describes, keeping the creation time of `existing`.
    fn to_model(&self, existing: Option<&member::Model>, now: i64) -> member::Model {
        member::Model {
            codice_fiscale: self.codice_fiscale.as_str().to_owned(),
            given_name: self.given_name.clone(),
            family_name: self.family_name.clone(),
            ordine_code: self.ordine_code.clone(),
            albo: self.albo.code(),
            registration_number: self.registration_number.clone(),
            personal_email: self.personal_email.as_str().to_owned(),
            mobile_number: self.mobile_number.as_ref().map(|m| m.as_str().to_owned()),
            partita_iva: self.partita_iva.as_ref().map(|p| p.as_str().to_owned()),
            register_status: self.register_status,
            created_at: existing.map_or(now, |e| e.created_at),
            updated_at: existing.map_or(now, |e| e.updated_at),
        }
    }

    /// Whether `stored` is already the row this input describes: `to_model(Some(stored), _)
    /// == *stored`, without building it (an identical re-sync asks this of every member).
    fn describes(&self, stored: &member::Model) -> bool {
        stored.codice_fiscale == self.codice_fiscale.as_str()
            && stored.given_name == self.given_name
            && stored.family_name == self.family_name
            && stored.ordine_code == self.ordine_code
            && stored.albo == self.albo.code()
            && stored.registration_number == self.registration_number
            && stored.personal_email == self.personal_email.as_str()
            && stored.mobile_number.as_deref() == self.mobile_number.as_ref().map(|m| m.as_str())
            && stored.partita_iva.as_deref() == self.partita_iva.as_ref().map(|p| p.as_str())
            && stored.register_status == self.register_status
    }
}

/// What happened to one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    Created,
    Updated,
    Unchanged,
}

fn ordine_unknown(field: &str, code: &str) -> ServiceError {
    ServiceError::invalid_field(
        field,
        format!("no Ordine with code {code}"),
        format!("Non esiste un Ordine con codice {code}."),
    )
}

/// Creates or updates one member; a struck-off member's mailbox closes after
/// `struck_off_grace`.
pub async fn upsert(
    db: &impl ConnectionTrait,
    actor: &Actor,
    struck_off_grace: Duration,
    input: MemberInput,
) -> ServiceResult<(member::Model, Upserted)> {
    if ordine::Entity::find_by_id(input.ordine_code.clone())
        .unique(db)
        .await?
        .is_none()
    {
        return Err(ordine_unknown("member.ordine_code", &input.ordine_code));
    }
    let existing = member::Entity::find_by_id(input.codice_fiscale.as_str().to_owned())
        .lock_exclusive()
        .unique(db)
        .await?;
    let now = now_ms();
    let wanted = input.to_model(existing.as_ref(), now);
    match existing {
        None => {
            member::Entity::insert(member::ActiveModel::from(wanted.clone()))
                .exec_without_returning(db)
                .await?;
            audit::record(
                db,
                actor,
                "member.create",
                "member",
                &wanted.codice_fiscale,
                member_details(&wanted),
            )
            .await?;
            events::publish(
                db,
                actor,
                EventKind::MemberCreated,
                &wanted.codice_fiscale,
                &wanted.ordine_code,
            )
            .await?;
            Ok((wanted, Upserted::Created))
        }
        Some(old) if old == wanted => Ok((old, Upserted::Unchanged)),
        Some(old) => {
            let saved = apply_update(db, actor, struck_off_grace, &old, wanted, now).await?;
            Ok((saved, Upserted::Updated))
        }
    }
}

async fn apply_update(
    db: &impl ConnectionTrait,
    actor: &Actor,
    struck_off_grace: Duration,
    old: &member::Model,
    mut wanted: member::Model,
    now: i64,
) -> ServiceResult<member::Model> {
    wanted.updated_at = now;
    let mut active: member::ActiveModel = old.clone().into();
    active.given_name = Set(wanted.given_name.clone());
    active.family_name = Set(wanted.family_name.clone());
    active.ordine_code = Set(wanted.ordine_code.clone());
    active.albo = Set(wanted.albo);
    active.registration_number = Set(wanted.registration_number.clone());
    active.personal_email = Set(wanted.personal_email.clone());
    active.mobile_number = Set(wanted.mobile_number.clone());
    active.partita_iva = Set(wanted.partita_iva.clone());
    active.register_status = Set(wanted.register_status);
    active.updated_at = Set(now);
    let saved = active.update(db).await?;
    audit::insert(db, update_entry(actor, &saved)).await?;
    let event = NewEvent::new(
        EventKind::MemberUpdated,
        &saved.codice_fiscale,
        &saved.ordine_code,
    );
    events::publish_all(db, actor, vec![event.moved_from(&old.ordine_code)]).await?;
    mailbox::on_member_changed(db, struck_off_grace, old, &saved).await?;
    Ok(saved)
}

/// The trail row of a member's update (its Ordine: the member's, after the update).
fn update_entry(actor: &Actor, saved: &member::Model) -> crate::entities::audit_log::Model {
    let mut row = audit::entry(
        actor,
        "member.update",
        "member",
        &saved.codice_fiscale,
        &member_details(saved),
    );
    row.ordine_code = Some(saved.ordine_code.clone());
    row
}

fn member_details(m: &member::Model) -> serde_json::Value {
    // Contact data stays out of the trail: it is personal data and lives on the row.
    serde_json::json!({
        "ordine_code": m.ordine_code,
        "albo": m.albo,
        "registration_number": m.registration_number,
        "register_status": m.register_status.as_str(),
    })
}

/// One row of a sync stream: its position, and the input or why it is malformed.
#[derive(Debug)]
pub struct SyncRow {
    pub index: i64,
    pub key: String,
    pub input: Result<MemberInput, Vec<FieldViolation>>,
}

/// A refused row.
#[derive(Debug)]
pub struct RejectedRow {
    pub index: i64,
    pub key: String,
    pub error: ServiceError,
}

/// Counts of a sync, accumulated over its batches.
#[derive(Debug, Default)]
pub struct SyncOutcome {
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub rejected: Vec<RejectedRow>,
    pub rejected_count: i64,
}

/// Rejected rows listed in the response at most (the count stays exact). A listed row takes
/// about 430 bytes, so 1,000 of them (~0.4 MiB) keep the reply far below the 4 MiB that gRPC
/// clients accept by default; 10,000 went over it and the client lost the whole summary. A
/// sender with more bad rows fixes the first ones and syncs again: rows already applied come
/// back unchanged.
pub const MAX_REPORTED_REJECTIONS: usize = 1_000;

impl SyncOutcome {
    pub fn add(&mut self, applied: Applied) {
        self.created += applied.created;
        self.updated += applied.updated;
        self.unchanged += applied.unchanged;
    }

    fn reject(&mut self, index: i64, key: String, error: ServiceError) {
        self.rejected_count += 1;
        if self.rejected.len() < MAX_REPORTED_REJECTIONS {
            self.rejected.push(RejectedRow { index, key, error });
        }
    }
}

/// State kept across the batches of one stream.
#[derive(Debug)]
pub struct SyncSession {
    /// Codici fiscali of the stream so far, as fixed 16-byte keys: a 250,000-row stream
    /// keeps a quarter of the memory a set of `String`s would.
    seen: HashSet<[u8; 16]>,
    ordini: HashSet<String>,
}

impl SyncSession {
    /// Starts a stream: the codes of the Ordini, read once.
    pub async fn start(db: &impl ConnectionTrait) -> ServiceResult<Self> {
        let codes = ordine::Entity::find()
            .select_only()
            .column(ordine::Column::Code)
            .into_tuple::<String>()
            .all(db)
            .await?;
        Ok(Self {
            seen: HashSet::new(),
            ordini: codes.into_iter().collect(),
        })
    }

    /// Refuses malformed rows, unknown Ordini and repeats of a codice fiscale already seen in
    /// the stream; returns the others, for `apply_batch`. Batches are screened in stream order.
    pub fn screen(
        &mut self,
        rows: Vec<SyncRow>,
        outcome: &mut SyncOutcome,
    ) -> Vec<(i64, MemberInput)> {
        let mut valid = Vec::with_capacity(rows.len());
        for row in rows {
            match row.input {
                Err(violations) => {
                    outcome.reject(row.index, row.key, ServiceError::InvalidFields(violations))
                }
                Ok(input) if !self.ordini.contains(&input.ordine_code) => {
                    outcome.reject(
                        row.index,
                        row.key,
                        ordine_unknown("ordine_code", &input.ordine_code),
                    );
                }
                Ok(input) if !self.seen.insert(seen_key(input.codice_fiscale.as_str())) => {
                    outcome.reject(
                        row.index,
                        row.key,
                        ServiceError::AlreadyExists {
                            reason: Reason::ResourceExists,
                            message: "this codice fiscale was already sent earlier in the stream"
                                .to_owned(),
                            message_it: "Codice fiscale già presente in precedenza nel flusso."
                                .to_owned(),
                        },
                    );
                }
                Ok(input) => valid.push((row.index, input)),
            }
        }
        valid
    }
}

/// What applying one screened batch did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Applied {
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
}

impl std::ops::AddAssign for Applied {
    fn add_assign(&mut self, other: Self) {
        self.created += other.created;
        self.updated += other.updated;
        self.unchanged += other.unchanged;
    }
}

/// Applies one screened batch in one transaction (two on an SQLite file: the bulk handle
/// first, then the changes that need the mailbox rules): new members inserted in bulk;
/// changes of names, albo, number or contact data updated in bulk, each with its trail row
/// and event; changes of standing or Ordine one by one through the mailbox rules
/// (`mailbox::on_member_changed`). Batches hold distinct members, so several may be applied
/// at once.
pub async fn apply_batch(
    db: &Db,
    actor: &Actor,
    struck_off_grace: Duration,
    mut valid: Vec<(i64, MemberInput)>,
) -> ServiceResult<Applied> {
    let mut applied = Applied::default();
    if valid.is_empty() {
        return Ok(applied);
    }
    if db.has_sqlite_writer() {
        let now = now_ms();
        let (trail_actor, update_actor) = (actor.clone(), actor.clone());
        let (created_actor, updated_actor) = (actor.clone(), actor.clone());
        let rules = bulk_members::SqliteRules {
            key: |(_, input): &(i64, MemberInput)| input.codice_fiscale.as_str(),
            ordine: |(_, input): &(i64, MemberInput)| input.ordine_code.as_str(),
            wanted: Box::new(move |(_, input), stored| input.to_model(stored, now)),
            same: |(_, input), stored| input.describes(stored),
            needs_rules: mailbox::member_change_concerns_mailbox,
            now,
            created_trail: Box::new(move |created| {
                sync_entries(&trail_actor, SYNC_CREATE, created)
            }),
            updated_trail: Box::new(move |updated| {
                sync_entries(&update_actor, SYNC_UPDATE, updated)
            }),
            created_event: Box::new(move |m| {
                NewEvent::new(EventKind::MemberCreated, &m.codice_fiscale, &m.ordine_code)
                    .row(&created_actor, now)
            }),
            updated_event: Box::new(move |m| {
                NewEvent::new(EventKind::MemberUpdated, &m.codice_fiscale, &m.ordine_code)
                    .row(&updated_actor, now)
            }),
        };
        let done = bulk_members::sqlite_apply(db, valid, rules).await?;
        applied.created = done.created;
        applied.updated = done.updated;
        applied.unchanged = done.unchanged;
        valid = done.changed;
        if valid.is_empty() {
            return Ok(applied);
        }
        // Changed rows go on in stream order, as the general path takes them.
        valid.sort_unstable_by_key(|(index, _)| *index);
    }
    let txn = db.begin().await?;
    applied += apply_in_txn(&*txn, actor, struck_off_grace, valid).await?;
    txn.commit().await?;
    Ok(applied)
}

/// Rows applied per transaction in `sync` on PostgreSQL. The Albo's order is close to random
/// in key order: a larger batch shares more index pages between its rows. Measured with
/// `pec-bench` (250,000 members, shuffled, 2 in flight): 1,000 → 5,000 took the fresh sync
/// from 4.8 to 3.8 s and the every-email-changed one from 6.1 to 4.9 s, for pecd's peak
/// memory 97 → 167 MB (the changed re-sync holds each batch's rows as read and as wanted).
const SYNC_BATCH: usize = 5000;
/// Rows per transaction on an SQLite file. The Albo sends its register in its own order, close
/// to random in key order: a batch of 1,000 then touches about as many index pages as rows,
/// and each commit writes every touched page to the WAL again (perf: WAL checksums and file
/// writes led the profile). 10,000 rows share pages, so far fewer are written per row; the
/// bulk handle holds the writer about 0.2 s per batch.
const SQLITE_SYNC_BATCH: usize = 10_000;
/// Batches of one stream applied at once: with 1, 250,000 members took 5.3 s instead of
/// 4.4–4.7 on SQLite (same conditions as above), about 10 s instead of 7 on PostgreSQL.
const SYNC_WRITES_IN_FLIGHT: usize = 2;
/// Messages validated at once, each on a bulk-work thread (`background::run`): a sync holds
/// at most this many validation threads, plus the SQLite writer's one.
const SYNC_VALIDATIONS_IN_FLIGHT: usize = 2;

/// One member of a sync message, validated: its key (the codice fiscale as sent, for the
/// report) and the input, or why it is malformed.
pub type SyncInput = (String, Result<MemberInput, Vec<FieldViolation>>);

/// Synchronises the register from a stream of messages (`SyncMembers`): each message is
/// turned into rows by `validate` as bulk work (`background::run`, niced on an SQLite file;
/// CPU work: codici fiscali, emails, phone numbers), two at a time and kept in order, while
/// earlier rows are written; rows are
/// cut into batches of `SYNC_BATCH`, screened in stream order (`SyncSession::screen`) and
/// applied `SYNC_WRITES_IN_FLIGHT` at a time, each in its own transaction (`apply_batch`).
///
/// An error of the stream ends the sync with that error; what was applied stays applied
/// (re-sending is harmless).
pub async fn sync<M, E>(
    db: &Db,
    actor: &Actor,
    struck_off_grace: Duration,
    activity: &crate::background::Activity,
    messages: impl Stream<Item = Result<M, E>> + Send,
    validate: impl Fn(M) -> Vec<SyncInput> + Clone + Send + 'static,
) -> Result<SyncOutcome, E>
where
    M: Send + 'static,
    E: From<ServiceError> + Send,
{
    let mut outcome = SyncOutcome::default();
    let mut session = SyncSession::start(db.conn()).await?;
    let niced = db.has_sqlite_writer();
    let mut applied = Applied::default();
    let validated = std::pin::pin!(
        messages
            .map(move |message| {
                let validate = validate.clone();
                async move {
                    let message = message?;
                    // Bulk work: on an SQLite file at a lower priority than the calls
                    // beside it (PostgreSQL: paced by batch instead, see `writer`).
                    crate::background::run(niced, move || validate(message))
                        .await
                        .map_err(|e| {
                            E::from(ServiceError::Internal(anyhow::anyhow!(
                                "validating a message failed: {e}"
                            )))
                        })
                }
            })
            .buffered(SYNC_VALIDATIONS_IN_FLIGHT)
    );
    let (batches, to_write) = tokio::sync::mpsc::channel::<Vec<SyncRow>>(2);
    let reader = async move {
        let mut validated = validated;
        let size = if db.has_sqlite_writer() {
            SQLITE_SYNC_BATCH
        } else {
            SYNC_BATCH
        };
        let mut batch: Vec<SyncRow> = Vec::with_capacity(size);
        let mut index: i64 = 0;
        while let Some(rows) = validated.next().await.transpose()? {
            for (key, input) in rows {
                batch.push(SyncRow { index, key, input });
                index += 1;
            }
            if batch.len() >= size {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(size));
                if batches.send(full).await.is_err() {
                    // The writer stopped on an error, which it reports.
                    return Ok(());
                }
            }
        }
        if !batch.is_empty() {
            let _ = batches.send(batch).await;
        }
        Ok::<(), E>(())
    };
    // Batches are screened in stream order, then applied up to SYNC_WRITES_IN_FLIGHT at a
    // time: they hold distinct members, and while one waits on the database the next is
    // prepared (on PostgreSQL both run, on separate connections).
    // On PostgreSQL the sync's work runs in the database's processes, where the lower
    // priority of bulk work (`background`) cannot reach: while other calls are in flight, a
    // batch runs alone and then rests as long as it ran, so the calls beside the sync keep
    // most of the machine (SQLite: the bulk writer's thread is niced instead).
    let pace = !db.has_sqlite_writer();
    let turns = tokio::sync::Semaphore::new(SYNC_WRITES_IN_FLIGHT);
    let writer = async {
        let mut applying = tokio_stream::wrappers::ReceiverStream::new(to_write)
            .map(|rows| {
                let valid = session.screen(rows, &mut outcome);
                let turns = &turns;
                async move {
                    let yielding = pace && activity.calls_waiting();
                    let alone = if yielding { SYNC_WRITES_IN_FLIGHT } else { 1 };
                    let _turn = turns.acquire_many(alone as u32).await.map_err(|_| {
                        ServiceError::Internal(anyhow::anyhow!("sync turns closed"))
                    })?;
                    let started = tokio::time::Instant::now();
                    let applied = apply_batch(db, actor, struck_off_grace, valid).await;
                    if yielding {
                        tokio::time::sleep(started.elapsed()).await;
                    }
                    applied
                }
            })
            .buffer_unordered(SYNC_WRITES_IN_FLIGHT);
        while let Some(batch) = applying.next().await {
            applied += batch?;
        }
        Ok::<(), E>(())
    };
    tokio::try_join!(reader, writer)?;
    outcome.add(applied);
    tracing::info!(
        created = outcome.created,
        updated = outcome.updated,
        unchanged = outcome.unchanged,
        rejected = outcome.rejected_count,
        "member sync finished"
    );
    Ok(outcome)
}

/// Inserts the new members and updates the changed ones of a screened batch, in the
/// caller's transaction. The batch is read without locks (most rows of a sync are new or
/// unchanged); the changed ones are read again under lock and decided on that read, so a
/// concurrent change of the same member is never overwritten by a decision taken before it.
async fn apply_in_txn(
    db: &impl ConnectionTrait,
    actor: &Actor,
    struck_off_grace: Duration,
    valid: Vec<(i64, MemberInput)>,
) -> ServiceResult<Applied> {
    let mut applied = Applied::default();
    let keys: Vec<String> = valid
        .iter()
        .map(|(_, input)| input.codice_fiscale.as_str().to_owned())
        .collect();
    let existing: HashMap<String, member::Model> = existing_members(db, keys)
        .await?
        .into_iter()
        .map(|m| (m.codice_fiscale.clone(), m))
        .collect();

    let now = now_ms();
    let mut inserts = Vec::new();
    let mut created_keys = Vec::new();
    let mut changed = Vec::new();
    for (_, input) in valid {
        match existing.get(input.codice_fiscale.as_str()) {
            None => {
                let wanted = input.to_model(None, now);
                created_keys.push((wanted.ordine_code.clone(), wanted.codice_fiscale.clone()));
                inserts.push(wanted);
            }
            Some(old) if input.describes(old) => applied.unchanged += 1,
            Some(old) => changed.push((old, input)),
        }
    }
    let mut events: Vec<NewEvent> = inserts
        .iter()
        .map(|m| NewEvent::new(EventKind::MemberCreated, &m.codice_fiscale, &m.ordine_code))
        .collect();
    let mut trail = if created_keys.is_empty() {
        Vec::new()
    } else {
        sync_entries(actor, SYNC_CREATE, created_keys)
    };
    applied.created = i64::try_from(inserts.len()).unwrap_or(i64::MAX);
    insert_members(db, inserts).await?;

    let mut updated_keys = Vec::new();
    if !changed.is_empty() {
        // Changes of names, albo, number or contact data, decided on the read without lock,
        // are written where the row is still as read (PostgreSQL); the rest (changes the
        // mailbox rules decide, rows changed meanwhile, and everything elsewhere) are decided
        // again on a locked read.
        let mut as_read = Vec::new();
        let mut to_lock = Vec::new();
        for (old, input) in changed {
            let mut wanted = input.to_model(Some(old), now);
            wanted.updated_at = now;
            if mailbox::member_change_concerns_mailbox(old, &wanted) {
                to_lock.push(input);
            } else {
                as_read.push((old, wanted, input));
            }
        }
        let written = update_members_as_read(
            db,
            as_read
                .iter()
                .map(|(old, wanted, _)| (*old, wanted))
                .collect(),
        )
        .await?;
        for (_, wanted, input) in as_read {
            if written.contains(&wanted.codice_fiscale) {
                updated_keys.push((wanted.ordine_code.clone(), wanted.codice_fiscale.clone()));
                events.push(NewEvent::new(
                    EventKind::MemberUpdated,
                    &wanted.codice_fiscale,
                    &wanted.ordine_code,
                ));
                applied.updated += 1;
            } else {
                to_lock.push(input);
            }
        }
        let changed = to_lock;
        let keys = changed
            .iter()
            .map(|input| input.codice_fiscale.as_str().to_owned())
            .collect();
        let locked: HashMap<String, member::Model> = lock_members(db, keys)
            .await?
            .into_iter()
            .map(|m| (m.codice_fiscale.clone(), m))
            .collect();
        let mut updates = Vec::new();
        for input in changed {
            // Read a moment ago, so still there: members are never deleted.
            let Some(old) = locked.get(input.codice_fiscale.as_str()) else {
                return Err(ServiceError::Internal(anyhow::anyhow!(
                    "member {} vanished during a sync",
                    input.codice_fiscale.as_str()
                )));
            };
            let mut wanted = input.to_model(Some(old), now);
            if *old == wanted {
                applied.unchanged += 1;
            } else if mailbox::member_change_concerns_mailbox(old, &wanted) {
                apply_update(db, actor, struck_off_grace, old, wanted, now).await?;
                applied.updated += 1;
            } else {
                wanted.updated_at = now;
                updated_keys.push((wanted.ordine_code.clone(), wanted.codice_fiscale.clone()));
                events.push(NewEvent::new(
                    EventKind::MemberUpdated,
                    &wanted.codice_fiscale,
                    &wanted.ordine_code,
                ));
                updates.push(wanted);
                applied.updated += 1;
            }
        }
        update_members(db, updates).await?;
    }
    if !updated_keys.is_empty() {
        trail.extend(sync_entries(actor, SYNC_UPDATE, updated_keys));
    }
    insert_audit_rows(db, trail).await?;
    // The batch's last statement: the caller commits right after.
    events::publish_all_last(db, actor, events).await?;
    Ok(applied)
}

/// The trail action of the members a sync created.
const SYNC_CREATE: &str = "member.sync_create";
/// The trail action of the members whose names, albo, number or contact data a sync changed
/// (a change of standing or Ordine has a `member.update` row of its own, as through
/// UpsertMember).
const SYNC_UPDATE: &str = "member.sync_update";

/// The trail rows of a batch, on either path: who created (or updated) which members,
/// without their contact data; one row per Ordine of the batch (given (Ordine, codice
/// fiscale) pairs), so that each Ordine reads its own members and no other Ordine's. One row
/// per member made a re-sync of the register write 250,000 rows, each in seven indexes.
fn sync_entries(
    actor: &Actor,
    action: &str,
    created: Vec<(String, String)>,
) -> Vec<crate::entities::audit_log::Model> {
    let mut by_ordine: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (ordine, codice_fiscale) in created {
        by_ordine.entry(ordine).or_default().push(codice_fiscale);
    }
    by_ordine
        .into_iter()
        .map(|(ordine, codici_fiscali)| {
            let mut row = audit::entry(
                actor,
                action,
                "member",
                "*",
                &serde_json::json!({ "codici_fiscali": codici_fiscali }),
            );
            row.ordine_code = Some(ordine);
            row
        })
        .collect()
}

pub async fn get(
    db: &impl ConnectionTrait,
    actor: &Actor,
    codice_fiscale: &CodiceFiscale,
) -> ServiceResult<member::Model> {
    let key = codice_fiscale.as_str();
    match member::Entity::find_by_id(key.to_owned())
        .unique(db)
        .await?
    {
        Some(m) if actor.scope.sees(&m.ordine_code) => Ok(m),
        _ => Err(ServiceError::not_found("member", key)),
    }
}

/// Filters of `ListMembers`.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    pub ordine_code: Option<String>,
    pub register_status: Option<RegisterStatus>,
}

pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    filter: &MemberFilter,
    page: &PageRequest,
) -> ServiceResult<Page<member::Model>> {
    let mut query = member::Entity::find().order_by_asc(member::Column::CodiceFiscale);
    let ordine = scoped_ordine(&actor.scope, filter.ordine_code.as_deref())?;
    if let Some(code) = ordine {
        query = query.filter(member::Column::OrdineCode.eq(code));
    }
    if let Some(status) = filter.register_status {
        query = query.filter(member::Column::RegisterStatus.eq(status));
    }
    if let Some(after) = &page.after {
        query = query.filter(member::Column::CodiceFiscale.gt(after.clone()));
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    Ok(Page::from_rows(rows, page.size, |m| {
        m.codice_fiscale.clone()
    }))
}

/// A member's codice fiscale (always 16 characters; temporary numeric codes are refused) as
/// a fixed-size key.
fn seen_key(codice_fiscale: &str) -> [u8; 16] {
    let mut key = [0u8; 16];
    for (slot, byte) in key.iter_mut().zip(codice_fiscale.bytes()) {
        *slot = byte;
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `describes` answers what comparing `to_model` with the stored row answers, field by
    /// field (a field it forgot would make a re-sync skip a change).
    #[test]
    fn describes_is_to_model_equality() {
        let input = MemberInput {
            codice_fiscale: CodiceFiscale::parse("RSSMRA80A01H501U").unwrap(),
            given_name: "Mario".to_owned(),
            family_name: "Rossi".to_owned(),
            ordine_code: "TO".to_owned(),
            albo: Albo::from_code(1).unwrap(),
            registration_number: "123".to_owned(),
            personal_email: PersonalEmail::parse("mario@example.org", &Default::default()).unwrap(),
            mobile_number: Some(MobileNumber::parse("+393471234567").unwrap()),
            partita_iva: None,
            register_status: RegisterStatus::Active,
        };
        let stored = input.to_model(None, 1);
        assert!(input.describes(&stored));
        let changes: Vec<fn(&mut member::Model)> = vec![
            |m| m.codice_fiscale = "BLTMHL77S04E889G".to_owned(),
            |m| m.given_name.push('o'),
            |m| m.family_name.push('o'),
            |m| m.ordine_code = "MI".to_owned(),
            |m| m.albo += 1,
            |m| m.registration_number.push('4'),
            |m| m.personal_email = "other@example.org".to_owned(),
            |m| m.mobile_number = None,
            |m| m.partita_iva = Some("12345678903".to_owned()),
            |m| m.register_status = RegisterStatus::StruckOff,
        ];
        for change in changes {
            let mut other = stored.clone();
            change(&mut other);
            assert_eq!(
                input.describes(&other),
                input.to_model(Some(&other), 1) == other,
                "{other:?}"
            );
            assert!(!input.describes(&other), "{other:?}");
        }
        // Times are the stored row's own.
        let later = member::Model {
            created_at: 5,
            updated_at: 9,
            ..stored
        };
        assert!(input.describes(&later));
    }
}
