//! The bulk storage paths of `SyncMembers`: the SQLite bulk writer's statements, the
//! PostgreSQL `= ANY` lookup and `UNNEST` insert and update. The rules (what is new, changed
//! or unchanged, which change goes through the mailbox rules, what the trail says) stay in
//! `registry::members`; this file only moves rows.

use std::collections::HashSet;

use sea_orm::sea_query::ArrayType;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter, Statement, Value,
};

use super::Db;
use crate::entities::{audit_log, event, member};
use crate::error::ServiceError;

/// The columns of `members`, in entity order: the SQLite statements below and the PostgreSQL
/// insert name them, and `tests::column_lists_follow_the_entities` ties them to the entity.
macro_rules! member_columns {
    () => {
        "codice_fiscale, given_name, family_name, ordine_code, albo, registration_number, \
         personal_email, mobile_number, partita_iva, register_status, created_at, updated_at"
    };
}

/// The columns of `audit_log`, in entity order.
macro_rules! audit_columns {
    () => {
        "id, at, key_id, action, target_type, target_id, details, ordine_code, security_event"
    };
}

const SQLITE_FIND_MEMBER: &str = concat!(
    "SELECT ",
    member_columns!(),
    " FROM members WHERE codice_fiscale = ?1"
);

const SQLITE_INSERT_MEMBER: &str = concat!(
    "INSERT INTO members (",
    member_columns!(),
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) \
     ON CONFLICT (codice_fiscale) DO NOTHING"
);

/// Every column but the key and the creation time, as `SqliteRules::updated` rows carry them.
const SQLITE_UPDATE_MEMBER: &str = "UPDATE members SET given_name = ?2, family_name = ?3, \
     ordine_code = ?4, albo = ?5, registration_number = ?6, personal_email = ?7, \
     mobile_number = ?8, partita_iva = ?9, register_status = ?10, updated_at = ?11 \
     WHERE codice_fiscale = ?1";

const SQLITE_INSERT_AUDIT: &str = concat!(
    "INSERT INTO audit_log (",
    audit_columns!(),
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
);

// sea-query binds text arrays without NULL elements, so an absent mobile or partita IVA
// travels as '' (never a valid value) and becomes NULL here.
const POSTGRES_INSERT_MEMBERS: &str = concat!(
    "INSERT INTO members (",
    member_columns!(),
    ") SELECT cf, gn, fn, oc, albo, rn, pe, NULLIF(mn, ''), NULLIF(pi, ''), rs, ca, ua \
     FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], \
     $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[], \
     $12::bigint[]) AS t(cf, gn, fn, oc, albo, rn, pe, mn, pi, rs, ca, ua)"
);

/// The bulk update of changed members: every column but the key and the creation time, from
/// column arrays (absent mobile or partita IVA as '', see above).
const POSTGRES_UPDATE_MEMBERS: &str = "UPDATE members AS m SET given_name = t.gn, \
     family_name = t.fn, ordine_code = t.oc, albo = t.albo, registration_number = t.rn, \
     personal_email = t.pe, mobile_number = NULLIF(t.mn, ''), partita_iva = NULLIF(t.pi, ''), \
     register_status = t.rs, updated_at = t.ua \
     FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::text[], \
     $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[]) \
     AS t(cf, gn, fn, oc, albo, rn, pe, mn, pi, rs, ua) WHERE m.codice_fiscale = t.cf";

/// `POSTGRES_UPDATE_MEMBERS` of only the rows still exactly as read (arrays 12–21: the
/// columns as read), returning the keys it wrote. Under READ COMMITTED a row changed
/// meanwhile is checked again in its new version, so a decision taken on the old read is never
/// written over a newer one.
const POSTGRES_UPDATE_MEMBERS_AS_READ: &str = "UPDATE members AS m SET given_name = t.gn, \
     family_name = t.fn, ordine_code = t.oc, albo = t.albo, registration_number = t.rn, \
     personal_email = t.pe, mobile_number = NULLIF(t.mn, ''), partita_iva = NULLIF(t.pi, ''), \
     register_status = t.rs, updated_at = t.ua \
     FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::text[], \
     $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[], \
     $12::text[], $13::text[], $14::text[], $15::integer[], $16::text[], \
     $17::text[], $18::text[], $19::text[], $20::text[], $21::bigint[]) \
     AS t(cf, gn, fn, oc, albo, rn, pe, mn, pi, rs, ua, \
          ogn, ofn, ooc, oalbo, orn, ope, omn, opi, ors, oua) \
     WHERE m.codice_fiscale = t.cf \
     AND (m.given_name, m.family_name, m.ordine_code, m.albo, m.registration_number, \
          m.personal_email, COALESCE(m.mobile_number, ''), COALESCE(m.partita_iva, ''), \
          m.register_status, m.updated_at) \
       = (t.ogn, t.ofn, t.ooc, t.oalbo, t.orn, t.ope, t.omn, t.opi, t.ors, t.oua) \
     RETURNING m.codice_fiscale";

