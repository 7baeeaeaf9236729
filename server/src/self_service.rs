//! What the anonymous self-service flows share (password reset, contact change): how a member
//! identifies as a mailbox's holder, the throttle buckets of that identification, and the
//! response-time floor that keeps a match and a miss indistinguishable.

use std::future::Future;
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, DatabaseTransaction, EntityTrait, QuerySelect};

use crate::auth::Actor;
use crate::db::SelectUnique;
use crate::domain::{CodiceFiscale, MailboxState, PartitaIva, PecAddress};
use crate::entities::{mailbox, member};
use crate::error::ServiceResult;
use crate::throttle::{self, Limit};

/// Who the caller says holds the mailbox.
#[derive(Debug, Clone)]
pub enum Holder {
    CodiceFiscale(CodiceFiscale),
    PartitaIva(PartitaIva),
}

impl Holder {
    /// The code as given, for rate-limit buckets.
    pub fn key(&self) -> &str {
        match self {
            Holder::CodiceFiscale(cf) => cf.as_str(),
            Holder::PartitaIva(piva) => piva.as_str(),
        }
    }
}

/// How often one key, one mailbox and one holder may try to identify, per flow.
#[derive(Debug, Clone, Copy)]
pub struct IdentifyLimits {
    pub per_key: Limit,
    pub per_mailbox: Limit,
    pub per_holder: Limit,
}

/// Counts one identification attempt of `flow` ("reset", "contact") in its three buckets, or
/// refuses it (RATE_LIMITED) if one is full. Counted in `txn` whether or not the holder matches.
pub async fn hit_identify_limits(
    txn: &DatabaseTransaction,
    flow: &str,
    limits: IdentifyLimits,
    actor: &Actor,
    address: &PecAddress,
    holder: &Holder,
) -> ServiceResult<()> {
    throttle::hit_all(
        txn,
        &[
            (
                format!("{flow}:key:{}", actor.key_id.as_deref().unwrap_or("-")),
                limits.per_key,
            ),
            (
                format!("{flow}:mailbox:{}", address.as_str()),
                limits.per_mailbox,
            ),
            (format!("{flow}:holder:{}", holder.key()), limits.per_holder),
        ],
    )
    .await
}

/// The ATTIVO mailbox `address` and its member, if `holder` is who holds it. The mailbox row
/// is share-locked until the caller's transaction ends, so a closure waits for what the
/// caller writes about it (and then sees it).
pub async fn find_holder(
    db: &impl ConnectionTrait,
    address: &PecAddress,
    holder: &Holder,
) -> ServiceResult<Option<(mailbox::Model, member::Model)>> {
    let Some(mb) = mailbox::Entity::find_by_id(address.as_str().to_owned())
        .lock_shared()
        .unique(db)
        .await?
        .filter(|mb| mb.state == MailboxState::Attivo)
    else {
        return Ok(None);
    };
    let member = member::Entity::find_by_id(mb.codice_fiscale.clone())
        .unique(db)
        .await?
        .filter(|m| match holder {
            Holder::CodiceFiscale(cf) => m.codice_fiscale == cf.as_str(),
            Holder::PartitaIva(piva) => m.partita_iva.as_deref() == Some(piva.as_str()),
        });
    Ok(member.map(|m| (mb, m)))
}

/// Runs `work` and answers no sooner than `floor` after the start, whatever the outcome, so
/// the time taken does not tell whether the details matched.
pub async fn no_sooner_than<T>(floor: Duration, work: impl Future<Output = T>) -> T {
    let started = Instant::now();
    let outcome = work.await;
    tokio::time::sleep(floor.saturating_sub(started.elapsed())).await;
    outcome
}
