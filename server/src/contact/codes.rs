//! 6-digit verification codes of the wizard, by email and by SMS: valid 10 minutes, at most 5
//! wrong tries, a new code voids the previous one, stored as SHA-256 bound to the change.
//!
//! Sending is limited so that the service cannot be used to flood an inbox or a phone: per
//! change and channel at most one resend a minute and 5 codes an hour, and per destination
//! (address or number) a daily cap across all changes.

use rand::Rng;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};

use super::ContactSettings;
use crate::db::now_ms;
use crate::entities::verification_code;
use crate::error::{ServiceError, ServiceResult};
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

/// Checks the sending limits, records the send, voids older codes and stores a new one;
/// returns the code to send. The one-a-minute rule covers every send, not only resends, so
/// repeating a step cannot be used to get around it.
pub async fn issue(
    db: &impl ConnectionTrait,
    settings: &ContactSettings,
    change_id: &str,
    channel: Channel,
    destination: &str,
) -> ServiceResult<String> {
    let minute_bucket = format!("contact:code-min:{change_id}:{}", channel.as_str());
    if let Err(exhausted) = throttle::check(db, &minute_bucket, settings.resend_interval).await? {
        return Err(ServiceError::RateLimited {
            retry_after: exhausted.retry_after,
        });
    }
    throttle::hit_all(
        db,
        &[
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
    throttle::record(db, &minute_bucket).await?;

    let now = now_ms();
    void(db, change_id, channel, now).await?;
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
    .exec_without_returning(db)
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
pub async fn check(
    db: &impl ConnectionTrait,
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
        .all(db)
        .await?
        .into_iter()
        .next();
    let Some(live) = live else {
        return Ok(Checked::NoCode);
    };
    if live.expires_at <= now {
        consume(db, &live.id, now).await?;
        return Ok(Checked::Spent);
    }
    if live.code_hash == code_hash(change_id, code) {
        consume(db, &live.id, now).await?;
        return Ok(Checked::Valid {
            destination: live.destination,
        });
    }
    let failed = live.failed_attempts + 1;
    let max = i32::try_from(settings.max_code_attempts).unwrap_or(i32::MAX);
    let mut update = verification_code::Entity::update_many()
        .col_expr(
            verification_code::Column::FailedAttempts,
            Expr::value(failed),
        )
        .filter(verification_code::Column::Id.eq(live.id.clone()));
    if failed >= max {
        update = update.col_expr(verification_code::Column::ConsumedAt, Expr::value(now));
    }
    update.exec(db).await?;
    Ok(if failed >= max {
        Checked::Spent
    } else {
        Checked::Wrong { left: max - failed }
    })
}

async fn consume(db: &impl ConnectionTrait, id: &str, now: i64) -> ServiceResult<()> {
    verification_code::Entity::update_many()
        .col_expr(verification_code::Column::ConsumedAt, Expr::value(now))
        .filter(verification_code::Column::Id.eq(id.to_owned()))
        .exec(db)
        .await?;
    Ok(())
}
