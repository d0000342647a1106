//! SQL of barcodes: a product's codes, who holds a code, and the document numbers a scan may be.

use rusqlite::{params, Connection, OptionalExtension};

use super::gtin::Gtin;
use crate::{Error, Result};

/// A product's codes as the shop gave them, in the order given.
pub fn codes_of(conn: &Connection, product_id: i64) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT code FROM product_barcodes WHERE product_id = ?1 ORDER BY position",
    )?;
    let v = st
        .query_map([product_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The product holding a code (by its GTIN-14 key): (product id, SKU, name).
pub fn holder(conn: &Connection, key: &str) -> Result<Option<(i64, String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT p.id, p.sku, p.name FROM product_barcodes b JOIN products p ON p.id = b.product_id
         WHERE b.gtin = ?1",
    )?;
    Ok(st
        .query_row([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

/// Makes `codes` the product's whole set of barcodes (empty: none). A code held by another
/// product is refused naming it; the caller's transaction then stores nothing.
pub fn replace_in_tx(conn: &Connection, product_id: i64, codes: &[Gtin]) -> Result<()> {
    for g in codes {
        if let Some((id, sku, name)) = holder(conn, &g.key)? {
            if id != product_id {
                return Err(Error::duplicate(crate::msg!(
                    "barcode-taken",
                    code = &g.code,
                    sku = sku,
                    name = name
                )));
            }
        }
    }
    conn.prepare_cached("DELETE FROM product_barcodes WHERE product_id = ?1")?
        .execute([product_id])?;
    let mut ins = conn.prepare_cached(
        "INSERT INTO product_barcodes (gtin, code, product_id, position) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, g) in codes.iter().enumerate() {
        ins.execute(params![g.key, g.code, product_id, i as i64 + 1])?;
    }
    Ok(())
}

/// The shipment with this number (as stored), if any. Numbers compare without case.
pub fn shipment_number(conn: &Connection, number: &str) -> Result<Option<(String, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.number, o.number FROM shipments s JOIN orders o ON o.id = s.order_id
             WHERE s.number = ?1",
        )?
        .query_row([number], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// The order with this number (as stored), if any.
pub fn order_number(conn: &Connection, number: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT number FROM orders WHERE number = ?1")?
        .query_row([number], |r| r.get(0))
        .optional()?)
}

/// The purchase order with this number (as stored), if any.
pub fn po_number(conn: &Connection, number: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT number FROM purchase_orders WHERE number = ?1")?
        .query_row([number], |r| r.get(0))
        .optional()?)
}
