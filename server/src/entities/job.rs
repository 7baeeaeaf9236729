//! Table `jobs`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jobs")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub kind: JobKind,
    pub payload: String,
    pub state: JobState,
    pub attempts: i32,
    pub max_attempts: i32,
    pub run_at: i64,
    pub locked_until: Option<i64>,
    pub locked_by: Option<String>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Where a job stands. Stored as its name; a row holding any other name fails to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum JobState {
    /// Waiting for `run_at`.
    #[sea_orm(string_value = "PENDING")]
    Pending,
    /// Leased to a worker until `locked_until`.
    #[sea_orm(string_value = "RUNNING")]
    Running,
    #[sea_orm(string_value = "DONE")]
    Done,
    /// Given up; an operator sees it.
    #[sea_orm(string_value = "FAILED")]
    Failed,
}

/// What a job does; the payload's `kind` tag holds the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
pub enum JobKind {
    #[sea_orm(string_value = "create_mailbox")]
    CreateMailbox,
    #[sea_orm(string_value = "sync_mailbox_state")]
    SyncMailboxState,
    #[sea_orm(string_value = "close_struck_off")]
    CloseStruckOff,
    #[sea_orm(string_value = "deliver_notification")]
    DeliverNotification,
    #[sea_orm(string_value = "remove_mailbox")]
    RemoveMailbox,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
