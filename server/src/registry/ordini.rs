//! Ordini: create, read, list, update.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::audit;
use crate::auth::{Actor, Scope};
use crate::db::SelectUnique;
use crate::db::now_ms;
use crate::entities::ordine;
use crate::error::{Reason, ServiceError, ServiceResult};
use crate::paging::{Page, PageRequest};

/// A validated new Ordine.
#[derive(Debug, Clone)]
pub struct NewOrdine {
    pub code: String,
    pub name: String,
    pub pec_address: String,
    /// `Some(date)` when adhering, as `YYYY-MM-DD`.
    pub convention_since: Option<String>,
}

/// Validated changes; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct OrdineUpdate {
    pub name: Option<String>,
    pub pec_address: Option<String>,
    pub adheres_to_convention: Option<bool>,
    pub convention_since: Option<Option<String>>,
}

pub async fn create(
    db: &impl ConnectionTrait,
    actor: &Actor,
    new: NewOrdine,
) -> ServiceResult<ordine::Model> {
    if ordine::Entity::find_by_id(new.code.clone())
        .unique(db)
        .await?
        .is_some()
    {
        return Err(ServiceError::AlreadyExists {
            reason: Reason::ResourceExists,
            message: format!("Ordine {} already exists", new.code),
            message_it: format!("L'Ordine {} esiste già.", new.code),
        });
    }
    let now = now_ms();
    let model = ordine::Model {
        code: new.code,
        name: new.name,
        pec_address: new.pec_address,
        adheres_to_convention: new.convention_since.is_some(),
        convention_since: new.convention_since,
        created_at: now,
        updated_at: now,
    };
    ordine::Entity::insert(ordine::ActiveModel::from(model.clone()))
        .exec_without_returning(db)
        .await?;
    audit::record(
        db,
        actor,
        "ordine.create",
        "ordine",
        &model.code,
        serde_json::json!({
            "name": model.name,
            "pec_address": model.pec_address,
            "convention_since": model.convention_since,
        }),
    )
    .await?;
    Ok(model)
}

pub async fn get(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
) -> ServiceResult<ordine::Model> {
    let code = code.trim().to_ascii_uppercase();
    match ordine::Entity::find_by_id(code.clone()).unique(db).await? {
        Some(model) if actor.scope.sees(&model.code) => Ok(model),
        _ => Err(ServiceError::not_found("Ordine", code)),
    }
}

pub async fn list(
    db: &impl ConnectionTrait,
    actor: &Actor,
    adhering_only: bool,
    page: &PageRequest,
) -> ServiceResult<Page<ordine::Model>> {
    let mut query = ordine::Entity::find().order_by_asc(ordine::Column::Code);
    if let Scope::Ordine(own) = &actor.scope {
        query = query.filter(ordine::Column::Code.eq(own.clone()));
    }
    if adhering_only {
        query = query.filter(ordine::Column::AdheresToConvention.eq(true));
    }
    if let Some(after) = &page.after {
        query = query.filter(ordine::Column::Code.gt(after.clone()));
    }
    let rows = query.limit(page.size + 1).all(db).await?;
    Ok(Page::from_rows(rows, page.size, |o| o.code.clone()))
}

pub async fn update(
    db: &impl ConnectionTrait,
    actor: &Actor,
    code: &str,
    update: OrdineUpdate,
) -> ServiceResult<ordine::Model> {
    let current = get(db, actor, code).await?;
    let mut next = current.clone();
    if let Some(name) = update.name {
        next.name = name;
    }
    if let Some(pec) = update.pec_address {
        next.pec_address = pec;
    }
    if let Some(adheres) = update.adheres_to_convention {
        next.adheres_to_convention = adheres;
    }
    if let Some(since) = update.convention_since {
        next.convention_since = since;
    }
    match (next.adheres_to_convention, &next.convention_since) {
        (true, None) => {
            return Err(ServiceError::invalid_field(
                "ordine.convention_since",
                "is required when the Ordine adheres to the convention",
                "La data di adesione è obbligatoria se l'Ordine aderisce alla convenzione.",
            ));
        }
        (false, Some(_)) => next.convention_since = None,
        _ => {}
    }
    if next == current {
        return Ok(current);
    }
    next.updated_at = now_ms();
    let mut active: ordine::ActiveModel = current.clone().into();
    active.name = Set(next.name.clone());
    active.pec_address = Set(next.pec_address.clone());
    active.adheres_to_convention = Set(next.adheres_to_convention);
    active.convention_since = Set(next.convention_since.clone());
    active.updated_at = Set(next.updated_at);
    let saved = active.update(db).await?;
    audit::record(
        db,
        actor,
        "ordine.update",
        "ordine",
        &saved.code,
        serde_json::json!({
            "name": saved.name,
            "pec_address": saved.pec_address,
            "adheres_to_convention": saved.adheres_to_convention,
            "convention_since": saved.convention_since,
        }),
    )
    .await?;
    Ok(saved)
}
