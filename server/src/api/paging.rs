//! Page sizes and page tokens. A token is the keyset position of the next page sealed with
//! AES-256-GCM under a secret derived from the blob key ring, with the list's name and filters
//! as associated data. So a token is opaque, cannot be forged or altered, and is refused by
//! another list or the same list with other filters: any such token is INVALID_ARGUMENT on
//! `page_token`, never a position read from the caller. Replicas sharing the key ring accept
//! each other's tokens; after a key rotation, tokens sealed with a key no longer configured
//! are refused and the client starts the list again.

use aes_gcm::aead::{Aead, OsRng, Payload};
use aes_gcm::{AeadCore, Aes256Gcm, Key, KeyInit, Nonce};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::error::{FieldViolation, ServiceError};
use crate::paging::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page, PageRequest};

/// First byte of every token: its format.
const VERSION: u8 = 1;
const NONCE_LEN: usize = 12;
/// Longest token accepted, in characters; ours are far shorter.
const MAX_TOKEN_LEN: usize = 1024;
/// Longest keyset position accepted, in bytes.
const MAX_POSITION_LEN: usize = 512;
/// What the secrets are derived for (see `blobs::KeyRing::derive_secrets`).
const PURPOSE: &str = "page tokens";

/// Seals and opens the page tokens of every list.
pub struct PageTokens {
    /// The first seals; all open (the others come from retired keys of the ring).
    ciphers: Vec<Aes256Gcm>,
}

impl PageTokens {
    /// Tokens sealed with the first secret and opened with any of them.
    pub fn new(secrets: &[[u8; 32]]) -> Self {
        let mut ciphers: Vec<Aes256Gcm> = secrets
            .iter()
            .map(|s| Aes256Gcm::new(&Key::<Aes256Gcm>::from(*s)))
            .collect();
        if ciphers.is_empty() {
            // A key ring always has a current key; should none be given, tokens still work,
            // for the life of this process.
            ciphers.push(Aes256Gcm::new(&Aes256Gcm::generate_key(&mut OsRng)));
        }
        Self { ciphers }
    }

    /// Tokens under secrets derived from the blob key ring, shared by every replica.
    pub fn from_blob_keys(blobs: &crate::blobs::SealedBlobs) -> Self {
        Self::new(&blobs.derive_secrets(PURPOSE))
    }

    /// The tokens of `list` (the RPC's name) under `filters` (every filter of the call, as
    /// text): a token is only valid for the same list and filters.
    pub fn list(&self, list: &'static str, filters: &str) -> ListPages<'_> {
        ListPages {
            tokens: self,
            bound_to: format!("pecd page token v{VERSION}\n{list}\n{filters}").into_bytes(),
        }
    }
}

/// The pages of one list under one set of filters.
pub struct ListPages<'a> {
    tokens: &'a PageTokens,
    /// Associated data of the tokens: the list and its filters.
    bound_to: Vec<u8>,
}

