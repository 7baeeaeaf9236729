//! Table `ini_pec_positions`: per Ordine and mailbox, what that Ordine last sent to INI-PEC
//! (the baseline of its next delta).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ini_pec_positions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub ordine_code: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub address: String,
    pub given_name: String,
    pub family_name: String,
    pub registration_number: String,
    pub codice_fiscale: String,
    /// Last sent as published (insert or update); false once its deletion was sent.
    pub published: bool,
    /// The export that last sent it.
    pub export_id: String,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
