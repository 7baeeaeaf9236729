//! Creating, listing, revoking and checking API keys.

use std::collections::HashMap;
use std::sync::{Mutex, RwLock};
use std::time::{Duration, Instant};

use base64::Engine;
use rand::RngCore;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder};
use sha2::{Digest, Sha256};

use super::{Caller, Role};
use crate::db::SelectUnique;
use crate::db::{Db, now_ms};
use crate::entities::{api_key, ordine};
use crate::error::{ServiceError, ServiceResult};

/// Prefix of every key, so that a leaked key is recognisable by secret scanners.
const KEY_PREFIX: &str = "pec_";
/// Entries kept in the positive cache at most; beyond that the cache is cleared.
const CACHE_CAPACITY: usize = 10_000;

/// A key just created: the secret is shown once and never stored.
#[derive(Debug)]
pub struct NewKey {
    pub id: String,
    pub secret: String,
}

/// Why a presented key was refused. Deliberately says nothing more to the caller.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("missing, unknown or revoked API key")]
    InvalidKey,
    #[error(transparent)]
    Storage(#[from] sea_orm::DbErr),
}

impl From<AuthError> for ServiceError {
    fn from(err: AuthError) -> Self {
        match err {
            AuthError::InvalidKey => ServiceError::Unauthenticated,
            AuthError::Storage(err) => err.into(),
        }
    }
}

fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Checks keys against the database, with a short positive cache: a revocation takes effect
/// within `ttl` on every replica (immediately on the one that revoked through this store).
pub struct KeyStore {
    db: Db,
    ttl: Duration,
    cache: RwLock<HashMap<String, (Caller, Instant)>>,
    /// When each key last authenticated a call (ms), since the last flush: written to
    /// `api_keys.last_used_at` by [`KeyStore::flush_usage`], off the call's path.
    used: Mutex<HashMap<String, i64>>,
}

impl KeyStore {
    pub fn new(db: Db, ttl: Duration) -> Self {
        Self {
            db,
            ttl,
            cache: RwLock::new(HashMap::new()),
            used: Mutex::new(HashMap::new()),
        }
    }

    /// Notes that `key_id` authenticated a call now: one uncontended lock, no I/O.
    fn note_use(&self, key_id: &str) {
        let now = now_ms();
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        match used.get_mut(key_id) {
            Some(at) => *at = now,
            None => {
                used.insert(key_id.to_owned(), now);
            }
        }
    }

    /// Writes the uses noted since the last flush, in one write transaction (on SQLite under
    /// the process's writer lock, like every write). A time never moves back (another replica
    /// may have written a later one). Uses that fail to be written are kept for the next flush.
    pub async fn flush_usage(&self) {
        let used = std::mem::take(&mut *self.used.lock().unwrap_or_else(|e| e.into_inner()));
        if used.is_empty() {
            return;
        }
        let written = async {
            let txn = self.db.begin().await?;
            for (key_id, at) in &used {
                api_key::Entity::update_many()
                    .col_expr(api_key::Column::LastUsedAt, Expr::value(*at))
                    .filter(api_key::Column::Id.eq(key_id.as_str()))
                    .filter(
                        Condition::any()
                            .add(api_key::Column::LastUsedAt.is_null())
                            .add(api_key::Column::LastUsedAt.lt(*at)),
                    )
                    .exec(&*txn)
                    .await?;
            }
            txn.commit().await
        }
        .await;
        if let Err(err) = written {
            tracing::warn!(error = %err, keys = used.len(), "writing when keys were last used failed");
            let mut pending = self.used.lock().unwrap_or_else(|e| e.into_inner());
            for (key_id, at) in used {
                let slot = pending.entry(key_id).or_insert(at);
                *slot = (*slot).max(at);
            }
        }
    }

    /// Flushes the uses every `interval` until `stop`, then once more.
    pub async fn run_usage_flush(
        &self,
        interval: Duration,
        mut stop: tokio::sync::watch::Receiver<bool>,
    ) {
        let interval = interval.max(Duration::from_millis(10));
        // The first flush one interval after start: nothing was used before.
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + interval, interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => self.flush_usage().await,
                _ = stop.changed() => break,
            }
        }
        self.flush_usage().await;
    }

    /// Resolves a presented key to its caller.
    pub async fn authenticate(&self, secret: &str) -> Result<Caller, AuthError> {
        if !secret.starts_with(KEY_PREFIX) || secret.len() > 128 {
            return Err(AuthError::InvalidKey);
        }
        let hash = digest(secret);
        if !self.ttl.is_zero()
            && let Ok(cache) = self.cache.read()
            && let Some((caller, at)) = cache.get(&hash)
            && at.elapsed() < self.ttl
        {
            self.note_use(&caller.key_id);
            return Ok(caller.clone());
        }
        let row = api_key::Entity::find()
            .filter(api_key::Column::KeyHash.eq(hash.clone()))
            .filter(api_key::Column::RevokedAt.is_null())
            .one(self.db.conn())
            .await?
            .ok_or(AuthError::InvalidKey)?;
        let role = Role::parse(&row.role).ok_or(AuthError::InvalidKey)?;
        let caller = Caller {
            key_id: row.id,
            name: row.name,
            role,
            ordine_code: row.ordine_code,
            front_end: row.front_end,
            bound_subject: row.bound_subject,
        };
        if !self.ttl.is_zero()
            && let Ok(mut cache) = self.cache.write()
        {
            if cache.len() >= CACHE_CAPACITY {
                cache.clear();
            }
            cache.insert(hash, (caller.clone(), Instant::now()));
        }
        self.note_use(&caller.key_id);
        Ok(caller)
    }
}

