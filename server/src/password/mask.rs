//! The address a reset reply shows: the guide's fixed form, the first two characters of the
//! mailbox's local part and five asterisks (`fa*****`), the domain hidden, so neither the
//! length nor the provider shows. A request that matches no holder shows a decoy of the same
//! form, derived with a server secret from what was asked, so the same request always shows
//! the same mask and a reply cannot tell a match from a mismatch.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::domain::PecAddress;
use crate::self_service::Holder;

/// The asterisks after the two characters shown.
pub const HIDDEN: &str = "*****";

/// What the decoy secret is derived for (see `blobs::KeyRing::derive_secrets`).
pub const DECOY_PURPOSE: &str = "password reset decoy masks";

/// `recipient`'s fixed mask: its first two characters, lower-cased (an asterisk stands in for
/// a missing one), then [`HIDDEN`].
pub fn mask(recipient: &str) -> String {
    let local = recipient.split('@').next().unwrap_or_default();
    let mut shown: Vec<char> = local.chars().flat_map(char::to_lowercase).take(2).collect();
    shown.resize(2, '*');
    shown.into_iter().collect::<String>() + HIDDEN
}

/// The decoy mask of a request that matches no holder: two letters from HMAC-SHA256 under
/// `secret` of the normalised mailbox address and holder code.
pub fn decoy(secret: &[u8; 32], address: &PecAddress, holder: &Holder) -> String {
    let kind = match holder {
        Holder::CodiceFiscale(_) => "cf",
        Holder::PartitaIva(_) => "piva",
    };
    // HMAC takes a key of any length: this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return format!("aa{HIDDEN}");
    };
    mac.update(b"pecd reset decoy v1\n");
    mac.update(address.as_str().to_lowercase().as_bytes());
    mac.update(b"\n");
    mac.update(kind.as_bytes());
    mac.update(b":");
    mac.update(holder.key().to_uppercase().as_bytes());
    let tag = mac.finalize().into_bytes();
    format!(
        "{}{}{HIDDEN}",
        shown(tag[0], b"0123456789"),
        shown(tag[1], b"0123456789._-")
    )
}

/// A character as real addresses begin: a letter (uniformly, 9 bytes in 10), else one of
/// `others` (a digit, or in second place also a separator), so a decoy is not told from a real
/// mask by its alphabet alone.
fn shown(byte: u8, others: &[u8]) -> char {
    if byte < 234 {
        char::from(b'a' + byte % 26)
    } else {
        others
            .get(usize::from(byte - 234) % others.len().max(1))
            .map_or('a', |b| char::from(*b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CodiceFiscale;

    #[test]
    fn masks_have_the_fixed_form() {
        assert_eq!(mask("fabio.rossi@gmail.com"), "fa*****");
        assert_eq!(mask("Lu@example.com"), "lu*****");
        assert_eq!(mask("x@example.com"), "x******");
    }

    #[test]
    fn decoys_are_stable_keyed_and_look_real() {
        let domains = ["tsrm-pstrp.org".to_owned()];
        let address = PecAddress::parse("mario.rossi@tsrm-pstrp.org", &domains).expect("address");
        let holder =
            Holder::CodiceFiscale(CodiceFiscale::parse("RSSMRA80A01H501U").expect("codice"));
        let one = decoy(&[7; 32], &address, &holder);
        assert_eq!(one, decoy(&[7; 32], &address, &holder));
        assert_eq!(one.chars().count(), 7);
        assert!(one.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()));
        assert!(one.ends_with(HIDDEN));
        let others: std::collections::HashSet<String> = (0u8..20)
            .map(|k| decoy(&[k; 32], &address, &holder))
            .collect();
        assert!(others.len() > 1, "the secret changes the decoy");
    }
}
