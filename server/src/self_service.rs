//! What the anonymous self-service flows share (password reset, contact change): how a member
//! identifies as a mailbox's holder, the throttle buckets of that identification (per visitor,
//! mailbox and holder, and the key's alarm ceiling), and the response-time floor that keeps a
//! match and a miss indistinguishable.

use std::future::Future;
use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, DatabaseTransaction, EntityTrait, QuerySelect};

use crate::audit;
use crate::auth::Actor;
use crate::db::{SelectUnique, now_ms};
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

/// The end user behind a self-service call: the visitor's address as forwarded by a front-end
/// key, else the caller's own. IPv6 visitors count by their /64 (what one subscriber holds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visitor(IpAddr);

impl Visitor {
    pub fn new(ip: IpAddr) -> Self {
        Self(ip.to_canonical())
    }

    /// The address (IPv4-mapped IPv6 as IPv4).
    pub fn ip(&self) -> IpAddr {
        self.0
    }

    /// The rate-limit bucket of this visitor.
    pub fn bucket(&self) -> String {
        match self.0 {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        }
    }
}

/// How often one visitor, one mailbox and one holder may try to identify, per flow, and the
/// ceiling of one key past which an alarm is raised (the call still goes on: the front end's
/// single key carries every member's calls, so it must not be a switch one visitor can flip).
#[derive(Debug, Clone, Copy)]
pub struct IdentifyLimits {
    pub per_visitor: Limit,
    pub per_mailbox: Limit,
    pub per_holder: Limit,
    pub key_ceiling: Limit,
}

/// The audit action of a key crossing its ceiling; `/metrics` counts these rows.
pub const CEILING_CROSSED: &str = "throttle.key_ceiling_crossed";

/// Unix seconds of the last ceiling warning logged by this process (one a minute at most,
/// so a flood does not also flood the log; the metric counts every crossing).
static LAST_CEILING_WARNING: AtomicI64 = AtomicI64::new(0);

/// Counts one identification attempt of `flow` ("reset", "contact") in the visitor's, the
/// mailbox's and the holder's buckets, or refuses it (RATE_LIMITED) if one is full (the
/// visitor's is checked first, so a refused visitor costs the others nothing); then in the
/// key's, where a full bucket raises the alarm instead. Counted in `txn` whether or not the
/// holder matches.
pub async fn hit_identify_limits(
    txn: &DatabaseTransaction,
    flow: &str,
    limits: IdentifyLimits,
    actor: &Actor,
    visitor: Visitor,
    address: &PecAddress,
    holder: &Holder,
) -> ServiceResult<()> {
    throttle::hit_all(
        txn,
        &[
            (
                format!("{flow}:visitor:{}", visitor.bucket()),
                limits.per_visitor,
            ),
            (
                format!("{flow}:mailbox:{}", address.as_str()),
                limits.per_mailbox,
            ),
            (format!("{flow}:holder:{}", holder.key()), limits.per_holder),
        ],
    )
    .await?;
    let key_id = actor.key_id.as_deref().unwrap_or("-");
    let bucket = format!("{flow}:key:{key_id}");
    if !throttle::try_hit(txn, &bucket, limits.key_ceiling).await? {
        audit::record(
            txn,
            actor,
            CEILING_CROSSED,
            "api_key",
            key_id,
            serde_json::json!({ "flow": flow }),
        )
        .await?;
        let now = now_ms() / 1000;
        let last = LAST_CEILING_WARNING.load(Ordering::Relaxed);
        if now - last >= 60
            && LAST_CEILING_WARNING
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            tracing::warn!(
                flow,
                key_id,
                ceiling = limits.key_ceiling.max,
                window_secs = limits.key_ceiling.window.as_secs(),
                "a key crossed its self-service ceiling: calls go on, but look for abuse \
                 (pecd_rate_ceiling_crossings_total counts every crossing)"
            );
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visitors_count_by_address_and_ipv6_by_64() {
        let v4: IpAddr = "203.0.113.7".parse().expect("ip");
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().expect("ip");
        assert_eq!(Visitor::new(mapped), Visitor::new(v4));
        assert_eq!(Visitor::new(v4).bucket(), "203.0.113.7");
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("ip");
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().expect("ip");
        let c: IpAddr = "2001:db8:1:3::1".parse().expect("ip");
        assert_eq!(Visitor::new(a).bucket(), Visitor::new(b).bucket());
        assert_ne!(Visitor::new(a).bucket(), Visitor::new(c).bucket());
    }
}
