//! All the SQL of the documents: reads of settings, orders, lines, shipments and
//! notifications, and marking notifications printed.

use chrono::{NaiveDate, NaiveDateTime};

use super::model::*;
use crate::clock::{DATE_FORMAT, TIME_FORMAT};
use crate::db::conn::{Conn, Param};
use crate::pdf::Paper;
use crate::{Error, Result};

fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn date(s: &str) -> Result<NaiveDate> {
    let day = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(day, DATE_FORMAT)
        .map_err(|_| Error::other(format!("bad date in the database: {s}")))
}

fn opt_date(s: Option<String>) -> Result<Option<NaiveDate>> {
    s.filter(|s| !s.is_empty()).map(|s| date(&s)).transpose()
}

pub fn shop<'a>(conn: impl Into<Conn<'a>>) -> Result<Shop> {
    conn.into().query_row(
        "SELECT store_name, store_address, store_contact, currency, paper_size, locale FROM settings WHERE id = 1",
        &[],
        |r| {
            Ok(Shop {
                name: r.get(0)?,
                address: lines_of(&r.get::<String>(1)?),
                contact: lines_of(&r.get::<String>(2)?),
                currency: r.get(3)?,
                paper: Paper::from_setting(&r.get::<String>(4)?),
                locale: r.get(5)?,
                logo: None,
            })
        },
    )
}

/// The logo file named in settings; empty when the shop has none.
pub fn logo_path<'a>(conn: impl Into<Conn<'a>>) -> Result<String> {
    conn.into()
        .query_row("SELECT logo_path FROM settings WHERE id = 1", &[], |r| {
            r.get(0)
        })
}

/// An order's head: its id, reference, customer and incentive settings.
pub struct OrderHead {
    pub id: i64,
    pub order: OrderRef,
    pub customer: Customer,
    pub incentive_kind: String,
    pub incentive_amount: i64,
    pub incentive_note: String,
}

pub fn order_head<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<OrderHead> {
    let conn = conn.into();
    // By our number (whatever its case), then by the web shop's name of the order (issue 21:
    // `#1043`).
    let by_number = conn.sql("o.number = ?1", "lower(o.number) = lower(?1)");
    match order_head_where(conn, by_number, &number.trim())? {
        Some(h) => Ok(h),
        None => order_head_where(conn, "o.external_ref = ?1", &number.trim())?
            .ok_or_else(|| Error::not_found("order", number.trim())),
    }
}

pub fn order_head_by_id<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<OrderHead> {
    order_head_where(conn.into(), "o.id = ?1", &id)?.ok_or_else(|| Error::not_found("order", id))
}

fn order_head_where(conn: Conn<'_>, cond: &str, key: &dyn Param) -> Result<Option<OrderHead>> {
    let sql = format!(
        "SELECT o.id, o.number, o.placed_at, o.incentive_kind, o.incentive_amount, o.incentive_note,
                c.name, c.address, c.email, c.phone, c.language, o.external_ref
         FROM orders o JOIN customers c ON c.id = o.customer_id WHERE {cond}"
    );
    // Cached (by the handle, per statement text): a batch of slips or notices reads one head
    // per document.
    let row = conn.query_opt(&sql, &[key], |r| {
        Ok((
            r.get::<i64>(0)?,
            r.get::<String>(1)?,
            r.get::<String>(2)?,
            r.get::<String>(3)?,
            r.get::<i64>(4)?,
            r.get::<String>(5)?,
            Customer {
                name: r.get(6)?,
                address: lines_of(&r.get::<String>(7)?),
                email: r.get(8)?,
                phone: r.get(9)?,
                language: r.get(10)?,
            },
            r.get::<Option<String>>(11)?,
        ))
    })?;
    row.map(
        |(id, number, placed_at, kind, amount, note, customer, external_ref)| {
            Ok(OrderHead {
                id,
                order: OrderRef {
                    number,
                    placed_on: date(&placed_at)?,
                    external_ref,
                },
                customer,
                incentive_kind: kind,
                incentive_amount: amount,
                incentive_note: note,
            })
        },
    )
    .transpose()
}

/// One order line with its product and its unit counts.
#[derive(Debug, Clone)]
pub struct LineRow {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub description: String,
    pub unit_price: i64,
    pub ordered: i64,
    pub initially_backordered: i64,
    pub allocated: i64,
    pub shipped: i64,
    pub backordered: i64,
    pub cancelled: i64,
    pub incentive_units: i64,
    pub eta: Option<NaiveDate>,
}

pub fn order_lines<'a>(conn: impl Into<Conn<'a>>, order_id: i64) -> Result<Vec<LineRow>> {
    conn.into().query(
        "SELECT l.id, p.sku, p.name, p.description, l.unit_price, l.allocated, l.backordered,
                l.cancelled, l.incentive_units, l.eta, l.ordered, l.initially_backordered, l.shipped
         FROM order_lines l JOIN products p ON p.id = l.product_id
         WHERE l.order_id = ?1 ORDER BY l.line_no, l.id",
        &[&order_id],
        |r| {
            Ok(LineRow {
                id: r.get(0)?,
                sku: r.get(1)?,
                name: r.get(2)?,
                description: r.get(3)?,
                unit_price: r.get(4)?,
                allocated: r.get(5)?,
                backordered: r.get(6)?,
                cancelled: r.get(7)?,
                incentive_units: r.get(8)?,
                ordered: r.get(10)?,
                initially_backordered: r.get(11)?,
                shipped: r.get(12)?,
                eta: opt_date(r.get::<Option<String>>(9)?)?,
            })
        },
    )
}

