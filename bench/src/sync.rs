//! SyncMembers streams as the Albo sends them: the whole register in its own order (close to
//! random in key order), each re-send in another order, sometimes with every member changed.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use pecd::proto::registry_service_client::RegistryServiceClient;
use pecd::proto::{Member, SyncMembersRequest, SyncMembersResponse};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use tokio::time::Instant;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::transport::Channel;

use crate::members;

/// Members per SyncMembers stream message, as the API recommends.
const MESSAGE_MEMBERS: usize = 1_000;
/// A SyncMembers stream that takes longer than this is abandoned as failed.
const TIMEOUT: Duration = Duration::from_secs(600);

/// The members of `base` (generated from index `first` on) in a fixed pseudo-random order
/// (`seed`), their personal emails those of `email_version`, in stream messages of 1,000.
pub fn messages(
    base: &[Member],
    first: usize,
    seed: u64,
    email_version: u32,
) -> Vec<SyncMembersRequest> {
    let mut order: Vec<usize> = (0..base.len()).collect();
    order.shuffle(&mut StdRng::seed_from_u64(seed));
    order
        .chunks(MESSAGE_MEMBERS)
        .map(|chunk| SyncMembersRequest {
            members: chunk
                .iter()
                .map(|&i| Member {
                    personal_email: members::personal_email(first + i, email_version),
                    ..base[i].clone()
                })
                .collect(),
        })
        .collect()
}

/// Streams `messages` through SyncMembers and times it, from the first message sent to the
/// summary received.
pub async fn run(
    mut registry: RegistryServiceClient<Channel>,
    auth: &MetadataValue<Ascii>,
    messages: Vec<SyncMembersRequest>,
) -> Result<(SyncMembersResponse, Duration)> {
    let mut request = tonic::Request::new(tokio_stream::iter(messages));
    request.metadata_mut().insert("authorization", auth.clone());
    let began = Instant::now();
    let reply = tokio::time::timeout(TIMEOUT, registry.sync_members(request))
        .await
        .with_context(|| format!("SyncMembers did not finish in {TIMEOUT:?}"))?
        .context("SyncMembers")?;
    Ok((reply.into_inner(), began.elapsed()))
}

pub fn counts(r: &SyncMembersResponse) -> String {
    format!(
        "created {} updated {} unchanged {} rejected {}",
        r.created, r.updated, r.unchanged, r.rejected
    )
}

/// Fails unless the summary is exactly [created, updated, unchanged, rejected].
pub fn check_counts(what: &str, r: &SyncMembersResponse, expected: [i64; 4]) -> Result<()> {
    if [r.created, r.updated, r.unchanged, r.rejected] == expected {
        return Ok(());
    }
    let first_rejections: Vec<String> = r
        .rejected_rows
        .iter()
        .take(3)
        .map(|row| format!("#{} {}: {} {}", row.index, row.key, row.reason, row.message))
        .collect();
    bail!(
        "{what}: expected created/updated/unchanged/rejected {expected:?}, got {}; first rejections: {first_rejections:?}",
        counts(r)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(messages: &[SyncMembersRequest]) -> Vec<String> {
        messages
            .iter()
            .flat_map(|m| m.members.iter().map(|m| m.codice_fiscale.clone()))
            .collect()
    }

    #[test]
    fn orders_are_fixed_per_seed_and_differ_between_seeds() {
        let base: Vec<Member> = (0..2_500).map(|i| members::member(i, "BENCH")).collect();
        let a = messages(&base, 0, 1, 0);
        assert_eq!(a.len(), 3);
        assert_eq!(keys(&a), keys(&messages(&base, 0, 1, 0)));
        assert_ne!(keys(&a), keys(&messages(&base, 0, 2, 0)));
        let mut sorted = keys(&a);
        sorted.sort();
        let mut all: Vec<String> = base.iter().map(|m| m.codice_fiscale.clone()).collect();
        all.sort();
        assert_eq!(sorted, all, "every member exactly once");
        // Not the generation order, nor close to key order.
        assert_ne!(keys(&a)[..10], all[..10]);
    }

    #[test]
    fn a_new_version_changes_every_personal_email_and_nothing_else() {
        let base: Vec<Member> = (0..50).map(|i| members::member(i, "BENCH")).collect();
        for (old, new) in messages(&base, 0, 7, 0)[0]
            .members
            .iter()
            .zip(&messages(&base, 0, 7, 3)[0].members)
        {
            assert_ne!(old.personal_email, new.personal_email);
            assert_eq!(
                Member {
                    personal_email: String::new(),
                    ..old.clone()
                },
                Member {
                    personal_email: String::new(),
                    ..new.clone()
                }
            );
        }
    }
}
