//! Table `verification_codes`: 6-digit codes sent by email or SMS, stored as SHA-256.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "verification_codes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub change_id: String,
    /// EMAIL or SMS.
    pub channel: String,
    pub destination: String,
    pub code_hash: String,
    pub expires_at: i64,
    pub failed_attempts: i32,
    /// Used, voided by a newer code, or spent by too many wrong tries.
    pub consumed_at: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
