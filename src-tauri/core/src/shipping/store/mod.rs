pub mod list;

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::model::{Shipment, ShipmentFilter, ShipmentLine};
use crate::Result;

pub fn insert_in_tx(
    conn: &Connection,
    number: &str,
    order_id: i64,
    carrier_id: Option<i64>,
    tracking: &str,
    on: NaiveDate,
    created_at: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO shipments (number, order_id, carrier_id, tracking, shipped_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![number, order_id, carrier_id, tracking, on, created_at],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Moves a line's allocated units to shipped and records them in the parcel.
pub fn ship_line_in_tx(conn: &Connection, shipment_id: i64, line_id: i64, qty: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE order_lines SET allocated = allocated - ?2, shipped = shipped + ?2,
            eta = CASE WHEN backordered > 0 THEN eta ELSE NULL END WHERE id = ?1",
    )?
    .execute(params![line_id, qty])?;
    conn.prepare_cached(
        "INSERT INTO shipment_lines (shipment_id, order_line_id, qty) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![shipment_id, line_id, qty])?;
    Ok(())
}

const SELECT: &str = "SELECT s.id, s.number, o.number, c.name, k.name, s.tracking, s.shipped_on,
        c.id
    FROM shipments s JOIN orders o ON o.id = s.order_id JOIN customers c ON c.id = o.customer_id
    LEFT JOIN carriers k ON k.id = s.carrier_id";

fn with_lines(conn: &Connection, mut v: Vec<Shipment>) -> Result<Vec<Shipment>> {
    let mut st = conn.prepare_cached(
        "SELECT p.sku, sl.qty FROM shipment_lines sl JOIN order_lines ol ON ol.id = sl.order_line_id
         JOIN products p ON p.id = ol.product_id WHERE sl.shipment_id = ?1 ORDER BY ol.line_no",
    )?;
    for s in &mut v {
        s.lines = st
            .query_map([s.id], |r| {
                Ok(ShipmentLine {
                    sku: r.get(0)?,
                    qty: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(v)
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<Shipment> {
    Ok(Shipment {
        id: r.get(0)?,
        shipment: r.get(1)?,
        order: r.get(2)?,
        customer: r.get(3)?,
        carrier: r.get(4)?,
        tracking: r
            .get::<_, String>(5)
            .map(|t| Some(t).filter(|t| !t.is_empty()))?,
        shipped_on: r.get(6)?,
        customer_id: r.get(7)?,
        lines: Vec::new(),
    })
}

pub fn for_order(conn: &Connection, order_id: i64) -> Result<Vec<Shipment>> {
    let mut st = conn.prepare_cached(&format!("{SELECT} WHERE s.order_id = ?1 ORDER BY s.id"))?;
    let v = st
        .query_map([order_id], row)?
        .collect::<rusqlite::Result<_>>()?;
    with_lines(conn, v)
}

pub fn by_id(conn: &Connection, id: i64) -> Result<Shipment> {
    let v = conn.query_row(&format!("{SELECT} WHERE s.id = ?1"), [id], row)?;
    Ok(with_lines(conn, vec![v])?.remove(0))
}

/// Shipments, newest first.
pub fn list(conn: &Connection, f: &ShipmentFilter) -> Result<Vec<Shipment>> {
    let mut st = conn.prepare_cached(&format!(
        "{SELECT} WHERE (?1 IS NULL OR o.number = ?1) AND (?2 IS NULL OR s.shipped_on >= ?2)
           AND (?3 IS NULL OR s.shipped_on <= ?3)
         ORDER BY s.shipped_on DESC, s.id DESC"
    ))?;
    let v = st
        .query_map(
            params![f.order.as_deref().map(str::trim), f.since, f.until],
            row,
        )?
        .collect::<rusqlite::Result<_>>()?;
    with_lines(conn, v)
}
