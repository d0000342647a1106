//! The Backorders page: waiting lines a page at a time, filtered in SQL (issues 5 and 8).
//!
//! `stockroom backorders` keeps the whole list ([`super::rows`]); the window asks for
//! one page. On a large shop (20,000 waiting lines among a million order lines) the page must
//! cost what it shows, so it is built in three steps, none of which reads the order history:
//!
//! 1. the page's line ids: the waiting lines matching the filter (partial indexes over waiting
//!    lines only), sorted by SKU from the narrow `products_narrow` index, cut to the page
//!    (their number is the total);
//! 2. those lines' order, customer and product, by primary key, for the page's rows only;
//! 3. each row's queue position: its rank over the WHOLE queue of its SKU (filters never
//!    renumber a queue), counted in the SKU's range of the queue index.

use chrono::{Days, NaiveDate};
use rusqlite::types::Value;

use crate::db::conn::{Conn, Engine, Param};

use crate::backorders::model::{BackorderPage, BackorderQuery, BackorderRow};
use crate::{Error, Result};

pub fn page<'a>(
    conn: impl Into<Conn<'a>>,
    q: &BackorderQuery,
    offset: i64,
    limit: i64,
    today: NaiveDate,
) -> Result<BackorderPage> {
    let conn = conn.into();
    crate::paging::check(offset, limit)?;
    let (conds, args) = conditions_on(q, today, conn.engine())?;
    // One pass gives the order and the total: the matching lines are at most the waiting lines
    // (20,000 on the large shop), and sorting their ids costs less than counting them in a
    // second query that would repeat the filter's joins.
    let params: Vec<&dyn Param> = args.iter().map(|a| a as &dyn Param).collect();
    let matching: Vec<i64> =
        conn.query(&ids_sql_on(&conds, conn.engine()), &params, |r| r.get(0))?;
    let total = matching.len() as i64;
    let ids: Vec<i64> = matching
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .collect();
    let items = ids
        .into_iter()
        .map(|id| row(conn, id, today))
        .collect::<Result<_>>()?;
    Ok(BackorderPage {
        items,
        total,
        offset,
    })
}

/// The ids of the waiting lines matching `conds`, by SKU then queue order.
pub fn ids_sql(conds: &str) -> String {
    ids_sql_on(conds, Engine::Sqlite)
}

/// [`ids_sql`] in the dialect of `engine` (PostgreSQL has no INDEXED BY; its planner picks).
pub fn ids_sql_on(conds: &str, engine: Engine) -> String {
    if engine == Engine::Postgres {
        return format!(
            "SELECT ol.id FROM order_lines ol JOIN products p ON p.id = ol.product_id
             WHERE {conds}
             ORDER BY p.sku, {}",
            super::QUEUE_ORDER
        );
    }
    format!(
        "SELECT ol.id FROM order_lines ol JOIN products p INDEXED BY products_narrow ON p.id = ol.product_id
         WHERE {conds}
         ORDER BY p.sku, {}",
        super::QUEUE_ORDER
    )
}

/// The filter as SQL conditions on `ol` (a waiting line) and their parameters, numbered from 1.
/// Only the filters given become conditions, so each combination gets the plan that suits it
/// (the age filter a range of `order_lines_waiting`, "without a date" `order_lines_no_eta`).
pub fn conditions(q: &BackorderQuery, today: NaiveDate) -> Result<(String, Vec<Value>)> {
    conditions_on(q, today, Engine::Sqlite)
}

