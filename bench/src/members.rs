//! Synthetic register rows: valid, unique codici fiscali whose name codes match the names sent
//! with them, so the server's validation accepts every row.
//!
//! The bench carries its own small generator (following shared/DOMAIN.md) instead of importing
//! the server's, so that a change in the server's module layout cannot break the benchmark.

use pecd::proto::{Albo, Member, RegisterStatus};

/// Consonants used to build synthetic surnames; every ordered triple gives a distinct surname
/// code, which is what makes the codici fiscali unique.
const CONSONANTS: &[u8; 20] = b"BCDFGLMNPRSTVZHJKQWY";
/// Month letters, January to December.
const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// Check-character values of A..Z (digits 0..9 count as A..J) in odd positions.
const ODD_VALUES: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
/// Real Belfiore codes (Roma, Milano, Torino, Napoli, Bologna, Firenze, Palermo, Venezia,
/// Genova, Bari), in case the server checks places against its table of comuni.
const PLACES: [&str; 10] = [
    "H501", "F205", "L219", "F839", "A944", "D612", "G273", "L736", "D969", "A662",
];
const MALE_NAMES: [&str; 8] = [
    "Mario",
    "Luca",
    "Giovanni",
    "Alessandro",
    "Marco",
    "Andrea",
    "Francesco",
    "Paolo",
];
const FEMALE_NAMES: [&str; 8] = [
    "Giulia",
    "Maria",
    "Chiara",
    "Francesca",
    "Sara",
    "Anna",
    "Elena",
    "Laura",
];
/// Number of distinct synthetic surnames (20^3).
const SURNAMES: usize = CONSONANTS.len() * CONSONANTS.len() * CONSONANTS.len();
/// Distinct (sex, day, month, year) combinations; with SURNAMES this bounds the member count.
const BIRTHS: usize = 2 * 28 * 12 * 50;

/// Largest number of members `generate_members` can make unique.
pub const MAX_MEMBERS: usize = SURNAMES * BIRTHS;

/// The three consonant letters of a synthetic surname, as one `[C, C, C]` array.
fn surname_consonants(k: usize) -> [u8; 3] {
    let n = CONSONANTS.len();
    [
        CONSONANTS[k / (n * n) % n],
        CONSONANTS[k / n % n],
        CONSONANTS[k % n],
    ]
}

/// Surname code per DOMAIN.md: consonants, then vowels, then `X` padding.
fn surname_code(surname: &str) -> String {
    let (consonants, vowels) = split_letters(surname);
    pad_code(consonants.into_iter().chain(vowels))
}

/// Given-name code: 1st, 3rd and 4th consonant when there are four or more.
fn name_code(name: &str) -> String {
    let (consonants, vowels) = split_letters(name);
    if let [c1, _, c3, c4, ..] = consonants[..] {
        return [c1, c3, c4].iter().map(|&c| char::from(c)).collect();
    }
    pad_code(consonants.into_iter().chain(vowels))
}

fn split_letters(s: &str) -> (Vec<u8>, Vec<u8>) {
    let letters = s
        .bytes()
        .map(|b| b.to_ascii_uppercase())
        .filter(u8::is_ascii_uppercase);
    letters.partition(|b| !matches!(b, b'A' | b'E' | b'I' | b'O' | b'U'))
}

fn pad_code(letters: impl Iterator<Item = u8>) -> String {
    letters
        .chain(std::iter::repeat(b'X'))
        .take(3)
        .map(char::from)
        .collect()
}

/// Check character of the first 15 characters.
fn check_character(first15: &[u8]) -> char {
    let sum: u32 = first15
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let value = if c.is_ascii_digit() {
                c - b'0'
            } else {
                c - b'A'
            };
            // Positions are 1-based in the specification: index 0 is position 1, "odd".
            if i % 2 == 0 {
                ODD_VALUES[usize::from(value)]
            } else {
                u32::from(value)
            }
        })
        .sum();
    // `sum % 26` is below 26, so the cast cannot truncate.
    char::from(b'A' + (sum % 26) as u8)
}

/// Codice fiscale of a person born on a valid date (day 1–28, so every month is fine).
fn codice_fiscale(
    surname: &str,
    name: &str,
    year: u16,
    month: u8,
    day: u8,
    female: bool,
    place: &str,
) -> String {
    let day_field = if female { day + 40 } else { day };
    let month_letter = char::from(MONTHS[usize::from(month - 1)]);
    let first15 = format!(
        "{}{}{:02}{}{:02}{}",
        surname_code(surname),
        name_code(name),
        year % 100,
        month_letter,
        day_field,
        place
    );
    let check = check_character(first15.as_bytes());
    format!("{first15}{check}")
}

/// The `i`-th synthetic member of `ordine_code`. Distinct `i` below `MAX_MEMBERS` give
/// distinct codici fiscali: `i % SURNAMES` picks the surname code and `i / SURNAMES` an
/// injective (sex, birth date) combination.
pub fn member(i: usize, ordine_code: &str) -> Member {
    let [a, b, c] = surname_consonants(i % SURNAMES).map(char::from);
    // Vowels between the consonants make the surname pronounceable without changing its code.
    let family_name = format!("{a}a{}o{}i", b.to_ascii_lowercase(), c.to_ascii_lowercase());
    let r = i / SURNAMES;
    let female = r % 2 == 1;
    // The narrowing casts below take values already reduced modulo small constants.
    let day = 1 + (r / 2 % 28) as u8;
    let month = 1 + (r / 56 % 12) as u8;
    let year = 1950 + (r / 672 % 50) as u16;
    let names = if female { &FEMALE_NAMES } else { &MALE_NAMES };
    let given_name = names[i % names.len()].to_owned();
    let place = PLACES[i % PLACES.len()];
    Member {
        codice_fiscale: codice_fiscale(&family_name, &given_name, year, month, day, female, place),
        given_name,
        family_name,
        ordine_code: ordine_code.to_owned(),
        albo: Albo::TecnicoSanitarioRadiologiaMedica.into(),
        registration_number: format!("{}", i + 1),
        personal_email: personal_email(i, 0),
        mobile_number: String::new(),
        partita_iva: String::new(),
        register_status: RegisterStatus::Active.into(),
        create_time: None,
        update_time: None,
    }
}

/// The personal email of the `i`-th member in the register's `version`: every re-sync that
/// changes the members gives each of them a new one.
pub fn personal_email(i: usize, version: u32) -> String {
    if version == 0 {
        format!("m{i}@example.it")
    } else {
        format!("m{i}.v{version}@example.it")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn matches_the_domain_test_vectors() {
        assert_eq!(
            codice_fiscale("Rossi", "Mario", 1980, 1, 1, false, "H501"),
            "RSSMRA80A01H501U"
        );
        assert_eq!(
            codice_fiscale("Conte", "Chiara", 1983, 12, 1, true, "D969"),
            "CNTCHR83T41D969D"
        );
        assert_eq!(name_code("Alessandro"), "LSN");
        assert_eq!(name_code("Gianfranco"), "GFR");
        assert_eq!(surname_code("Re"), "REX");
    }

    #[test]
    fn members_have_unique_codes() {
        let codes: HashSet<String> = (0..200_000)
            .map(|i| member(i, "BENCH").codice_fiscale)
            .collect();
        assert_eq!(codes.len(), 200_000);
    }
}
