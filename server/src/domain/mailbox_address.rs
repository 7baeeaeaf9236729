//! PEC mailbox addresses on the Ordine's convention domains: `nome.cognome@domain`, with a
//! number appended for homonyms (`mario.rossi`, `mario.rossi2`, `mario.rossi3`, ...).

use std::fmt;

/// RFC 5321 limit on the local part.
pub const MAX_LOCAL_LEN: usize = 64;
/// Room kept for a homonym suffix: the digits of `u32::MAX`, so that `with_suffix` can never
/// push a base from `local_part` past 64 characters.
pub const SUFFIX_ROOM: usize = 10;
/// Longest base local part `local_part` returns.
pub const MAX_BASE_LEN: usize = MAX_LOCAL_LEN - SUFFIX_ROOM;
/// Longest whole address accepted by [`PecAddress::parse`].
pub const MAX_ADDRESS_LEN: usize = 254;

/// Why a mailbox address cannot be built or parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("the given name has no usable letters or digits")]
    EmptyGivenName,
    #[error("the family name has no usable letters or digits")]
    EmptyFamilyName,
    #[error("the PEC address is empty")]
    Empty,
    #[error("the PEC address is longer than 254 characters")]
    TooLong,
    #[error("the PEC address must contain exactly one '@'")]
    MissingAt,
    #[error(
        "the local part must be 1-64 characters a-z, 0-9 and '.', not starting or ending \
         with '.' and without '..'"
    )]
    InvalidLocalPart,
    #[error("the domain '{domain}' is not one of the PEC domains in use")]
    DomainNotAllowed { domain: String },
}

impl AddressError {
    /// Italian message suitable to show to a member.
    pub fn message_it(&self) -> &'static str {
        match self {
            Self::EmptyGivenName => {
                "Il nome non contiene lettere utilizzabili per creare l'indirizzo PEC."
            }
            Self::EmptyFamilyName => {
                "Il cognome non contiene lettere utilizzabili per creare l'indirizzo PEC."
            }
            Self::Empty => "Inserisci l'indirizzo PEC.",
            Self::TooLong => "L'indirizzo PEC è troppo lungo.",
            Self::MissingAt => "L'indirizzo PEC deve contenere una sola @.",
            Self::InvalidLocalPart => {
                "La parte dell'indirizzo PEC prima della @ può contenere solo lettere minuscole \
                 senza accenti, cifre e punti (non all'inizio, non alla fine e non due di \
                 seguito)."
            }
            Self::DomainNotAllowed { .. } => {
                "Il dominio dell'indirizzo PEC non è tra quelli previsti dalla convenzione."
            }
        }
    }
}

/// Base local part `nome.cognome` for a member: accents folded, apostrophes, spaces, hyphens
/// and anything else outside a–z/0–9 dropped within each name, at most [`MAX_BASE_LEN`]
/// characters so a homonym suffix always fits.
pub fn local_part(given: &str, family: &str) -> Result<String, AddressError> {
    let given = fold(given);
    let family = fold(family);
    if given.is_empty() {
        return Err(AddressError::EmptyGivenName);
    }
    if family.is_empty() {
        return Err(AddressError::EmptyFamilyName);
    }
    // Share the room fairly: a short name leaves its unused half to the other one.
    let avail = MAX_BASE_LEN - 1;
    let half = avail / 2;
    let (g, f) = (given.len(), family.len());
    let (g_keep, f_keep) = if g + f <= avail {
        (g, f)
    } else if g <= half {
        (g, avail - g)
    } else if f <= avail - half {
        (avail - f, f)
    } else {
        (half, avail - half)
    };
    // Folded names are ASCII, so byte and char counts agree.
    let given = given.get(..g_keep).unwrap_or(&given);
    let family = family.get(..f_keep).unwrap_or(&family);
    Ok(format!("{given}.{family}"))
}

/// Local part for the `n`-th holder of the same base: `base` for n <= 1, then `base2`,
/// `base3`, ...
pub fn with_suffix(base: &str, n: u32) -> String {
    if n <= 1 {
        base.to_owned()
    } else {
        format!("{base}{n}")
    }
}

/// Lowercase ASCII letters and digits of `name`; other letters are transliterated
/// (deunicode), everything else (apostrophes, spaces, hyphens, symbols, emoji) is dropped.
fn fold(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() && c.is_alphabetic() {
            let folded = deunicode::deunicode_char(c).unwrap_or("");
            out.extend(
                folded
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase()),
            );
        }
    }
    out
}

/// A PEC address on one of the allowed convention domains, stored lowercase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PecAddress(String);