pub struct ShipmentHead {
    pub id: i64,
    pub order_id: i64,
    pub number: String,
    pub shipped_on: NaiveDate,
    pub carrier: Option<String>,
    pub tracking: String,
}

pub fn shipment_head<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<ShipmentHead> {
    let conn = conn.into();
    // Cached: a batch of slips reads one head per slip. Shipment numbers ignore case
    // (COLLATE NOCASE on SQLite, lower() on PostgreSQL).
    conn.query_opt(
        conn.sql(
            "SELECT s.id, s.order_id, s.number, s.shipped_on, c.name, s.tracking
             FROM shipments s LEFT JOIN carriers c ON c.id = s.carrier_id WHERE s.number = ?1",
            "SELECT s.id, s.order_id, s.number, s.shipped_on, c.name, s.tracking
             FROM shipments s LEFT JOIN carriers c ON c.id = s.carrier_id
             WHERE lower(s.number) = lower(?1)",
        ),
        &[&number.trim()],
        |r| {
            Ok(ShipmentHead {
                id: r.get(0)?,
                order_id: r.get(1)?,
                number: r.get(2)?,
                shipped_on: date(&r.get::<String>(3)?)?,
                carrier: r.get(4)?,
                tracking: r.get(5)?,
            })
        },
    )?
    .ok_or_else(|| Error::not_found("shipment", number.trim()))
}

/// What left in a shipment: (order line id, item).
pub fn shipment_items<'a>(
    conn: impl Into<Conn<'a>>,
    shipment_id: i64,
) -> Result<Vec<(i64, ItemLine)>> {
    // Grouped by the line and its product (one product per line): PostgreSQL lists every
    // column it reads from a table whose key is not grouped.
    conn.into().query(
        "SELECT l.id, p.sku, p.name, p.description, CAST(SUM(sl.qty) AS BIGINT), l.unit_price
         FROM shipment_lines sl JOIN order_lines l ON l.id = sl.order_line_id
         JOIN products p ON p.id = l.product_id
         WHERE sl.shipment_id = ?1 GROUP BY l.id, p.id ORDER BY l.line_no, l.id",
        &[&shipment_id],
        |r| {
            Ok((
                r.get(0)?,
                ItemLine {
                    sku: r.get(1)?,
                    name: r.get(2)?,
                    description: r.get(3)?,
                    qty: r.get(4)?,
                    unit_price: r.get(5)?,
                },
            ))
        },
    )
}

/// Numbers of the shipments that left on `day`, in the order they were made.
pub fn shipments_on<'a>(conn: impl Into<Conn<'a>>, day: NaiveDate) -> Result<Vec<String>> {
    conn.into().query(
        "SELECT number FROM shipments WHERE shipped_on = ?1 ORDER BY id",
        &[&day.format(DATE_FORMAT).to_string()],
        |r| r.get(0),
    )
}

/// Orders with a pending backorder notice (a line went on backorder, or a promise moved) to
/// print, oldest due first.
pub fn orders_with_pending_notices<'a>(conn: impl Into<Conn<'a>>) -> Result<Vec<i64>> {
    conn.into().query(
        &format!(
            "SELECT order_id FROM notifications n
                 WHERE status = 'pending' AND kind IN ('backordered', 'promise_moved')
                   AND {}
                 GROUP BY order_id ORDER BY MIN(due_on), MIN(id)",
            // Customers who get it by e-mail only are not in the print queue (issue 16).
            crate::mail::store::ON_PAPER
        ),
        &[],
        |r| r.get(0),
    )
}

/// A pending notification of an order: its id and its detail JSON.
pub fn pending_notices<'a>(conn: impl Into<Conn<'a>>, order_id: i64) -> Result<Vec<(i64, String)>> {
    conn.into().query(
        "SELECT id, detail FROM notifications
         WHERE order_id = ?1 AND status = 'pending' AND kind IN ('backordered', 'promise_moved')
         ORDER BY id",
        &[&order_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// The pending `shipped` notifications of a shipment of order `order_id`. The order is asked
/// for so the search goes through the order's index: notifications has none on shipment_id,
/// and a batch of 1,000 slips would otherwise read the whole table once per slip.
pub fn pending_shipped_notices<'a>(
    conn: impl Into<Conn<'a>>,
    order_id: i64,
    shipment_id: i64,
) -> Result<Vec<i64>> {
    conn.into().query(
        "SELECT id FROM notifications
         WHERE order_id = ?1 AND shipment_id = ?2 AND kind = 'shipped' AND status = 'pending'
         ORDER BY id",
        &[&order_id, &shipment_id],
        |r| r.get(0),
    )
}

/// Marks pending notifications printed (ones already printed or sent are left as they are).
/// Returns how many changed. Runs inside the caller's transaction.
pub fn mark_printed_in_tx(
    tx: &crate::db::conn::Tx<'_>,
    ids: &[i64],
    now: NaiveDateTime,
) -> Result<usize> {
    let now = now.format(TIME_FORMAT).to_string();
    let mut n = 0;
    for id in ids {
        n += tx.execute(
            "UPDATE notifications SET status = 'printed', printed_at = ?2 WHERE id = ?1 AND status = 'pending'",
            &[id, &now],
        )?;
    }
    Ok(n)
}
