//! Table `events`: the change feed (see `crate::events`).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    /// Insertion order; the public position on SQLite.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The public position on PostgreSQL, given by the sequencer once committed; NULL on
    /// SQLite.
    pub seq: Option<i64>,
    /// An `EventKind` name.
    pub kind: String,
    pub resource_type: String,
    pub resource_id: String,
    /// The Ordine of the resource at the time of the change.
    pub ordine_code: Option<String>,
    /// The Ordine it left, when the change moved it.
    pub previous_ordine_code: Option<String>,
    /// `None` for pecd itself.
    pub actor_key_id: Option<String>,
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
