//! Passwords of the built-in provider's accounts: the first set-up link sent on acceptance,
//! "Password dimenticata" (mailbox address + codice fiscale or partita IVA → a one-time link to
//! the personal email on record, shown masked), and completing either with a new password.
//!
//! The reply is the same whatever the outcome (see [`mask`]).
//!
//! Tokens are 256 random bits from the OS, stored only as SHA-256, single use, expiring; a new
//! link voids the older ones. Passwords are hashed with Argon2id (OWASP parameters) on the
//! blocking pool so that a burst of resets does not stall other calls.

pub mod mask;

use std::time::Duration;

use std::sync::atomic::{AtomicUsize, Ordering};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use rand::RngCore;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QuerySelect,
};
use sha2::{Digest, Sha256};

use crate::audit;
use crate::auth::Actor;
use crate::db::SelectUnique;
use crate::db::{Db, now_ms};
use crate::domain::password::{PasswordContext, check_password};
use crate::domain::{MailboxState, PecAddress};
use crate::entities::{mailbox, member, password_token, provider_account};
use crate::error::{FieldViolation, Reason, ServiceError, ServiceResult};
use crate::notify::{self, Message, Related};
use crate::self_service::{self, Holder, IdentifyLimits, Visitor};
use crate::throttle::{self, Limit};

/// Settings of the password flows.
#[derive(Debug, Clone)]
pub struct PasswordSettings {
    /// The front end's page that takes `?token=…`.
    pub link_base_url: String,
    pub reset_ttl: Duration,
    pub setup_ttl: Duration,
    /// Every reset request takes at least this long, match or not, so timing tells nothing.
    pub min_response: Duration,
    /// Requests one visitor may make (refused past it).
    pub per_visitor: Limit,
    pub per_mailbox: Limit,
    pub per_holder: Limit,
    /// Requests through one key past which an alarm is raised (never refused for it).
    pub per_key: Limit,
    /// Whether a request needs a solved captcha (`x-pec-captcha-token`).
    pub captcha: bool,
    /// Reset emails one personal address may receive per day.
    pub emails_per_address_per_day: u64,
}

impl Default for PasswordSettings {
    fn default() -> Self {
        let hour = Duration::from_secs(3600);
        Self {
            link_base_url: "https://pec.tsrm-pstrp.org/password".to_owned(),
            reset_ttl: Duration::from_secs(60 * 60),
            setup_ttl: Duration::from_secs(72 * 3600),
            min_response: Duration::from_millis(400),
            per_visitor: Limit {
                max: 20,
                window: hour,
            },
            per_mailbox: Limit {
                max: 5,
                window: hour,
            },
            per_holder: Limit {
                max: 5,
                window: hour,
            },
            per_key: Limit {
                max: 600,
                window: hour,
            },
            emails_per_address_per_day: 3,
            captcha: false,
        }
    }
}

/// Why a token was issued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Setup,
    Reset,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Setup => "SETUP",
            Purpose::Reset => "RESET",
        }
    }
}

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// The link the member opens.
pub fn link(settings: &PasswordSettings, token: &str) -> String {
    let sep = if settings.link_base_url.contains('?') {
        '&'
    } else {
        '?'
    };
    format!("{}{sep}token={token}", settings.link_base_url)
}