/// Trail rows from column arrays (no key id or Ordine: '').
const POSTGRES_INSERT_AUDIT: &str = concat!(
    "INSERT INTO audit_log (",
    audit_columns!(),
    ") SELECT id, at, NULLIF(k, ''), a, tt, ti, d, NULLIF(o, ''), s \
     FROM UNNEST($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], \
     $7::text[], $8::text[], $9::boolean[]) AS t(id, at, k, a, tt, ti, d, o, s)"
);

/// The insert of one event row on a plain SQLite handle (the bulk writer), columns as
/// `insert_events` binds them.
const SQLITE_INSERT_EVENT: &str = "INSERT INTO events (kind, resource_type, resource_id, \
     ordine_code, previous_ordine_code, actor_key_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

/// Writes the feed's rows (built by `events::NewEvent::row`) in the bulk transaction.
fn insert_events(conn: &rusqlite::Connection, rows: &[event::Model]) -> rusqlite::Result<()> {
    let mut insert = conn.prepare_cached(SQLITE_INSERT_EVENT)?;
    for r in rows {
        insert.execute(rusqlite::params![
            r.kind,
            r.resource_type,
            r.resource_id,
            r.ordine_code,
            r.previous_ordine_code,
            r.actor_key_id,
            r.at
        ])?;
    }
    Ok(())
}

/// What `sqlite_apply` did with a batch.
pub struct SqliteApplied<T> {
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    /// Rows whose change needs the mailbox rules, in key order: left to the general path.
    pub changed: Vec<T>,
}

/// The member a row asks for, given the stored one.
pub type WantedFn<T> = Box<dyn Fn(&T, Option<&member::Model>) -> member::Model + Send>;
/// The trail rows of the members created or updated, given (Ordine, codice fiscale) pairs.
pub type TrailFn = Box<dyn FnOnce(Vec<(String, String)>) -> Vec<audit_log::Model> + Send>;

/// How `sqlite_apply` treats a batch's rows; built by `registry::members`, which owns the
/// rules.
pub struct SqliteRules<T> {
    /// A row's codice fiscale.
    pub key: fn(&T) -> &str,
    /// A row's Ordine.
    pub ordine: fn(&T) -> &str,
    /// The member a row asks for, given the stored one (its times kept).
    pub wanted: WantedFn<T>,
    /// Whether the stored member is already what a row asks for (`wanted(row, Some(stored))
    /// == stored`, without building it).
    pub same: fn(&T, &member::Model) -> bool,
    /// Whether a change (stored, wanted) must take the general path; others are written here.
    pub needs_rules: fn(&member::Model, &member::Model) -> bool,
    /// The time written as `updated_at` of the members updated here.
    pub now: i64,
    /// The trail rows of the members created, given (Ordine, codice fiscale) pairs.
    pub created_trail: TrailFn,
    /// The trail rows of the members updated here, given (Ordine, codice fiscale) pairs.
    pub updated_trail: TrailFn,
    /// The feed's row of a member created here.
    pub created_event: Box<dyn Fn(&member::Model) -> event::Model + Send>,
    /// The feed's row of a member updated here.
    pub updated_event: Box<dyn Fn(&member::Model) -> event::Model + Send>,
}

/// The SQLite bulk path of a screened batch, in one `IMMEDIATE` transaction on the plain write
/// handle (see `SqliteWriter`), in key order (each index page is visited once): new members
/// inserted by a prepared statement, stored ones read back and counted as unchanged, updated
/// by a prepared statement (with their trail row and event) when the change needs no mailbox
/// rule, or returned as changed for the general path. The trail and feed rows are built by
/// `rules` (with `audit::entry` and `events::NewEvent::row`, like every such row).
///
/// A sync is mostly new members (the first load) or mostly stored ones (every later day), so
/// each row is handled the way the previous one turned out: after a new member, the insert
/// is tried first (`ON CONFLICT DO NOTHING`: one descent of the key index when new); after a
/// stored one, the lookup comes first. Either order gives the same result.
pub async fn sqlite_apply<T: Send + 'static>(
    db: &Db,
    rows: Vec<T>,
    rules: SqliteRules<T>,
) -> Result<SqliteApplied<T>, ServiceError> {
    db.sqlite_write(move |conn| apply(conn, rows, rules)).await
}

