//! Members: upsert one, synchronise many, read. A change of standing or of Ordine is passed
//! to the mailbox rules in the same transaction.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::ArrayType;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, DbErr,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Statement, Value,
};

use crate::audit;
use crate::auth::{Actor, Scope};
use crate::config::Settings;
use crate::db::now_ms;
use crate::db::{Db, SelectUnique};
use crate::domain::{Albo, CodiceFiscale, MobileNumber, PartitaIva, PersonalEmail, RegisterStatus};
use crate::entities::{member, ordine};
use crate::error::{FieldViolation, Reason, ServiceError, ServiceResult};
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
            register_status: self.register_status.as_str().to_owned(),
            created_at: existing.map_or(now, |e| e.created_at),
            updated_at: existing.map_or(now, |e| e.updated_at),
        }
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
        format!("non esiste un Ordine con codice {code}"),
    )
}

/// Creates or updates one member.
pub async fn upsert(
    db: &impl ConnectionTrait,
    actor: &Actor,
    settings: &Settings,
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
            Ok((wanted, Upserted::Created))
        }
        Some(old) if old == wanted => Ok((old, Upserted::Unchanged)),
        Some(old) => {
            let saved = apply_update(db, actor, settings, &old, wanted, now).await?;
            Ok((saved, Upserted::Updated))
        }
    }
}

async fn apply_update(
    db: &impl ConnectionTrait,
    actor: &Actor,
    settings: &Settings,
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
    active.register_status = Set(wanted.register_status.clone());
    active.updated_at = Set(now);
    let saved = active.update(db).await?;
    audit::record(
        db,
        actor,
        "member.update",
        "member",
        &saved.codice_fiscale,
        member_details(&saved),
    )
    .await?;
    mailbox::on_member_changed(db, settings, old, &saved).await?;
    Ok(saved)
}

