//! The password burst: members who got a link after a campaign email all set their password
//! at once. Links come the way members get them: RequestPasswordReset through a front-end key
//! (one visitor address each, as the per-visitor budget expects), then the token read from the
//! email pecd writes into its file outbox.

use std::collections::{HashMap, HashSet};
use std::net::Ipv4Addr;
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail, ensure};
use argon2::password_hash::{PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::Engine;
use pecd::proto::password_service_client::PasswordServiceClient;
use pecd::proto::{CompletePasswordResetRequest, RequestPasswordResetRequest};
use tokio::time::Instant;
use tonic::metadata::{Ascii, MetadataValue};
use tonic::transport::Channel;

/// Completions in the burst (fewer when the bench has fewer members).
pub const BURST: usize = 200;
/// GetMailbox calls per second of the steady load that runs through a burst: far under what
/// pecd serves, far over what the Ordini and the front end send.
pub const STEADY_RATE: u32 = 1_000;
/// How long the worker may take to write every reset email.
const OUTBOX_TIMEOUT: Duration = Duration::from_secs(300);
/// A password call that takes longer than this fails the phase.
const CALL_TIMEOUT: Duration = Duration::from_secs(120);

/// A member of the burst.
#[derive(Debug, Clone)]
pub struct BurstMember {
    pub mailbox: String,
    pub codice_fiscale: String,
    /// The personal emails the member has had: the link goes to the one on record, which is
    /// the newest unless a re-sync that changed them failed part-way.
    pub personal_emails: Vec<String>,
    /// Whether the account already has a password (a reset: the new one is first compared
    /// with it, a second Argon2 computation) or not yet (a first password).
    pub has_password: bool,
}

/// The visitor address of the `k`-th member: the benchmarking range 198.18.0.0/15, one address
/// each so that no visitor's hourly budget (20) is reached.
fn visitor_ip(k: usize) -> Ipv4Addr {
    let k = u32::try_from(k).unwrap_or(u32::MAX);
    Ipv4Addr::from(u32::from(Ipv4Addr::new(198, 18, 0, 1)).wrapping_add(k))
}

/// The current password of the accounts that have one: an Argon2id hash with the server's
/// parameters (19 MiB, 2 passes, 1 lane), so verifying against it costs what it costs in
/// service.
pub fn current_password_hash() -> Result<String> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|e| anyhow!("argon2: {e}"))?;
    let salt = SaltString::encode_b64(b"pec-bench-salt16").map_err(|e| anyhow!("salt: {e}"))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password(b"una vecchia password dimenticata", &salt)
        .map_err(|e| anyhow!("argon2: {e}"))?
        .to_string())
}

/// Argon2id computations per second per core with the server's parameters, every core hashing
/// at once and nothing else running: the most a burst can complete, whatever pecd does around
/// the hashing. Each thread keeps its 19 MiB between computations, as pecd's allocator does
/// (the system allocator here would map and fault them in afresh each time, a third slower).
/// Blocking (about a third of a second).
pub fn argon2_per_core() -> Result<f64> {
    const EACH: u32 = 8;
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|e| anyhow!("argon2: {e}"))?;
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let hash = |memory: &mut [Block]| {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
            .hash_password_into_with_memory(
                b"una password qualsiasi",
                b"pec-bench-salt16",
                &mut [0u8; 32],
                memory,
            )
            .map_err(|e| anyhow!("argon2: {e}"))
    };
    let mut memories = vec![vec![Block::default(); params.block_count()]; cores];
    // One computation each first, so that every page is mapped before the clock starts.
    memories.iter_mut().try_for_each(|memory| hash(memory))?;
    let began = std::time::Instant::now();
    std::thread::scope(|threads| {
        let hashing: Vec<_> = memories
            .iter_mut()
            .map(|memory| threads.spawn(|| (0..EACH).try_for_each(|_| hash(memory))))
            .collect();
        hashing
            .into_iter()
            .try_for_each(|h| h.join().map_err(|_| anyhow!("an argon2 thread panicked"))?)
    })?;
    Ok(f64::from(EACH) / began.elapsed().as_secs_f64())
}