fn apply<T>(
    conn: &mut rusqlite::Connection,
    mut rows: Vec<T>,
    rules: SqliteRules<T>,
) -> rusqlite::Result<SqliteApplied<T>> {
    use rusqlite::{OptionalExtension, TransactionBehavior, params};
    let SqliteRules {
        key,
        ordine,
        wanted,
        same,
        needs_rules,
        now,
        created_trail,
        updated_trail,
        created_event,
        updated_event,
    } = rules;
    rows.sort_unstable_by(|a, b| key(a).cmp(key(b)));
    let txn = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut done = SqliteApplied {
        created: 0,
        updated: 0,
        unchanged: 0,
        changed: Vec::new(),
    };
    let mut created_keys = Vec::new();
    let mut updated_keys = Vec::new();
    let mut events = Vec::new();
    let mut trail = Vec::new();
    {
        let mut find = txn.prepare_cached(SQLITE_FIND_MEMBER)?;
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
        let mut insert_stmt = txn.prepare_cached(SQLITE_INSERT_MEMBER)?;
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
        let mut update_stmt = txn.prepare_cached(SQLITE_UPDATE_MEMBER)?;
        let mut update = |m: &member::Model| {
            update_stmt.execute(params![
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
                m.updated_at,
            ])
        };
        let mut expect_new = true;
        for row in rows {
            let code = key(&row);
            let stored = if expect_new {
                let new = wanted(&row, None);
                if insert(&new)? {
                    events.push(created_event(&new));
                    None
                } else {
                    // Taken, within this transaction: the row is there.
                    Some(lookup(code)?.ok_or(rusqlite::Error::QueryReturnedNoRows)?)
                }
            } else {
                match lookup(code)? {
                    Some(old) => Some(old),
                    None if insert(&wanted(&row, None))? => {
                        events.push(created_event(&wanted(&row, None)));
                        None
                    }
                    // Absent a moment ago, within this transaction: cannot be taken now.
                    None => return Err(rusqlite::Error::StatementChangedRows(0)),
                }
            };
            expect_new = stored.is_none();
            match stored {
                None => created_keys.push((ordine(&row).to_owned(), code.to_owned())),
                Some(old) if same(&row, &old) => done.unchanged += 1,
                Some(old) => {
                    let mut new = wanted(&row, Some(&old));
                    if new == old {
                        done.unchanged += 1;
                    } else if needs_rules(&old, &new) {
                        done.changed.push(row);
                    } else {
                        new.updated_at = now;
                        update(&new)?;
                        events.push(updated_event(&new));
                        updated_keys.push((new.ordine_code, new.codice_fiscale));
                    }
                }
            }
        }
    }
    if !created_keys.is_empty() {
        done.created = i64::try_from(created_keys.len()).unwrap_or(i64::MAX);
        trail.extend(created_trail(created_keys));
    }
    if !updated_keys.is_empty() {
        done.updated = i64::try_from(updated_keys.len()).unwrap_or(i64::MAX);
        trail.extend(updated_trail(updated_keys));
    }
    {
        let mut insert_audit = txn.prepare_cached(SQLITE_INSERT_AUDIT)?;
        for row in trail {
            insert_audit.execute(params![
                row.id,
                row.at,
                row.key_id,
                row.action,
                row.target_type,
                row.target_id,
                row.details,
                row.ordine_code,
                row.security_event,
            ])?;
        }
    }
    insert_events(&txn, &events)?;
    txn.commit()?;
    Ok(done)
}

