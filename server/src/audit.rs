//! The audit trail: one row per change, written in the change's own transaction; read by
//! `AuditService.ListAuditEvents`; append-only but for the retention job (`purge`).
//!
//! Each row names the Ordine it belongs to, resolved from its target in the same transaction
//! (a member, mailbox or activation request: its Ordine; a contact change: its member's; an
//! API key: the key's; an Ordine: itself), so that an Ordine's key reads its own rows only.
//! Security events (refused calls) are written by `security_log`, aggregated and bounded.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};

use crate::db::now_ms;
use crate::entities::{activation_request, api_key, audit_log, contact_change, mailbox, member};
use crate::paging::{Page, PageRequest};

/// Who did a change, as the trail records it. `auth::Actor` implements it; the trail sits
/// below auth (which records key changes in it), so it names only what it stores.
pub trait Doer {
    /// The API key id of the caller; `None` for pecd itself (workers, register effects).
    fn key_id(&self) -> Option<&str>;
}

/// Actions whose rows are security events: refused calls (`security_log`) and the rate-limit
/// alarms of the self-service flows.
const SECURITY_PREFIXES: [&str; 2] = ["security.", "throttle."];

/// Whether rows of `action` are security events.
pub fn is_security(action: &str) -> bool {
    SECURITY_PREFIXES.iter().any(|p| action.starts_with(p))
}

/// Records that `actor` did `action` to `target_type`/`target_id`. `details` must never hold a
/// secret.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: &impl Doer,
    action: &str,
    target_type: &str,
    target_id: &str,
    details: serde_json::Value,
) -> Result<(), DbErr> {
    let mut row = entry(actor, action, target_type, target_id, &details);
    row.ordine_code = ordine_of(db, target_type, target_id).await?;
    insert(db, row).await
}

