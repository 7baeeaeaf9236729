//! Table `api_keys`.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub name: String,
    pub role: String,
    pub ordine_code: Option<String>,
    pub key_hash: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// Trusted to forward the visitor's address (`x-pec-visitor-ip`).
    pub front_end: bool,
    /// The client-certificate subject (e.g. `CN=gestionale.ordine-to`) this key is bound to:
    /// refused over a connection presenting another.
    pub bound_subject: Option<String>,
    /// When the key last authenticated a call (ms), written about once a minute; `None`
    /// if never used since the column exists.
    pub last_used_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
