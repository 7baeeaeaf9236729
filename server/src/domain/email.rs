//! Ordinary email addresses and the policy that tells PEC domains apart.
//!
//! A member's personal (non-PEC) address must not be a PEC address. PEC domains are
//! recognised from a configurable list plus the `pec.` first-label convention; many
//! organisations run PEC on custom domains, so no list can ever be complete and a PEC
//! address on an unknown domain will get through.

use std::fmt;
use std::str::FromStr;

/// Longest address accepted (RFC 5321 path limit, minus the angle brackets).
pub const MAX_EMAIL_LEN: usize = 254;

/// Known PEC domains: the Ordine's convention domains, Aruba's, and others seen in use.
pub const DEFAULT_PEC_DOMAINS: &[&str] = &[
    "tsrm.org",
    "tsrm-pstrp.org",
    "pec.tsrm.org",
    "pec.it",
    "arubapec.it",
    "gigapec.it",
    "pecditta.com",
    "pec.cloud",
    "mypec.eu",
    "casellapec.com",
    "pecaruba.it",
    "legalmail.it",
    "postecert.it",
    "sicurezzapostale.it",
    "actaliscertymail.it",
    "ingpec.eu",
];

/// A syntactically valid ASCII email address, trimmed, with the domain lowercased (the local
/// part is case-sensitive in principle, so it is kept as typed).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailAddress(String);

/// Why a string is not an acceptable email address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("the email address is empty")]
    Empty,
    #[error("the email address is {len} characters long, the maximum is 254")]
    TooLong { len: usize },
    #[error("the email address may contain only ASCII characters")]
    NonAscii,
    #[error("the email address is not syntactically valid")]
    InvalidSyntax,
    #[error("the email address is a PEC address; an ordinary address is required")]
    IsPec,
}

impl EmailError {
    /// Italian message suitable to show to a member.
    pub fn message_it(&self) -> &'static str {
        match self {
            Self::Empty => "Inserisci un indirizzo email.",
            Self::TooLong { .. } => "L'indirizzo email è troppo lungo (al massimo 254 caratteri).",
            Self::NonAscii => {
                "L'indirizzo email non può contenere lettere accentate o altri caratteri speciali."
            }
            Self::InvalidSyntax => {
                "L'indirizzo email non è valido: controlla di averlo scritto correttamente \
                 (ad esempio nome.cognome@esempio.it)."
            }
            Self::IsPec => {
                "Questo è un indirizzo PEC: indica un indirizzo email ordinario (non PEC)."
            }
        }
    }
}

