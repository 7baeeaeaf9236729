//! 6-digit verification codes of the wizard, by email and by SMS: valid 10 minutes, at most 5
//! wrong tries, a new code voids the previous one, stored as SHA-256 bound to the change.
//!
//! Sending is limited so that the service cannot be used to flood an inbox or a phone: per
//! change and channel at most one resend a minute and 5 codes an hour, and per destination
//! (address or number) a daily cap across all changes.
//!
//! Both are decided in the caller's transaction, which holds the change's row: the sending
//! limits through `throttle`, the tries on the locked code row with an atomic counter.

use rand::Rng;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use sha2::{Digest, Sha256};

use super::ContactSettings;
use crate::db::{SelectUnique, now_ms};
use crate::entities::verification_code;
use crate::error::ServiceResult;
use crate::self_service::Visitor;
use crate::throttle;

/// Where a code goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "EMAIL",
            Channel::Sms => "SMS",
        }
    }
}

fn code_hash(change_id: &str, code: &str) -> String {
    hex::encode(Sha256::digest(format!("{change_id}:{code}").as_bytes()))
}

/// Checks the sending limits (per change and channel, per destination, per visitor), records the send, voids older codes and stores a new one;
/// returns the code to send. The one-a-minute rule covers every send, not only resends, so
/// repeating a step cannot be used to get around it. Decided in `txn` (the change locked).
pub async fn issue(
    txn: &DatabaseTransaction,
    settings: &ContactSettings,
    change_id: &str,
    channel: Channel,
    destination: &str,
    visitor: Visitor,
) -> ServiceResult<String> {
    throttle::hit_all(
        txn,
        &[
            (
                format!("contact:code-visitor:{}", visitor.bucket()),
                settings.codes_per_visitor,
            ),
            (
                format!("contact:code-min:{change_id}:{}", channel.as_str()),
                settings.resend_interval,
            ),
            (
                format!("contact:code:{change_id}:{}", channel.as_str()),
                settings.codes_per_hour,
            ),
            (
                format!("contact:dest:{}", destination.to_lowercase()),
                settings.codes_per_destination_per_day,
            ),
        ],
    )
    .await?;

    let now = now_ms();
    void(txn, change_id, channel, now).await?;
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
    verification_code::Entity::insert(verification_code::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        change_id: Set(change_id.to_owned()),
        channel: Set(channel.as_str().to_owned()),
        destination: Set(destination.to_owned()),
        code_hash: Set(code_hash(change_id, &code)),
        expires_at: Set(now.saturating_add(super::ms(settings.code_ttl))),
        failed_attempts: Set(0),
        consumed_at: Set(None),
        created_at: Set(now),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(code)
}

/// Voids the unused codes of a change on a channel.
pub async fn void(
    db: &impl ConnectionTrait,
    change_id: &str,
    channel: Channel,
    now: i64,
) -> ServiceResult<()> {
    verification_code::Entity::update_many()
        .col_expr(verification_code::Column::ConsumedAt, Expr::value(now))
        .filter(verification_code::Column::ChangeId.eq(change_id.to_owned()))
        .filter(verification_code::Column::Channel.eq(channel.as_str()))
        .filter(verification_code::Column::ConsumedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The result of checking a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Right: the code is now used.
    Valid { destination: String },
    /// Wrong; `left` tries remain on this code.
    Wrong { left: i32 },
    /// Wrong for the last allowed time, or expired: the code is void.
    Spent,
    /// No live code: none was sent, or it was already used or voided.
    NoCode,
}

/// Checks `code` against the live code of the change on `channel`, counting a wrong try.
/// The caller commits whatever the answer (the count of wrong tries must stick).
///
/// The code row is locked for the rest of `txn` and every write is conditional on the code
/// still being live, so concurrent guesses are checked one at a time: exactly
/// `max_code_attempts` wrong ones are counted, and a code is used at most once.
pub async fn check(
    txn: &DatabaseTransaction,
    settings: &ContactSettings,
    change_id: &str,
    channel: Channel,
    code: &str,
) -> ServiceResult<Checked> {
    let now = now_ms();
    let live = verification_code::Entity::find()
        .filter(verification_code::Column::ChangeId.eq(change_id.to_owned()))
        .filter(verification_code::Column::Channel.eq(channel.as_str()))
        .filter(verification_code::Column::ConsumedAt.is_null())
        .order_by_desc(verification_code::Column::CreatedAt)
        .lock_exclusive()
        .all(txn)
        .await?
        .into_iter()
        .next();
    let Some(live) = live else {
        return Ok(Checked::NoCode);
    };
    if live.expires_at <= now {
        consume(txn, &live.id, now).await?;
        return Ok(Checked::Spent);
    }
    if live.code_hash == code_hash(change_id, code) {
        if !consume(txn, &live.id, now).await? {
            return Ok(Checked::NoCode);
        }
        return Ok(Checked::Valid {
            destination: live.destination,
        });
    }
    let max = i32::try_from(settings.max_code_attempts).unwrap_or(i32::MAX);
    // One atomic step: count the try, and void the code on the last allowed one.
    let counted = verification_code::Entity::update_many()
        .col_expr(
            verification_code::Column::FailedAttempts,
            Expr::col(verification_code::Column::FailedAttempts).add(1),
        )
        .col_expr(
            verification_code::Column::ConsumedAt,
            Expr::case(
                Expr::col(verification_code::Column::FailedAttempts)
                    .add(1)
                    .gte(max),
                Expr::value(now),
            )
            .finally(Expr::col(verification_code::Column::ConsumedAt))
            .into(),
        )
        .filter(verification_code::Column::Id.eq(live.id.clone()))
        .filter(verification_code::Column::ConsumedAt.is_null())
        .exec(txn)
        .await?;
    if counted.rows_affected != 1 {
        return Ok(Checked::NoCode);
    }
    let failed = verification_code::Entity::find_by_id(live.id.clone())
        .unique(txn)
        .await?
        .map_or(max, |c| c.failed_attempts);
    Ok(if failed >= max {
        Checked::Spent
    } else {
        Checked::Wrong { left: max - failed }
    })
}

/// Marks a code used if it still was; false if another call used or voided it first.
async fn consume(txn: &DatabaseTransaction, id: &str, now: i64) -> ServiceResult<bool> {
    let consumed = verification_code::Entity::update_many()
        .col_expr(verification_code::Column::ConsumedAt, Expr::value(now))
        .filter(verification_code::Column::Id.eq(id.to_owned()))
        .filter(verification_code::Column::ConsumedAt.is_null())
        .exec(txn)
        .await?;
    Ok(consumed.rows_affected == 1)
}
