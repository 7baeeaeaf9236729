//! INI-PEC exports: every export an Ordine made (its rows kept for a while, so one that did
//! not arrive can be fetched again), and per Ordine and mailbox what that Ordine last sent
//! (the baseline of the next delta).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum IniPecExports {
    Table,
    Id,
    OrdineCode,
    Mode,
    CreatedAt,
    KeyId,
    RowCount,
    Inserted,
    Updated,
    Deleted,
    RowsPrunedAt,
}

#[derive(DeriveIden)]
enum IniPecExportRows {
    Table,
    ExportId,
    Position,
    Address,
    GivenName,
    FamilyName,
    RegistrationNumber,
    CodiceFiscale,
    Change,
    CeasedAt,
}

#[derive(DeriveIden)]
enum IniPecPositions {
    Table,
    OrdineCode,
    Address,
    GivenName,
    FamilyName,
    RegistrationNumber,
    CodiceFiscale,
    Published,
    ExportId,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IniPecExports::Table)
                    .col(
                        ColumnDef::new(IniPecExports::Id)
                            .text()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(IniPecExports::OrdineCode).text().not_null())
                    .col(ColumnDef::new(IniPecExports::Mode).text().not_null())
                    .col(
                        ColumnDef::new(IniPecExports::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(IniPecExports::KeyId).text().null())
                    .col(ColumnDef::new(IniPecExports::RowCount).integer().not_null())
                    .col(ColumnDef::new(IniPecExports::Inserted).integer().not_null())
                    .col(ColumnDef::new(IniPecExports::Updated).integer().not_null())
                    .col(ColumnDef::new(IniPecExports::Deleted).integer().not_null())
                    .col(
                        ColumnDef::new(IniPecExports::RowsPrunedAt)
                            .big_integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_ini_pec_exports_ordine")
                    .table(IniPecExports::Table)
                    .col(IniPecExports::OrdineCode)
                    .col(IniPecExports::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IniPecExportRows::Table)
                    .col(ColumnDef::new(IniPecExportRows::ExportId).text().not_null())
                    .col(
                        ColumnDef::new(IniPecExportRows::Position)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(IniPecExportRows::Address).text().not_null())
                    .col(
                        ColumnDef::new(IniPecExportRows::GivenName)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IniPecExportRows::FamilyName)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IniPecExportRows::RegistrationNumber)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IniPecExportRows::CodiceFiscale)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(IniPecExportRows::Change).text().not_null())
                    .col(
                        ColumnDef::new(IniPecExportRows::CeasedAt)
                            .big_integer()
                            .null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(IniPecExportRows::ExportId)
                            .col(IniPecExportRows::Position),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(IniPecExportRows::Table, IniPecExportRows::ExportId)
                            .to(IniPecExports::Table, IniPecExports::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(IniPecPositions::Table)
                    .col(
                        ColumnDef::new(IniPecPositions::OrdineCode)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(IniPecPositions::Address).text().not_null())
                    .col(ColumnDef::new(IniPecPositions::GivenName).text().not_null())
                    .col(
                        ColumnDef::new(IniPecPositions::FamilyName)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IniPecPositions::RegistrationNumber)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IniPecPositions::CodiceFiscale)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(IniPecPositions::Published)
                            .boolean()
                            .not_null(),
                    )
                    .col(ColumnDef::new(IniPecPositions::ExportId).text().not_null())
                    .col(
                        ColumnDef::new(IniPecPositions::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(IniPecPositions::OrdineCode)
                            .col(IniPecPositions::Address),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IniPecPositions::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(IniPecExportRows::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(IniPecExports::Table).to_owned())
            .await
    }
}