/// Creates a key. An `ordine` key needs the code of an existing Ordine; other roles take none.
pub async fn create(
    db: &Db,
    role: Role,
    name: &str,
    ordine_code: Option<&str>,
) -> ServiceResult<NewKey> {
    create_with(db, role, name, ordine_code, KeyOptions::default()).await
}

/// What a key may carry beyond its role and Ordine.
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyOptions<'a> {
    /// A front end, trusted to forward the visitor's address (`x-pec-visitor-ip`); only a
    /// key that may call the self-service flows can be one.
    pub front_end: bool,
    /// The client-certificate subject (as `CN=…, O=…`) the key is bound to: usable only over
    /// a mutual-TLS connection presenting it.
    pub bound_subject: Option<&'a str>,
}

/// [`create`], with the options of [`KeyOptions`].
pub async fn create_with(
    db: &Db,
    role: Role,
    name: &str,
    ordine_code: Option<&str>,
    options: KeyOptions<'_>,
) -> ServiceResult<NewKey> {
    let front_end = options.front_end;
    if front_end
        && !(super::allows(role, super::Action::ResetPassword)
            || super::allows(role, super::Action::ChangeContacts))
    {
        return Err(ServiceError::invalid_field(
            "front_end",
            "only a key that may call the self-service flows can be a front end",
            "Solo una chiave abilitata ai servizi self-service può essere un front end.",
        ));
    }
    let subject = options
        .bound_subject
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if subject.is_some_and(|s| s.chars().count() > 500 || !s.contains('=')) {
        return Err(ServiceError::invalid_field(
            "bind_subject",
            "must be a certificate subject such as CN=name, at most 500 characters",
            "Il soggetto del certificato deve avere la forma CN=nome (al massimo 500 caratteri).",
        ));
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ServiceError::invalid_field(
            "name",
            "must be 1 to 100 characters",
            "Il nome della chiave deve contenere da 1 a 100 caratteri.",
        ));
    }
    let ordine_code = match (role, ordine_code) {
        (Role::Ordine, Some(code)) => {
            let code = code.trim().to_ascii_uppercase();
            if ordine::Entity::find_by_id(code.clone())
                .unique(db.conn())
                .await?
                .is_none()
            {
                return Err(ServiceError::not_found("Ordine", code));
            }
            Some(code)
        }
        (Role::Ordine, None) => {
            return Err(ServiceError::invalid_field(
                "ordine",
                "an ordine key needs the code of its Ordine",
                "Una chiave di tipo ordine richiede il codice dell'Ordine.",
            ));
        }
        (_, Some(_)) => {
            return Err(ServiceError::invalid_field(
                "ordine",
                "only ordine keys are bound to an Ordine",
                "Solo le chiavi di tipo ordine sono legate a un Ordine.",
            ));
        }
        (_, None) => None,
    };

    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let secret = format!(
        "{KEY_PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    );
    let id = uuid::Uuid::now_v7().to_string();
    let txn = db.begin().await?;
    api_key::Entity::insert(api_key::ActiveModel {
        id: Set(id.clone()),
        name: Set(name.to_owned()),
        role: Set(role.as_str().to_owned()),
        ordine_code: Set(ordine_code.clone()),
        key_hash: Set(digest(&secret)),
        created_at: Set(now_ms()),
        revoked_at: Set(None),
        front_end: Set(front_end),
        bound_subject: Set(subject.map(str::to_owned)),
        last_used_at: Set(None),
    })
    .exec_without_returning(&*txn)
    .await?;
    crate::audit::record(
        &*txn,
        &crate::auth::Actor::system(),
        "api_key.create",
        "api_key",
        &id,
        serde_json::json!({
            "role": role.as_str(), "name": name, "ordine_code": ordine_code,
            "front_end": front_end, "bound_subject": subject,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(NewKey { id, secret })
}

/// All keys, oldest first (never their secrets, which are not stored).
pub async fn list(db: &Db) -> ServiceResult<Vec<api_key::Model>> {
    Ok(api_key::Entity::find()
        .order_by_asc(api_key::Column::CreatedAt)
        .order_by_asc(api_key::Column::Id)
        .all(db.conn())
        .await?)
}

/// Revokes a key; revoking twice is harmless.
pub async fn revoke(db: &Db, id: &str) -> ServiceResult<api_key::Model> {
    let txn = db.begin().await?;
    let key = api_key::Entity::find_by_id(id.to_owned())
        .unique(&*txn)
        .await?
        .ok_or_else(|| ServiceError::not_found("API key", id))?;
    if key.revoked_at.is_some() {
        return Ok(key);
    }
    let mut active: api_key::ActiveModel = key.into();
    active.revoked_at = Set(Some(now_ms()));
    let key = sea_orm::ActiveModelTrait::update(active, &*txn).await?;
    crate::audit::record(
        &*txn,
        &crate::auth::Actor::system(),
        "api_key.revoke",
        "api_key",
        id,
        serde_json::json!({}),
    )
    .await?;
    txn.commit().await?;
    Ok(key)
}
