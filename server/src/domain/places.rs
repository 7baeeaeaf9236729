//! Italian places for residence addresses: the 107 province codes, the current comuni (ANPR
//! data, see `comuni.tsv` and `scripts/gen_comuni.py`) and CAP.

use std::collections::HashMap;
use std::sync::LazyLock;

/// A comune in force today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comune {
    /// Cadastral (Belfiore) code, as in the codice fiscale.
    pub belfiore: &'static str,
    /// Province (or metropolitan city) code, e.g. `RM`.
    pub province: &'static str,
    /// Official name.
    pub name: &'static str,
    /// The German or Slovene name of a bilingual comune.
    pub name_alt: Option<&'static str>,
}

struct Places {
    /// By (province, folded name), alternative names included.
    by_name: HashMap<(&'static str, String), Comune>,
    provinces: Vec<&'static str>,
}

static PLACES: LazyLock<Places> = LazyLock::new(|| {
    let mut by_name = HashMap::new();
    let mut provinces = Vec::new();
    for line in include_str!("comuni.tsv").lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(belfiore), Some(province), Some(name)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let name_alt = cols.next().filter(|s| !s.is_empty());
        let comune = Comune {
            belfiore,
            province,
            name,
            name_alt,
        };
        if let Some(alt) = name_alt {
            by_name.insert((province, fold(alt)), comune.clone());
        }
        by_name.insert((province, fold(name)), comune);
        if !provinces.contains(&province) {
            provinces.push(province);
        }
    }
    provinces.sort_unstable();
    Places { by_name, provinces }
});

/// Names compare without case, accents, apostrophes, hyphens or spacing:
/// "Sant'Agata de' Goti" = "SANT AGATA DE GOTI".
fn fold(name: &str) -> String {
    deunicode::deunicode(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether `code` is one of today's province codes (case-insensitive).
pub fn is_province(code: &str) -> bool {
    let code = code.trim().to_ascii_uppercase();
    PLACES.provinces.binary_search(&code.as_str()).is_ok()
}

/// The comune called `name` in `province`, if it exists today.
pub fn find_comune(province: &str, name: &str) -> Option<&'static Comune> {
    let province = province.trim().to_ascii_uppercase();
    let province = PLACES.provinces.iter().find(|p| **p == province.as_str())?;
    PLACES.by_name.get(&(*province, fold(name)))
}

/// A CAP is five digits.
pub fn is_cap(cap: &str) -> bool {
    let cap = cap.trim();
    cap.len() == 5 && cap.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_107_provinces_are_known() {
        assert_eq!(PLACES.provinces.len(), 107);
        for code in ["RM", "mi", " BZ ", "SU", "BT", "MB"] {
            assert!(is_province(code), "{code}");
        }
        for code in ["", "XX", "ROMA", "OT", "CI"] {
            assert!(!is_province(code), "{code}");
        }
    }

    #[test]
    fn comuni_are_found_by_any_spelling_of_their_name() {
        assert_eq!(find_comune("RM", "Roma").map(|c| c.belfiore), Some("H501"));
        assert_eq!(
            find_comune("rm", " ROMA ").map(|c| c.belfiore),
            Some("H501")
        );
        assert_eq!(
            find_comune("MI", "Milano").map(|c| c.belfiore),
            Some("F205")
        );
        let bolzano = find_comune("BZ", "Bozen").expect("German name");
        assert_eq!(bolzano.name, "Bolzano");
        assert!(find_comune("BN", "Sant'Agata de' Goti").is_some());
        assert!(find_comune("BN", "SANT AGATA DE GOTI").is_some());
        assert!(find_comune("AO", "Aosta").is_some());
        assert!(find_comune("VB", "Forlì").is_none(), "wrong province");
        assert!(find_comune("FC", "Forli").is_some(), "accents are optional");
        assert!(find_comune("XX", "Roma").is_none());
        assert!(find_comune("RM", "Atlantide").is_none());
    }

    #[test]
    fn caps_are_five_digits() {
        assert!(is_cap("00184"));
        assert!(is_cap(" 20121 "));
        for bad in ["", "0018", "001845", "0018A", "OO184"] {
            assert!(!is_cap(bad), "{bad}");
        }
    }
}
