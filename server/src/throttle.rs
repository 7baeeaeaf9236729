//! Sliding-window rate limits kept in the database (`rate_events`), so they hold across
//! replicas and restarts.

use std::time::Duration;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

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

/// Whether the bucket still has room, without recording anything.
pub async fn check(
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
pub async fn record(db: &impl ConnectionTrait, bucket: &str) -> ServiceResult<()> {
    rate_event::Entity::insert(rate_event::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        bucket: Set(bucket.to_owned()),
        at: Set(now_ms()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Checks every bucket, then records one event in each (so a refused call costs nothing).
pub async fn hit_all(db: &impl ConnectionTrait, buckets: &[(String, Limit)]) -> ServiceResult<()> {
    for (bucket, limit) in buckets {
        if let Err(exhausted) = check(db, bucket, *limit).await? {
            return Err(ServiceError::RateLimited {
                retry_after: exhausted.retry_after,
            });
        }
    }
    for (bucket, _) in buckets {
        record(db, bucket).await?;
    }
    Ok(())
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
