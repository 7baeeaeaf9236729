//! Table `ini_pec_export_rows`: the rows of an export, as sent (so it can be sent again).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ini_pec_export_rows")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub export_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub position: i32,
    pub address: String,
    pub given_name: String,
    pub family_name: String,
    pub registration_number: String,
    pub codice_fiscale: String,
    /// `INSERT`, `UPDATE` or `DELETE`; the Stato code is applied when the file is written.
    pub change: String,
    /// When the position ceased (a `DELETE` row only).
    pub ceased_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
