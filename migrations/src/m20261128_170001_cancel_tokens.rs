//! One "non sono stato io" token per security notice, minted when the notice is delivered
//! (as password links are), so a failed or retried notice never holds a live cancel link.
//! Tokens of changes already under review are carried over, so links already sent keep working.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ContactCancelTokens {
    Table,
    Id,
    ChangeId,
    TokenHash,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ContactCancelTokens::Table)
                    .col(
                        ColumnDef::new(ContactCancelTokens::Id)
                            .text()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(ContactCancelTokens::ChangeId)
                            .text()
                            .not_null(),
                    )
                    // NULL until the notice carrying it is first delivered.
                    .col(ColumnDef::new(ContactCancelTokens::TokenHash).text().null())
                    .col(
                        ColumnDef::new(ContactCancelTokens::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_contact_cancel_tokens_hash")
                    .table(ContactCancelTokens::Table)
                    .col(ContactCancelTokens::TokenHash)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_contact_cancel_tokens_change")
                    .table(ContactCancelTokens::Table)
                    .col(ContactCancelTokens::ChangeId)
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO contact_cancel_tokens (id, change_id, token_hash, created_at) \
                 SELECT id, id, cancel_token_hash, updated_at FROM contact_changes \
                 WHERE cancel_token_hash IS NOT NULL AND state = 'UNDER_REVIEW'",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ContactCancelTokens::Table).to_owned())
            .await
    }
}