impl EmailAddress {
    /// Validates `input`: ASCII only (our mail path and most providers do not support
    /// SMTPUTF8), no display name, no IP-literal domain, at least two domain labels made of
    /// letters, digits and hyphens.
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.len() > MAX_EMAIL_LEN {
            return Err(EmailError::TooLong { len: s.len() });
        }
        if !s.is_ascii() {
            return Err(EmailError::NonAscii);
        }
        let options = ::email_address::Options::default()
            .with_required_tld()
            .without_domain_literal()
            .without_display_text();
        ::email_address::EmailAddress::parse_with_options(s, options)
            .map_err(|_| EmailError::InvalidSyntax)?;
        // A quoted local part may contain '@', a domain never does.
        let (local, domain) = s.rsplit_once('@').ok_or(EmailError::InvalidSyntax)?;
        // The crate accepts any atext in labels; real host names are letters, digits, hyphens.
        let ldh = domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        if !ldh {
            return Err(EmailError::InvalidSyntax);
        }
        Ok(Self(format!("{local}@{}", domain.to_ascii_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn local_part(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(l, _)| l)
    }

    /// The domain, lowercase.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }

    /// Masked form for showing which address a message went to without disclosing it:
    /// `fabio.rossi@gmail.com` -> `fa*********@gmail.com`, `ab@x.it` -> `a*@x.it`.
    pub fn mask(&self) -> String {
        let local = self.local_part();
        let len = local.chars().count();
        let shown = if len <= 2 { 1 } else { 2 };
        let stars = len.saturating_sub(shown).max(1);
        let mut out: String = local.chars().take(shown).collect();
        out.extend(std::iter::repeat_n('*', stars));
        out.push('@');
        out.push_str(self.domain());
        out
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromStr for EmailAddress {
    type Err = EmailError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// Which domains count as PEC. Load `domains` from configuration; the default is
/// [`DEFAULT_PEC_DOMAINS`]. Incomplete by nature: see the module documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PecDomainPolicy {
    /// Domains whose addresses, and whose subdomains' addresses, are PEC.
    pub domains: Vec<String>,
}

impl Default for PecDomainPolicy {
    fn default() -> Self {
        Self {
            domains: DEFAULT_PEC_DOMAINS
                .iter()
                .map(|d| (*d).to_owned())
                .collect(),
        }
    }
}

impl PecDomainPolicy {
    /// True if `domain` (case-insensitive, trailing dot ignored; a whole address is accepted
    /// too) is a listed domain, a subdomain of one, or has `pec` as its first label.
    pub fn is_pec_domain(&self, domain: &str) -> bool {
        let domain = trim_domain(domain.rsplit('@').next().unwrap_or(domain));
        if domain.is_empty() {
            return false;
        }
        // Every member of a sync passes here: ASCII domains (nearly all) are compared without
        // lowercasing copies of the domain and of each listed one.
        if domain.is_ascii() && self.domains.iter().all(|d| d.is_ascii()) {
            if domain
                .split('.')
                .next()
                .is_some_and(|label| label.eq_ignore_ascii_case("pec"))
            {
                return true;
            }
            return self.domains.iter().any(|listed| {
                let listed = trim_domain(listed);
                let Some(cut) = domain.len().checked_sub(listed.len()) else {
                    return false;
                };
                !listed.is_empty()
                    && domain[cut..].eq_ignore_ascii_case(listed)
                    && (cut == 0 || domain[..cut].ends_with('.'))
            });
        }
        let domain = domain.to_lowercase();
        if domain.split('.').next() == Some("pec") {
            return true;
        }
        self.domains.iter().any(|listed| {
            let listed = trim_domain(listed).to_lowercase();
            !listed.is_empty()
                && (domain == listed
                    || domain
                        .strip_suffix(listed.as_str())
                        .is_some_and(|prefix| prefix.ends_with('.')))
        })
    }
}

fn trim_domain(d: &str) -> &str {
    let d = d.trim();
    d.strip_suffix('.').unwrap_or(d)
}

/// A member's ordinary (non-PEC) email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PersonalEmail(EmailAddress);

impl PersonalEmail {
    /// Validates the syntax and refuses addresses on PEC domains.
    pub fn parse(input: &str, policy: &PecDomainPolicy) -> Result<Self, EmailError> {
        let address = EmailAddress::parse(input)?;
        if policy.is_pec_domain(address.domain()) {
            return Err(EmailError::IsPec);
        }
        Ok(Self(address))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    pub fn address(&self) -> &EmailAddress {
        &self.0
    }

    pub fn local_part(&self) -> &str {
        self.0.local_part()
    }

    pub fn domain(&self) -> &str {
        self.0.domain()
    }

    /// See [`EmailAddress::mask`].
    pub fn mask(&self) -> String {
        self.0.mask()
    }
}

impl fmt::Display for PersonalEmail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl AsRef<str> for PersonalEmail {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<PersonalEmail> for EmailAddress {
    fn from(p: PersonalEmail) -> Self {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(s: &str) -> EmailAddress {
        EmailAddress::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn valid_addresses_are_normalised() {
        let e = email("  Fabio.Rossi@GMail.COM \n");
        assert_eq!(e.as_str(), "Fabio.Rossi@gmail.com");
        assert_eq!(e.local_part(), "Fabio.Rossi");
        assert_eq!(e.domain(), "gmail.com");
        assert_eq!(e.to_string(), "Fabio.Rossi@gmail.com");
        assert_eq!(e.as_ref(), "Fabio.Rossi@gmail.com");
        for s in [
            "a@b.it",
            "mario+pec@example.co.uk",
            "o'neil@example.ie",
            "x_y-z@sub-domain.example.org",
            "\"john doe\"@example.com",
            "\"a@b\"@example.com",
        ] {
            assert_eq!(email(s).as_str(), s);
        }
        let parsed: EmailAddress = "a@b.it".parse().unwrap();
        assert_eq!(parsed, email("a@B.IT"));
        assert_eq!(email("\"a@b\"@Example.com").domain(), "example.com");
        assert_eq!(email("\"a@b\"@example.com").local_part(), "\"a@b\"");
    }

    #[test]
    fn invalid_addresses_are_rejected() {
        use EmailError as E;
        assert_eq!(EmailAddress::parse(""), Err(E::Empty));
        assert_eq!(EmailAddress::parse(" \t "), Err(E::Empty));
        for s in [
            "plainaddress",
            "@example.com",
            "mario@",
            "mario@localhost",
            "mario@@example.com",
            "mario@example..com",
            "mario@.example.com",
            "mario@example.com.",
            "mario@-example.com",
            "mario@ex!ample.com",
            "mario@ex_ample.com",
            ".mario@example.com",
            "mario.@example.com",
            "ma..rio@example.com",
            "ma rio@example.com",
            "mario@[127.0.0.1]",
            "Mario Rossi <mario@example.com>",
            "<mario@example.com>",
            "mailto:mario@example.com",
            "mario@example.com, luigi@example.com",
        ] {
            assert_eq!(EmailAddress::parse(s), Err(E::InvalidSyntax), "{s}");
        }
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert_eq!(EmailAddress::parse(&long_local), Err(E::InvalidSyntax));
        let long_label = format!("a@{}.com", "b".repeat(64));
        assert_eq!(EmailAddress::parse(&long_label), Err(E::InvalidSyntax));
    }

    #[test]
    fn length_limit_is_254() {
        let domain = format!(
            "{}.{}.{}.it",
            "d".repeat(63),
            "e".repeat(63),
            "f".repeat(63)
        );
        let ok = format!("{}@{domain}", "a".repeat(254 - 1 - domain.len()));
        assert_eq!(ok.len(), 254);
        assert!(EmailAddress::parse(&ok).is_ok());
        let too_long = format!("a{ok}");
        assert_eq!(
            EmailAddress::parse(&too_long),
            Err(EmailError::TooLong { len: 255 })
        );
        let huge = "a".repeat(1_000_000);
        assert_eq!(
            EmailAddress::parse(&huge),
            Err(EmailError::TooLong { len: 1_000_000 })
        );
    }

    #[test]
    fn non_ascii_is_rejected() {
        for s in [
            "niccolò@example.com",
            "mario@exämple.com",
            "😀@example.com",
            "a@b.it\u{200b}",
        ] {
            assert_eq!(EmailAddress::parse(s), Err(EmailError::NonAscii), "{s}");
        }
    }

    #[test]
    fn mask_keeps_two_characters() {
        assert_eq!(
            email("fabio.rossi@gmail.com").mask(),
            "fa*********@gmail.com"
        );
        assert_eq!(email("abc@x.it").mask(), "ab*@x.it");
        assert_eq!(email("ab@x.it").mask(), "a*@x.it");
        assert_eq!(email("a@x.it").mask(), "a*@x.it");
        assert_eq!(email("Mario@X.IT").mask(), "Ma***@x.it");
        let p = PersonalEmail::parse("fabio.rossi@gmail.com", &PecDomainPolicy::default());
        assert_eq!(p.unwrap().mask(), "fa*********@gmail.com");
    }

    #[test]
    fn pec_domain_policy() {
        let p = PecDomainPolicy::default();
        for d in DEFAULT_PEC_DOMAINS {
            assert!(p.is_pec_domain(d), "{d}");
        }
        for d in [
            "TSRM.ORG",
            "tsrm.org.",
            "roma.tsrm.org",
            "pec.tsrm-pstrp.org",
            "ordine.legalmail.it",
            "pec.ordine.it",
            "PEC.example.com",
            "pec",
            " pec.it ",
            "mario@pec.it",
        ] {
            assert!(p.is_pec_domain(d), "{d}");
        }
        for d in [
            "gmail.com",
            "libero.it",
            "tsrm.org.evil.com",
            "nottsrm.org",
            "xpec.it",
            "mypec.it",
            "pecx.it",
            "example.pec",
            "aruba.it",
            "",
            ".",
        ] {
            assert!(!p.is_pec_domain(d), "{d}");
        }
    }

    #[test]
    fn policy_is_configurable_and_ignores_blank_entries() {
        let p = PecDomainPolicy {
            domains: vec![
                " Custom-PEC.example. ".to_owned(),
                String::new(),
                " ".to_owned(),
            ],
        };
        assert!(p.is_pec_domain("custom-pec.example"));
        assert!(p.is_pec_domain("a.custom-pec.example"));
        assert!(!p.is_pec_domain("tsrm.org"));
        assert!(!p.is_pec_domain("gmail.com"));
        assert!(p.is_pec_domain("pec.anything.it"));
        let empty = PecDomainPolicy { domains: vec![] };
        assert!(!empty.is_pec_domain("legalmail.it"));
    }

    #[test]
    fn non_ascii_domains_are_compared_like_ascii_ones() {
        let p = PecDomainPolicy::default();
        assert!(p.is_pec_domain("PEC.città.it"));
        assert!(p.is_pec_domain("città.LEGALMAIL.IT."));
        assert!(!p.is_pec_domain("città.it"));
        assert!(!p.is_pec_domain("xlegalmail.it"));
        assert!(!p.is_pec_domain("cittàlegalmail.it"));
    }

    #[test]
    fn personal_email_refuses_pec() {
        let p = PecDomainPolicy::default();
        for s in [
            "mario.rossi@tsrm.org",
            "mario.rossi@pec.tsrm.org",
            "mario.rossi@tsrm-pstrp.org",
            "mario.rossi@PEC.IT",
            "m@arubapec.it",
            "m@pec.ordineroma.it",
            "m@cert.legalmail.it",
        ] {
            assert_eq!(PersonalEmail::parse(s, &p), Err(EmailError::IsPec), "{s}");
        }
        let ok = PersonalEmail::parse(" Mario.Rossi@Gmail.com ", &p).unwrap();
        assert_eq!(ok.as_str(), "Mario.Rossi@gmail.com");
        assert_eq!(ok.domain(), "gmail.com");
        assert_eq!(ok.local_part(), "Mario.Rossi");
        assert_eq!(ok.to_string(), ok.address().to_string());
        assert_eq!(ok.as_ref(), "Mario.Rossi@gmail.com");
        assert_eq!(EmailAddress::from(ok).as_str(), "Mario.Rossi@gmail.com");
        assert_eq!(
            PersonalEmail::parse("not an email", &p),
            Err(EmailError::InvalidSyntax)
        );
    }

    #[test]
    fn arbitrary_input_never_panics() {
        let p = PecDomainPolicy::default();
        let long_unicode = "è@".repeat(100_000);
        let many_at = "@".repeat(254);
        let inputs = [
            "\0",
            "@",
            "@@",
            "\"",
            "\"\"@a.it",
            "\"\\\"@a.it",
            " <",
            "a <b",
            "a <b@c.it",
            "a <>",
            "<>",
            "(comment)a@b.it",
            "a@b.it(comment)",
            "[",
            "a@[",
            "a@]",
            "a@[]",
            &long_unicode,
            &many_at,
        ];
        for s in inputs {
            let _ = EmailAddress::parse(s);
            let _ = PersonalEmail::parse(s, &p);
            let _ = p.is_pec_domain(s);
        }
        // All two- and three-character strings over a small tricky alphabet.
        let alphabet = ['a', '@', '.', '"', '\\', '<', '>', ' ', '[', ']', 'è'];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let s: String = [a, b, c].iter().collect();
                    let _ = EmailAddress::parse(&s);
                    let _ = EmailAddress::parse(&format!("{s}@x.it"));
                    let _ = EmailAddress::parse(&format!("x@{s}.it"));
                }
            }
        }
    }

    #[test]
    fn messages_are_localised() {
        use EmailError as E;
        for e in [
            E::Empty,
            E::TooLong { len: 300 },
            E::NonAscii,
            E::InvalidSyntax,
            E::IsPec,
        ] {
            assert!(!e.to_string().is_empty());
            assert!(e.message_it().ends_with('.'));
        }
    }
}
