//! The Customers screen's list, a page at a time (issue 5): 50,000 customers on a large shop,
//! fifty on the screen. Paged in SQL along `customers_name`; the search is the same as
//! [`super::store::search`] (name, email, phone or address contains the text).

use super::model::Customer;
use crate::db::Conn;
use crate::paging::{self, Page};
use crate::Result;

pub use super::store::{COUNT_SQL, PAGE_SQL};

pub fn page<'a>(
    conn: impl Into<Conn<'a>>,
    search: &str,
    offset: i64,
    limit: i64,
) -> Result<Page<Customer>> {
    let conn = conn.into();
    paging::check(offset, limit)?;
    let like = Some(search.trim())
        .filter(|s| !s.is_empty())
        .map(|s| format!("%{}%", paging::like_escape(s)));
    let (total, ids) = super::store::page_ids(conn, like.as_deref(), offset, limit)?;
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
