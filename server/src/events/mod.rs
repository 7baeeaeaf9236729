//! The change feed behind `WatchEvents`: one `events` row per change, written by `publish` in
//! the change's own transaction (nothing announced that did not commit, nothing committed left
//! out), read back in commit order by `feed`.
//!
//! # Commit order
//!
//! A watcher resumes with "every event after position P", so positions must grow in commit
//! order: an event may never become visible below a position a reader has already passed.
//!
//! - SQLite: one writer at a time (`Db::begin` and the bulk writer share the writer lock, and
//!   SQLite itself admits one writer), so `id` (the rowid, never reused: see the migration) is taken and
//!   committed in order. The position is `id`.
//! - PostgreSQL: `id` is taken at insert, so a transaction holding id 7 can commit after one
//!   holding id 8; a reader at 8 would skip 7 for good. Writers therefore insert with `seq`
//!   NULL and never wait on anything; a sequencer (`sequence`, run by every replica's
//!   tailer before each poll) numbers the committed rows still NULL from the sequence
//!   `events_seq`, in one short transaction under a transaction-scoped advisory lock
//!   (`pg_try_advisory_xact_lock(FEED_LOCK)`: one replica sequences at a time, the others
//!   skip that round). The position is `seq`. Rows of a transaction still open are invisible
//!   to the sequencer, so they get numbers only after they commit, above every number given
//!   before; and a sequencer run commits before the next can take the lock, so readers see
//!   positions appear as a growing prefix. The cost is one poll interval of latency, paid once
//!   per event, not per watcher.
//!
//!   The sequencer's update rewrites each row (a second version in every index): for a sync
//!   of the register that doubled PostgreSQL's work. A transaction that publishes as its very
//!   last statement before committing (`publish_all_last`: a sync's batch) instead takes the
//!   sequencer's lock (`pg_advisory_xact_lock(FEED_LOCK)`, waiting) and inserts its rows
//!   numbered. The lock is held until it commits, so no number is given between its numbers
//!   and its commit, and the prefix still grows in commit order; it waits on nothing while
//!   holding the lock (it is the last statement), so it cannot deadlock.
//!
//!   Rejected: taking an advisory lock in the writers before their events (option "lock at
//!   insert") serialises every writing transaction from its first event to its commit and,
//!   with events written next to the audit rows mid-transaction, can deadlock against row
//!   locks; reading by `pg_snapshot_xmin` needs a cursor made of transaction ids.
//!
//! # Retention
//!
//! `sweep` deletes events older than the retention, but always keeps the newest one, so the
//! oldest position held tells whether a cursor still has every event after it.

pub mod feed;

use std::fmt;

use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult, Statement, TransactionTrait,
};

use crate::audit::Doer;
use crate::db::now_ms;
use crate::domain::{ActivationState, MailboxState};
use crate::entities::event;

/// The advisory-lock key of the PostgreSQL sequencer ("pecdfeed").
const FEED_LOCK: i64 = 0x7065_6364_6665_6564;

/// Rows numbered per sequencer run (the rest wait for the next poll).
const SEQUENCE_BATCH: i64 = 5000;

/// Rows per multi-row insert (9 columns: within SQLite's 32,766 bound parameters).
const INSERT_CHUNK: usize = 1000;

macro_rules! kinds {
    ($($variant:ident => $text:literal, $resource:ident;)+) => {
        /// What happened, as `pec.v1.EventKind` says (stored as the name without the prefix).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum EventKind { $($variant),+ }

        impl EventKind {
            pub const ALL: &'static [EventKind] = &[$(EventKind::$variant),+];

            /// The stored name.
            pub fn as_str(self) -> &'static str {
                match self { $(EventKind::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(EventKind::$variant),)+ _ => None }
            }

            /// The kind of resource the event is about.
            pub fn resource_type(self) -> ResourceType {
                match self { $(EventKind::$variant => ResourceType::$resource),+ }
            }
        }
    };
}