impl ListPages<'_> {
    /// Reads `page_size` and `page_token`, reporting both if bad.
    pub fn request(&self, page_size: i32, page_token: &str) -> Result<PageRequest, ServiceError> {
        let mut violations = Vec::new();
        let size = match page_size {
            0 => DEFAULT_PAGE_SIZE,
            n if n < 0 => {
                violations.push(FieldViolation::new(
                    "page_size",
                    "must not be negative",
                    "Il numero di elementi per pagina non può essere negativo.",
                ));
                DEFAULT_PAGE_SIZE
            }
            // AIP-158: larger sizes are coerced to the maximum.
            n => u64::try_from(n).unwrap_or(MAX_PAGE_SIZE).min(MAX_PAGE_SIZE),
        };
        let after = if page_token.is_empty() {
            None
        } else {
            let opened = self.open(page_token);
            if opened.is_none() {
                violations.push(FieldViolation::new(
                    "page_token",
                    "is not a token returned by this list with the same filters",
                    "La ricerca è cambiata o è scaduta: riparti dalla prima pagina.",
                ));
            }
            opened
        };
        if violations.is_empty() {
            Ok(PageRequest { size, after })
        } else {
            Err(ServiceError::InvalidFields(violations))
        }
    }

    /// The `next_page_token` for `page`: empty on the last page.
    pub fn next_token<T>(&self, page: &Page<T>) -> Result<String, ServiceError> {
        let Some(position) = &page.next_after else {
            return Ok(String::new());
        };
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let sealed = self.tokens.ciphers[0]
            .encrypt(
                &nonce,
                Payload {
                    msg: position.as_bytes(),
                    aad: &self.bound_to,
                },
            )
            .map_err(|_| ServiceError::Internal(anyhow::anyhow!("sealing a page token failed")))?;
        let mut token = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
        token.push(VERSION);
        token.extend_from_slice(&nonce);
        token.extend_from_slice(&sealed);
        Ok(URL_SAFE_NO_PAD.encode(token))
    }

    /// The position sealed in `token`, if it is one of ours for this list and filters.
    fn open(&self, token: &str) -> Option<String> {
        if token.len() > MAX_TOKEN_LEN {
            return None;
        }
        let bytes = URL_SAFE_NO_PAD.decode(token).ok()?;
        let (&version, rest) = bytes.split_first()?;
        if version != VERSION || rest.len() < NONCE_LEN {
            return None;
        }
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        let nonce = Nonce::from(<[u8; NONCE_LEN]>::try_from(nonce).ok()?);
        let position = self.tokens.ciphers.iter().find_map(|cipher| {
            cipher
                .decrypt(
                    &nonce,
                    Payload {
                        msg: sealed,
                        aad: &self.bound_to,
                    },
                )
                .ok()
        })?;
        // We sealed it, so it is a key we read from a row; checked all the same, as a key
        // with a NUL byte would reach the database.
        let position = String::from_utf8(position).ok()?;
        let plausible = !position.is_empty()
            && position.len() <= MAX_POSITION_LEN
            && !position.chars().any(char::is_control);
        plausible.then_some(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(after: &str) -> Page<u8> {
        Page {
            items: vec![1],
            next_after: Some(after.to_owned()),
        }
    }

    fn is_bad_token(result: Result<PageRequest, ServiceError>) -> bool {
        matches!(result, Err(ServiceError::InvalidFields(v)) if v.len() == 1 && v[0].field == "page_token")
    }

    #[test]
    fn a_token_round_trips_opaquely() {
        let tokens = PageTokens::new(&[[7; 32]]);
        let list = tokens.list("ListMembers", "ordine=Some(\"TO\")");
        let token = list.next_token(&page("RSSMRA80A01H501U")).expect("token");
        assert!(!token.contains("RSSMRA"));
        let decoded = URL_SAFE_NO_PAD.decode(&token).expect("base64");
        assert!(
            !decoded.windows(6).any(|w| w == b"RSSMRA"),
            "readable token"
        );
        let req = list.request(10, &token).expect("valid token");
        assert_eq!(req.after.as_deref(), Some("RSSMRA80A01H501U"));
        assert_eq!(req.size, 10);
        let last: Page<u8> = Page {
            items: vec![],
            next_after: None,
        };
        assert_eq!(list.next_token(&last).expect("empty"), "");
    }

    #[test]
    fn a_token_is_bound_to_its_list_filters_and_secret() {
        let tokens = PageTokens::new(&[[7; 32]]);
        let token = tokens
            .list("ListMailboxes", "ordine=None")
            .next_token(&page("a@tsrm-pstrp.org"))
            .expect("token");
        assert!(is_bad_token(
            tokens
                .list("ListActivationRequests", "ordine=None")
                .request(10, &token)
        ));
        assert!(is_bad_token(
            tokens
                .list("ListMailboxes", "ordine=TO")
                .request(10, &token)
        ));
        let other = PageTokens::new(&[[8; 32]]);
        assert!(is_bad_token(
            other
                .list("ListMailboxes", "ordine=None")
                .request(10, &token)
        ));
        // A rotated ring still opens tokens of its retired keys.
        let rotated = PageTokens::new(&[[8; 32], [7; 32]]);
        assert!(
            rotated
                .list("ListMailboxes", "ordine=None")
                .request(10, &token)
                .is_ok()
        );
    }

    #[test]
    fn forged_and_altered_tokens_are_invalid_arguments() {
        let tokens = PageTokens::new(&[[7; 32]]);
        let list = tokens.list("ListOrdini", "adhering=false");
        let token = list.next_token(&page("TO")).expect("token");
        let mut bytes = URL_SAFE_NO_PAD.decode(&token).expect("base64");
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        let altered = URL_SAFE_NO_PAD.encode(&bytes);
        let old_format = URL_SAFE_NO_PAD.encode("0123456789abcdef|TO\0");
        for bad in [
            altered.as_str(),
            old_format.as_str(),
            "garbage!!",
            "\0",
            "AA",
            "",
        ] {
            if bad.is_empty() {
                continue;
            }
            assert!(is_bad_token(list.request(10, bad)), "{bad:?}");
        }
        assert!(is_bad_token(list.request(10, &"A".repeat(5000))));
    }

    #[test]
    fn page_sizes() {
        let tokens = PageTokens::new(&[]);
        let list = tokens.list("ListOrdini", "");
        assert!(list.request(-1, "").is_err());
        assert_eq!(
            list.request(5000, "").map(|r| r.size).ok(),
            Some(MAX_PAGE_SIZE)
        );
        assert_eq!(
            list.request(0, "").map(|r| r.size).ok(),
            Some(DEFAULT_PAGE_SIZE)
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::with_cases(crate::domain::proptests::CASES)
        })]

        /// Whatever a client sends as a token (any text, base64-looking or long), nothing
        /// panics and nothing opens: only tokens this server sealed do.
        #[test]
        fn arbitrary_tokens_never_panic_and_never_open(
            token in proptest::prop_oneof![
                proptest::prelude::any::<String>(),
                "[A-Za-z0-9_-]{1,200}",
                "[A-Za-z0-9_-]{1100,1300}",
            ],
        ) {
            crate::domain::proptests::ran("arbitrary_tokens_never_panic_and_never_open");
            let tokens = PageTokens::new(&[[7; 32]]);
            let list = tokens.list("ListMembers", "");
            let outcome = list.request(10, &token);
            proptest::prop_assert!(token.is_empty() || is_bad_token(outcome));
        }
    }
}
