//! Table `mailboxes`.

use sea_orm::entity::prelude::*;

use crate::domain::{MailboxState, SuspensionCause};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mailboxes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub address: String,
    pub codice_fiscale: String,
    pub ordine_code: String,
    pub state: MailboxState,
    pub suspension_cause: Option<SuspensionCause>,
    pub suspension_note: Option<String>,
    pub scheduled_closure_at: Option<i64>,
    pub activation_request_id: String,
    pub created_at: i64,
    pub activated_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub updated_at: i64,
    /// Set by an approved contact change; until then the member's personal email is used.
    pub recovery_email: Option<String>,
    pub mobile_number: Option<String>,
    pub residence_country: Option<String>,
    pub residence_province: Option<String>,
    pub residence_comune: Option<String>,
    pub residence_postal_code: Option<String>,
    pub residence_street: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
