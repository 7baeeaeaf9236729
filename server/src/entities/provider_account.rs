//! Table `provider_accounts`.

use sea_orm::entity::prelude::*;

use crate::domain::MailboxState;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "provider_accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub address: String,
    pub state: MailboxState,
    pub password_hash: Option<String>,
    pub recovery_email: Option<String>,
    pub mobile_number: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
