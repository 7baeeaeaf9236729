//! Sliding-window rate limits kept in the database (`rate_events`), so they hold across
//! replicas and restarts.
//!
//! Counting then recording is a read followed by a write, so every function here takes the
//! caller's transaction and first serialises the calls on the same buckets: on PostgreSQL with
//! a transaction-scoped advisory lock per bucket (taken in one global order, so two calls
//! sharing buckets cannot deadlock); on SQLite the process-wide writer lock of `Db::begin`
//! already admits one writer at a time.

use std::time::Duration;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Statement,
};
use sha2::{Digest, Sha256};

use crate::db::now_ms;
use crate::entities::rate_event;
use crate::error::{ServiceError, ServiceResult};

/// A limit: at most `max` events per `window` in one bucket.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: u64,
    pub window: Duration,
}

/// How long to wait before the bucket has room again.
#[derive(Debug)]
pub struct Exhausted {
    pub retry_after: Duration,
}

fn window_ms(limit: Limit) -> i64 {
    i64::try_from(limit.window.as_millis()).unwrap_or(i64::MAX)
}

/// The advisory-lock key of a bucket: the first 8 bytes of its SHA-256.
fn lock_key(bucket: &str) -> i64 {
    let digest = Sha256::digest(bucket.as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(bytes)
}

/// Holds the buckets until `txn` ends, so that no other call counts them meanwhile.
async fn lock<'a>(
    txn: &DatabaseTransaction,
    buckets: impl IntoIterator<Item = &'a str>,
) -> ServiceResult<()> {
    if txn.get_database_backend() != DbBackend::Postgres {
        // SQLite: the caller holds the process's writer lock (`Db::begin`).
        return Ok(());
    }
    let mut keys: Vec<i64> = buckets.into_iter().map(lock_key).collect();
    keys.sort_unstable();
    keys.dedup();
    for key in keys {
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1)",
            [key.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Whether the bucket still has room, without recording anything.
async fn check(
    db: &impl ConnectionTrait,
    bucket: &str,
    limit: Limit,
) -> ServiceResult<Result<(), Exhausted>> {
    let now = now_ms();
    let since = now - window_ms(limit);
    let used = rate_event::Entity::find()
        .filter(rate_event::Column::Bucket.eq(bucket.to_owned()))
        .filter(rate_event::Column::At.gt(since))
        .count(db)
        .await?;
    if used < limit.max {
        return Ok(Ok(()));
    }
    let oldest = rate_event::Entity::find()
        .filter(rate_event::Column::Bucket.eq(bucket.to_owned()))
        .filter(rate_event::Column::At.gt(since))
        .order_by_asc(rate_event::Column::At)
        .one(db)
        .await?
        .map_or(now, |e| e.at);
    let wait = (oldest + window_ms(limit) - now).max(1000);
    Ok(Err(Exhausted {
        retry_after: Duration::from_millis(u64::try_from(wait).unwrap_or(1000)),
    }))
}

/// Records one event in the bucket.
async fn record(db: &impl ConnectionTrait, bucket: &str) -> ServiceResult<()> {
    rate_event::Entity::insert(rate_event::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        bucket: Set(bucket.to_owned()),
        at: Set(now_ms()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Checks every bucket (in the order given: the first full one answers), then records one
/// event in each, so a refused call costs nothing. Decided in `txn`, which the caller commits.
pub async fn hit_all(txn: &DatabaseTransaction, buckets: &[(String, Limit)]) -> ServiceResult<()> {
    lock(txn, buckets.iter().map(|(b, _)| b.as_str())).await?;
    for (bucket, limit) in buckets {
        if let Err(exhausted) = check(txn, bucket, *limit).await? {
            crate::metrics::throttled(bucket);
            return Err(ServiceError::RateLimited {
                retry_after: exhausted.retry_after,
            });
        }
    }
    for (bucket, _) in buckets {
        record(txn, bucket).await?;
    }
    Ok(())
}

/// Records one event if the bucket has room; false (nothing recorded) if it is full. For caps
/// that change what a call does rather than refuse it.
pub async fn try_hit(txn: &DatabaseTransaction, bucket: &str, limit: Limit) -> ServiceResult<bool> {
    lock(txn, [bucket]).await?;
    if check(txn, bucket, limit).await?.is_err() {
        crate::metrics::cap_reached(bucket);
        return Ok(false);
    }
    record(txn, bucket).await?;
    Ok(true)
}

/// Deletes events older than any window we use.
pub async fn sweep(db: &impl ConnectionTrait, older_than: Duration) -> ServiceResult<()> {
    let cutoff = now_ms() - i64::try_from(older_than.as_millis()).unwrap_or(i64::MAX);
    rate_event::Entity::delete_many()
        .filter(rate_event::Column::At.lt(cutoff))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_keys_are_stable_and_distinct() {
        assert_eq!(lock_key("reset:mailbox:a"), lock_key("reset:mailbox:a"));
        assert_ne!(lock_key("reset:mailbox:a"), lock_key("reset:mailbox:b"));
    }
}
