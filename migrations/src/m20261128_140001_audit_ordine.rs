//! The audit trail becomes readable (`AuditService.ListAuditEvents`): each entry names the
//! Ordine it belongs to (so an Ordine's key reads its own entries) and whether it is a security
//! event; indexes serve each filter newest first; and the trail is append-only.
//!
//! Existing entries get their Ordine from their target where it still exists: a member, a
//! mailbox, an activation request, a contact change (its member's Ordine), an API key, an
//! Ordine. A SyncMembers entry of before (one entry for a batch that may span Ordini, target
//! `*`) keeps none: splitting it would rewrite the trail; admins and operators still read it.
//!
//! Append-only: on PostgreSQL a trigger refuses every UPDATE, DELETE and TRUNCATE of
//! `audit_log`, except a DELETE in a transaction that set `pecd.audit_retention` to `on` (the
//! retention job, `audit::purge`). On SQLite a trigger refuses UPDATE; SQLite has no
//! transaction-local setting a trigger could read, so there only the code keeps deletes to the
//! retention job. Neither stops the database's owner, who can drop a trigger: they guard
//! against code paths and mistakes, not against the DBA.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    KeyId,
    Action,
    TargetType,
    TargetId,
    OrdineCode,
    SecurityEvent,
}

/// The indexes of the list's filters, each ending in (at, id): the list's order.
fn indexes() -> Vec<(&'static str, Vec<AuditLog>)> {
    vec![
        ("idx_audit_at", vec![]),
        ("idx_audit_ordine_at", vec![AuditLog::OrdineCode]),
        (
            "idx_audit_target_at",
            vec![AuditLog::TargetType, AuditLog::TargetId],
        ),
        ("idx_audit_key_at", vec![AuditLog::KeyId]),
        ("idx_audit_action_at", vec![AuditLog::Action]),
        ("idx_audit_security_at", vec![AuditLog::SecurityEvent]),
    ]
}

/// Fills `ordine_code` of the entries whose target resolves to an Ordine.
const BACKFILL: [&str; 6] = [
    "UPDATE audit_log SET ordine_code = (SELECT m.ordine_code FROM members m \
     WHERE m.codice_fiscale = audit_log.target_id) WHERE target_type = 'member'",
    "UPDATE audit_log SET ordine_code = (SELECT m.ordine_code FROM mailboxes m \
     WHERE m.address = audit_log.target_id) WHERE target_type = 'mailbox'",
    "UPDATE audit_log SET ordine_code = (SELECT r.ordine_code FROM activation_requests r \
     WHERE r.id = audit_log.target_id) WHERE target_type = 'activation_request'",
    "UPDATE audit_log SET ordine_code = (SELECT m.ordine_code FROM contact_changes c \
     JOIN members m ON m.codice_fiscale = c.codice_fiscale \
     WHERE c.id = audit_log.target_id) WHERE target_type = 'contact_change'",
    "UPDATE audit_log SET ordine_code = (SELECT k.ordine_code FROM api_keys k \
     WHERE k.id = audit_log.target_id) WHERE target_type = 'api_key'",
    "UPDATE audit_log SET ordine_code = target_id WHERE target_type = 'ordine'",
];

const POSTGRES_APPEND_ONLY: [&str; 3] = [
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'DELETE' AND current_setting('pecd.audit_retention', true) = 'on' THEN
         RETURN OLD;
       END IF;
       RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
         USING ERRCODE = 'insufficient_privilege';
     END $$",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log \
     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log \
     FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
];

const POSTGRES_DROP_APPEND_ONLY: [&str; 3] = [
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
    "DROP FUNCTION IF EXISTS audit_log_append_only()",
];

const SQLITE_APPEND_ONLY: &str = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \
     BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END";

const SQLITE_DROP_APPEND_ONLY: &str = "DROP TRIGGER IF EXISTS audit_log_no_update";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(ColumnDef::new(AuditLog::OrdineCode).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(
                        ColumnDef::new(AuditLog::SecurityEvent)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        for sql in BACKFILL {
            db.execute_unprepared(sql).await?;
        }
        // The rate-limit alarms of before are security events.
        db.execute_unprepared(
            "UPDATE audit_log SET security_event = TRUE WHERE action LIKE 'throttle.%'",
        )
        .await?;
        for old in ["idx_audit_target", "idx_audit_action"] {
            manager
                .drop_index(Index::drop().name(old).table(AuditLog::Table).to_owned())
                .await?;
        }
        for (name, cols) in indexes() {
            let mut index = Index::create();
            index.name(name).table(AuditLog::Table);
            for col in cols {
                index.col(col);
            }
            index.col(AuditLog::At).col(AuditLog::Id);
            manager.create_index(index.to_owned()).await?;
        }
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                for sql in POSTGRES_APPEND_ONLY {
                    db.execute_unprepared(sql).await?;
                }
            }
            _ => {
                db.execute_unprepared(SQLITE_APPEND_ONLY).await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                for sql in POSTGRES_DROP_APPEND_ONLY {
                    db.execute_unprepared(sql).await?;
                }
            }
            _ => {
                db.execute_unprepared(SQLITE_DROP_APPEND_ONLY).await?;
            }
        }
        for (name, _) in indexes() {
            manager
                .drop_index(Index::drop().name(name).table(AuditLog::Table).to_owned())
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_target")
                    .table(AuditLog::Table)
                    .col(AuditLog::TargetType)
                    .col(AuditLog::TargetId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_action")
                    .table(AuditLog::Table)
                    .col(AuditLog::Action)
                    .to_owned(),
            )
            .await?;
        for col in [AuditLog::SecurityEvent, AuditLog::OrdineCode] {
            manager
                .alter_table(
                    Table::alter()
                        .table(AuditLog::Table)
                        .drop_column(col)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
