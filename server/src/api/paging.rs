//! Page sizes and opaque page tokens. A token carries the last key of the previous page and a
//! fingerprint of the filters, so a token used with other filters is refused, not misread.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::error::{FieldViolation, ServiceError};
use crate::paging::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page, PageRequest};

fn fingerprint(filters: &str) -> String {
    hex::encode(&Sha256::digest(filters.as_bytes())[..8])
}

/// Reads `page_size` and `page_token` for a list whose filters are summarised by `filters`.
pub fn page_request(
    page_size: i32,
    page_token: &str,
    filters: &str,
) -> Result<PageRequest, ServiceError> {
    let mut violations = Vec::new();
    let size = match page_size {
        0 => DEFAULT_PAGE_SIZE,
        n if n < 0 => {
            violations.push(FieldViolation::new(
                "page_size",
                "must not be negative",
                "non può essere negativo",
            ));
            DEFAULT_PAGE_SIZE
        }
        // AIP-158: larger sizes are coerced to the maximum.
        n => u64::try_from(n).unwrap_or(MAX_PAGE_SIZE).min(MAX_PAGE_SIZE),
    };
    let after = if page_token.is_empty() {
        None
    } else {
        let decoded = URL_SAFE_NO_PAD
            .decode(page_token)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|text| {
                let (fp, key) = text.split_once('|')?;
                (fp == fingerprint(filters)).then(|| key.to_owned())
            });
        if decoded.is_none() {
            violations.push(FieldViolation::new(
                "page_token",
                "is not a token returned by this list with the same filters",
                "non è un token valido per questa ricerca",
            ));
        }
        decoded
    };
    if violations.is_empty() {
        Ok(PageRequest { size, after })
    } else {
        Err(ServiceError::InvalidFields(violations))
    }
}

/// The `next_page_token` for `page`.
pub fn next_token<T>(page: &Page<T>, filters: &str) -> String {
    page.next_after
        .as_ref()
        .map(|key| URL_SAFE_NO_PAD.encode(format!("{}|{key}", fingerprint(filters))))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_round_trips_and_is_bound_to_filters() {
        let page = Page {
            items: vec![1],
            next_after: Some("RSSMRA80A01H501U".to_owned()),
        };
        let token = next_token(&page, "ordine=TO");
        let req = page_request(10, &token, "ordine=TO").expect("valid token");
        assert_eq!(req.after.as_deref(), Some("RSSMRA80A01H501U"));
        assert!(page_request(10, &token, "ordine=MI").is_err());
        assert!(page_request(10, "garbage!!", "").is_err());
        assert!(page_request(-1, "", "").is_err());
        assert_eq!(
            page_request(5000, "", "").map(|r| r.size).ok(),
            Some(MAX_PAGE_SIZE)
        );
        assert_eq!(
            page_request(0, "", "").map(|r| r.size).ok(),
            Some(DEFAULT_PAGE_SIZE)
        );
    }
}