kinds! {
    MemberCreated => "MEMBER_CREATED", Member;
    MemberUpdated => "MEMBER_UPDATED", Member;
    ActivationRequestCreated => "ACTIVATION_REQUEST_CREATED", ActivationRequest;
    ActivationRequestInProgress => "ACTIVATION_REQUEST_IN_PROGRESS", ActivationRequest;
    ActivationRequestAssigned => "ACTIVATION_REQUEST_ASSIGNED", ActivationRequest;
    ActivationRequestAccepted => "ACTIVATION_REQUEST_ACCEPTED", ActivationRequest;
    ActivationRequestDeclined => "ACTIVATION_REQUEST_DECLINED", ActivationRequest;
    ActivationRequestCancelled => "ACTIVATION_REQUEST_CANCELLED", ActivationRequest;
    ActivationRequestFailed => "ACTIVATION_REQUEST_FAILED", ActivationRequest;
    ActivationRequestExpired => "ACTIVATION_REQUEST_EXPIRED", ActivationRequest;
    MailboxCreated => "MAILBOX_CREATED", Mailbox;
    MailboxActivated => "MAILBOX_ACTIVATED", Mailbox;
    MailboxSuspended => "MAILBOX_SUSPENDED", Mailbox;
    MailboxReactivated => "MAILBOX_REACTIVATED", Mailbox;
    MailboxClosed => "MAILBOX_CLOSED", Mailbox;
    MailboxUpdated => "MAILBOX_UPDATED", Mailbox;
    ContactChangeSubmitted => "CONTACT_CHANGE_SUBMITTED", ContactChange;
    ContactChangeApproved => "CONTACT_CHANGE_APPROVED", ContactChange;
    ContactChangeRejected => "CONTACT_CHANGE_REJECTED", ContactChange;
    ContactChangeCancelled => "CONTACT_CHANGE_CANCELLED", ContactChange;
}

impl EventKind {
    /// The event of an activation request that entered `state`.
    pub fn for_activation(state: ActivationState) -> Self {
        match state {
            ActivationState::Richiesta => EventKind::ActivationRequestCreated,
            ActivationState::InLavorazione => EventKind::ActivationRequestInProgress,
            ActivationState::DaAccettare => EventKind::ActivationRequestAssigned,
            ActivationState::Accettata => EventKind::ActivationRequestAccepted,
            ActivationState::Rifiutata => EventKind::ActivationRequestDeclined,
            ActivationState::Annullata => EventKind::ActivationRequestCancelled,
            ActivationState::Fallita => EventKind::ActivationRequestFailed,
            ActivationState::Scaduta => EventKind::ActivationRequestExpired,
        }
    }

    /// The event of a mailbox that went from `old` to `new` (same state: an update).
    pub fn for_mailbox(old: MailboxState, new: MailboxState) -> Self {
        match (old, new) {
            (o, n) if o == n => EventKind::MailboxUpdated,
            (MailboxState::NonAttivo, MailboxState::Attivo) => EventKind::MailboxActivated,
            (_, MailboxState::Attivo) => EventKind::MailboxReactivated,
            (_, MailboxState::Sospeso) => EventKind::MailboxSuspended,
            (_, MailboxState::Cessato) => EventKind::MailboxClosed,
            (_, MailboxState::NonAttivo) => EventKind::MailboxUpdated,
        }
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an event is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceType {
    Member,
    ActivationRequest,
    Mailbox,
    ContactChange,
}

impl ResourceType {
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceType::Member => "member",
            ResourceType::ActivationRequest => "activation_request",
            ResourceType::Mailbox => "mailbox",
            ResourceType::ContactChange => "contact_change",
        }
    }
}

/// One event to publish: what happened to which resource, of which Ordine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub kind: EventKind,
    /// The resource's key: codice fiscale, request id, mailbox address, change id.
    pub resource_id: String,
    /// The resource's Ordine at the time of the change.
    pub ordine_code: String,
    /// The Ordine it left, when this change moved it (a transfer).
    pub previous_ordine_code: Option<String>,
}