/// Writes a row built by `entry`.
pub async fn insert(db: &impl ConnectionTrait, row: audit_log::Model) -> Result<(), DbErr> {
    audit_log::Entity::insert(audit_log::ActiveModel::from(row))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The row `record` writes, without its Ordine (the caller sets `ordine_code` when it knows
/// it): the one builder of trail rows, also for a caller that writes it through another
/// handle (the SQLite bulk writer).
pub fn entry(
    actor: &impl Doer,
    action: &str,
    target_type: &str,
    target_id: &str,
    details: &serde_json::Value,
) -> audit_log::Model {
    audit_log::Model {
        id: uuid::Uuid::now_v7().to_string(),
        at: now_ms(),
        key_id: actor.key_id().map(str::to_owned),
        action: action.to_owned(),
        target_type: target_type.to_owned(),
        target_id: target_id.to_owned(),
        details: details.to_string(),
        ordine_code: None,
        security_event: is_security(action),
    }
}

/// The Ordine a target belongs to, read in the writing transaction; `None` for a target of
/// no Ordine (a notification, a federation key) or one that does not exist (a failed lookup).
async fn ordine_of(
    db: &impl ConnectionTrait,
    target_type: &str,
    target_id: &str,
) -> Result<Option<String>, DbErr> {
    let id = target_id.to_owned();
    let found = match target_type {
        "ordine" => Some(id),
        "member" => member::Entity::find_by_id(id)
            .select_only()
            .column(member::Column::OrdineCode)
            .into_tuple::<String>()
            .all(db)
            .await?
            .pop(),
        "mailbox" => mailbox::Entity::find_by_id(id)
            .select_only()
            .column(mailbox::Column::OrdineCode)
            .into_tuple::<String>()
            .all(db)
            .await?
            .pop(),
        "activation_request" => activation_request::Entity::find_by_id(id)
            .select_only()
            .column(activation_request::Column::OrdineCode)
            .into_tuple::<String>()
            .all(db)
            .await?
            .pop(),
        "contact_change" => {
            let holder = contact_change::Entity::find_by_id(id)
                .select_only()
                .column(contact_change::Column::CodiceFiscale)
                .into_tuple::<String>()
                .all(db)
                .await?
                .pop();
            match holder {
                Some(cf) => member::Entity::find_by_id(cf)
                    .select_only()
                    .column(member::Column::OrdineCode)
                    .into_tuple::<String>()
                    .all(db)
                    .await?
                    .pop(),
                None => None,
            }
        }
        "api_key" => api_key::Entity::find_by_id(id)
            .select_only()
            .column(api_key::Column::OrdineCode)
            .into_tuple::<Option<String>>()
            .all(db)
            .await?
            .pop()
            .flatten(),
        _ => None,
    };
    Ok(found)
}

/// Filters of `ListAuditEvents`; each given one narrows the list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only rows of this Ordine: the caller's own for an Ordine's key (`auth::scoped_ordine`).
    pub ordine_code: Option<String>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub key_id: Option<String>,
    pub action: Option<String>,
    /// From this time on (ms, inclusive).
    pub from_ms: Option<i64>,
    /// Before this time (ms, exclusive).
    pub until_ms: Option<i64>,
    pub security_only: bool,
}

/// A row of the trail with what is known of its actor's key.
#[derive(Debug, Clone)]
pub struct Listed {
    pub row: audit_log::Model,
    pub key_name: Option<String>,
    pub key_role: Option<String>,
}

/// The page position of a row: newest first, ties by id.
fn position(row: &audit_log::Model) -> String {
    format!("{}|{}", row.at, row.id)
}

/// The rows matching `filter`, newest first (by time, then id), a page at a time.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
    page: &PageRequest,
) -> Result<Page<Listed>, DbErr> {
    use audit_log::Column as C;
    let mut query = audit_log::Entity::find()
        .order_by_desc(C::At)
        .order_by_desc(C::Id);
    if let Some(code) = &filter.ordine_code {
        query = query.filter(C::OrdineCode.eq(code.clone()));
    }
    if let Some(kind) = &filter.target_type {
        query = query.filter(C::TargetType.eq(kind.clone()));
    }
    if let Some(id) = &filter.target_id {
        query = query.filter(C::TargetId.eq(id.clone()));
    }
    if let Some(key) = &filter.key_id {
        query = query.filter(C::KeyId.eq(key.clone()));
    }
    if let Some(action) = &filter.action {
        query = query.filter(C::Action.eq(action.clone()));
    }
    if let Some(from) = filter.from_ms {
        query = query.filter(C::At.gte(from));
    }
    if let Some(until) = filter.until_ms {
        query = query.filter(C::At.lt(until));
    }
    if filter.security_only {
        query = query.filter(C::SecurityEvent.eq(true));
    }
    if let Some((at, id)) = page.after.as_deref().and_then(parse_position) {
        // A row comparison: each filter's (…, at, id) index serves it on both backends.
        query = query.filter(
            Expr::tuple([Expr::col(C::At), Expr::col(C::Id)])
                .lt(Expr::tuple([Expr::value(at), Expr::value(id)])),
        );
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    let page = Page::from_rows(rows, page.size, position);
    // The page's keys, in one lookup.
    let mut key_ids: Vec<String> = page.items.iter().filter_map(|r| r.key_id.clone()).collect();
    key_ids.sort_unstable();
    key_ids.dedup();
    let keys: std::collections::HashMap<String, api_key::Model> = if key_ids.is_empty() {
        Default::default()
    } else {
        api_key::Entity::find()
            .filter(api_key::Column::Id.is_in(key_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|k| (k.id.clone(), k))
            .collect()
    };
    Ok(Page {
        items: page
            .items
            .into_iter()
            .map(|row| {
                let key = row.key_id.as_ref().and_then(|id| keys.get(id));
                Listed {
                    key_name: key.map(|k| k.name.clone()),
                    key_role: key.map(|k| k.role.clone()),
                    row,
                }
            })
            .collect(),
        next_after: page.next_after,
    })
}

/// A position sealed by `position`. Tokens are ours (sealed), but read defensively.
fn parse_position(text: &str) -> Option<(i64, String)> {
    let (at, id) = text.split_once('|')?;
    Some((at.parse().ok()?, id.to_owned()))
}

/// The retention job: deletes rows older than `keep` (security events older than
/// `keep_security`, which may be shorter), in one transaction, and says how many. The only
/// code path that deletes from the trail; on PostgreSQL it sets `pecd.audit_retention` for
/// its transaction, without which the append-only trigger refuses the delete.
pub async fn purge(
    db: &crate::db::Db,
    keep: std::time::Duration,
    keep_security: std::time::Duration,
) -> Result<u64, DbErr> {
    let now = now_ms();
    let cutoff = |keep: std::time::Duration| {
        now.saturating_sub(i64::try_from(keep.as_millis()).unwrap_or(i64::MAX))
    };
    let txn = db.begin().await?;
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT set_config('pecd.audit_retention', 'on', true)",
        ))
        .await?;
    }
    let mut deleted = 0;
    if !keep.is_zero() {
        deleted += audit_log::Entity::delete_many()
            .filter(audit_log::Column::At.lt(cutoff(keep)))
            .exec(&*txn)
            .await?
            .rows_affected;
    }
    if !keep_security.is_zero() {
        deleted += audit_log::Entity::delete_many()
            .filter(audit_log::Column::SecurityEvent.eq(true))
            .filter(audit_log::Column::At.lt(cutoff(keep_security)))
            .exec(&*txn)
            .await?
            .rows_affected;
    }
    txn.commit().await?;
    Ok(deleted)
}
