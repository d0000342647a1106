//! The products behind the Dashboard's stock figures, a page at a time: "low stock" (available
//! but at or below the reorder point) and "nothing available" (rule 8's `backorder` and
//! `out_of_stock`). Available = on hand − Σ allocated, so the query reads the narrow product
//! index and the allocated lines' index, never the wide product rows or the order history.

use chrono::NaiveDate;
use serde::Deserialize;

use super::model::ProductView;
use super::store;
use crate::db::conn::Conn;
use crate::paging::Page;
use crate::Result;

/// Which shortage a page lists; the same definitions as the Dashboard's counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shortage {
    /// 0 < available ≤ reorder point.
    LowStock,
    /// available ≤ 0.
    NothingAvailable,
}

impl Shortage {
    /// The shortage as the Dashboard's links name it: `low_stock`, or `out` (nothing
    /// available); any other word is refused.
    pub fn parse(word: &str) -> Result<Shortage> {
        match word.trim() {
            "low_stock" => Ok(Shortage::LowStock),
            "out" => Ok(Shortage::NothingAvailable),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-product-filter",
                word = other
            ))),
        }
    }
}

/// The Products list a page at a time, as every list pages (the one [`Page`] type and
/// [`crate::paging::check`]): all products matching `search`, or only those short in the
/// given way. Bad paging is refused, not clamped.
pub fn product_list_page(
    conn: Conn<'_>,
    search: &str,
    shortage: Option<Shortage>,
    offset: i64,
    limit: i64,
    today: NaiveDate,
) -> Result<Page<ProductView>> {
    crate::paging::check(offset, limit)?;
    let (at, n) = (offset as usize, limit as usize);
    let (items, total) = match shortage {
        Some(kind) => products_short_page(conn, kind, search, at, n, today)?,
        None => super::products_page(conn, search, at, n, today)?,
    };
    Ok(Page {
        items,
        total: total as i64,
        offset,
    })
}

/// One page of the products short in the given way, by SKU, with the total. A search
/// narrows them to the products it matches (through the FTS5 index first).
pub fn products_short_page(
    conn: Conn<'_>,
    shortage: Shortage,
    search: &str,
    offset: usize,
    limit: usize,
    today: NaiveDate,
) -> Result<(Vec<ProductView>, usize)> {
    // The products' figures are read together (`store::views`), a few statements per page.
    let views = |ids: &[i64]| store::views(conn, store::by_ids(conn, ids)?, today);
    if !search.trim().is_empty() {
        // A search already narrows the catalogue to its matches: their figures decide.
        let n = crate::search::catalog_search_count(conn, search)?;
        let mut matches = views(&crate::search::catalog_search_ids(conn, search, n, 0)?)?;
        matches.retain(|p| is_short(shortage, p));
        matches.sort_by(|a, b| a.sku.cmp(&b.sku));
        let total = matches.len();
        let page = matches.into_iter().skip(offset).take(limit).collect();
        return Ok((page, total));
    }
    let (ids, total) =
        store::shortage_page_ids(conn, shortage == Shortage::LowStock, offset, limit)?;
    Ok((views(&ids)?, total))
}

fn is_short(shortage: Shortage, p: &ProductView) -> bool {
    use super::model::AvailabilityStatus as S;
    match shortage {
        Shortage::LowStock => p.status == S::LowStock,
        Shortage::NothingAvailable => matches!(p.status, S::Backorder | S::OutOfStock),
    }
}