/// Voids the unused tokens of `address`.
async fn void_tokens(db: &impl ConnectionTrait, address: &str, now: i64) -> ServiceResult<()> {
    password_token::Entity::update_many()
        .col_expr(password_token::Column::ConsumedAt, Expr::value(now))
        .filter(password_token::Column::Address.eq(address.to_owned()))
        .filter(password_token::Column::ConsumedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Issues a one-time token for `address`, voiding older ones; returns the secret.
pub async fn issue_token(
    db: &impl ConnectionTrait,
    address: &str,
    purpose: Purpose,
    ttl: Duration,
) -> ServiceResult<String> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = now_ms();
    void_tokens(db, address, now).await?;
    password_token::Entity::insert(password_token::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        token_hash: Set(digest(&token)),
        address: Set(address.to_owned()),
        purpose: Set(purpose.as_str().to_owned()),
        expires_at: Set(now.saturating_add(ms(ttl))),
        consumed_at: Set(None),
        created_at: Set(now),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// Mints a new secret for the unused token `id` at the moment its link is sent, replacing the
/// stored digest (so an earlier link of the same token stops working) and restarting its
/// lifetime; `None` if the token was used or voided by a newer one.
pub async fn refresh_token(db: &Db, id: &str) -> ServiceResult<Option<String>> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let now = now_ms();
    let txn = db.begin().await?;
    let Some(row) = password_token::Entity::find_by_id(id.to_owned())
        .lock_exclusive()
        .unique(&*txn)
        .await?
        .filter(|t| t.consumed_at.is_none())
    else {
        return Ok(None);
    };
    let ttl = row.expires_at.saturating_sub(row.created_at).max(0);
    let updated = password_token::Entity::update_many()
        .col_expr(
            password_token::Column::TokenHash,
            Expr::value(digest(&token)),
        )
        .col_expr(
            password_token::Column::ExpiresAt,
            Expr::value(now.saturating_add(ttl)),
        )
        .filter(password_token::Column::Id.eq(row.id))
        .filter(password_token::Column::ConsumedAt.is_null())
        .exec(&*txn)
        .await?;
    txn.commit().await?;
    Ok((updated.rows_affected == 1).then_some(token))
}

/// The answer to a reset request, the same in form whatever the outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetOutcome {
    /// The recipient's mask when a link went (or, past the daily cap, would have gone) to
    /// it; else a decoy of the same form (see [`mask`]).
    pub masked_email: String,
}

/// "Password dimenticata": in one transaction, counted in the throttle buckets whatever the
/// outcome, answered no sooner than the floor. `decoy_secret` keys the mask of a mismatch.
pub async fn request_reset(
    db: &Db,
    settings: &PasswordSettings,
    actor: &Actor,
    visitor: Visitor,
    decoy_secret: &[u8; 32],
    address: &PecAddress,
    holder: &Holder,
) -> ServiceResult<ResetOutcome> {
    self_service::no_sooner_than(settings.min_response, async {
        let txn = db.begin().await?;
        let outcome = reset_in(
            &txn,
            settings,
            actor,
            visitor,
            decoy_secret,
            address,
            holder,
        )
        .await?;
        txn.commit().await?;
        Ok::<_, ServiceError>(outcome)
    })
    .await
}

async fn reset_in(
    txn: &DatabaseTransaction,
    settings: &PasswordSettings,
    actor: &Actor,
    visitor: Visitor,
    decoy_secret: &[u8; 32],
    address: &PecAddress,
    holder: &Holder,
) -> ServiceResult<ResetOutcome> {
    let limits = IdentifyLimits {
        per_visitor: settings.per_visitor,
        per_mailbox: settings.per_mailbox,
        per_holder: settings.per_holder,
        key_ceiling: settings.per_key,
    };
    self_service::hit_identify_limits(txn, "reset", limits, actor, visitor, address, holder)
        .await?;

    let Some((found, member)) = self_service::find_holder(txn, address, holder).await? else {
        audit::record(
            txn,
            actor,
            "password.reset_no_match",
            "mailbox",
            address.as_str(),
            serde_json::json!({}),
        )
        .await?;
        return Ok(ResetOutcome {
            masked_email: mask::decoy(decoy_secret, address, holder),
        });
    };
    // The recovery email set by an approved contact change, else the personal email.
    let recipient = found
        .recovery_email
        .clone()
        .unwrap_or_else(|| member.personal_email.clone());
    let masked_email = mask::mask(&recipient);

    let daily_cap = Limit {
        max: settings.emails_per_address_per_day,
        window: Duration::from_secs(24 * 3600),
    };
    let bucket = format!("reset:email:{}", recipient.to_lowercase());
    if !throttle::try_hit(txn, &bucket, daily_cap).await? {
        // The member's inbox is not a weapon: past the cap, answer the same but send nothing.
        audit::record(
            txn,
            actor,
            "password.reset_capped",
            "mailbox",
            address.as_str(),
            serde_json::json!({}),
        )
        .await?;
        return Ok(ResetOutcome { masked_email });
    }
    let token = issue_token(txn, address.as_str(), Purpose::Reset, settings.reset_ttl).await?;
    let message = Message::PasswordReset {
        given_name: member.given_name.clone(),
        address: address.as_str().to_owned(),
        link: link(settings, &token),
        valid_minutes: ms(settings.reset_ttl) / 60_000,
    };
    notify::queue_email(
        txn,
        &message,
        &recipient,
        Related {
            kind: "mailbox",
            id: address.as_str(),
        },
    )
    .await?;
    audit::record(
        txn,
        actor,
        "password.reset_requested",
        "mailbox",
        address.as_str(),
        serde_json::json!({}),
    )
    .await?;
    Ok(ResetOutcome { masked_email })
}

fn bad_token() -> ServiceError {
    ServiceError::invalid_field(
        "token",
        "the link is invalid, already used or expired",
        "Il link non è valido, è già stato usato o è scaduto: richiedine uno nuovo.",
    )
}

fn hasher() -> ServiceResult<Argon2<'static>> {
    // OWASP: Argon2id, 19 MiB, 2 iterations, 1 lane.
    let params = Params::new(19 * 1024, 2, 1, None)
        .map_err(|e| ServiceError::Internal(anyhow::anyhow!("argon2 parameters: {e}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Argon2 computations running at once in this process: one per core. Each holds 19 MiB
/// while it runs, so a burst of password calls takes at most cores × 19 MiB (38 MiB on 2
/// cores) and the cores' time; the other calls wait their turn here, not on a thread each.
static HASHERS: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
    tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
});

/// Runs `work` (an Argon2 computation) on the blocking pool once a hasher is free.
async fn on_hasher<R: Send + 'static>(
    work: impl FnOnce() -> ServiceResult<R> + Send + 'static,
) -> ServiceResult<R> {
    let _permit = HASHERS
        .acquire()
        .await
        .map_err(|e| ServiceError::Internal(anyhow::Error::new(e).context("hashers closed")))?;
    tokio::task::spawn_blocking(move || {
        let running = RUNNING.fetch_add(1, Ordering::AcqRel) + 1;
        PEAK.fetch_max(running, Ordering::AcqRel);
        let result = work();
        RUNNING.fetch_sub(1, Ordering::AcqRel);
        result
    })
    .await
    .map_err(|e| ServiceError::Internal(e.into()))?
}

/// Argon2 computations running now, and the most ever at once (the pool's bound, observed).
static RUNNING: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// Completions in progress at once: two per hasher, enough to keep every hasher busy while
/// the others read and write. The rest wait here before touching the database: a burst of
/// 200 completions used to send its 800 reads at once, and on PostgreSQL the Ordini's reads
/// queued behind them for the shared connections (GetMailbox p99 3 → 60 ms under a steady
/// load in pec-bench), for work that would then only have waited for a hasher.
static COMPLETIONS: std::sync::LazyLock<tokio::sync::Semaphore> =
    std::sync::LazyLock::new(|| tokio::sync::Semaphore::new(completions_admitted().1));

/// Completions past admission now, and the most ever at once.
static COMPLETING: AtomicUsize = AtomicUsize::new(0);
static COMPLETING_PEAK: AtomicUsize = AtomicUsize::new(0);

/// The most completions ever past admission at once, and their bound: what a test from
/// outside the module checks.
pub fn completions_admitted() -> (usize, usize) {
    (
        COMPLETING_PEAK.load(Ordering::Acquire),
        2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
    )
}

/// Counts a completion past admission while alive.
struct Completing;

impl Completing {
    fn start() -> Self {
        let now = COMPLETING.fetch_add(1, Ordering::AcqRel) + 1;
        COMPLETING_PEAK.fetch_max(now, Ordering::AcqRel);
        Completing
    }
}

impl Drop for Completing {
    fn drop(&mut self) {
        COMPLETING.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Hashes a password on a bounded pool (`HASHERS`).
pub async fn hash_password(password: String) -> ServiceResult<String> {
    on_hasher(move || {
        let mut salt_bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut salt_bytes);
        let salt = SaltString::encode_b64(&salt_bytes)
            .map_err(|e| ServiceError::Internal(anyhow::anyhow!("salt: {e}")))?;
        hasher()?
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ServiceError::Internal(anyhow::anyhow!("argon2: {e}")))
    })
    .await
}

/// Whether `password` matches `stored` (an Argon2 PHC string), on the bounded pool.
pub async fn verify_password(password: String, stored: String) -> ServiceResult<bool> {
    on_hasher(move || {
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return Ok(false);
        };
        Ok(hasher()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
}

/// Sets a new password with a token; returns the mailbox address.
pub async fn complete(
    db: &Db,
    actor: &Actor,
    token: &str,
    new_password: String,
) -> ServiceResult<String> {
    let _admitted = COMPLETIONS
        .acquire()
        .await
        .map_err(|e| ServiceError::Internal(anyhow::Error::new(e).context("completions closed")))?;
    let _completing = Completing::start();
    let hash = digest(token);
    let now = now_ms();
    let row = password_token::Entity::find()
        .filter(password_token::Column::TokenHash.eq(hash.clone()))
        .one(db.conn())
        .await?
        .filter(|t| t.consumed_at.is_none() && t.expires_at > now)
        .ok_or_else(bad_token)?;
    let mb = mailbox::Entity::find_by_id(row.address.clone())
        .unique(db.conn())
        .await?
        .filter(|m| m.state == MailboxState::Attivo)
        .ok_or_else(|| {
            ServiceError::precondition(
                Reason::InvalidState,
                "the mailbox is not active",
                "La casella non è attiva.",
            )
        })?;
    let holder = member::Entity::find_by_id(mb.codice_fiscale.clone())
        .unique(db.conn())
        .await?
        .ok_or_else(|| ServiceError::not_found("member", mb.codice_fiscale.clone()))?;
    let local = mb.address.split('@').next().unwrap_or_default();
    let ctx = PasswordContext {
        mailbox_local_part: local,
        codice_fiscale: &holder.codice_fiscale,
        given_name: &holder.given_name,
        family_name: &holder.family_name,
    };
    if let Err(problems) = check_password(&new_password, &ctx) {
        return Err(ServiceError::InvalidFields(
            problems
                .iter()
                .map(|p| FieldViolation::new("new_password", p.message(), p.message_it()))
                .collect(),
        ));
    }
    let current = provider_account::Entity::find_by_id(mb.address.clone())
        .unique(db.conn())
        .await?
        .and_then(|a| a.password_hash);
    if let Some(current) = current
        && verify_password(new_password.clone(), current).await?
    {
        return Err(ServiceError::invalid_field(
            "new_password",
            "must differ from the current password",
            "La nuova password deve essere diversa da quella attuale.",
        ));
    }
    let new_hash = hash_password(new_password).await?;

    // What was checked above (on a plain connection, so that the slow hashing holds no
    // transaction) is decided again here: the token consumed only if still unused and
    // unexpired (of two concurrent completions, one wins), the mailbox still ATTIVO (locked,
    // so a suspension or closure waits for this change).
    let txn = db.begin().await?;
    let consumed = password_token::Entity::update_many()
        .col_expr(password_token::Column::ConsumedAt, Expr::value(now_ms()))
        .filter(password_token::Column::Id.eq(row.id.clone()))
        .filter(password_token::Column::ConsumedAt.is_null())
        .filter(password_token::Column::ExpiresAt.gt(now_ms()))
        .exec(&*txn)
        .await?;
    if consumed.rows_affected != 1 {
        return Err(bad_token());
    }
    let still_active = mailbox::Entity::find_by_id(mb.address.clone())
        .lock_shared()
        .unique(&*txn)
        .await?
        .is_some_and(|m| m.state == MailboxState::Attivo);
    if !still_active {
        return Err(ServiceError::precondition(
            Reason::InvalidState,
            "the mailbox is not active",
            "La casella non è attiva.",
        ));
    }
    void_tokens(&*txn, &mb.address, now_ms()).await?;
    let updated = provider_account::Entity::update_many()
        .col_expr(
            provider_account::Column::PasswordHash,
            Expr::value(new_hash),
        )
        .col_expr(provider_account::Column::UpdatedAt, Expr::value(now_ms()))
        .filter(provider_account::Column::Address.eq(mb.address.clone()))
        .exec(&*txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(ServiceError::precondition(
            Reason::InvalidState,
            "the provider has no account for this mailbox yet",
            "La casella non è ancora pronta: riprova tra qualche minuto.",
        ));
    }
    audit::record(
        &*txn,
        actor,
        "password.changed",
        "mailbox",
        &mb.address,
        serde_json::json!({ "purpose": row.purpose }),
    )
    .await?;
    let message = Message::PasswordChanged {
        given_name: holder.given_name,
        address: mb.address.clone(),
    };
    let recipient = mb.recovery_email.clone().unwrap_or(holder.personal_email);
    notify::queue_email(
        &*txn,
        &message,
        &recipient,
        Related {
            kind: "mailbox",
            id: &mb.address,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(mb.address)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A burst of hashes several times the pool's size never runs more than one per core.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn argon2_runs_on_a_pool_bounded_by_the_cores() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let burst: Vec<_> = (0..cores * 4)
            .map(|i| tokio::spawn(hash_password(format!("cavallo batteria {i}"))))
            .collect();
        for hash in burst {
            let hash = hash.await.expect("task").expect("hash");
            assert!(hash.starts_with("$argon2id$"), "{hash}");
        }
        let peak = PEAK.load(Ordering::Acquire);
        assert!((1..=cores).contains(&peak), "peak {peak}, cores {cores}");
    }
}
