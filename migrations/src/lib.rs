//! Database schema of `pecd`, one migration per change. The server applies them at start.
//!
//! Conventions: times are `BIGINT` milliseconds since the Unix epoch (UTC), so that SQLite and
//! PostgreSQL compare them the same way; keys are `TEXT` (a `char(n)` key compared with a text
//! parameter skips the index on PostgreSQL); enums are stored as their upper-case names.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_initial;
mod m20261126_000002_notifications;
mod m20261126_000003_passwords;
mod m20261126_000004_contact_changes;
mod m20261128_000001_key_subject;
mod m20261128_120001_front_end_keys;
mod m20261128_130001_assignment_reminders;
mod m20261128_130001_events;
mod m20261128_140001_audit_ordine;
mod m20261128_150001_ini_pec_exports;
mod m20261128_170001_cancel_tokens;
mod m20261128_180001_key_last_used;

/// The ordered list of migrations.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_initial::Migration),
            Box::new(m20261126_000002_notifications::Migration),
            Box::new(m20261126_000003_passwords::Migration),
            Box::new(m20261126_000004_contact_changes::Migration),
            Box::new(m20261128_000001_key_subject::Migration),
            Box::new(m20261128_120001_front_end_keys::Migration),
            Box::new(m20261128_130001_assignment_reminders::Migration),
            Box::new(m20261128_130001_events::Migration),
            Box::new(m20261128_140001_audit_ordine::Migration),
            Box::new(m20261128_150001_ini_pec_exports::Migration),
            Box::new(m20261128_170001_cancel_tokens::Migration),
            Box::new(m20261128_180001_key_last_used::Migration),
        ]
    }
}
