//! Mobile phone numbers (for OTP/SMS), validated against libphonenumber's metadata as bundled
//! by the `phonenumber` crate and stored in E.164 form (`+393471234567`).
//!
//! Numbers without an international prefix are read as Italian. Italian (+39) numbers must be
//! of mobile type; foreign numbers may also be "fixed line or mobile" (as in the USA, where
//! the two cannot be told apart).

use std::fmt;
use std::str::FromStr;

use phonenumber::{Mode, Type, country, metadata::DATABASE};

/// Longest input handed to the parser; E.164 has at most 15 digits, so this leaves ample room
/// for separators while bounding the work done on hostile input.
const MAX_INPUT_LEN: usize = 40;
const ITALY: u16 = 39;

/// A validated mobile number in E.164 form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MobileNumber {
    e164: String,
    country_code: u16,
}

/// Why a string is not an acceptable mobile number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MobileError {
    #[error("the phone number is empty")]
    Empty,
    #[error("the phone number is too long")]
    TooLong,
    #[error(
        "the phone number may contain only digits, spaces, '-', '.', '/', parentheses and a leading '+'"
    )]
    InvalidCharacters,
    #[error("the phone number is not a valid number")]
    Invalid,
    #[error("the phone number is not a mobile number")]
    NotMobile,
}

impl MobileError {
    /// Italian message suitable to show to a member.
    pub fn message_it(&self) -> &'static str {
        match self {
            Self::Empty => "Inserisci il numero di cellulare.",
            Self::TooLong => "Il numero di cellulare è troppo lungo.",
            Self::InvalidCharacters => {
                "Il numero di cellulare può contenere solo cifre, spazi e il prefisso \
                 internazionale con il + iniziale (ad esempio +39 347 123 4567)."
            }
            Self::Invalid => {
                "Il numero di cellulare non è valido: controlla di averlo scritto correttamente."
            }
            Self::NotMobile => {
                "Il numero indicato non è un numero di cellulare: inserisci un numero mobile."
            }
        }
    }
}

impl MobileNumber {
    /// Parses `input` with Italy as the default region.
    pub fn parse(input: &str) -> Result<Self, MobileError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(MobileError::Empty);
        }
        if s.chars().count() > MAX_INPUT_LEN {
            return Err(MobileError::TooLong);
        }
        // Keep the parser's input to plain separators: it accepts extensions, "tel:" URIs and
        // other text that a mobile number field should not, and it has panicked on odd input
        // in the past (rust-phonenumber issue #43).
        let mut cleaned = String::with_capacity(s.len());
        for (i, c) in s.chars().enumerate() {
            match c {
                '0'..='9' | '-' | '.' | '/' | '(' | ')' => cleaned.push(c),
                '+' if i == 0 => cleaned.push(c),
                c if c.is_whitespace() => cleaned.push(' '),
                _ => return Err(MobileError::InvalidCharacters),
            }
        }
        if !cleaned.bytes().any(|b| b.is_ascii_digit()) {
            return Err(MobileError::Invalid);
        }
        let number = phonenumber::parse(Some(country::Id::IT), &cleaned)
            .map_err(|_| MobileError::Invalid)?;
        if number.extension().is_some() || !number.is_valid() {
            return Err(MobileError::Invalid);
        }
        let country_code = number.code().value();
        let mobile = match number.number_type(&DATABASE) {
            Type::Mobile => true,
            Type::FixedLineOrMobile => country_code != ITALY,
            _ => false,
        };
        if !mobile {
            return Err(MobileError::NotMobile);
        }
        let e164 = number.format().mode(Mode::E164).to_string();
        Ok(Self { e164, country_code })
    }

    /// E.164 form, e.g. `+393471234567`.
    pub fn as_str(&self) -> &str {
        &self.e164
    }

    /// International calling code (39 for Italy).
    pub fn country_code(&self) -> u16 {
        self.country_code
    }

    pub fn is_italian(&self) -> bool {
        self.country_code == ITALY
    }
}

impl fmt::Display for MobileNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.e164)
    }
}

impl AsRef<str> for MobileNumber {
    fn as_ref(&self) -> &str {
        &self.e164
    }
}

impl FromStr for MobileNumber {
    type Err = MobileError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(s: &str) -> String {
        MobileNumber::parse(s)
            .unwrap_or_else(|e| panic!("{s}: {e}"))
            .as_str()
            .to_owned()
    }

