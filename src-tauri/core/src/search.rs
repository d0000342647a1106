//! Product search through the FTS5 index `product_search` (schema v3, issue 8).
//!
//! What the user types is never passed to FTS5 as query syntax: it is cut into words (runs of
//! letters and digits), each word becomes a quoted string, and only our own `*` (prefix) and
//! implicit AND are added. Quotes, `-`, `:`, `^`, parentheses, `AND`/`OR`/`NOT`/`NEAR` typed by
//! the user are therefore plain text, and a malformed query cannot exist.
//!
//! Matching is by word prefix, in any column (SKU, name, category, supplier): "bra hin" finds
//! "Brass hinge 40 mm"; "hw-0123" finds "HW-012345" (the letters and digits of one typed word
//! must be consecutive in the product: a phrase whose last word is a prefix). Unlike the old
//! `LIKE '%…%'`, a fragment from the middle of a word ("inge") does not match.

use rusqlite::{params, Connection};

use crate::Result;

/// The ids of the products matching `text`, best match first (FTS5 rank, then id), one page.
/// An empty search (no letters or digits) lists every product by SKU.
pub fn catalog_search_ids(
    conn: &Connection,
    text: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<i64>> {
    let ids = match match_expression(text) {
        Some(q) => conn
            .prepare_cached(SEARCH_SQL)?
            .query_map(params![q, limit, offset], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
        None => conn
            .prepare_cached(ALL_BY_SKU_SQL)?
            .query_map(params![limit, offset], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(ids)
}

/// How many products match `text` (for "page 3 of 40").
pub fn catalog_search_count(conn: &Connection, text: &str) -> Result<i64> {
    Ok(match match_expression(text) {
        Some(q) => conn
            .prepare_cached(COUNT_SQL)?
            .query_row([q], |r| r.get(0))?,
        None => conn.query_row("SELECT count(*) FROM products", [], |r| r.get(0))?,
    })
}

/// One page of matches, best first. ?1 = [`match_expression`], ?2 = limit, ?3 = offset.
pub const SEARCH_SQL: &str = "SELECT rowid FROM product_search WHERE product_search MATCH ?1
     ORDER BY rank, rowid LIMIT ?2 OFFSET ?3";

/// Number of matches. ?1 = [`match_expression`].
pub const COUNT_SQL: &str = "SELECT count(*) FROM product_search WHERE product_search MATCH ?1";

/// The product list without a search: by SKU through its unique index.
pub const ALL_BY_SKU_SQL: &str = "SELECT id FROM products ORDER BY sku LIMIT ?1 OFFSET ?2";

/// A filter for any query over `products p`, e.g. `catalog::store::search`:
/// `... WHERE p.id IN (SELECT rowid FROM product_search WHERE product_search MATCH ?1) ORDER BY p.sku`
/// with ?1 bound to [`match_expression`].
pub const PRODUCT_MATCH_FILTER: &str =
    "p.id IN (SELECT rowid FROM product_search WHERE product_search MATCH ?1)";

/// The FTS5 query for what the user typed, or `None` when it holds no letter or digit.
///
/// Each whitespace-separated word becomes `"part1 part2"*` where the parts are its runs of
/// letters and digits: a phrase (the parts in order) whose last part is a prefix. Words are
/// ANDed. The quotes are safe because a part never contains a quote.
pub fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .filter_map(|word| {
            let parts: Vec<&str> = word
                .split(|c: char| !c.is_alphanumeric())
                .filter(|p| !p.is_empty())
                .collect();
            (!parts.is_empty()).then(|| format!("\"{}\"*", parts.join(" ")))
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_input_becomes_quoted_prefix_phrases() {
        let table = [
            ("brass", Some(r#""brass"*"#)),
            ("  Brass   hin ", Some(r#""Brass"* "hin"*"#)),
            ("HW-0123", Some(r#""HW 0123"*"#)),
            (
                r#"say "hi" OR NOT x"#,
                Some(r#""say"* "hi"* "OR"* "NOT"* "x"*"#),
            ),
            ("a:b^c (d) *", Some(r#""a b c"* "d"*"#)),
            ("Zoë Ελένη", Some(r#""Zoë"* "Ελένη"*"#)),
            ("", None),
            (" -- \"\" * ", None),
        ];
        for (typed, want) in table {
            assert_eq!(match_expression(typed).as_deref(), want, "typed {typed:?}");
        }
    }
}