fn header(value: &str) -> Result<MetadataValue<Ascii>> {
    value.parse().context("not a header value")
}

/// Asks for a reset link for every member, all at once; fails unless every call succeeds.
pub async fn request_links(channels: &[Channel], key: &str, members: &[BurstMember]) -> Result<()> {
    ensure!(!channels.is_empty(), "no connections");
    let auth = header(&format!("Bearer {key}"))?;
    let calls = members.iter().enumerate().map(|(k, m)| {
        let mut client = PasswordServiceClient::new(channels[k % channels.len()].clone());
        let auth = auth.clone();
        async move {
            let mut request = tonic::Request::new(RequestPasswordResetRequest {
                mailbox_address: m.mailbox.clone(),
                codice_fiscale: m.codice_fiscale.clone(),
                ..RequestPasswordResetRequest::default()
            });
            request.metadata_mut().insert("authorization", auth);
            request
                .metadata_mut()
                .insert("x-pec-visitor-ip", header(&visitor_ip(k).to_string())?);
            tokio::time::timeout(CALL_TIMEOUT, client.request_password_reset(request))
                .await
                .context("timed out")?
                .with_context(|| format!("RequestPasswordReset for {}", m.mailbox))?;
            anyhow::Ok(())
        }
    });
    for outcome in futures::future::join_all(calls).await {
        outcome?;
    }
    Ok(())
}

