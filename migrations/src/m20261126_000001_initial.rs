//! The register, activation requests, mailboxes, the built-in provider's accounts, the job
//! queue, API keys, idempotency records and the audit trail.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Ordini {
    Table,
    Code,
    Name,
    PecAddress,
    AdheresToConvention,
    ConventionSince,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Members {
    Table,
    CodiceFiscale,
    GivenName,
    FamilyName,
    OrdineCode,
    Albo,
    RegistrationNumber,
    PersonalEmail,
    MobileNumber,
    PartitaIva,
    RegisterStatus,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ActivationRequests {
    Table,
    Id,
    RequestId,
    OrdineCode,
    CodiceFiscale,
    Domain,
    MailboxAddress,
    State,
    Reason,
    CreatedByKey,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MailboxAddresses {
    Table,
    Address,
    CodiceFiscale,
    ReservedAt,
}

#[derive(DeriveIden)]
enum Mailboxes {
    Table,
    Address,
    CodiceFiscale,
    OrdineCode,
    State,
    SuspensionCause,
    SuspensionNote,
    ScheduledClosureAt,
    ActivationRequestId,
    CreatedAt,
    ActivatedAt,
    ClosedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProviderAccounts {
    Table,
    Address,
    State,
    PasswordHash,
    RecoveryEmail,
    MobileNumber,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Jobs {
    Table,
    Id,
    Kind,
    Payload,
    State,
    Attempts,
    MaxAttempts,
    RunAt,
    LockedUntil,
    LockedBy,
    LastError,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApiKeys {
    Table,
    Id,
    Name,
    Role,
    OrdineCode,
    KeyHash,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum IdempotencyRecords {
    Table,
    Scope,
    Method,
    RequestId,
    RequestHash,
    Response,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    KeyId,
    Action,
    TargetType,
    TargetId,
    Details,
}

fn text(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).text().not_null().to_owned()
}

fn text_null(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).text().null().to_owned()
}

fn millis(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).big_integer().not_null().to_owned()
}

fn millis_null(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col).big_integer().null().to_owned()
}

fn index<const N: usize>(
    name: &str,
    table: impl IntoIden,
    cols: [DynIden; N],
) -> IndexCreateStatement {
    let mut stmt = Index::create();
    stmt.name(name).table(table);
    for col in cols {
        stmt.col(col);
    }
    stmt.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Ordini::Table)
                    .col(text(Ordini::Code).primary_key())
                    .col(text(Ordini::Name))
                    .col(text(Ordini::PecAddress))
                    .col(
                        ColumnDef::new(Ordini::AdheresToConvention)
                            .boolean()
                            .not_null(),
                    )
                    .col(text_null(Ordini::ConventionSince))
                    .col(millis(Ordini::CreatedAt))
                    .col(millis(Ordini::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Members::Table)
                    .col(text(Members::CodiceFiscale).primary_key())
                    .col(text(Members::GivenName))
                    .col(text(Members::FamilyName))
                    .col(text(Members::OrdineCode))
                    .col(ColumnDef::new(Members::Albo).integer().not_null())
                    .col(text(Members::RegistrationNumber))
                    .col(text(Members::PersonalEmail))
                    .col(text_null(Members::MobileNumber))
                    .col(text_null(Members::PartitaIva))
                    .col(text(Members::RegisterStatus))
                    .col(millis(Members::CreatedAt))
                    .col(millis(Members::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_members_ordine")
                            .from(Members::Table, Members::OrdineCode)
                            .to(Ordini::Table, Ordini::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_members_ordine",
                Members::Table,
                [
                    Members::OrdineCode.into_iden(),
                    Members::CodiceFiscale.into_iden(),
                ],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MailboxAddresses::Table)
                    .col(text(MailboxAddresses::Address).primary_key())
                    .col(text(MailboxAddresses::CodiceFiscale))
                    .col(millis(MailboxAddresses::ReservedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ActivationRequests::Table)
                    .col(text(ActivationRequests::Id).primary_key())
                    .col(text_null(ActivationRequests::RequestId))
                    .col(text(ActivationRequests::OrdineCode))
                    .col(text(ActivationRequests::CodiceFiscale))
                    .col(text(ActivationRequests::Domain))
                    .col(text(ActivationRequests::MailboxAddress))
                    .col(text(ActivationRequests::State))
                    .col(text_null(ActivationRequests::Reason))
                    .col(text_null(ActivationRequests::CreatedByKey))
                    .col(millis(ActivationRequests::CreatedAt))
                    .col(millis(ActivationRequests::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_activation_requests_member")
                            .from(ActivationRequests::Table, ActivationRequests::CodiceFiscale)
                            .to(Members::Table, Members::CodiceFiscale),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_activation_requests_ordine",
                ActivationRequests::Table,
                [
                    ActivationRequests::OrdineCode.into_iden(),
                    ActivationRequests::Id.into_iden(),
                ],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_activation_requests_member",
                ActivationRequests::Table,
                [ActivationRequests::CodiceFiscale.into_iden()],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Mailboxes::Table)
                    .col(text(Mailboxes::Address).primary_key())
                    .col(text(Mailboxes::CodiceFiscale))
                    .col(text(Mailboxes::OrdineCode))
                    .col(text(Mailboxes::State))
                    .col(text_null(Mailboxes::SuspensionCause))
                    .col(text_null(Mailboxes::SuspensionNote))
                    .col(millis_null(Mailboxes::ScheduledClosureAt))
                    .col(text(Mailboxes::ActivationRequestId))
                    .col(millis(Mailboxes::CreatedAt))
                    .col(millis_null(Mailboxes::ActivatedAt))
                    .col(millis_null(Mailboxes::ClosedAt))
                    .col(millis(Mailboxes::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_mailboxes_member",
                Mailboxes::Table,
                [Mailboxes::CodiceFiscale.into_iden()],
            ))
            .await?;
        manager
            .create_index(index(
                "idx_mailboxes_ordine",
                Mailboxes::Table,
                [
                    Mailboxes::OrdineCode.into_iden(),
                    Mailboxes::Address.into_iden(),
                ],
            ))
            .await?;

        // One live mailbox and one pending request per member, enforced by the database so
        // that two concurrent requests cannot both pass the check. Partial indexes have the
        // same syntax on SQLite and PostgreSQL.
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_activation_requests_pending ON activation_requests \
             (codice_fiscale) WHERE state IN ('RICHIESTA', 'IN_LAVORAZIONE', 'DA_ACCETTARE')",
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX uq_mailboxes_live ON mailboxes (codice_fiscale) \
             WHERE state <> 'CESSATO'",
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProviderAccounts::Table)
                    .col(text(ProviderAccounts::Address).primary_key())
                    .col(text(ProviderAccounts::State))
                    .col(text_null(ProviderAccounts::PasswordHash))
                    .col(text_null(ProviderAccounts::RecoveryEmail))
                    .col(text_null(ProviderAccounts::MobileNumber))
                    .col(millis(ProviderAccounts::CreatedAt))
                    .col(millis(ProviderAccounts::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Jobs::Table)
                    .col(text(Jobs::Id).primary_key())
                    .col(text(Jobs::Kind))
                    .col(text(Jobs::Payload))
                    .col(text(Jobs::State))
                    .col(ColumnDef::new(Jobs::Attempts).integer().not_null())
                    .col(ColumnDef::new(Jobs::MaxAttempts).integer().not_null())
                    .col(millis(Jobs::RunAt))
                    .col(millis_null(Jobs::LockedUntil))
                    .col(text_null(Jobs::LockedBy))
                    .col(text_null(Jobs::LastError))
                    .col(millis(Jobs::CreatedAt))
                    .col(millis(Jobs::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_jobs_due",
                Jobs::Table,
                [Jobs::State.into_iden(), Jobs::RunAt.into_iden()],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiKeys::Table)
                    .col(text(ApiKeys::Id).primary_key())
                    .col(text(ApiKeys::Name))
                    .col(text(ApiKeys::Role))
                    .col(text_null(ApiKeys::OrdineCode))
                    .col(text(ApiKeys::KeyHash).unique_key())
                    .col(millis(ApiKeys::CreatedAt))
                    .col(millis_null(ApiKeys::RevokedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(IdempotencyRecords::Table)
                    .col(text(IdempotencyRecords::Scope))
                    .col(text(IdempotencyRecords::Method))
                    .col(text(IdempotencyRecords::RequestId))
                    .col(text(IdempotencyRecords::RequestHash))
                    .col(
                        ColumnDef::new(IdempotencyRecords::Response)
                            .blob()
                            .not_null(),
                    )
                    .col(millis(IdempotencyRecords::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(IdempotencyRecords::Scope)
                            .col(IdempotencyRecords::Method)
                            .col(IdempotencyRecords::RequestId),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_idempotency_created",
                IdempotencyRecords::Table,
                [IdempotencyRecords::CreatedAt.into_iden()],
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(text(AuditLog::Id).primary_key())
                    .col(millis(AuditLog::At))
                    .col(text_null(AuditLog::KeyId))
                    .col(text(AuditLog::Action))
                    .col(text(AuditLog::TargetType))
                    .col(text(AuditLog::TargetId))
                    .col(text(AuditLog::Details))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "idx_audit_target",
                AuditLog::Table,
                [
                    AuditLog::TargetType.into_iden(),
                    AuditLog::TargetId.into_iden(),
                ],
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            IdempotencyRecords::Table.into_iden(),
            ApiKeys::Table.into_iden(),
            Jobs::Table.into_iden(),
            ProviderAccounts::Table.into_iden(),
            Mailboxes::Table.into_iden(),
            ActivationRequests::Table.into_iden(),
            MailboxAddresses::Table.into_iden(),
            Members::Table.into_iden(),
            Ordini::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