impl NewEvent {
    pub fn new(kind: EventKind, resource_id: &str, ordine_code: &str) -> Self {
        Self {
            kind,
            resource_id: resource_id.to_owned(),
            ordine_code: ordine_code.to_owned(),
            previous_ordine_code: None,
        }
    }

    /// The change moved the resource from `previous` (ignored when it is the same Ordine).
    pub fn moved_from(mut self, previous: &str) -> Self {
        if previous != self.ordine_code {
            self.previous_ordine_code = Some(previous.to_owned());
        }
        self
    }

    /// The row `publish` writes.
    pub fn row(&self, actor: &impl Doer, at: i64) -> event::Model {
        event::Model {
            id: 0,
            seq: None,
            kind: self.kind.as_str().to_owned(),
            resource_type: self.kind.resource_type().as_str().to_owned(),
            resource_id: self.resource_id.clone(),
            ordine_code: Some(self.ordine_code.clone()),
            previous_ordine_code: self.previous_ordine_code.clone(),
            actor_key_id: actor.key_id().map(str::to_owned),
            at,
        }
    }
}

/// Publishes that `actor` did `kind` to `resource_id` of `ordine_code`, in the caller's
/// transaction: call it next to the change's `audit::record`.
pub async fn publish(
    db: &impl ConnectionTrait,
    actor: &impl Doer,
    kind: EventKind,
    resource_id: &str,
    ordine_code: &str,
) -> Result<(), DbErr> {
    publish_all(
        db,
        actor,
        vec![NewEvent::new(kind, resource_id, ordine_code)],
    )
    .await
}

/// Publishes `kind` of the contact change `change_id`, under the Ordine of its mailbox.
pub async fn publish_contact_change(
    db: &impl ConnectionTrait,
    actor: &impl Doer,
    kind: EventKind,
    change_id: &str,
    mailbox_address: &str,
) -> Result<(), DbErr> {
    use crate::db::SelectUnique;
    let ordine_code = crate::entities::mailbox::Entity::find_by_id(mailbox_address.to_owned())
        .unique(db)
        .await?
        .map(|m| m.ordine_code)
        .unwrap_or_default();
    publish(db, actor, kind, change_id, &ordine_code).await
}

/// Publishes several events of one transaction, with multi-row inserts (the bulk paths).
pub async fn publish_all(
    db: &impl ConnectionTrait,
    actor: &impl Doer,
    events: Vec<NewEvent>,
) -> Result<(), DbErr> {
    let at = now_ms();
    if events.len() > 1 && db.get_database_backend() == DbBackend::Postgres {
        return insert_unnest(db, actor, &events, at, Numbering::Sequencer).await;
    }
    for chunk in events.chunks(INSERT_CHUNK) {
        let rows = chunk.iter().map(|e| {
            let mut row: event::ActiveModel = e.row(actor, at).into();
            row.id = sea_orm::ActiveValue::NotSet;
            row
        });
        event::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Like `publish_all`, but on PostgreSQL the rows are numbered as they are inserted, under the
/// sequencer's lock held until the transaction ends (see the module comment), instead of
/// being updated by the sequencer after the commit. The caller must commit right after: a
/// statement after this one would hold every other publisher of the kind waiting, and a
/// wait on a row lock while holding it could deadlock with them.
pub async fn publish_all_last(
    db: &impl ConnectionTrait,
    actor: &impl Doer,
    events: Vec<NewEvent>,
) -> Result<(), DbErr> {
    if events.is_empty() || db.get_database_backend() != DbBackend::Postgres {
        return publish_all(db, actor, events).await;
    }
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock($1)",
        [FEED_LOCK.into()],
    ))
    .await?;
    insert_unnest(db, actor, &events, now_ms(), Numbering::AtInsert).await
}

/// Who gives PostgreSQL rows their position.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    /// The sequencer, after the commit (`seq` NULL at insert).
    Sequencer,
    /// The insert itself, under the sequencer's lock (`publish_all_last`).
    AtInsert,
}

