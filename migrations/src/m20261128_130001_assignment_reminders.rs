//! Assignments waiting for the member: when each was offered (the clock of its reminders and
//! expiry) and how many reminders it has had, so that each is sent once.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ActivationRequests {
    Table,
    State,
    OfferedAt,
    RemindersSent,
    UpdatedAt,
}

const INDEX: &str = "idx_activation_requests_offered";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(ActivationRequests::Table)
                    .add_column(
                        ColumnDef::new(ActivationRequests::OfferedAt)
                            .big_integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ActivationRequests::Table)
                    .add_column(
                        ColumnDef::new(ActivationRequests::RemindersSent)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        // Assignments already waiting were offered when they last changed state.
        manager
            .exec_stmt(
                Query::update()
                    .table(ActivationRequests::Table)
                    .value(
                        ActivationRequests::OfferedAt,
                        Expr::col(ActivationRequests::UpdatedAt),
                    )
                    .and_where(Expr::col(ActivationRequests::State).eq("DA_ACCETTARE"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(INDEX)
                    .table(ActivationRequests::Table)
                    .col(ActivationRequests::State)
                    .col(ActivationRequests::OfferedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(INDEX)
                    .table(ActivationRequests::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            ActivationRequests::RemindersSent,
            ActivationRequests::OfferedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(ActivationRequests::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
