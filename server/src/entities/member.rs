//! Table `members`.

use sea_orm::entity::prelude::*;

use crate::domain::RegisterStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "members")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub codice_fiscale: String,
    pub given_name: String,
    pub family_name: String,
    pub ordine_code: String,
    pub albo: i32,
    pub registration_number: String,
    pub personal_email: String,
    pub mobile_number: Option<String>,
    pub partita_iva: Option<String>,
    pub register_status: RegisterStatus,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