/// PostgreSQL: the rows as one `INSERT … SELECT FROM UNNEST` of column arrays (a statement
/// of thousands of parameters is planned again on every run; seven arrays are not).
async fn insert_unnest(
    db: &impl ConnectionTrait,
    actor: &impl Doer,
    events: &[NewEvent],
    at: i64,
    numbering: Numbering,
) -> Result<(), DbErr> {
    use sea_orm::Value;
    use sea_orm::sea_query::ArrayType;
    let text = |f: &dyn Fn(&NewEvent) -> String| {
        Value::Array(
            ArrayType::String,
            Some(Box::new(events.iter().map(|e| Value::from(f(e))).collect())),
        )
    };
    let actor_key = actor.key_id().unwrap_or_default().to_owned();
    // sea-query binds text arrays without NULL elements: an absent value travels as ''.
    let values = [
        text(&|e| e.kind.as_str().to_owned()),
        text(&|e| e.kind.resource_type().as_str().to_owned()),
        text(&|e| e.resource_id.clone()),
        text(&|e| e.ordine_code.clone()),
        text(&|e| e.previous_ordine_code.clone().unwrap_or_default()),
        text(&|_| actor_key.clone()),
        Value::Array(
            ArrayType::BigInt,
            Some(Box::new(events.iter().map(|_| Value::from(at)).collect())),
        ),
    ];
    // UNNEST yields the rows in the arrays' order, and nextval runs in that order.
    let sql = match numbering {
        Numbering::Sequencer => {
            "INSERT INTO events (kind, resource_type, resource_id, ordine_code, \
             previous_ordine_code, actor_key_id, at) \
             SELECT k, rt, rid, NULLIF(oc, ''), NULLIF(poc, ''), NULLIF(a, ''), t.at \
             FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], \
             $7::bigint[]) AS t(k, rt, rid, oc, poc, a, at)"
        }
        Numbering::AtInsert => {
            "INSERT INTO events (seq, kind, resource_type, resource_id, ordine_code, \
             previous_ordine_code, actor_key_id, at) \
             SELECT nextval('events_seq'), k, rt, rid, NULLIF(oc, ''), NULLIF(poc, ''), \
             NULLIF(a, ''), t.at \
             FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], \
             $7::bigint[]) AS t(k, rt, rid, oc, poc, a, at)"
        }
    };
    db.execute_raw(Statement::from_sql_and_values(
        DbBackend::Postgres,
        sql,
        values,
    ))
    .await?;
    Ok(())
}

/// An event as the feed reads it: its public position and what the row says.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Stored {
    pub pos: i64,
    pub kind: String,
    pub resource_type: String,
    pub resource_id: String,
    pub ordine_code: Option<String>,
    pub previous_ordine_code: Option<String>,
    pub actor_key_id: Option<String>,
    pub at: i64,
}

/// The column holding the public position.
fn position(backend: DbBackend) -> &'static str {
    match backend {
        DbBackend::Postgres => "seq",
        _ => "id",
    }
}

