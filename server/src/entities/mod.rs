//! SeaORM entities, one per table (see the migrations crate for the schema and its
//! conventions: times are Unix milliseconds, enums are upper-case names).

pub mod activation_request;
pub mod api_key;
pub mod audit_log;
pub mod contact_cancel_token;
pub mod contact_change;
pub mod contact_change_document;
pub mod event;
pub mod idempotency_record;
pub mod ini_pec_export;
pub mod ini_pec_export_row;
pub mod ini_pec_position;
pub mod job;
pub mod mailbox;
pub mod mailbox_address;
pub mod member;
pub mod notification;
pub mod ordine;
pub mod password_token;
pub mod provider_account;
pub mod rate_event;
pub mod verification_code;