/// Waits until the outbox holds a link for every member; returns the tokens in the members'
/// order. Each .eml file is read once (pecd writes it under a temporary name first).
pub async fn wait_for_tokens(outbox: &Path, members: &[BurstMember]) -> Result<Vec<String>> {
    let wanted: HashMap<String, usize> = members
        .iter()
        .enumerate()
        .flat_map(|(k, m)| m.personal_emails.iter().map(move |e| (e.to_lowercase(), k)))
        .collect();
    let mut tokens: Vec<Option<String>> = vec![None; members.len()];
    let mut found = 0;
    let mut read: HashSet<std::ffi::OsString> = HashSet::new();
    let deadline = Instant::now() + OUTBOX_TIMEOUT;
    loop {
        let mut names: Vec<std::ffi::OsString> = match std::fs::read_dir(outbox) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.file_name()))
                .filter(|n| {
                    let n = n.to_string_lossy();
                    n.ends_with(".eml") && !n.starts_with('.')
                })
                .filter(|n| !read.contains(n))
                .collect(),
            // The folder appears with the first message.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e).with_context(|| format!("reading {}", outbox.display())),
        };
        // Names start with the creation time: a newer link for the same member wins.
        names.sort();
        for name in names {
            let text = std::fs::read_to_string(outbox.join(&name))
                .with_context(|| format!("reading {}", outbox.join(&name).display()))?;
            read.insert(name);
            let Some((to, token)) = recipient_and_token(&text) else {
                continue;
            };
            if let Some(&k) = wanted.get(&to) {
                if tokens[k].is_none() {
                    found += 1;
                }
                tokens[k] = Some(token);
            }
        }
        if found == members.len() {
            return Ok(tokens.into_iter().flatten().collect());
        }
        if Instant::now() > deadline {
            bail!(
                "only {found} of {} reset emails reached {} within {OUTBOX_TIMEOUT:?}",
                members.len(),
                outbox.display()
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// What the burst's calls came to.
#[derive(Debug)]
pub struct Completed {
    /// From the first call to the last reply.
    pub took: Duration,
    pub succeeded: usize,
    /// Why the other calls failed (each message once, with how many times it occurred).
    pub failures: Vec<(String, usize)>,
}

/// Completes every reset at once, each with a new strong password. A call fails when it
/// errs, times out or answers for another mailbox. `first` is the position of `members[0]`
/// among the members whose links were requested together, so each keeps its visitor address.
pub async fn complete_all(
    channels: &[Channel],
    key: &str,
    members: &[BurstMember],
    tokens: &[String],
    first: usize,
) -> Result<Completed> {
    ensure!(!channels.is_empty(), "no connections");
    ensure!(members.len() == tokens.len(), "one token per member");
    let auth = header(&format!("Bearer {key}"))?;
    let calls: Vec<_> = members
        .iter()
        .zip(tokens)
        .enumerate()
        .map(|(k, (m, token))| {
            let mut client = PasswordServiceClient::new(channels[k % channels.len()].clone());
            let mut request = tonic::Request::new(CompletePasswordResetRequest {
                token: token.clone(),
                // Hex cannot spell a name (they all have letters past `f`) nor a common
                // password; 36 characters.
                new_password: format!("Pec-{}", uuid::Uuid::new_v4().simple()),
            });
            request.metadata_mut().insert("authorization", auth.clone());
            let ip = header(&visitor_ip(first + k).to_string());
            async move {
                request.metadata_mut().insert("x-pec-visitor-ip", ip?);
                let reply =
                    tokio::time::timeout(CALL_TIMEOUT, client.complete_password_reset(request))
                        .await
                        .context("timed out")?
                        .with_context(|| format!("CompletePasswordReset for {}", m.mailbox))?;
                let address = reply.into_inner().mailbox_address;
                ensure!(
                    address == m.mailbox,
                    "CompletePasswordReset for {} answered for {address:?}",
                    m.mailbox
                );
                anyhow::Ok(())
            }
        })
        .collect();
    let began = Instant::now();
    let outcomes = futures::future::join_all(calls).await;
    let took = began.elapsed();
    let mut failures: Vec<(String, usize)> = Vec::new();
    for e in outcomes.into_iter().filter_map(Result::err) {
        // The mailbox named in the context differs per call; the cause is what repeats.
        let cause = e.root_cause().to_string();
        match failures.iter_mut().find(|(m, _)| *m == cause) {
            Some((_, n)) => *n += 1,
            None => failures.push((cause, 1)),
        }
    }
    let failed: usize = failures.iter().map(|(_, n)| n).sum();
    Ok(Completed {
        took,
        succeeded: members.len() - failed,
        failures,
    })
}

/// The recipient (lower case) and the link's token of an email, if it carries one.
fn recipient_and_token(eml: &str) -> Option<(String, String)> {
    let (headers, _) = split_headers(eml);
    let to = header_value(headers, "To")?;
    let to = match (to.find('<'), to.rfind('>')) {
        (Some(a), Some(b)) if a < b => &to[a + 1..b],
        _ => to.as_str(),
    };
    let token = decoded_texts(eml).iter().find_map(|text| {
        let start = text.find("token=")? + "token=".len();
        let token: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        (!token.is_empty()).then_some(token)
    })?;
    Some((to.trim().to_lowercase(), token))
}

/// Headers and body of a MIME entity.
fn split_headers(entity: &str) -> (&str, &str) {
    for separator in ["\r\n\r\n", "\n\n"] {
        if let Some(at) = entity.find(separator) {
            return (&entity[..at], &entity[at + separator.len()..]);
        }
    }
    (entity, "")
}

/// A header's value, folded lines joined.
fn header_value(headers: &str, name: &str) -> Option<String> {
    let mut value: Option<String> = None;
    for line in headers.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(v) = value.as_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if value.is_some() {
            break;
        }
        if let Some((n, v)) = line.split_once(':')
            && n.trim().eq_ignore_ascii_case(name)
        {
            value = Some(v.trim().to_owned());
        }
    }
    value
}

/// The decoded text of every leaf part of a MIME message (quoted-printable, base64 or as is).
fn decoded_texts(entity: &str) -> Vec<String> {
    let (headers, body) = split_headers(entity);
    let content_type = header_value(headers, "Content-Type").unwrap_or_default();
    if content_type.to_ascii_lowercase().starts_with("multipart/") {
        let Some(boundary) = parameter(&content_type, "boundary") else {
            return Vec::new();
        };
        let delimiter = format!("--{boundary}");
        return body
            .split(delimiter.as_str())
            // The preamble before the first delimiter, and the epilogue after the last.
            .skip(1)
            .filter(|part| !part.starts_with("--"))
            .flat_map(|part| decoded_texts(part.trim_start_matches(['\r', '\n'])))
            .collect();
    }
    let encoding = header_value(headers, "Content-Transfer-Encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "quoted-printable" => decode_quoted_printable(body),
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .unwrap_or_default()
        }
        _ => body.as_bytes().to_vec(),
    };
    vec![String::from_utf8_lossy(&bytes).into_owned()]
}