/// The stored members among `keys`. On PostgreSQL the keys travel as one array parameter:
/// a statement with 1,000 parameters is planned again on every run.
pub async fn existing_members(
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

/// The stored members among `keys`, locked until the transaction ends (PostgreSQL: `FOR
/// UPDATE`; SQLite's writer holds the whole database), so a change decided on them cannot be
/// overtaken by a concurrent one.
pub async fn lock_members(
    db: &impl ConnectionTrait,
    keys: Vec<String>,
) -> Result<Vec<member::Model>, DbErr> {
    if db.get_database_backend() == DbBackend::Postgres {
        let sql = "SELECT * FROM members WHERE codice_fiscale = ANY($1) ORDER BY codice_fiscale FOR UPDATE";
        let stmt = Statement::from_sql_and_values(DbBackend::Postgres, sql, [text_array(keys)]);
        return member::Entity::find().from_raw_sql(stmt).all(db).await;
    }
    existing_members(db, keys).await
}

/// Writes changed members in bulk (every column but the key and the creation time): on
/// PostgreSQL one `UPDATE … FROM UNNEST` of column arrays, elsewhere row by row.
pub async fn update_members(
    db: &impl ConnectionTrait,
    mut rows: Vec<member::Model>,
) -> Result<(), DbErr> {
    if rows.is_empty() {
        return Ok(());
    }
    rows.sort_unstable_by(|a, b| a.codice_fiscale.cmp(&b.codice_fiscale));
    if db.get_database_backend() == DbBackend::Postgres {
        let values = member_arrays(rows.iter(), true);
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            POSTGRES_UPDATE_MEMBERS,
            values,
        ))
        .await?;
        return Ok(());
    }
    for row in rows {
        member::Entity::update(sea_orm::ActiveModelTrait::reset_all(
            member::ActiveModel::from(row),
        ))
        .exec(db)
        .await?;
    }
    Ok(())
}

/// PostgreSQL: writes each `(as read, wanted)` pair whose row is still exactly as read
/// (without a lock on the read: most rows of a re-sync are not touched by anyone else), in one
/// statement; returns the keys written. The others changed since the read and must be decided
/// again on a locked read. Elsewhere nothing is written and the set is empty (SQLite's writer
/// lock already held the read).
pub async fn update_members_as_read(
    db: &impl ConnectionTrait,
    mut pairs: Vec<(&member::Model, &member::Model)>,
) -> Result<HashSet<String>, DbErr> {
    if pairs.is_empty() || db.get_database_backend() != DbBackend::Postgres {
        return Ok(HashSet::new());
    }
    // Key order, as every bulk writer of members locks them: no deadlock between batches.
    pairs.sort_unstable_by(|a, b| a.1.codice_fiscale.cmp(&b.1.codice_fiscale));
    let mut values = member_arrays(pairs.iter().map(|(_, wanted)| *wanted), true);
    values.extend(member_arrays(pairs.iter().map(|(read, _)| *read), false));
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            POSTGRES_UPDATE_MEMBERS_AS_READ,
            values,
        ))
        .await?;
    rows.iter()
        .map(|row| row.try_get::<String>("", "codice_fiscale"))
        .collect()
}

/// The column arrays of `POSTGRES_UPDATE_MEMBERS` (with the key first when `with_key`), in
/// its order; an absent mobile number or partita IVA travels as ''.
fn member_arrays<'a>(
    rows: impl Iterator<Item = &'a member::Model> + Clone,
    with_key: bool,
) -> Vec<Value> {
    let column = |f: fn(&member::Model) -> String| text_array(rows.clone().map(f).collect());
    let mut values = Vec::with_capacity(11);
    if with_key {
        values.push(column(|m| m.codice_fiscale.clone()));
    }
    values.extend([
        column(|m| m.given_name.clone()),
        column(|m| m.family_name.clone()),
        column(|m| m.ordine_code.clone()),
        Value::Array(
            ArrayType::Int,
            Some(Box::new(
                rows.clone().map(|m| Value::from(m.albo)).collect(),
            )),
        ),
        column(|m| m.registration_number.clone()),
        column(|m| m.personal_email.clone()),
        column(|m| m.mobile_number.clone().unwrap_or_default()),
        column(|m| m.partita_iva.clone().unwrap_or_default()),
        column(|m| m.register_status.as_str().to_owned()),
        bigint_array(rows.clone().map(|m| m.updated_at)),
    ]);
    values
}

