//! Contact-detail changes of a mailbox (the member's wizard and the operators' review), the
//! identity-document images they carry (stored encrypted outside the database; here only
//! where, with which key, and their SHA-256), and the 6-digit verification codes (hashed).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ContactChanges {
    Table,
    Id,
    SecretHash,
    MailboxAddress,
    CodiceFiscale,
    State,
    GivenName,
    FamilyName,
    ResidenceCountry,
    ResidenceProvince,
    ResidenceComune,
    ResidencePostalCode,
    ResidenceStreet,
    RecoveryEmail,
    RecoveryEmailVerifiedAt,
    MobileNumber,
    MobileVerifiedAt,
    ConfirmedAt,
    CancelTokenHash,
    CreatedAt,
    UpdatedAt,
    ExpiresAt,
    SubmittedAt,
    DueAt,
    DecidedAt,
    DecidedBy,
    RejectionReason,
    RejectionText,
    ReminderSentAt,
    ImagesDeletedAt,
}

/// The contact details a mailbox carries once a change is approved (before that, the
/// member's personal email of record is the recovery address).
#[derive(DeriveIden)]
enum Mailboxes {
    Table,
    RecoveryEmail,
    MobileNumber,
    ResidenceCountry,
    ResidenceProvince,
    ResidenceComune,
    ResidencePostalCode,
    ResidenceStreet,
}

#[derive(DeriveIden)]
enum ContactChangeDocuments {
    Table,
    ChangeId,
    Side,
    BlobPath,
    KeyId,
    Sha256,
    SizeBytes,
    Width,
    Height,
    RemovedSegments,
    UploadedAt,
}

#[derive(DeriveIden)]
enum VerificationCodes {
    Table,
    Id,
    ChangeId,
    Channel,
    Destination,
    CodeHash,
    ExpiresAt,
    FailedAttempts,
    ConsumedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ContactChanges as C;
        let text = |c: C| ColumnDef::new(c).text().null().to_owned();
        let time = |c: C| ColumnDef::new(c).big_integer().null().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(ColumnDef::new(C::Id).text().not_null().primary_key())
                    .col(ColumnDef::new(C::SecretHash).text().not_null())
                    .col(ColumnDef::new(C::MailboxAddress).text().not_null())
                    .col(ColumnDef::new(C::CodiceFiscale).text().not_null())
                    .col(ColumnDef::new(C::State).text().not_null())
                    .col(text(C::GivenName))
                    .col(text(C::FamilyName))
                    .col(text(C::ResidenceCountry))
                    .col(text(C::ResidenceProvince))
                    .col(text(C::ResidenceComune))
                    .col(text(C::ResidencePostalCode))
                    .col(text(C::ResidenceStreet))
                    .col(text(C::RecoveryEmail))
                    .col(time(C::RecoveryEmailVerifiedAt))
                    .col(text(C::MobileNumber))
                    .col(time(C::MobileVerifiedAt))
                    .col(time(C::ConfirmedAt))
                    .col(text(C::CancelTokenHash))
                    .col(ColumnDef::new(C::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(C::UpdatedAt).big_integer().not_null())
                    .col(ColumnDef::new(C::ExpiresAt).big_integer().not_null())
                    .col(time(C::SubmittedAt))
                    .col(time(C::DueAt))
                    .col(time(C::DecidedAt))
                    .col(text(C::DecidedBy))
                    .col(text(C::RejectionReason))
                    .col(text(C::RejectionText))
                    .col(time(C::ReminderSentAt))
                    .col(time(C::ImagesDeletedAt))
                    .to_owned(),
            )
            .await?;
        // The review queue (by state, oldest due first) and the draft-expiry sweep.
        manager
            .create_index(
                Index::create()
                    .name("idx_contact_changes_state_due")
                    .table(C::Table)
                    .col(C::State)
                    .col(C::DueAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_contact_changes_state_expires")
                    .table(C::Table)
                    .col(C::State)
                    .col(C::ExpiresAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_contact_changes_mailbox")
                    .table(C::Table)
                    .col(C::MailboxAddress)
                    .to_owned(),
            )
            .await?;

        // SQLite adds one column per ALTER TABLE.
        for column in [
            Mailboxes::RecoveryEmail,
            Mailboxes::MobileNumber,
            Mailboxes::ResidenceCountry,
            Mailboxes::ResidenceProvince,
            Mailboxes::ResidenceComune,
            Mailboxes::ResidencePostalCode,
            Mailboxes::ResidenceStreet,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Mailboxes::Table)
                        .add_column(ColumnDef::new(column).text().null())
                        .to_owned(),
                )
                .await?;
        }

        use ContactChangeDocuments as D;
        manager
            .create_table(
                Table::create()
                    .table(D::Table)
                    .col(ColumnDef::new(D::ChangeId).text().not_null())
                    .col(ColumnDef::new(D::Side).text().not_null())
                    .col(ColumnDef::new(D::BlobPath).text().not_null())
                    .col(ColumnDef::new(D::KeyId).text().not_null())
                    .col(ColumnDef::new(D::Sha256).text().not_null())
                    .col(ColumnDef::new(D::SizeBytes).big_integer().not_null())
                    .col(ColumnDef::new(D::Width).integer().not_null())
                    .col(ColumnDef::new(D::Height).integer().not_null())
                    .col(ColumnDef::new(D::RemovedSegments).integer().not_null())
                    .col(ColumnDef::new(D::UploadedAt).big_integer().not_null())
                    .primary_key(Index::create().col(D::ChangeId).col(D::Side))
                    .foreign_key(
                        ForeignKey::create()
                            .from(D::Table, D::ChangeId)
                            .to(C::Table, C::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        use VerificationCodes as V;
        manager
            .create_table(
                Table::create()
                    .table(V::Table)
                    .col(ColumnDef::new(V::Id).text().not_null().primary_key())
                    .col(ColumnDef::new(V::ChangeId).text().not_null())
                    .col(ColumnDef::new(V::Channel).text().not_null())
                    .col(ColumnDef::new(V::Destination).text().not_null())
                    .col(ColumnDef::new(V::CodeHash).text().not_null())
                    .col(ColumnDef::new(V::ExpiresAt).big_integer().not_null())
                    .col(ColumnDef::new(V::FailedAttempts).integer().not_null())
                    .col(ColumnDef::new(V::ConsumedAt).big_integer().null())
                    .col(ColumnDef::new(V::CreatedAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(V::Table, V::ChangeId)
                            .to(C::Table, C::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_verification_codes_change")
                    .table(V::Table)
                    .col(V::ChangeId)
                    .col(V::Channel)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(VerificationCodes::Table).to_owned())
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(ContactChangeDocuments::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ContactChanges::Table).to_owned())
            .await?;
        for column in [
            Mailboxes::RecoveryEmail,
            Mailboxes::MobileNumber,
            Mailboxes::ResidenceCountry,
            Mailboxes::ResidenceProvince,
            Mailboxes::ResidenceComune,
            Mailboxes::ResidencePostalCode,
            Mailboxes::ResidenceStreet,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Mailboxes::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
