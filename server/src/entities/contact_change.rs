//! Table `contact_changes`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contact_changes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub secret_hash: String,
    pub mailbox_address: String,
    pub codice_fiscale: String,
    pub state: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub residence_country: Option<String>,
    pub residence_province: Option<String>,
    pub residence_comune: Option<String>,
    pub residence_postal_code: Option<String>,
    pub residence_street: Option<String>,
    pub recovery_email: Option<String>,
    pub recovery_email_verified_at: Option<i64>,
    pub mobile_number: Option<String>,
    pub mobile_verified_at: Option<i64>,
    pub confirmed_at: Option<i64>,
    pub cancel_token_hash: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub expires_at: i64,
    pub submitted_at: Option<i64>,
    pub due_at: Option<i64>,
    pub decided_at: Option<i64>,
    /// API key id of the operator who decided.
    pub decided_by: Option<String>,
    pub rejection_reason: Option<String>,
    pub rejection_text: Option<String>,
    pub reminder_sent_at: Option<i64>,
    pub images_deleted_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
