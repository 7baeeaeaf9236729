//! Keyset pagination shared by the list use cases: a page is the rows after a key.

/// Default and maximum page sizes of every `List*` call.
pub const DEFAULT_PAGE_SIZE: u64 = 50;
pub const MAX_PAGE_SIZE: u64 = 1000;

/// Which page to read.
#[derive(Debug, Clone, Default)]
pub struct PageRequest {
    pub size: u64,
    /// The last key of the previous page.
    pub after: Option<String>,
}

/// One page, with the key to continue from when more rows follow.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_after: Option<String>,
}

impl<T> Page<T> {
    /// Builds a page from up to `size + 1` rows fetched in key order.
    pub fn from_rows(mut rows: Vec<T>, size: u64, key: impl Fn(&T) -> String) -> Self {
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        let next_after = if rows.len() > size {
            rows.truncate(size);
            rows.last().map(&key)
        } else {
            None
        };
        Page {
            items: rows,
            next_after,
        }
    }
}
