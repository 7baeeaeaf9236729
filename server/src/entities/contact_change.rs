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
    pub state: ChangeState,
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

/// Where a change stands, stored as its upper-case name. A stored value that is none of
/// these fails to load (`DbErr::Type`): an error, never another state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum ChangeState {
    #[sea_orm(string_value = "DRAFT")]
    Draft,
    #[sea_orm(string_value = "UNDER_REVIEW")]
    UnderReview,
    #[sea_orm(string_value = "APPROVED")]
    Approved,
    #[sea_orm(string_value = "REJECTED")]
    Rejected,
    #[sea_orm(string_value = "CANCELLED")]
    Cancelled,
    #[sea_orm(string_value = "EXPIRED")]
    Expired,
}

impl ChangeState {
    /// The stored name (what `string_value` says; a test keeps the two equal).
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeState::Draft => "DRAFT",
            ChangeState::UnderReview => "UNDER_REVIEW",
            ChangeState::Approved => "APPROVED",
            ChangeState::Rejected => "REJECTED",
            ChangeState::Cancelled => "CANCELLED",
            ChangeState::Expired => "EXPIRED",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Iterable;

    #[test]
    fn names_are_the_stored_values() {
        for state in ChangeState::iter() {
            assert_eq!(state.as_str(), state.to_value());
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
