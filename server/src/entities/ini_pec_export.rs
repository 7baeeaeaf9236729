//! Table `ini_pec_exports`: one row per INI-PEC export an Ordine made.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ini_pec_exports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub ordine_code: String,
    /// `FULL` or `SINCE_LAST`.
    pub mode: String,
    pub created_at: i64,
    /// The API key that asked for it; `None` for the command line.
    pub key_id: Option<String>,
    pub row_count: i32,
    pub inserted: i32,
    pub updated: i32,
    pub deleted: i32,
    /// When its rows were deleted (retention); it can no longer be sent again.
    pub rows_pruned_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
