//! The notification outbox: every email and SMS, written in the transaction of the change that
//! caused it and delivered by a job.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    Channel,
    Template,
    Recipient,
    Subject,
    BodyText,
    BodyHtml,
    MessageId,
    State,
    Attempts,
    LastError,
    RelatedType,
    RelatedId,
    CreatedAt,
    SentAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(
                        ColumnDef::new(Notifications::Id)
                            .text()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Notifications::Channel).text().not_null())
                    .col(ColumnDef::new(Notifications::Template).text().not_null())
                    .col(ColumnDef::new(Notifications::Recipient).text().not_null())
                    .col(ColumnDef::new(Notifications::Subject).text().null())
                    .col(ColumnDef::new(Notifications::BodyText).text().not_null())
                    .col(ColumnDef::new(Notifications::BodyHtml).text().null())
                    .col(
                        ColumnDef::new(Notifications::MessageId)
                            .text()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Notifications::State).text().not_null())
                    .col(ColumnDef::new(Notifications::Attempts).integer().not_null())
                    .col(ColumnDef::new(Notifications::LastError).text().null())
                    .col(ColumnDef::new(Notifications::RelatedType).text().null())
                    .col(ColumnDef::new(Notifications::RelatedId).text().null())
                    .col(
                        ColumnDef::new(Notifications::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Notifications::SentAt).big_integer().null())
                    .col(
                        ColumnDef::new(Notifications::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_state")
                    .table(Notifications::Table)
                    .col(Notifications::State)
                    .col(Notifications::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_recipient")
                    .table(Notifications::Table)
                    .col(Notifications::Recipient)
                    .col(Notifications::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Notifications::Table).to_owned())
            .await
    }
}
