//! The Customers screen's list, a page at a time (issue 5): 50,000 customers on a large shop,
//! fifty on the screen. Paged in SQL along `customers_name`; the search is the same as
//! [`super::store::search`] (name, email, phone or address contains the text).

use rusqlite::{params, Connection};

use super::model::Customer;
use crate::paging::{self, Page};
use crate::{Result, Stockroom};

pub const COUNT_SQL: &str = "SELECT count(*) FROM customers
    WHERE ?1 IS NULL OR name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\'
       OR phone LIKE ?1 ESCAPE '\\' OR address LIKE ?1 ESCAPE '\\'";

pub const PAGE_SQL: &str = "SELECT id FROM customers
    WHERE ?1 IS NULL OR name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\'
       OR phone LIKE ?1 ESCAPE '\\' OR address LIKE ?1 ESCAPE '\\'
    ORDER BY name COLLATE NOCASE, id LIMIT ?2 OFFSET ?3";

impl Stockroom {
    /// One page of the customers whose name, email, phone or address contains `search` (all
    /// when empty), by name, and how many match.
    pub fn customers_page(&self, search: &str, offset: i64, limit: i64) -> Result<Page<Customer>> {
        page(self.conn(), search, offset, limit)
    }
}

pub fn page(conn: &Connection, search: &str, offset: i64, limit: i64) -> Result<Page<Customer>> {
    paging::check(offset, limit)?;
    let like = Some(search.trim())
        .filter(|s| !s.is_empty())
        .map(|s| format!("%{}%", paging::like_escape(s)));
    let total: i64 = conn
        .prepare_cached(COUNT_SQL)?
        .query_row([&like], |r| r.get(0))?;
    let ids: Vec<i64> = conn
        .prepare_cached(PAGE_SQL)?
        .query_map(params![like, limit, offset], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let items = ids
        .into_iter()
        .map(|id| super::store::require(conn, id))
        .collect::<Result<_>>()?;
    Ok(Page {
        items,
        total,
        offset,
    })
}
