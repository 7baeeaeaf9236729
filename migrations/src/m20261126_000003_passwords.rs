//! One-time password links (stored as SHA-256 only), the rate-limit event log, and a flag on
//! notifications whose body holds a secret link (scrubbed once sent).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PasswordTokens {
    Table,
    Id,
    TokenHash,
    Address,
    Purpose,
    ExpiresAt,
    ConsumedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RateEvents {
    Table,
    Id,
    Bucket,
    At,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Sensitive,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PasswordTokens::Table)
                    .col(
                        ColumnDef::new(PasswordTokens::Id)
                            .text()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(PasswordTokens::TokenHash)
                            .text()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(PasswordTokens::Address).text().not_null())
                    .col(ColumnDef::new(PasswordTokens::Purpose).text().not_null())
                    .col(
                        ColumnDef::new(PasswordTokens::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PasswordTokens::ConsumedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(PasswordTokens::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_password_tokens_address")
                    .table(PasswordTokens::Table)
                    .col(PasswordTokens::Address)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateEvents::Table)
                    .col(
                        ColumnDef::new(RateEvents::Id)
                            .text()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(RateEvents::Bucket).text().not_null())
                    .col(ColumnDef::new(RateEvents::At).big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_rate_events_bucket")
                    .table(RateEvents::Table)
                    .col(RateEvents::Bucket)
                    .col(RateEvents::At)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .add_column(
                        ColumnDef::new(Notifications::Sensitive)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .drop_column(Notifications::Sensitive)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(RateEvents::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(PasswordTokens::Table).to_owned())
            .await
    }
}