/// Writes trail rows in bulk: on PostgreSQL one `INSERT … SELECT FROM UNNEST`, elsewhere
/// multi-row `VALUES` within SQLite's limit of bound parameters.
pub async fn insert_audit_rows(
    db: &impl ConnectionTrait,
    rows: Vec<audit_log::Model>,
) -> Result<(), DbErr> {
    if rows.is_empty() {
        return Ok(());
    }
    if db.get_database_backend() == DbBackend::Postgres {
        let column = |f: fn(&audit_log::Model) -> String| text_array(rows.iter().map(f).collect());
        let values = [
            column(|r| r.id.clone()),
            bigint_array(rows.iter().map(|r| r.at)),
            column(|r| r.key_id.clone().unwrap_or_default()),
            column(|r| r.action.clone()),
            column(|r| r.target_type.clone()),
            column(|r| r.target_id.clone()),
            column(|r| r.details.clone()),
            column(|r| r.ordine_code.clone().unwrap_or_default()),
            Value::Array(
                ArrayType::Bool,
                Some(Box::new(
                    rows.iter().map(|r| Value::from(r.security_event)).collect(),
                )),
            ),
        ];
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            POSTGRES_INSERT_AUDIT,
            values,
        ))
        .await?;
        return Ok(());
    }
    let mut rows = rows
        .into_iter()
        .map(audit_log::ActiveModel::from)
        .peekable();
    while rows.peek().is_some() {
        // 9 columns × 3,000 rows stays below SQLite's limit of 32,766 bound parameters.
        let chunk: Vec<audit_log::ActiveModel> = rows.by_ref().take(3000).collect();
        audit_log::Entity::insert_many(chunk)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Inserts new members in bulk: on PostgreSQL one `INSERT … SELECT FROM UNNEST` of column
/// arrays, on SQLite multi-row `VALUES` within its limit of 32,766 bound parameters.
pub async fn insert_members(
    db: &impl ConnectionTrait,
    mut rows: Vec<member::Model>,
) -> Result<(), DbErr> {
    if rows.is_empty() {
        return Ok(());
    }
    // In key order each leaf of the primary-key index is visited once per batch.
    rows.sort_unstable_by(|a, b| a.codice_fiscale.cmp(&b.codice_fiscale));
    if db.get_database_backend() == DbBackend::Postgres {
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
            column(|m| m.register_status.as_str().to_owned()),
            bigint_array(rows.iter().map(|m| m.created_at)),
            bigint_array(rows.iter().map(|m| m.updated_at)),
        ];
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            POSTGRES_INSERT_MEMBERS,
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

#[cfg(test)]
mod tests {
    use sea_orm::{EntityTrait, IdenStatic, Iterable};

    use super::*;
    use crate::db::column_list;
    use crate::entities::mailbox;

    /// The columns of `E`, in declaration order.
    fn columns<E: EntityTrait>() -> Vec<String>
    where
        E::Column: IdenStatic,
    {
        E::Column::iter().map(|c| c.as_str().to_owned()).collect()
    }

    /// Every hand-written column list names the entity's columns, in its order (the rows are
    /// read and bound by position): adding a column to an entity breaks this test until the
    /// statements follow.
    #[test]
    fn column_lists_follow_the_entities() {
        let members = columns::<member::Entity>();
        assert_eq!(column_list(member_columns!()), members);
        assert_eq!(
            column_list(audit_columns!()),
            columns::<audit_log::Entity>()
        );
        assert_eq!(
            column_list(crate::db::sqlite_readers::MAILBOX_COLUMNS),
            columns::<mailbox::Entity>()
        );
        // Each statement binds one value per column.
        let binds = |sql: &str| sql.matches('?').count();
        assert_eq!(binds(SQLITE_INSERT_MEMBER), members.len());
        assert_eq!(
            binds(SQLITE_INSERT_AUDIT),
            columns::<audit_log::Entity>().len()
        );
        assert_eq!(POSTGRES_INSERT_MEMBERS.matches("[]").count(), members.len());
        // Every column of `events` but the two the database gives (id, seq).
        let events = columns::<event::Entity>();
        assert_eq!(binds(SQLITE_INSERT_EVENT), events.len() - 2);
        for column in &events[2..] {
            assert!(SQLITE_INSERT_EVENT.contains(column.as_str()), "{column}");
        }
        assert!(SQLITE_FIND_MEMBER.contains(member_columns!()));
        // The updates set every column but the key and the creation time.
        for column in &members[1..members.len() - 2] {
            assert!(
                SQLITE_UPDATE_MEMBER.contains(&format!("{column} = ")),
                "{column}"
            );
            assert!(
                POSTGRES_UPDATE_MEMBERS.contains(&format!("{column} = ")),
                "{column}"
            );
        }
        assert!(SQLITE_UPDATE_MEMBER.contains("updated_at = "));
        assert!(POSTGRES_UPDATE_MEMBERS.contains("updated_at = "));
        assert!(!SQLITE_UPDATE_MEMBER.contains("created_at"));
        assert_eq!(
            POSTGRES_UPDATE_MEMBERS.matches("[]").count(),
            members.len() - 1
        );
        assert_eq!(
            POSTGRES_INSERT_AUDIT.matches("[]").count(),
            columns::<audit_log::Entity>().len()
        );
        assert!(POSTGRES_INSERT_MEMBERS.contains(member_columns!()));
    }
}
