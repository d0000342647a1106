//! The Purchasing screen's list, a page at a time (issue 5). `Stockroom::pos` (the CLI's list)
//! loads every PO with its lines to learn its status; here "open" and "overdue" are conditions
//! on `po_lines_open_po` (the POs still expecting something, schema v4), the search is SQL, and
//! only the page's POs are loaded with their lines.

use chrono::NaiveDate;
use rusqlite::types::Value;

use crate::db::conn::{Conn, Engine, Param};
use serde::{Deserialize, Serialize};

use crate::paging::{self, Page};
use crate::purchasing::model::Po;
use crate::Result;

/// What the Purchasing screen filters on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PoQuery {
    /// Not cancelled and not fully received.
    pub open_only: bool,
    /// Open and expected before today.
    pub overdue_only: bool,
    /// Part of the PO number, the supplier's name or a SKU on it (case-insensitive).
    pub search: Option<String>,
}

/// A PO still expecting something: not cancelled, with a line not fully received.
const OPEN: &str = super::OPEN_PO_SQL;

/// The filter as conditions on `po` and their parameters, numbered from 1 (SQLite's).
pub fn conditions(q: &PoQuery, today: NaiveDate) -> (String, Vec<Value>) {
    conditions_on(q, today, Engine::Sqlite)
}

/// [`conditions`] in the dialect of `engine` (issue 19): PostgreSQL's ILIKE ignores case as
/// SQLite's LIKE does, and it has no INDEXED BY.
pub fn conditions_on(q: &PoQuery, today: NaiveDate, engine: Engine) -> (String, Vec<Value>) {
    let mut conds = vec!["1 = 1".to_string()]; // a boolean on both engines
    let mut args: Vec<Value> = Vec::new();
    if q.open_only || q.overdue_only {
        conds.push(OPEN.into());
    }
    if q.overdue_only {
        args.push(Value::Text(today.format("%Y-%m-%d").to_string()));
        conds.push(format!("po.expected_on < ?{}", args.len()));
    }
    if let Some(text) = q.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        args.push(Value::Text(format!("%{}%", paging::like_escape(text))));
        let n = args.len();
        conds.push(match engine {
            Engine::Sqlite => format!(
                "(po.number LIKE ?{n} ESCAPE '\\'
              OR po.supplier_id IN (SELECT id FROM suppliers WHERE name LIKE ?{n} ESCAPE '\\')
              OR po.id IN (SELECT pl.po_id FROM po_lines pl JOIN products p INDEXED BY products_narrow ON p.id = pl.product_id
                           WHERE p.sku LIKE ?{n} ESCAPE '\\'))"
            ),
            Engine::Postgres => format!(
                "(po.number ILIKE ?{n} ESCAPE '\\'
              OR po.supplier_id IN (SELECT id FROM suppliers WHERE name ILIKE ?{n} ESCAPE '\\')
              OR po.id IN (SELECT pl.po_id FROM po_lines pl JOIN products p ON p.id = pl.product_id
                           WHERE p.sku ILIKE ?{n} ESCAPE '\\'))"
            ),
        });
    }
    (conds.join(" AND "), args)
}

/// The page's POs in page order. `?{n-1}` is the limit, `?{n}` the offset.
pub fn page_sql(conds: &str, n: usize) -> String {
    format!(
        "SELECT po.number FROM purchase_orders po WHERE {conds}
         ORDER BY po.expected_on, po.id LIMIT ?{} OFFSET ?{n}",
        n - 1
    )
}

pub fn page<'a>(
    conn: impl Into<Conn<'a>>,
    q: &PoQuery,
    offset: i64,
    limit: i64,
    today: NaiveDate,
) -> Result<Page<Po>> {
    let conn = conn.into();
    paging::check(offset, limit)?;
    let (conds, mut args) = conditions_on(q, today, conn.engine());
    let params: Vec<&dyn Param> = args.iter().map(|a| a as &dyn Param).collect();
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM purchase_orders po WHERE {conds}"),
        &params,
        |r| r.get(0),
    )?;
    args.push(Value::Integer(limit));
    args.push(Value::Integer(offset));
    let params: Vec<&dyn Param> = args.iter().map(|a| a as &dyn Param).collect();
    let numbers: Vec<String> = conn.query(&page_sql(&conds, args.len()), &params, |r| r.get(0))?;
    let items = numbers
        .iter()
        .map(|n| super::load(conn, super::require(conn, n)?, today))
        .collect::<Result<_>>()?;
    Ok(Page {
        items,
        total,
        offset,
    })
}