fn statement(backend: DbBackend, sql: &str, values: Vec<sea_orm::Value>) -> Statement {
    let sql = sql.replace("{pos}", position(backend));
    let sql = match backend {
        DbBackend::Postgres => sql,
        // `$n` placeholders become `?n` (SQLite accepts both forms, sqlx only `?`).
        _ => sql.replace('$', "?"),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Up to `limit` events after position `after`, in order (on PostgreSQL: numbered ones only).
pub async fn read_after(
    db: &impl ConnectionTrait,
    after: i64,
    limit: i64,
) -> Result<Vec<Stored>, DbErr> {
    let backend = db.get_database_backend();
    let sql = "SELECT {pos} AS pos, kind, resource_type, resource_id, ordine_code, \
               previous_ordine_code, actor_key_id, at FROM events \
               WHERE {pos} > $1 ORDER BY {pos} LIMIT $2";
    Stored::find_by_statement(statement(backend, sql, vec![after.into(), limit.into()]))
        .all(db)
        .await
}

#[derive(FromQueryResult)]
struct Bounds {
    oldest: Option<i64>,
    newest: Option<i64>,
}

/// The oldest and newest positions held, if any event is.
pub async fn bounds(db: &impl ConnectionTrait) -> Result<Option<(i64, i64)>, DbErr> {
    let backend = db.get_database_backend();
    // Two subqueries, not `SELECT MIN(x), MAX(x)`: SQLite answers a lone MIN or MAX from the
    // index's end but scans the whole table for both at once (perf showed the tailer's poll,
    // every 200 ms, scanning 750,000 events during the bench's reads).
    let sql = "SELECT (SELECT MIN({pos}) FROM events) AS oldest, \
               (SELECT MAX({pos}) FROM events) AS newest";
    let found = Bounds::find_by_statement(statement(backend, sql, Vec::new()))
        .one(db)
        .await?;
    Ok(found.and_then(|b| Some((b.oldest?, b.newest?))))
}

/// PostgreSQL: numbers the committed events still without a position (see the module
/// comment). Returns how many it numbered; 0 when another replica holds the sequencer lock
/// or nothing waits. A no-op on SQLite.
pub async fn sequence(db: &sea_orm::DatabaseConnection) -> Result<u64, DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(0);
    }
    let pending = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT 1 AS one FROM events WHERE seq IS NULL LIMIT 1",
        ))
        .await?;
    if pending.is_none() {
        return Ok(0);
    }
    let txn = db.begin().await?;
    let locked = txn
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_try_advisory_xact_lock($1) AS locked",
            [FEED_LOCK.into()],
        ))
        .await?
        .map(|row| row.try_get::<bool>("", "locked"))
        .transpose()?
        .unwrap_or(false);
    if !locked {
        txn.rollback().await?;
        return Ok(0);
    }
    // The CTE yields the rows in id order, and nextval runs in that order.
    let done = txn
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "WITH pending AS (SELECT id FROM events WHERE seq IS NULL ORDER BY id LIMIT $1), \
             numbered AS (SELECT id, nextval('events_seq') AS seq FROM pending) \
             UPDATE events SET seq = numbered.seq FROM numbered WHERE events.id = numbered.id",
            [SEQUENCE_BATCH.into()],
        ))
        .await?;
    txn.commit().await?;
    Ok(done.rows_affected())
}

/// Deletes the events older than `retention_ms`, keeping the newest event held. Returns how
/// many it deleted.
pub async fn sweep(db: &impl ConnectionTrait, retention_ms: i64) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    let cutoff = now_ms().saturating_sub(retention_ms);
    let sql = "DELETE FROM events WHERE at < $1 \
               AND {pos} < (SELECT MAX({pos}) FROM events)";
    let done = db
        .execute_raw(statement(backend, sql, vec![cutoff.into()]))
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_round_trip() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(EventKind::parse("MEMBER_DELETED"), None);
    }

    #[test]
    fn mailbox_transitions_name_their_event() {
        use MailboxState::*;
        assert_eq!(
            EventKind::for_mailbox(NonAttivo, Attivo),
            EventKind::MailboxActivated
        );
        assert_eq!(
            EventKind::for_mailbox(Sospeso, Attivo),
            EventKind::MailboxReactivated
        );
        assert_eq!(
            EventKind::for_mailbox(Attivo, Sospeso),
            EventKind::MailboxSuspended
        );
        assert_eq!(
            EventKind::for_mailbox(Sospeso, Cessato),
            EventKind::MailboxClosed
        );
        assert_eq!(
            EventKind::for_mailbox(Sospeso, Sospeso),
            EventKind::MailboxUpdated
        );
    }

    #[test]
    fn a_move_names_the_previous_ordine_only_when_it_differs() {
        let moved = NewEvent::new(EventKind::MemberUpdated, "X", "TO").moved_from("MI");
        assert_eq!(moved.previous_ordine_code.as_deref(), Some("MI"));
        let stayed = NewEvent::new(EventKind::MemberUpdated, "X", "TO").moved_from("TO");
        assert_eq!(stayed.previous_ordine_code, None);
    }
}
