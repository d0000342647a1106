pub mod list;

use chrono::NaiveDate;

use super::model::{Shipment, ShipmentFilter, ShipmentLine};
use crate::db::conn::{Conn, Row};
use crate::Result;

pub fn insert_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    number: &str,
    order_id: i64,
    carrier_id: Option<i64>,
    tracking: &str,
    on: NaiveDate,
    created_at: &str,
) -> Result<i64> {
    conn.into().insert_id(
        "INSERT INTO shipments (number, order_id, carrier_id, tracking, shipped_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        &[&number, &order_id, &carrier_id, &tracking, &on, &created_at],
    )
}

/// Moves a line's allocated units to shipped and records them in the parcel.
pub fn ship_line_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    shipment_id: i64,
    line_id: i64,
    qty: i64,
) -> Result<()> {
    let conn = conn.into();
    conn.execute(
        "UPDATE order_lines SET allocated = allocated - ?2, shipped = shipped + ?2,
            eta = CASE WHEN backordered > 0 THEN eta ELSE NULL END WHERE id = ?1",
        &[&line_id, &qty],
    )?;
    crate::stock::store::hold_for_line_in_tx(conn, line_id, -qty)?;
    conn.execute(
        "INSERT INTO shipment_lines (shipment_id, order_line_id, qty) VALUES (?1, ?2, ?3)",
        &[&shipment_id, &line_id, &qty],
    )?;
    Ok(())
}

/// A shipment's columns, from shipments `s`, its order, customer and carrier, then `$rest`.
macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT s.id, s.number, o.number, c.name, k.name, s.tracking, s.shipped_on, c.id
             FROM shipments s JOIN orders o ON o.id = s.order_id
             JOIN customers c ON c.id = o.customer_id
             LEFT JOIN carriers k ON k.id = s.carrier_id ",
            $rest
        )
    };
}

fn with_lines(conn: Conn<'_>, mut v: Vec<Shipment>) -> Result<Vec<Shipment>> {
    for s in &mut v {
        s.lines = conn.query(
            "SELECT p.sku, sl.qty FROM shipment_lines sl JOIN order_lines ol ON ol.id = sl.order_line_id
             JOIN products p ON p.id = ol.product_id WHERE sl.shipment_id = ?1 ORDER BY ol.line_no",
            &[&s.id],
            |r| {
                Ok(ShipmentLine {
                    sku: r.get(0)?,
                    qty: r.get(1)?,
                })
            },
        )?;
    }
    Ok(v)
}

fn row(r: &Row) -> Result<Shipment> {
    Ok(Shipment {
        id: r.get(0)?,
        shipment: r.get(1)?,
        order: r.get(2)?,
        customer: r.get(3)?,
        carrier: r.get(4)?,
        tracking: Some(r.get::<String>(5)?).filter(|t| !t.is_empty()),
        shipped_on: r.get(6)?,
        customer_id: r.get(7)?,
        lines: Vec::new(),
    })
}

pub fn for_order<'a>(conn: impl Into<Conn<'a>>, order_id: i64) -> Result<Vec<Shipment>> {
    let conn = conn.into();
    let v = conn.query(
        select!("WHERE s.order_id = ?1 ORDER BY s.id"),
        &[&order_id],
        row,
    )?;
    with_lines(conn, v)
}

pub fn by_id<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<Shipment> {
    let conn = conn.into();
    let v = conn.query_row(select!("WHERE s.id = ?1"), &[&id], row)?;
    Ok(with_lines(conn, vec![v])?.remove(0))
}

/// Shipments, newest first.
pub fn list<'a>(conn: impl Into<Conn<'a>>, f: &ShipmentFilter) -> Result<Vec<Shipment>> {
    let conn = conn.into();
    // Order numbers ignore case; a parameter only tested for NULL needs a type on PostgreSQL.
    let v = conn.query(
        conn.sql(
            select!(
                "WHERE (?1 IS NULL OR o.number = ?1) AND (?2 IS NULL OR s.shipped_on >= ?2)
                   AND (?3 IS NULL OR s.shipped_on <= ?3)
                 ORDER BY s.shipped_on DESC, s.id DESC"
            ),
            select!(
                "WHERE (CAST(?1 AS TEXT) IS NULL OR lower(o.number) = lower(?1))
                   AND (CAST(?2 AS TEXT) IS NULL OR s.shipped_on >= ?2)
                   AND (CAST(?3 AS TEXT) IS NULL OR s.shipped_on <= ?3)
                 ORDER BY s.shipped_on DESC, s.id DESC"
            ),
        ),
        &[&f.order.as_deref().map(str::trim), &f.since, &f.until],
        row,
    )?;
    with_lines(conn, v)
}
