//! Table `activation_requests`.

use sea_orm::entity::prelude::*;

use crate::domain::ActivationState;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "activation_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub request_id: Option<String>,
    pub ordine_code: String,
    pub codice_fiscale: String,
    pub domain: String,
    pub mailbox_address: String,
    pub state: ActivationState,
    pub reason: Option<String>,
    pub created_by_key: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// When the mailbox was offered to the member (DA_ACCETTARE): reminders and expiry count
    /// from here.
    pub offered_at: Option<i64>,
    /// Reminders sent so far for this offer.
    pub reminders_sent: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