/// [`conditions`] in the dialect of `engine` (issue 19): PostgreSQL has no GLOB (a
/// case-sensitive LIKE prefix there), its ILIKE ignores case as SQLite's LIKE does, and
/// numbers compare by lower().
pub fn conditions_on(
    q: &BackorderQuery,
    today: NaiveDate,
    engine: Engine,
) -> Result<(String, Vec<Value>)> {
    let pg = engine == Engine::Postgres;
    let mut conds = vec!["ol.backordered > 0".to_string()];
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |v: Value| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(sku) = q.sku.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        // GLOB is case-sensitive and so can use the SKU's unique index as a range; the typed
        // text and its upper case cover "kt-09" finding KT-099297 (SKUs are usually upper case).
        if pg {
            let typed = arg(Value::Text(format!("{}%", like_escape(sku))));
            let upper = arg(Value::Text(format!(
                "{}%",
                like_escape(&sku.to_uppercase())
            )));
            conds.push(format!(
                "ol.product_id IN (SELECT id FROM products
                    WHERE sku LIKE {typed} ESCAPE '\\' OR sku LIKE {upper} ESCAPE '\\')"
            ));
        } else {
            let typed = arg(Value::Text(format!("{}*", glob_escape(sku))));
            let upper = arg(Value::Text(format!(
                "{}*",
                glob_escape(&sku.to_uppercase())
            )));
            conds.push(format!(
                "ol.product_id IN (SELECT id FROM products WHERE sku GLOB {typed} OR sku GLOB {upper})"
            ));
        }
    }
    if let Some(id) = q.customer_id {
        let id = arg(Value::Integer(id));
        conds.push(format!(
            "ol.order_id IN (SELECT id FROM orders WHERE customer_id = {id})"
        ));
    }
    if let Some(name) = q
        .customer
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        // Per waiting line one order lookup, against the set of matching customers built once:
        // bounded by the waiting lines, however many orders those customers have ever placed.
        let like = arg(Value::Text(format!("%{}%", like_escape(name))));
        let op = if pg { "ILIKE" } else { "LIKE" };
        conds.push(format!(
            "(SELECT customer_id FROM orders WHERE id = ol.order_id)
                IN (SELECT id FROM customers WHERE name {op} {like} ESCAPE '\\')"
        ));
    }
    if let Some(days) = q.min_age_days {
        if days < 0 {
            return Err(Error::invalid(crate::msg!("min-age-range", got = days)));
        }
        // Waiting at least `days` days: placed on or before today − days, i.e. before the
        // start of the day after.
        let before = today
            .checked_sub_days(Days::new(days as u64))
            .and_then(|d| d.succ_opt())
            .unwrap_or(NaiveDate::MIN);
        let before = arg(Value::Text(before.format("%Y-%m-%d").to_string()));
        conds.push(format!("ol.placed_at < {before}"));
    }
    if q.without_eta {
        conds.push("ol.eta IS NULL".into());
    }
    if let Some(number) = q.po.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        // The PO's few lines by its number (unique, case-insensitive) and `po_lines_po`; an
        // unknown number matches nothing, like an unknown customer id.
        let number = arg(Value::Text(number.to_string()));
        let po = if pg {
            format!("lower(number) = lower({number})")
        } else {
            format!("number = {number}")
        };
        conds.push(format!(
            "ol.product_id IN (SELECT product_id FROM po_lines
                WHERE received < ordered
                  AND po_id = (SELECT id FROM purchase_orders WHERE {po}))"
        ));
    }
    Ok((conds.join(" AND "), args))
}

fn glob_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '*' | '?' | '[' => {
                out.push('[');
                out.push(ch);
                out.push(']');
            }
            _ => out.push(ch),
        }
    }
    out
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// The details of one waiting line, by primary keys.
pub const ROW_SQL: &str = "SELECT o.number, c.name, c.id, p.sku, p.name, ol.backordered, ol.eta,
        ol.placed_at, o.priority, ol.product_id, ol.priority
     FROM order_lines ol
     JOIN orders o ON o.id = ol.order_id
     JOIN customers c ON c.id = o.customer_id
     JOIN products p ON p.id = ol.product_id
     WHERE ol.id = ?1";

/// How many waiting lines of a SKU come before a line in queue order (priority, time, id).
pub const AHEAD_SQL: &str = super::AHEAD_IN_QUEUE;

fn row(conn: Conn<'_>, id: i64, today: NaiveDate) -> Result<BackorderRow> {
    let (mut r, product_id, line_priority, placed_at) = conn.query_row(ROW_SQL, &[&id], |r| {
        let placed_at: String = r.get(7)?;
        let placed_on =
            NaiveDate::parse_from_str(placed_at.get(..10).unwrap_or(&placed_at), "%Y-%m-%d")
                .unwrap_or(today);
        Ok((
            BackorderRow {
                order: r.get(0)?,
                customer: r.get(1)?,
                customer_id: r.get(2)?,
                sku: r.get(3)?,
                product_name: r.get(4)?,
                backordered: r.get(5)?,
                eta: r.get(6)?,
                placed_on,
                priority: r.get(8)?,
                queue_position: 0,
                age_days: (today - placed_on).num_days(),
            },
            r.get::<i64>(9)?,
            r.get::<i64>(10)?,
            placed_at,
        ))
    })?;
    let ahead: i64 = conn.query_row(
        AHEAD_SQL,
        &[&product_id, &line_priority, &placed_at, &id],
        |r| r.get(0),
    )?;
    r.queue_position = ahead + 1;
    Ok(r)
}
