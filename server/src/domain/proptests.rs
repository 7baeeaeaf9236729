//! Property-based tests of every parser of untrusted input in the domain: whatever the bytes,
//! no panic; what a generator builds to the rules parses. Each property runs [`CASES`] cases
//! (fixed so CI stays well under a minute on two cores) and prints how many it ran.

use proptest::prelude::*;

use super::codice_fiscale::{self, CodiceFiscale};
use super::email::{EmailAddress, PecDomainPolicy, PersonalEmail};
use super::jpeg;
use super::mailbox_address::{self, PecAddress};
use super::mobile::MobileNumber;
use super::partita_iva::PartitaIva;

/// Cases per property.
pub(crate) const CASES: u32 = 256;

fn config() -> ProptestConfig {
    ProptestConfig {
        // No regression files in the source tree: failures print their input.
        failure_persistence: None,
        ..ProptestConfig::with_cases(CASES)
    }
}

/// Prints, at the first case of each property, how many cases it runs (shown with
/// `--nocapture`; CI captures it, so the README states the counts).
pub(crate) fn ran(property: &'static str) {
    static SEEN: std::sync::Mutex<std::collections::BTreeSet<&str>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    if let Ok(mut seen) = SEEN.lock()
        && seen.insert(property)
    {
        println!("proptest {property}: {CASES} cases");
    }
}

/// Any string: ASCII, accented letters, emoji, controls, and codice-fiscale-like shapes.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z0-9 ]{0,20}",
        "[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]",
        "\\PC{0,40}",
    ]
}

const FRONT: &[u8] = include_bytes!("../../../tests/fixtures/id-documents/front.jpg");