fn member_details(m: &member::Model) -> serde_json::Value {
    // Contact data stays out of the trail: it is personal data and lives on the row.
    serde_json::json!({
        "ordine_code": m.ordine_code,
        "albo": m.albo,
        "registration_number": m.registration_number,
        "register_status": m.register_status,
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

/// Rejected rows kept in the response at most.
pub const MAX_REPORTED_REJECTIONS: usize = 10_000;

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

/// Applies one screened batch: new members inserted in bulk, changed ones updated through the
/// mailbox rules, in one transaction (two on an SQLite file: new and unchanged members on the
/// bulk handle, then the changed ones). Batches hold distinct members, so several may be
/// applied at once.
pub async fn apply_batch(
    db: &Db,
    actor: &Actor,
    settings: &Settings,
    mut valid: Vec<(i64, MemberInput)>,
) -> ServiceResult<Applied> {
    let mut applied = Applied::default();
    if valid.is_empty() {
        return Ok(applied);
    }
    if db.has_sqlite_writer() {
        let actor = actor.clone();
        let now = now_ms();
        let done = db
            .sqlite_write(move |conn| sqlite_insert_new(conn, &actor, valid, now))
            .await?;
        applied.created = done.created;
        applied.unchanged = done.unchanged;
        valid = done.changed;
        if valid.is_empty() {
            return Ok(applied);
        }
    }
    let txn = db.begin().await?;
    applied += apply_in_txn(&*txn, actor, settings, valid).await?;
    txn.commit().await?;
    Ok(applied)
}

/// Inserts the new members and updates the changed ones of a screened batch, in the
/// caller's transaction.
async fn apply_in_txn(
    db: &impl ConnectionTrait,
    actor: &Actor,
    settings: &Settings,
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
    let mut updated_keys = Vec::new();
    for (_, input) in valid {
        let old = existing.get(input.codice_fiscale.as_str());
        let wanted = input.to_model(old, now);
        match old {
            None => {
                created_keys.push(wanted.codice_fiscale.clone());
                inserts.push(wanted);
            }
            Some(old) if *old == wanted => applied.unchanged += 1,
            Some(old) => {
                let saved = apply_update(db, actor, settings, old, wanted, now).await?;
                updated_keys.push(saved.codice_fiscale);
            }
        }
    }
    insert_members(db, inserts).await?;
    applied.created = i64::try_from(created_keys.len()).unwrap_or(i64::MAX);
    applied.updated = i64::try_from(updated_keys.len()).unwrap_or(i64::MAX);
    if !created_keys.is_empty() {
        audit::record(
            db,
            actor,
            SYNC_CREATE_ACTION,
            "member",
            "*",
            serde_json::json!({ "codici_fiscali": created_keys }),
        )
        .await?;
    }
    Ok(applied)
}

/// One trail row per batch: who created which members, without their contact data.
const SYNC_CREATE_ACTION: &str = "member.sync_create";

/// What `sqlite_insert_new` did with a batch.
struct SqliteInserted {
    created: i64,
    unchanged: i64,
    /// Rows whose stored member differs: left for `apply_in_txn`.
    changed: Vec<(i64, MemberInput)>,
}

/// The SQLite bulk path of a screened batch, in one `IMMEDIATE` transaction on the plain write
/// handle, in key order (each index page is visited once): new members inserted by a prepared
/// statement, stored ones read back and counted as unchanged or returned as changed.
///
/// A sync is mostly new members (the first load) or mostly stored ones (every later day), so
/// each row is handled the way the previous one turned out: after a new member, the insert
/// is tried first (`ON CONFLICT DO NOTHING`: one descent of the key index when new); after a
/// stored one, the lookup comes first. Either order gives the same result.
fn sqlite_insert_new(
    conn: &mut rusqlite::Connection,
    actor: &Actor,
    mut rows: Vec<(i64, MemberInput)>,
    now: i64,
) -> rusqlite::Result<SqliteInserted> {
    use rusqlite::{OptionalExtension, TransactionBehavior, params};
    rows.sort_unstable_by(|a, b| a.1.codice_fiscale.as_str().cmp(b.1.codice_fiscale.as_str()));
    let txn = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut done = SqliteInserted {
        created: 0,
        unchanged: 0,
        changed: Vec::new(),
    };
    let mut created_keys = Vec::new();
    {
        let mut find = txn.prepare_cached(
            "SELECT codice_fiscale, given_name, family_name, ordine_code, albo, \
             registration_number, personal_email, mobile_number, partita_iva, register_status, \
             created_at, updated_at FROM members WHERE codice_fiscale = ?1",
        )?;
        let mut lookup = |key: &str| {
            find.query_row([key], |row| {
                Ok(member::Model {
                    codice_fiscale: row.get(0)?,
                    given_name: row.get(1)?,
                    family_name: row.get(2)?,
                    ordine_code: row.get(3)?,
                    albo: row.get(4)?,
                    registration_number: row.get(5)?,
                    personal_email: row.get(6)?,
                    mobile_number: row.get(7)?,
                    partita_iva: row.get(8)?,
                    register_status: row.get(9)?,
                    created_at: row.get(10)?,
                    updated_at: row.get(11)?,
                })
            })
            .optional()
        };
        let mut insert_stmt = txn.prepare_cached(
            "INSERT INTO members (codice_fiscale, given_name, family_name, ordine_code, albo, \
             registration_number, personal_email, mobile_number, partita_iva, register_status, \
             created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) \
             ON CONFLICT (codice_fiscale) DO NOTHING",
        )?;
        // Whether the member was inserted (false: the key is taken).
        let mut insert = |m: &member::Model| {
            insert_stmt
                .execute(params![
                    m.codice_fiscale,
                    m.given_name,
                    m.family_name,
                    m.ordine_code,
                    m.albo,
                    m.registration_number,
                    m.personal_email,
                    m.mobile_number,
                    m.partita_iva,
                    m.register_status,
                    m.created_at,
                    m.updated_at,
                ])
                .map(|changed| changed == 1)
        };
        let mut expect_new = true;
        for (index, input) in rows {
            let key = input.codice_fiscale.as_str();
            let stored = if expect_new {
                let new = input.to_model(None, now);
                if insert(&new)? {
                    None
                } else {
                    // Taken, within this transaction: the row is there.
                    Some(lookup(key)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?)
                }
            } else {
                match lookup(key)? {
                    Some(old) => Some(old),
                    None if insert(&input.to_model(None, now))? => None,
                    // Absent a moment ago, within this transaction: cannot be taken now.
                    None => return Err(rusqlite::Error::StatementChangedRows(0)),
                }
            };
            expect_new = stored.is_none();
            match stored {
                None => created_keys.push(key.to_owned()),
                Some(old) if input.to_model(Some(&old), now) == old => done.unchanged += 1,
                Some(_) => done.changed.push((index, input)),
            }
        }
    }
    if !created_keys.is_empty() {
        done.created = i64::try_from(created_keys.len()).unwrap_or(i64::MAX);
        let row = audit::entry(
            actor,
            SYNC_CREATE_ACTION,
            "member",
            "*",
            &serde_json::json!({ "codici_fiscali": created_keys }),
        );
        txn.execute(
            "INSERT INTO audit_log (id, at, key_id, action, target_type, target_id, details) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                row.id,
                row.at,
                row.key_id,
                row.action,
                row.target_type,
                row.target_id,
                row.details
            ],
        )?;
    }
    txn.commit()?;
    // Changed rows go on in stream order, as the general path takes them.
    done.changed.sort_unstable_by_key(|(index, _)| *index);
    Ok(done)
}

pub async fn get(
    db: &impl ConnectionTrait,
    actor: &Actor,
    codice_fiscale: &str,
) -> ServiceResult<member::Model> {
    let key = codice_fiscale.trim().to_ascii_uppercase();
    match member::Entity::find_by_id(key.clone()).unique(db).await? {
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
        query = query.filter(member::Column::RegisterStatus.eq(status.as_str()));
    }
    if let Some(after) = &page.after {
        query = query.filter(member::Column::CodiceFiscale.gt(after.clone()));
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    Ok(Page::from_rows(rows, page.size, |m| {
        m.codice_fiscale.clone()
    }))
}

/// The Ordine a list is restricted to: the caller's own for an ordine key (asking for another
/// is refused), else the requested one, if any.
pub fn scoped_ordine(scope: &Scope, requested: Option<&str>) -> ServiceResult<Option<String>> {
    match (scope, requested) {
        (Scope::Ordine(own), Some(req)) if req != own => Err(ServiceError::PermissionDenied(
            format!("this key may only read Ordine {own}"),
        )),
        (Scope::Ordine(own), _) => Ok(Some(own.clone())),
        (Scope::All, req) => Ok(req.map(str::to_owned)),
    }
}

/// The stored members among `keys`. On PostgreSQL the keys travel as one array parameter:
/// a statement with 1,000 parameters is planned again on every run.
async fn existing_members(
    db: &impl ConnectionTrait,
    keys: Vec<String>,
) -> Result<Vec<member::Model>, DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        let sql = "SELECT * FROM members WHERE codice_fiscale = ANY($1)";
        let stmt = Statement::from_sql_and_values(DbBackend::Postgres, sql, [text_array(keys)]);
        return member::Entity::find().from_raw_sql(stmt).all(db).await;
    }
    // SQLite binds at most 32,766 parameters per statement.
    let mut found = Vec::new();
    for chunk in keys.chunks(10_000) {
        found.extend(
            member::Entity::find()
                .filter(member::Column::CodiceFiscale.is_in(chunk.iter().cloned()))
                .all(db)
                .await?,
        );
    }
    Ok(found)
}

/// Inserts new members in bulk: on PostgreSQL one `INSERT … SELECT FROM UNNEST` of column
/// arrays, on SQLite multi-row `VALUES` within its limit of 32,766 bound parameters.
async fn insert_members(
    db: &impl ConnectionTrait,
    mut rows: Vec<member::Model>,
) -> Result<(), DbErr> {
    if rows.is_empty() {
        return Ok(());
    }
    // In key order each leaf of the primary-key index is visited once per batch.
    rows.sort_unstable_by(|a, b| a.codice_fiscale.cmp(&b.codice_fiscale));
    if db.get_database_backend() == DbBackend::Postgres {
        // sea-query binds text arrays without NULL elements, so an absent mobile or partita
        // IVA travels as '' (never a valid value) and becomes NULL here.
        let sql = "INSERT INTO members (codice_fiscale, given_name, family_name, ordine_code, \
                   albo, registration_number, personal_email, mobile_number, partita_iva, \
                   register_status, created_at, updated_at) \
                   SELECT cf, gn, fn, oc, albo, rn, pe, NULLIF(mn, ''), NULLIF(pi, ''), rs, ca, ua \
                   FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], \
                   $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[], \
                   $12::bigint[]) AS t(cf, gn, fn, oc, albo, rn, pe, mn, pi, rs, ca, ua)";
        let column = |f: fn(&member::Model) -> String| text_array(rows.iter().map(f).collect());
        let values = [
            column(|m| m.codice_fiscale.clone()),
            column(|m| m.given_name.clone()),
            column(|m| m.family_name.clone()),
            column(|m| m.ordine_code.clone()),
            Value::Array(
                ArrayType::Int,
                Some(Box::new(rows.iter().map(|m| Value::from(m.albo)).collect())),
            ),
            column(|m| m.registration_number.clone()),
            column(|m| m.personal_email.clone()),
            column(|m| m.mobile_number.clone().unwrap_or_default()),
            column(|m| m.partita_iva.clone().unwrap_or_default()),
            column(|m| m.register_status.clone()),
            bigint_array(rows.iter().map(|m| m.created_at)),
            bigint_array(rows.iter().map(|m| m.updated_at)),
        ];
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            values,
        ))
        .await?;
        return Ok(());
    }
    let mut rows = rows.into_iter().map(member::ActiveModel::from).peekable();
    while rows.peek().is_some() {
        // 12 columns × 2,000 rows stays below SQLite's limit of 32,766 bound parameters.
        let chunk: Vec<member::ActiveModel> = rows.by_ref().take(2000).collect();
        member::Entity::insert_many(chunk)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

fn text_array(values: Vec<String>) -> Value {
    Value::Array(
        ArrayType::String,
        Some(Box::new(values.into_iter().map(Value::from).collect())),
    )
}

fn bigint_array(values: impl Iterator<Item = i64>) -> Value {
    Value::Array(
        ArrayType::BigInt,
        Some(Box::new(values.map(Value::from).collect())),
    )
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
