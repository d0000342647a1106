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
//!
//! On a shop server (PostgreSQL, issue 19) `product_search` is a plain table kept by triggers,
//! with a pg_trgm index over its four columns in lower case ([`PG_DOCUMENT`]). The same words
//! become one regular expression each ([`pg_filter`]): the parts at the start of a word, one
//! after the other with only separators between them, the last one a prefix; pg_trgm's index
//! answers regular expressions. The matches are the same; their order is by SKU (PostgreSQL
//! has no FTS5 rank), and accents count (FTS5 folds them: "Zoe" finds "Zoë" only on SQLite).

use rusqlite::{params, Connection};

use crate::db::conn::{Conn, Param};
use crate::Result;

/// The ids of the products matching `text`, best match first (FTS5 rank, then id; on a shop
/// server by SKU), one page. An empty search (no letters or digits) lists every product by SKU.
pub fn catalog_search_ids<'a>(
    conn: impl Into<Conn<'a>>,
    text: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<i64>> {
    let conn = match conn.into() {
        Conn::Sqlite(c) => c,
        pg => return pg_search_ids(pg, text, limit, offset),
    };
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
pub fn catalog_search_count<'a>(conn: impl Into<Conn<'a>>, text: &str) -> Result<i64> {
    let conn = match conn.into() {
        Conn::Sqlite(c) => c,
        pg => return pg_search_count(pg, text),
    };
    sqlite_search_count(conn, text)
}

fn sqlite_search_count(conn: &Connection, text: &str) -> Result<i64> {
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

/// The text each product is searched in on a shop server (kept without accents, v9_search.sql):
/// the expression of the `product_search_trgm` index (v8_baseline.sql), word for word, so the
/// index answers.
pub const PG_DOCUMENT: &str = "lower(sku || ' ' || name || ' ' || category || ' ' || supplier)";

/// The condition over `product_search` on a shop server for what the user typed, and its
/// parameters (numbered from `first`), or `None` when it holds no letter or digit: one regular
/// expression per typed word, ANDed, as [`match_expression`] makes one phrase per word.
/// The parts are letters and digits only, so they never hold a regular expression's syntax.
pub fn pg_filter(text: &str, first: usize) -> Option<(String, Vec<String>)> {
    let patterns: Vec<String> = text
        .split_whitespace()
        .filter_map(|word| {
            let parts: Vec<String> = word
                .split(|c: char| !c.is_alphanumeric())
                .filter(|p| !p.is_empty())
                .map(str::to_lowercase)
                .collect();
            // At the start of a word; whole words one after the other, the last a prefix.
            (!parts.is_empty()).then(|| format!("(^|[^[:alnum:]]){}", parts.join("[^[:alnum:]]+")))
        })
        .collect();
    if patterns.is_empty() {
        return None;
    }
    // The searched text is kept without accents (schema v9); the typed words lose theirs too.
    let words: Vec<String> = (first..first + patterns.len())
        .map(|i| format!("{PG_DOCUMENT} ~ unaccent(CAST(?{i} AS TEXT))"))
        .collect();
    let filter = format!(
        "p.id IN (SELECT rowid FROM product_search WHERE {})",
        words.join(" AND ")
    );
    Some((filter, patterns))
}

fn pg_search_ids(conn: Conn<'_>, text: &str, limit: i64, offset: i64) -> Result<Vec<i64>> {
    match pg_filter(text, 3) {
        Some((filter, patterns)) => {
            let sql = format!(
                "SELECT p.id FROM products p WHERE {filter} ORDER BY p.sku LIMIT ?1 OFFSET ?2"
            );
            let mut params: Vec<&dyn Param> = vec![&limit, &offset];
            params.extend(patterns.iter().map(|p| p as &dyn Param));
            conn.query(&sql, &params, |r| r.get(0))
        }
        None => conn.query(ALL_BY_SKU_SQL, &[&limit, &offset], |r| r.get(0)),
    }
}

fn pg_search_count(conn: Conn<'_>, text: &str) -> Result<i64> {
    match pg_filter(text, 1) {
        Some((filter, patterns)) => {
            let sql = format!("SELECT count(*) FROM products p WHERE {filter}");
            let params: Vec<&dyn Param> = patterns.iter().map(|p| p as &dyn Param).collect();
            conn.query_row(&sql, &params, |r| r.get(0))
        }
        None => conn.query_row("SELECT count(*) FROM products", &[], |r| r.get(0)),
    }
}

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

    #[test]
    fn on_a_server_each_word_becomes_a_regular_expression_of_its_parts_issue19() {
        let (filter, patterns) = pg_filter("Bra  HW-0123", 3).unwrap();
        assert_eq!(
            patterns,
            ["(^|[^[:alnum:]])bra", "(^|[^[:alnum:]])hw[^[:alnum:]]+0123"]
        );
        // The typed words lose their accents as the searched text did (schema v9).
        assert!(
            filter.contains("~ unaccent(CAST(?3 AS TEXT)) AND"),
            "{filter}"
        );
        assert!(
            filter.ends_with("~ unaccent(CAST(?4 AS TEXT)))"),
            "{filter}"
        );
        assert_eq!(pg_filter(" -- * ", 1), None);
    }
}