impl PecAddress {
    /// Validates `input` (trimmed, case-insensitive): local part `[a-z0-9.]+` of at most 64
    /// characters, no leading, trailing or doubled dot; domain one of `allowed_domains`.
    pub fn parse(input: &str, allowed_domains: &[String]) -> Result<Self, AddressError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(AddressError::Empty);
        }
        if s.len() > MAX_ADDRESS_LEN {
            return Err(AddressError::TooLong);
        }
        let s = s.to_lowercase();
        let (local, domain) = s.split_once('@').ok_or(AddressError::MissingAt)?;
        if domain.contains('@') {
            return Err(AddressError::MissingAt);
        }
        let local_ok = !local.is_empty()
            && local.len() <= MAX_LOCAL_LEN
            && local
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.')
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        if !local_ok {
            return Err(AddressError::InvalidLocalPart);
        }
        let allowed = allowed_domains
            .iter()
            .any(|d| !domain.is_empty() && d.trim().eq_ignore_ascii_case(domain));
        if !allowed {
            return Err(AddressError::DomainNotAllowed {
                domain: domain.to_owned(),
            });
        }
        Ok(Self(s))
    }

    pub fn local(&self) -> &str {
        self.0.split_once('@').map_or("", |(l, _)| l)
    }

    pub fn domain(&self) -> &str {
        self.0.split_once('@').map_or("", |(_, d)| d)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PecAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for PecAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains() -> Vec<String> {
        vec!["tsrm.org".to_owned(), "tsrm-pstrp.org".to_owned()]
    }

    #[test]
    fn local_part_examples() {
        let cases = [
            ("Mario", "Rossi", "mario.rossi"),
            ("Niccolò", "D'Amico", "niccolo.damico"),
            ("Anna Maria", "De Luca", "annamaria.deluca"),
            ("José", "Núñez", "jose.nunez"),
            ("  MARIA-GRAZIA ", "Dell’Acqua", "mariagrazia.dellacqua"),
            ("Zoë", "Müller", "zoe.muller"),
            ("Çağla", "Øster", "cagla.oster"),
            ("Jean-Luc", "O'Neil 2", "jeanluc.oneil2"),
            ("Mario 😀", "Rossi ©", "mario.rossi"),
            ("Ægidius", "Straße", "aegidius.strasse"),
        ];
        for (g, f, expected) in cases {
            assert_eq!(local_part(g, f).unwrap(), expected, "{g} {f}");
        }
        // Non-Latin scripts are transliterated rather than lost.
        let greek = local_part("Νίκος", "Παπαδόπουλος").unwrap();
        assert!(greek.bytes().all(|b| b.is_ascii_lowercase() || b == b'.'));
        assert!(greek.len() > 3);
    }

    #[test]
    fn local_part_errors() {
        assert_eq!(local_part("", "Rossi"), Err(AddressError::EmptyGivenName));
        assert_eq!(
            local_part("' -", "Rossi"),
            Err(AddressError::EmptyGivenName)
        );
        assert_eq!(local_part("😀", "Rossi"), Err(AddressError::EmptyGivenName));
        assert_eq!(local_part("Mario", ""), Err(AddressError::EmptyFamilyName));
        assert_eq!(
            local_part("Mario", "  "),
            Err(AddressError::EmptyFamilyName)
        );
        assert_eq!(local_part("", ""), Err(AddressError::EmptyGivenName));
    }

    #[test]
    fn long_names_are_truncated_fairly() {
        let long = "a".repeat(100);
        let short = "bob";
        let check = |g: &str, f: &str| {
            let lp = local_part(g, f).unwrap();
            assert!(lp.len() <= MAX_BASE_LEN, "{lp}");
            assert!(with_suffix(&lp, u32::MAX).len() <= MAX_LOCAL_LEN);
            lp
        };
        let lp = check(short, &long);
        assert_eq!(lp, format!("bob.{}", "a".repeat(MAX_BASE_LEN - 4)));
        let lp = check(&long, short);
        assert_eq!(lp, format!("{}.bob", "a".repeat(MAX_BASE_LEN - 4)));
        let lp = check(&long, &"b".repeat(100));
        assert_eq!(lp, format!("{}.{}", "a".repeat(26), "b".repeat(27)));
        // Exactly at the limit nothing is cut.
        let g = "g".repeat(20);
        let f = "f".repeat(MAX_BASE_LEN - 21);
        assert_eq!(check(&g, &f), format!("{g}.{f}"));
        // Very long and non-ASCII input stays total.
        let huge = "è".repeat(200_000);
        let lp = check(&huge, &huge);
        assert_eq!(lp.len(), MAX_BASE_LEN);
    }

    #[test]
    fn homonym_suffixes() {
        assert_eq!(with_suffix("mario.rossi", 0), "mario.rossi");
        assert_eq!(with_suffix("mario.rossi", 1), "mario.rossi");
        assert_eq!(with_suffix("mario.rossi", 2), "mario.rossi2");
        assert_eq!(with_suffix("mario.rossi", 3), "mario.rossi3");
        assert_eq!(with_suffix("mario.rossi", 10), "mario.rossi10");
        assert_eq!(with_suffix("x", u32::MAX), "x4294967295");
    }

    #[test]
    fn suffixed_local_parts_are_valid_pec_addresses() {
        let base = local_part("Niccolò", "D'Amico").unwrap();
        for n in [1, 2, 99, u32::MAX] {
            let addr = format!("{}@tsrm.org", with_suffix(&base, n));
            let pec = PecAddress::parse(&addr, &domains()).unwrap();
            assert_eq!(pec.as_str(), addr);
        }
        let long = local_part(&"x".repeat(500), &"y".repeat(500)).unwrap();
        let addr = format!("{}@tsrm-pstrp.org", with_suffix(&long, u32::MAX));
        assert!(PecAddress::parse(&addr, &domains()).is_ok());
    }

    #[test]
    fn pec_address_parsing() {
        let d = domains();
        let p = PecAddress::parse("  Mario.Rossi2@TSRM.org ", &d).unwrap();
        assert_eq!(p.as_str(), "mario.rossi2@tsrm.org");
        assert_eq!(p.local(), "mario.rossi2");
        assert_eq!(p.domain(), "tsrm.org");
        assert_eq!(p.to_string(), "mario.rossi2@tsrm.org");
        assert_eq!(p.as_ref(), "mario.rossi2@tsrm.org");
        // Domain list entries are compared case-insensitively and trimmed.
        let mixed = vec![" PEC.TSRM.ORG ".to_owned()];
        assert_eq!(
            PecAddress::parse("a@pec.tsrm.org", &mixed)
                .unwrap()
                .domain(),
            "pec.tsrm.org"
        );

        use AddressError as E;
        assert_eq!(PecAddress::parse("", &d), Err(E::Empty));
        assert_eq!(PecAddress::parse("mario.rossi", &d), Err(E::MissingAt));
        assert_eq!(PecAddress::parse("a@b@tsrm.org", &d), Err(E::MissingAt));
        for bad in [
            "@tsrm.org",
            ".mario@tsrm.org",
            "mario.@tsrm.org",
            "ma..rio@tsrm.org",
            "mario_rossi@tsrm.org",
            "mario-rossi@tsrm.org",
            "mario rossi@tsrm.org",
            "niccolò@tsrm.org",
            "mario+x@tsrm.org",
        ] {
            assert_eq!(
                PecAddress::parse(bad, &d),
                Err(E::InvalidLocalPart),
                "{bad}"
            );
        }
        let too_long_local = format!("{}@tsrm.org", "a".repeat(65));
        assert_eq!(
            PecAddress::parse(&too_long_local, &d),
            Err(E::InvalidLocalPart)
        );
        assert_eq!(PecAddress::parse(&"a".repeat(300), &d), Err(E::TooLong));
        assert_eq!(
            PecAddress::parse("mario@gmail.com", &d),
            Err(E::DomainNotAllowed {
                domain: "gmail.com".to_owned()
            })
        );
        assert_eq!(
            PecAddress::parse("mario@sub.tsrm.org", &d),
            Err(E::DomainNotAllowed {
                domain: "sub.tsrm.org".to_owned()
            })
        );
        assert_eq!(
            PecAddress::parse("mario@", &[String::new()]),
            Err(E::DomainNotAllowed {
                domain: String::new()
            })
        );
        assert!(PecAddress::parse("mario@tsrm.org", &[]).is_err());
    }

    #[test]
    fn arbitrary_input_never_panics() {
        let d = domains();
        let huge = "İ@".repeat(100_000);
        for s in [
            "\0",
            "@",
            "@@",
            "İ@tsrm.org",
            "ß@tsrm.org",
            "😀",
            &huge,
            "a@İ",
        ] {
            let _ = PecAddress::parse(s, &d);
            let _ = local_part(s, s);
        }
        // Lowercasing can change the byte length ('İ' becomes two chars): still fine.
        assert_eq!(
            PecAddress::parse("İ@tsrm.org", &d),
            Err(AddressError::InvalidLocalPart)
        );
    }

    #[test]
    fn messages_are_localised() {
        use AddressError as E;
        for e in [
            E::EmptyGivenName,
            E::EmptyFamilyName,
            E::Empty,
            E::TooLong,
            E::MissingAt,
            E::InvalidLocalPart,
            E::DomainNotAllowed {
                domain: "x.it".to_owned(),
            },
        ] {
            assert!(!e.to_string().is_empty());
            assert!(e.message_it().ends_with('.'));
        }
    }
}
