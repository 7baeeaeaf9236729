//! Italian partita IVA (VAT number): 11 digits, Luhn check digit, non-zero company number and
//! a known tax-office code (the same rules as python-stdnum's `stdnum.it.iva`).
//! A temporary codice fiscale (11 digits) follows the same rules.

use std::fmt;
use std::str::FromStr;

const LEN: usize = 11;

/// A validated partita IVA, stored as its 11 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartitaIva(String);

/// Why a string is not a valid partita IVA.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PartitaIvaError {
    #[error("the partita IVA is empty")]
    Empty,
    #[error("the partita IVA may contain only digits")]
    InvalidCharacters,
    #[error("the partita IVA must be 11 digits long, found {len}")]
    WrongLength { len: usize },
    #[error("the company number (digits 1-7) of the partita IVA cannot be all zeros")]
    ZeroCompanyNumber,
    #[error("{code:03} is not a valid tax-office code")]
    InvalidOfficeCode { code: u16 },
    #[error("wrong check digit: expected {expected}, found {found}")]
    InvalidCheckDigit { expected: u8, found: u8 },
}

impl PartitaIvaError {
    /// Italian message suitable to show to a member.
    pub fn message_it(&self) -> &'static str {
        match self {
            Self::Empty => "Inserisci la partita IVA.",
            Self::InvalidCharacters => "La partita IVA può contenere solo cifre.",
            Self::WrongLength { .. } => "La partita IVA deve contenere 11 cifre.",
            Self::ZeroCompanyNumber | Self::InvalidOfficeCode { .. } => {
                "La partita IVA non è valida: controlla di averla digitata correttamente."
            }
            Self::InvalidCheckDigit { .. } => {
                "La partita IVA non è corretta: la cifra di controllo (l'ultima) non \
                 corrisponde. Controlla di averla digitata correttamente."
            }
        }
    }
}

impl PartitaIva {
    /// Validates `input` (surrounding whitespace ignored).
    pub fn parse(input: &str) -> Result<Self, PartitaIvaError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(PartitaIvaError::Empty);
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PartitaIvaError::InvalidCharacters);
        }
        // All ASCII, so bytes == chars.
        let d: [u8; LEN] = s
            .as_bytes()
            .try_into()
            .map_err(|_| PartitaIvaError::WrongLength { len: s.len() })?;
        let d = d.map(|b| b - b'0');
        if d[..7].iter().all(|&x| x == 0) {
            return Err(PartitaIvaError::ZeroCompanyNumber);
        }
        let code = office_code_of(&d);
        if !is_valid_office_code(code) {
            return Err(PartitaIvaError::InvalidOfficeCode { code });
        }
        let expected = luhn_check_digit(&d[..10]);
        if expected != d[10] {
            return Err(PartitaIvaError::InvalidCheckDigit {
                expected,
                found: d[10],
            });
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Tax-office code (digits 8–10).
    pub fn office_code(&self) -> u16 {
        let digits: Vec<u8> = self.0.bytes().map(|b| b.wrapping_sub(b'0')).collect();
        office_code_of(&digits)
    }
}

impl fmt::Display for PartitaIva {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for PartitaIva {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromStr for PartitaIva {
    type Err = PartitaIvaError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

fn office_code_of(digits: &[u8]) -> u16 {
    digits
        .iter()
        .skip(7)
        .take(3)
        .fold(0u16, |acc, &d| acc * 10 + u16::from(d))
}

/// Codes in use, as in python-stdnum: 001–100, 120, 121, 888, 999.
fn is_valid_office_code(code: u16) -> bool {
    matches!(code, 1..=100 | 120 | 121 | 888 | 999)
}

/// Luhn check digit over the first ten digits: odd positions as they are, even positions
/// doubled (minus 9 when over 9).
fn luhn_check_digit(first10: &[u8]) -> u8 {
    let sum: u32 = first10
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                d
            } else if d * 2 > 9 {
                d * 2 - 9
            } else {
                d * 2
            }
        })
        .sum();
    // (10 - sum % 10) % 10 is in 0..=9, so the cast cannot truncate.
    ((10 - sum % 10) % 10) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Completes ten digits with the right check digit.
    fn complete(first10: &str) -> String {
        let d: Vec<u8> = first10.bytes().map(|b| b - b'0').collect();
        format!("{first10}{}", luhn_check_digit(&d))
    }