/// A parameter of a header value (`boundary="abc"`).
fn parameter(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (n, v) = p.split_once('=')?;
        n.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_owned())
    })
}

/// Quoted-printable (RFC 2045): `=XX` is a byte, `=` at a line's end a soft break.
fn decode_quoted_printable(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'=' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let rest = &bytes[i + 1..];
        if rest.starts_with(b"\r\n") {
            i += 3;
        } else if rest.starts_with(b"\n") {
            i += 2;
        } else if let Some(byte) = rest
            .get(..2)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
        } else {
            // A stray `=` is kept, as RFC 2045 advises decoders to.
            out.push(b'=');
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An email as pecd's file outbox writes it (lettre, multipart/alternative, QP).
    const EML: &str = "From: \"PEC convenzionata TSRM PSTRP\" <noreply@tsrm-pstrp.org>\r\n\
To: M12.v3@example.it\r\n\
Subject: Reimpostazione della password\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/alternative;\r\n boundary=\"Z2QivPvQ\"\r\n\
\r\n\
--Z2QivPvQ\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
La tua casella PEC =C3=A8 attiva.\r\n\
\r\n\
    https://pec.tsrm-pstrp.org/password?token=3DuUw4DdMJGO7tjlgPoCA9qu7p1pq=\r\n\
pr2tu0_T5zx4ogVE\r\n\
\r\n\
--Z2QivPvQ\r\n\
Content-Type: text/html; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
<a href=3D\"https://pec.tsrm-pstrp.org/password?token=3DuUw4DdMJGO7tjlgPo=\r\n\
CA9qu7p1pqpr2tu0_T5zx4ogVE\">link</a>\r\n\
\r\n\
--Z2QivPvQ--\r\n";

    #[test]
    fn reads_the_recipient_and_the_token_of_a_quoted_printable_email() {
        assert_eq!(
            recipient_and_token(EML),
            Some((
                "m12.v3@example.it".to_owned(),
                "uUw4DdMJGO7tjlgPoCA9qu7p1pqpr2tu0_T5zx4ogVE".to_owned()
            ))
        );
    }

    #[test]
    fn decodes_quoted_printable() {
        assert_eq!(
            String::from_utf8(decode_quoted_printable("caff=C3=A8 a=3Db=\nc =\r\nd = e"))
                .expect("utf-8"),
            "caffè a=bc d = e"
        );
    }

    #[test]
    fn reads_base64_parts_and_named_recipients() {
        let body = base64::engine::general_purpose::STANDARD.encode("apri ?token=abc-_1 ora");
        let eml = format!(
            "To: \"Mario\" <m1@example.it>\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n{body}\n"
        );
        assert_eq!(
            recipient_and_token(&eml),
            Some(("m1@example.it".to_owned(), "abc-_1".to_owned()))
        );
        assert_eq!(
            recipient_and_token("To: m1@example.it\n\nno link here\n"),
            None
        );
    }

    #[test]
    fn every_member_gets_its_own_visitor_address() {
        let ips: HashSet<Ipv4Addr> = (0..BURST).map(visitor_ip).collect();
        assert_eq!(ips.len(), BURST);
        assert_eq!(visitor_ip(0), Ipv4Addr::new(198, 18, 0, 1));
        assert_eq!(visitor_ip(255), Ipv4Addr::new(198, 18, 1, 0));
    }
}
