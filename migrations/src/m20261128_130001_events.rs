//! The change feed (`WatchEvents`): one row per change, written in the change's transaction.
//!
//! `id` orders the rows as they were inserted; `seq` is the public position (the cursor). On
//! SQLite the one writer makes insertion order commit order, so the feed reads `id` and `seq`
//! stays NULL; `id` is the plain rowid (no AUTOINCREMENT, whose bookkeeping costs every
//! insert): a new rowid is the largest plus one, and the retention sweep always keeps the
//! newest row, so positions are never reused. On PostgreSQL ids are taken at insert, not at commit, so a sequencer numbers
//! committed rows (`seq`, from the sequence `events_seq`) one batch at a time; see
//! `server/src/events/mod.rs`. Watchers read by position and filter by Ordine in memory, so the
//! only other index is the retention sweep's (`at`): each index costs every insert, and a sync
//! writes one event per new member.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: &[&str] = &[
    "CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        seq BIGINT NULL,
        kind TEXT NOT NULL,
        resource_type TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        ordine_code TEXT NULL,
        previous_ordine_code TEXT NULL,
        actor_key_id TEXT NULL,
        at BIGINT NOT NULL
    )",
    "CREATE INDEX idx_events_at ON events (at)",
];

const POSTGRES_UP: &[&str] = &[
    "CREATE TABLE events (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        seq BIGINT NULL,
        kind TEXT NOT NULL,
        resource_type TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        ordine_code TEXT NULL,
        previous_ordine_code TEXT NULL,
        actor_key_id TEXT NULL,
        at BIGINT NOT NULL
    )",
    "CREATE SEQUENCE events_seq AS BIGINT",
    "CREATE UNIQUE INDEX idx_events_seq ON events (seq)",
    "CREATE INDEX idx_events_unsequenced ON events (id) WHERE seq IS NULL",
    "CREATE INDEX idx_events_at ON events (at)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_UP,
            _ => SQLITE_UP,
        };
        let db = manager.get_connection();
        for sql in statements {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("DROP TABLE events").await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            db.execute_unprepared("DROP SEQUENCE events_seq").await?;
        }
        Ok(())
    }
}
