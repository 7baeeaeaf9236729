//! The built-in provider: mailbox accounts kept in our own database (`provider_accounts`), so
//! that this service is the account authority a mail server authenticates against.

use async_trait::async_trait;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, QuerySelect};

use super::{MailboxProvider, NewMailbox, ProviderError};
use crate::db::SelectUnique;
use crate::db::{Db, now_ms};
use crate::domain::MailboxState;
use crate::entities::provider_account;

pub struct BuiltinProvider {
    db: Db,
}

impl BuiltinProvider {
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

fn transient(err: sea_orm::DbErr) -> ProviderError {
    ProviderError::Transient(err.to_string())
}

#[async_trait]
impl MailboxProvider for BuiltinProvider {
    async fn create_mailbox(&self, mailbox: &NewMailbox) -> Result<(), ProviderError> {
        let txn = self.db.begin().await.map_err(transient)?;
        if let Some(existing) = provider_account::Entity::find_by_id(mailbox.address.clone())
            .unique(&*txn)
            .await
            .map_err(transient)?
        {
            // A repeat of our own earlier call is fine; anything else is a clash we must not
            // paper over.
            if existing.state == MailboxState::NonAttivo
                && existing.recovery_email.as_deref() == Some(mailbox.recovery_email.as_str())
            {
                return Ok(());
            }
            return Err(ProviderError::Permanent(format!(
                "an account {} already exists at the provider",
                mailbox.address
            )));
        }
        let now = now_ms();
        provider_account::Entity::insert(provider_account::ActiveModel {
            address: Set(mailbox.address.clone()),
            state: Set(MailboxState::NonAttivo),
            password_hash: Set(None),
            recovery_email: Set(Some(mailbox.recovery_email.clone())),
            mobile_number: Set(mailbox.mobile_number.clone()),
            created_at: Set(now),
            updated_at: Set(now),
        })
        .exec_without_returning(&*txn)
        .await
        .map_err(transient)?;
        txn.commit().await.map_err(transient)
    }

    async fn set_state(&self, address: &str, state: MailboxState) -> Result<(), ProviderError> {
        let txn = self.db.begin().await.map_err(transient)?;
        let account = provider_account::Entity::find_by_id(address.to_owned())
            .unique(&*txn)
            .await
            .map_err(transient)?
            .ok_or_else(|| {
                ProviderError::Permanent(format!("no account {address} at the provider"))
            })?;
        if account.state == state {
            return Ok(());
        }
        if account.state == MailboxState::Cessato {
            return Err(ProviderError::Permanent(format!(
                "the account {address} is closed"
            )));
        }
        let mut active: provider_account::ActiveModel = account.into();
        active.state = Set(state);
        active.updated_at = Set(now_ms());
        active.update(&*txn).await.map_err(transient)?;
        txn.commit().await.map_err(transient)
    }

    async fn remove_mailbox(&self, address: &str) -> Result<(), ProviderError> {
        let txn = self.db.begin().await.map_err(transient)?;
        let Some(account) = provider_account::Entity::find_by_id(address.to_owned())
            .lock_exclusive()
            .unique(&*txn)
            .await
            .map_err(transient)?
        else {
            return Ok(());
        };
        // Only an account never activated: one that was used holds mail and stays.
        if account.state != MailboxState::NonAttivo || account.password_hash.is_some() {
            return Err(ProviderError::Permanent(format!(
                "the account {address} was activated and cannot be removed"
            )));
        }
        provider_account::Entity::delete_by_id(address.to_owned())
            .exec(&*txn)
            .await
            .map_err(transient)?;
        txn.commit().await.map_err(transient)
    }
}