    #[test]
    fn italian_mobiles_in_many_spellings() {
        for s in [
            "+39 347 123 4567",
            "3471234567",
            "347 1234567",
            "347-123-4567",
            "347.123.4567",
            "347/1234567",
            "(347) 1234567",
            "+393471234567",
            "0039 347 1234567",
            " +39\u{a0}347\u{a0}1234567 ",
            "+39 (347) 123-4567",
        ] {
            assert_eq!(e164(s), "+393471234567", "{s}");
        }
        let m = MobileNumber::parse("3471234567").unwrap();
        assert!(m.is_italian());
        assert_eq!(m.country_code(), 39);
        assert_eq!(m.to_string(), "+393471234567");
        assert_eq!(m.as_ref(), "+393471234567");
        let parsed: MobileNumber = "+39 347 123 4567".parse().unwrap();
        assert_eq!(parsed, m);
        // Other Italian mobile ranges, including 9-digit and 31x/43x numbers.
        assert_eq!(e164("335 1234567"), "+393351234567");
        assert_eq!(e164("3312345678"), "+393312345678");
        assert_eq!(e164("+39 3123456789"), "+393123456789");
    }

    #[test]
    fn italian_non_mobiles_are_refused() {
        for s in [
            "0612345678",
            "+39 06 1234 5678",
            "02 1234 5678",
            "+39 800 123456",
            "199 123456",
        ] {
            assert_eq!(MobileNumber::parse(s), Err(MobileError::NotMobile), "{s}");
        }
    }

    #[test]
    fn foreign_mobiles_are_accepted() {
        assert_eq!(e164("+44 7400 123456"), "+447400123456");
        assert_eq!(e164("+33 6 12 34 56 78"), "+33612345678");
        assert_eq!(e164("+41 79 123 45 67"), "+41791234567");
        assert_eq!(e164("+49 1512 3456789"), "+4915123456789");
        // Fixed line or mobile (cannot be told apart in the NANP).
        let us = MobileNumber::parse("+1 650 253 0000").unwrap();
        assert_eq!(us.as_str(), "+16502530000");
        assert!(!us.is_italian());
        assert_eq!(us.country_code(), 1);
        // A French fixed line is refused.
        assert_eq!(
            MobileNumber::parse("+33 1 42 68 53 00"),
            Err(MobileError::NotMobile)
        );
    }

    #[test]
    fn garbage_is_refused() {
        use MobileError as E;
        assert_eq!(MobileNumber::parse(""), Err(E::Empty));
        assert_eq!(MobileNumber::parse("   "), Err(E::Empty));
        for s in [
            "abc",
            "347 123 4567 ext 12",
            "tel:+39-347-1234567",
            "+39 347 123 456７",
            "++39 347 1234567",
            "347+1234567",
            "347#1234567",
            "😀",
        ] {
            assert_eq!(MobileNumber::parse(s), Err(E::InvalidCharacters), "{s}");
        }
        for s in [
            "+",
            "()",
            "-",
            "+39 3",
            "+39 33",
            "+39 312345678",
            "+379 347123456",
            "1",
            "0",
        ] {
            assert_eq!(MobileNumber::parse(s), Err(E::Invalid), "{s}");
        }
        assert_eq!(MobileNumber::parse(&"3".repeat(41)), Err(E::TooLong));
        assert_eq!(MobileNumber::parse(&"3".repeat(1_000_000)), Err(E::TooLong));
    }

    #[test]
    fn arbitrary_input_never_panics() {
        // Deterministic pseudo-random strings over the characters that reach the parser.
        let alphabet: Vec<char> = "0123456789 +-./()39".chars().collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..5_000 {
            let len = usize::try_from(next() % 24).unwrap();
            let s: String = (0..len)
                .map(|_| alphabet[usize::try_from(next()).unwrap() % alphabet.len()])
                .collect();
            if let Ok(m) = MobileNumber::parse(&s) {
                assert!(m.as_str().starts_with('+'), "{s}");
                assert!(m.as_str()[1..].bytes().all(|b| b.is_ascii_digit()), "{s}");
                // Canonical form parses back to itself.
                assert_eq!(MobileNumber::parse(m.as_str()), Ok(m.clone()), "{s}");
            }
        }
        for s in [
            "  2 22#:",
            "\0",
            "+0",
            "+00",
            "00",
            "000000000000000",
            "+999999999999999",
        ] {
            let _ = MobileNumber::parse(s);
        }
    }

    #[test]
    fn messages_are_localised() {
        use MobileError as E;
        for e in [
            E::Empty,
            E::TooLong,
            E::InvalidCharacters,
            E::Invalid,
            E::NotMobile,
        ] {
            assert!(!e.to_string().is_empty());
            assert!(e.message_it().ends_with('.'));
        }
    }
}
