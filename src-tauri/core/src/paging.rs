//! Lists read a page at a time (issue 5): one page of rows plus how many match in all. The
//! screens of a large shop never hold a whole list; every `*_page` method answers with this.

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// The most rows one page may ask for: a screenful many times over, and a bound on the work.
pub const MAX_PAGE: i64 = 1000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many rows match the filter in all.
    pub total: i64,
    pub offset: i64,
}

/// Refuses an offset below 0 or a page size outside 1..=MAX_PAGE.
pub fn check(offset: i64, limit: i64) -> Result<()> {
    if offset < 0 {
        return Err(Error::invalid(crate::msg!("offset-negative", got = offset)));
    }
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(Error::invalid(crate::msg!(
            "page-size-range",
            max = MAX_PAGE,
            got = limit
        )));
    }
    Ok(())
}

/// `text` as a LIKE pattern that matches it literally (with `ESCAPE '\'`).
pub fn like_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
