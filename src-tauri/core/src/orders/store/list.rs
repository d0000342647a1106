//! The Orders screen's list, a page at a time, filtered in SQL (issue 5).
//!
//! A large shop has ~450,000 orders; the screen shows fifty. `Stockroom::orders` (the CLI's
//! list) derives each order's status from its lines in Rust, which means reading every order.
//! Here the status is a set condition on indexes instead, using what the per-line identity
//! `ordered = allocated + shipped + backordered + cancelled` implies for
//! [`crate::orders::rules::status`]:
//!
//! - an order with a line holding or waiting for units (`order_lines_open`) has something
//!   unshipped, so it is `partially_shipped` when any line shipped (`order_lines_shipped`),
//!   else `backordered` when any line waits, else `open`;
//! - any other order has nothing unshipped: `cancelled` when every unit was cancelled
//!   (candidates from `order_lines_cancelled`), else `shipped`.
//!
//! Only the page's orders are then loaded with their lines, totals and status.

use rusqlite::types::Value;

use crate::db::conn::{Conn, Engine, Param};
use serde::{Deserialize, Serialize};

use crate::orders::model::{OrderStatus, OrderSummary};
use crate::orders::rules;
use crate::Result;

/// What the Orders screen filters on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrderQuery {
    pub customer_id: Option<i64>,
    pub status: Option<OrderStatus>,
    /// Only orders with allocated units: what `ship` would send now (the Dashboard's "ready").
    pub ready_only: bool,
    /// Part of the customer's name, or the start of the order number ("SO-10" or just "10").
    pub search: Option<String>,
}

/// The Orders screen's filter as the window sends it: `status` is an order status or `ready`
/// (orders with units to ship now); none or empty is every order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct OrderFilter {
    pub search: Option<String>,
    pub status: Option<String>,
    pub customer_id: Option<i64>,
}

impl OrderFilter {
    /// The query it asks for; an unknown status is refused.
    pub fn query(self) -> Result<OrderQuery> {
        let word = self.status.as_deref().map(str::trim).unwrap_or("");
        let (status, ready_only) = match word {
            "" => (None, false),
            "ready" => (None, true),
            other => (Some(OrderStatus::parse(other)?), false),
        };
        Ok(OrderQuery {
            customer_id: self.customer_id,
            status,
            ready_only,
            search: self.search,
        })
    }
}

/// One page of orders, newest first, and how many orders match in all: the one page type.
pub type OrderPage = crate::paging::Page<OrderSummary>;

/// Orders with a line holding or waiting for units: the ones with something unshipped.
const OPEN_SET: &str = "SELECT order_id FROM order_lines WHERE allocated > 0 OR backordered > 0";
const WAITING_SET: &str = "SELECT order_id FROM order_lines WHERE backordered > 0";
const READY_SET: &str = "SELECT order_id FROM order_lines WHERE allocated > 0";
/// Orders every unit of which was cancelled: those whose fully cancelled lines
/// (`order_lines_cancelled`) are all their lines (`order_lines_order`), counted in the indexes.
pub const CANCELLED_SET: &str = "SELECT fc.order_id FROM
    (SELECT order_id, count(*) AS n FROM order_lines WHERE cancelled = ordered GROUP BY order_id) fc
    WHERE fc.n = (SELECT count(*) FROM order_lines x WHERE x.order_id = fc.order_id)";
const ANY_SHIPPED: &str =
    "EXISTS (SELECT 1 FROM order_lines s WHERE s.order_id = o.id AND s.shipped > 0)";

