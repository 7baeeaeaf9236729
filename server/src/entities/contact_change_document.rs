//! Table `contact_change_documents`: where each side's encrypted image is, never the image.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contact_change_documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub change_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub side: String,
    pub blob_path: String,
    pub key_id: String,
    pub sha256: String,
    pub size_bytes: i64,
    pub width: i32,
    pub height: i32,
    pub removed_segments: i32,
    pub uploaded_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