    #[test]
    fn domain_vectors() {
        let p = PartitaIva::parse("00743110157").unwrap();
        assert_eq!(p.as_str(), "00743110157");
        assert_eq!(p.office_code(), 15);
        assert_eq!(p.to_string(), "00743110157");
        assert_eq!(p.as_ref(), "00743110157");
        assert_eq!(
            PartitaIva::parse("12345678903"),
            Err(PartitaIvaError::InvalidOfficeCode { code: 890 })
        );
        // 12345678903 does pass the Luhn check.
        let d: Vec<u8> = "1234567890".bytes().map(|b| b - b'0').collect();
        assert_eq!(luhn_check_digit(&d), 3);
    }

    #[test]
    fn known_valid_numbers() {
        // Well-known companies' VAT numbers.
        for v in [
            "00743110157",
            "00488410010",
            "01114601006",
            "  00743110157\t",
        ] {
            let p: PartitaIva = v.parse().unwrap_or_else(|e| panic!("{v}: {e:?}"));
            assert_eq!(p.as_str(), v.trim());
        }
    }

    #[test]
    fn every_wrong_check_digit_is_rejected() {
        for last in 0..=9u8 {
            let s = format!("0074311015{last}");
            let r = PartitaIva::parse(&s);
            if last == 7 {
                assert!(r.is_ok());
            } else {
                assert_eq!(
                    r,
                    Err(PartitaIvaError::InvalidCheckDigit {
                        expected: 7,
                        found: last
                    })
                );
            }
        }
    }

    #[test]
    fn office_codes() {
        for code in 0..=999u16 {
            let s = complete(&format!("1234567{code:03}"));
            let ok = PartitaIva::parse(&s).is_ok();
            let expected = (1..=100).contains(&code) || [120, 121, 888, 999].contains(&code);
            assert_eq!(ok, expected, "{s}");
            if !ok {
                assert_eq!(
                    PartitaIva::parse(&s),
                    Err(PartitaIvaError::InvalidOfficeCode { code })
                );
            }
        }
    }

    #[test]
    fn structural_errors() {
        use PartitaIvaError as E;
        assert_eq!(PartitaIva::parse(""), Err(E::Empty));
        assert_eq!(PartitaIva::parse("  "), Err(E::Empty));
        assert_eq!(
            PartitaIva::parse("0074311015"),
            Err(E::WrongLength { len: 10 })
        );
        assert_eq!(
            PartitaIva::parse("007431101570"),
            Err(E::WrongLength { len: 12 })
        );
        assert_eq!(
            PartitaIva::parse("IT00743110157"),
            Err(E::InvalidCharacters)
        );
        assert_eq!(PartitaIva::parse("00743 110157"), Err(E::InvalidCharacters));
        assert_eq!(PartitaIva::parse("0074311015٧"), Err(E::InvalidCharacters));
        assert_eq!(
            PartitaIva::parse(&complete("0000000001")),
            Err(E::ZeroCompanyNumber)
        );
    }

    #[test]
    fn arbitrary_input_never_panics() {
        let long = "1".repeat(100_000);
        let emoji = "😀".repeat(11);
        for s in [
            "\0",
            "é",
            "１２３４５６７８９０１",
            &long,
            &emoji,
            "-1",
            "+0074311015",
        ] {
            assert!(PartitaIva::parse(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn messages_are_localised() {
        use PartitaIvaError as E;
        for e in [
            E::Empty,
            E::InvalidCharacters,
            E::WrongLength { len: 1 },
            E::ZeroCompanyNumber,
            E::InvalidOfficeCode { code: 890 },
            E::InvalidCheckDigit {
                expected: 1,
                found: 2,
            },
        ] {
            assert!(!e.to_string().is_empty());
            assert!(e.message_it().ends_with('.'));
        }
        assert_eq!(
            E::InvalidOfficeCode { code: 7 }.to_string(),
            "007 is not a valid tax-office code"
        );
    }
}