pub fn page<'a>(
    conn: impl Into<Conn<'a>>,
    q: &OrderQuery,
    offset: i64,
    limit: i64,
) -> Result<OrderPage> {
    let conn = conn.into();
    crate::paging::check(offset, limit)?;
    let (conds, mut args) = conditions_on(q, conn.engine());
    let bounded = q.ready_only
        || matches!(
            q.status,
            Some(OrderStatus::Open | OrderStatus::Backordered)
                | Some(OrderStatus::PartiallyShipped | OrderStatus::Cancelled)
        );
    let (ids, total): (Vec<(i64, String)>, i64) = if bounded {
        // These statuses are small sets (orders with something unshipped, or cancelled): one
        // pass sorts them all and gives the total, instead of a count repeating the set tests.
        let all: Vec<(i64, String)> = conn.query(
            &format!(
                "SELECT o.id, o.number FROM orders o WHERE {conds}
                 ORDER BY o.placed_at DESC, o.id DESC"
            ),
            &params(&args),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let total = all.len() as i64;
        let page = all
            .into_iter()
            .skip(offset as usize)
            .take(limit as usize)
            .collect();
        (page, total)
    } else {
        let total = total(conn, q, &conds, &args)?;
        args.push(Value::Integer(limit));
        args.push(Value::Integer(offset));
        let ids = conn.query(&page_sql(&conds, args.len()), &params(&args), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        (ids, total)
    };
    let items = ids
        .into_iter()
        .map(|(id, number)| summary(conn, id, &number))
        .collect::<Result<_>>()?;
    Ok(OrderPage {
        items,
        total,
        offset,
    })
}

/// The page's order ids in page order. `?{n-1}` is the limit, `?{n}` the offset.
pub fn page_sql(conds: &str, n: usize) -> String {
    format!(
        "SELECT o.id, o.number FROM orders o WHERE {conds}
         ORDER BY o.placed_at DESC, o.id DESC LIMIT ?{} OFFSET ?{n}",
        n - 1
    )
}

/// The parameters as the query handle binds them.
fn params(args: &[Value]) -> Vec<&dyn Param> {
    args.iter().map(|a| a as &dyn Param).collect()
}

/// The filter as conditions on `o` and their parameters, numbered from 1 (SQLite's).
pub fn conditions(q: &OrderQuery) -> (String, Vec<Value>) {
    conditions_on(q, Engine::Sqlite)
}

/// [`conditions`] in the dialect of `engine` (issue 19): on PostgreSQL the name and number
/// tests ignore case with ILIKE and lower() (SQLite's LIKE and NOCASE do it there).
pub fn conditions_on(q: &OrderQuery, engine: Engine) -> (String, Vec<Value>) {
    let mut conds: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |v: Value| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(id) = q.customer_id {
        conds.push(format!("o.customer_id = {}", arg(Value::Integer(id))));
    }
    if let Some(text) = q.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        // Three index ranges, united by SQLite's OR optimisation: the matching customers' orders
        // (customers_name, then orders_customer) and the numbers starting with the text, typed
        // with or without the SO- prefix. A number prefix is written as a range of the number's
        // NOCASE unique index: SQLite turns `LIKE 'x%'` into that range only when it sees the
        // pattern while planning, and the planner stability guarantee (db::configure) plans a
        // statement once for every bound value, so a bound LIKE alone scanned all 450,000
        // orders of the large shop (70–160 ms; the range: see benches/screens.rs).
        let name = arg(Value::Text(format!("%{}%", like_escape(text))));
        let mut prefix = |p: String| match engine {
            Engine::Sqlite => {
                let from = arg(Value::Text(p.clone()));
                let to = arg(Value::Text(format!("{p}{PAST_ANY_CHAR}")));
                format!("(o.number >= {from} AND o.number < {to})")
            }
            Engine::Postgres => {
                let starts = arg(Value::Text(format!("{}%", like_escape(&p))));
                format!("(lower(o.number) LIKE lower({starts}) ESCAPE '\\')")
            }
        };
        let number = prefix(text.to_string());
        let bare = prefix(format!("SO-{text}"));
        // Issue 21: the web shop's name of the order, exactly (`#1043`; its unique index).
        let web = arg(Value::Text(text.to_string()));
        let like = match engine {
            Engine::Sqlite => "LIKE",
            Engine::Postgres => "ILIKE",
        };
        conds.push(format!(
            "(o.customer_id IN (SELECT id FROM customers WHERE name {like} {name} ESCAPE '\\')
              OR {number} OR {bare} OR o.external_ref = {web})"
        ));
    }
    if q.ready_only {
        conds.push(format!("o.id IN ({READY_SET})"));
    }
    match q.status {
        None => {}
        Some(OrderStatus::Open) => conds.push(format!(
            "o.id IN ({OPEN_SET}) AND o.id NOT IN ({WAITING_SET}) AND NOT {ANY_SHIPPED}"
        )),
        Some(OrderStatus::Backordered) => {
            conds.push(format!("o.id IN ({WAITING_SET}) AND NOT {ANY_SHIPPED}"))
        }
        Some(OrderStatus::PartiallyShipped) => {
            conds.push(format!("o.id IN ({OPEN_SET}) AND {ANY_SHIPPED}"))
        }
        Some(OrderStatus::Cancelled) => conds.push(format!("o.id IN ({CANCELLED_SET})")),
        Some(OrderStatus::Shipped) => conds.push(format!(
            "o.id NOT IN ({OPEN_SET}) AND o.id NOT IN ({CANCELLED_SET})"
        )),
    }
    if conds.is_empty() {
        conds.push("1 = 1".into()); // a boolean on both engines
    }
    (conds.join(" AND "), args)
}

/// How many orders match. Shipped orders are nearly the whole history, so without another
/// filter they are counted as what they are: every order, less the open and the cancelled
/// ones (two small sets), instead of testing 450,000 orders.
fn total(conn: Conn<'_>, q: &OrderQuery, conds: &str, args: &[Value]) -> Result<i64> {
    let one = |sql: &str| -> Result<i64> { conn.query_row(sql, &params(args), |r| r.get(0)) };
    let unfiltered = q.customer_id.is_none()
        && q.search.as_deref().is_none_or(|s| s.trim().is_empty())
        && !q.ready_only;
    if unfiltered && q.status == Some(OrderStatus::Shipped) {
        return one(&format!(
            "SELECT (SELECT count(*) FROM orders)
                  - (SELECT count(DISTINCT order_id) FROM order_lines
                     WHERE allocated > 0 OR backordered > 0)
                  - (SELECT count(*) FROM ({CANCELLED_SET}) AS cancelled)"
        ));
    }
    one(&format!("SELECT count(*) FROM orders o WHERE {conds}"))
}

/// Sorts after every character a number can continue with (U+10FFFF, the last code point:
/// its UTF-8 bytes are the highest a valid string can have), so `p <= n < p + this` is
/// "n starts with p" under NOCASE, which folds ASCII letters as LIKE does.
const PAST_ANY_CHAR: char = '\u{10FFFF}';

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// One row of the list, from the order's lines (the same figures as `Stockroom::orders`).
fn summary(conn: Conn<'_>, id: i64, number: &str) -> Result<OrderSummary> {
    let o = super::require(conn, number)?;
    let rows = super::lines(conn, id)?;
    let units: Vec<rules::Units> = rows.iter().map(|l| l.units).collect();
    let (_, _, total) = rules::totals(&o.incentive, &super::priced(&rows));
    Ok(OrderSummary {
        placed_on: crate::json::parse_time(&o.placed_at)
            .map(|t| t.date())
            .unwrap_or_default(),
        number: o.number,
        customer: o.customer,
        customer_id: o.customer_id,
        priority: o.priority,
        status: rules::status(&units),
        total,
        lines: rows.len() as i64,
        backordered: units.iter().map(|u| u.backordered).sum(),
        ready_to_ship: units.iter().map(|u| u.allocated).sum(),
    })
}