proptest! {
    #![proptest_config(config())]

    #[test]
    fn codice_fiscale_never_panics(input in any_text()) {
        ran("codice_fiscale_never_panics");
        if let Ok(cf) = CodiceFiscale::parse(&input) {
            // What parses is canonical: parsing its text gives it back.
            prop_assert_eq!(CodiceFiscale::parse(cf.as_str()).ok(), Some(cf.clone()));
            prop_assert_eq!(cf.as_str().len(), 16);
        }
    }

    #[test]
    fn every_generated_codice_fiscale_and_its_omocodes_parse(
        surname in "[A-Za-z' ]{0,14}[A-Za-z]",
        name in "[A-Za-z]{1,14}",
        year in 1900u16..2030,
        month in 1u8..=12,
        day in 1u8..=28,
        female in any::<bool>(),
        place in prop::sample::select(vec!["H501", "F205", "L219", "Z404", "A001"]),
        omocodia in 1u8..128,
    ) {
        ran("every_generated_codice_fiscale_and_its_omocodes_parse");
        let cf = codice_fiscale::generate(&surname, &name, year, month, day, female, place)
            .expect("a real date and place");
        let parsed = CodiceFiscale::parse(&cf.as_str().to_ascii_lowercase()).expect("parses");
        prop_assert_eq!(parsed.as_str(), cf.as_str());
        prop_assert!(!parsed.is_omocode());
        prop_assert_eq!((parsed.birth_month(), parsed.birth_day()), (month, day));
        // Omocodia: digits of the selected positions replaced by LMNPQRSTUV, check recomputed.
        let mut bytes = cf.as_str().as_bytes()[..15].to_vec();
        for (bit, pos) in [6usize, 7, 9, 10, 12, 13, 14].into_iter().enumerate() {
            if omocodia & (1 << bit) != 0 {
                bytes[pos] = b"LMNPQRSTUV"[usize::from(bytes[pos] - b'0')];
            }
        }
        bytes.push(codice_fiscale::check_character(&bytes));
        let omocode = String::from_utf8(bytes).expect("ASCII");
        let parsed = CodiceFiscale::parse(&omocode).expect("an omocode parses");
        prop_assert!(parsed.is_omocode());
        prop_assert_eq!((parsed.birth_month(), parsed.birth_day()), (month, day));
        prop_assert_eq!(parsed.birth_year_2digits(), u8::try_from(year % 100).expect("2 digits"));
        prop_assert_eq!(parsed.belfiore(), place);
    }

    #[test]
    fn partita_iva_never_panics(input in any_text()) {
        ran("partita_iva_never_panics");
        if let Ok(piva) = PartitaIva::parse(&input) {
            prop_assert_eq!(piva.as_str().len(), 11);
        }
    }

    #[test]
    fn every_partita_iva_with_its_check_digit_parses(company in 1u32..10_000_000, office in 1u16..=100) {
        ran("every_partita_iva_with_its_check_digit_parses");
        let first10 = format!("{company:07}{office:03}");
        let sum: u32 = first10
            .bytes()
            .enumerate()
            .map(|(i, b)| {
                let d = u32::from(b - b'0');
                if i % 2 == 0 { d } else if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            })
            .sum();
        let code = format!("{first10}{}", (10 - sum % 10) % 10);
        let piva = PartitaIva::parse(&code).expect("valid");
        prop_assert_eq!(piva.as_str(), code.as_str());
        prop_assert_eq!(piva.office_code(), office);
    }

    #[test]
    fn email_parsers_never_panic(input in any_text()) {
        ran("email_parsers_never_panic");
        if let Ok(email) = EmailAddress::parse(&input) {
            prop_assert!(email.as_str().is_ascii());
            prop_assert_eq!(EmailAddress::parse(email.as_str()).ok(), Some(email.clone()));
            let _ = email.mask();
        }
        if let Ok(personal) = PersonalEmail::parse(&input, &PecDomainPolicy::default()) {
            let _ = personal.mask();
        }
    }

    #[test]
    fn plain_email_addresses_parse(local in "[a-z0-9]{1,20}", domain in "[a-z]{1,12}") {
        ran("plain_email_addresses_parse");
        let text = format!("{local}@{domain}.it");
        let email = EmailAddress::parse(&text).expect("valid");
        prop_assert_eq!(email.as_str(), text.as_str());
    }

    #[test]
    fn mobile_numbers_never_panic(input in any_text()) {
        ran("mobile_numbers_never_panic");
        if let Ok(mobile) = MobileNumber::parse(&input) {
            prop_assert!(mobile.as_str().starts_with('+'));
        }
    }

    #[test]
    fn italian_mobile_numbers_parse(rest in "[0-9]{8}", spaced in any::<bool>()) {
        ran("italian_mobile_numbers_parse");
        let text = if spaced { format!("+39 34{rest}") } else { format!("34{rest}") };
        let mobile = MobileNumber::parse(&text).expect("valid");
        prop_assert!(mobile.is_italian());
    }

    #[test]
    fn address_folding_never_panics_and_gives_a_mailbox(given in any_text(), family in any_text()) {
        ran("address_folding_never_panics_and_gives_a_mailbox");
        if let Ok(local) = mailbox_address::local_part(&given, &family) {
            prop_assert!(local.len() <= mailbox_address::MAX_BASE_LEN);
            prop_assert!(local.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.'));
            let domains = vec!["example.it".to_owned()];
            let address = format!("{}@example.it", mailbox_address::with_suffix(&local, 7));
            prop_assert!(PecAddress::parse(&address, &domains).is_ok(), "{}", address);
        }
        let _ = PecAddress::parse(&given, &["example.it".to_owned()]);
    }

    #[test]
    fn the_jpeg_cleaner_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        ran("the_jpeg_cleaner_never_panics_on_any_bytes");
        let mut prefixed = vec![0xFF, 0xD8, 0xFF];
        prefixed.extend_from_slice(&bytes);
        for input in [&bytes, &prefixed] {
            if let Ok(clean) = jpeg::sanitize(input, jpeg::DEFAULT_MAX_PIXELS) {
                prop_assert!(jpeg::sanitize(&clean.bytes, jpeg::DEFAULT_MAX_PIXELS).is_ok());
            }
        }
    }

    #[test]
    fn accepted_jpeg_output_always_decodes(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        ran("accepted_jpeg_output_always_decodes");
        let mut bytes = FRONT.to_vec();
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        if let Ok(clean) = jpeg::sanitize(&bytes, jpeg::DEFAULT_MAX_PIXELS) {
            // Cleaning decodes: a second pass over the output must pass and change nothing.
            let again = jpeg::sanitize(&clean.bytes, jpeg::DEFAULT_MAX_PIXELS);
            prop_assert_eq!(again.map(|c| c.bytes).ok(), Some(clean.bytes));
        }
    }
}
