//! SQL of barcodes: a product's codes, who holds a code, and the document numbers a scan may be.
//! On both engines (issue 19): document numbers compare without case (SQLite's COLLATE NOCASE
//! columns; lower(number) on PostgreSQL, whose unique indexes are on lower(number)).

use super::gtin::Gtin;
use crate::db::conn::Conn;
use crate::{Error, Result};

/// A product's codes as the shop gave them, in the order given.
pub fn codes_of<'a>(conn: impl Into<Conn<'a>>, product_id: i64) -> Result<Vec<String>> {
    conn.into().query(
        "SELECT code FROM product_barcodes WHERE product_id = ?1 ORDER BY position",
        &[&product_id],
        |r| r.get(0),
    )
}

/// The codes of the products of an id list (`db::ids::id_list`), each product's in the
/// order given: a page of products reads them in one statement.
pub fn codes_of_list<'a>(
    conn: impl Into<Conn<'a>>,
    ids: &str,
) -> Result<std::collections::HashMap<i64, Vec<String>>> {
    let conn = conn.into();
    let rows: Vec<(i64, String)> = conn.query(
        conn.sql(CODES_OF_LIST_SQL, PG_CODES_OF_LIST_SQL),
        &[&ids],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut out: std::collections::HashMap<i64, Vec<String>> = std::collections::HashMap::new();
    for (id, code) in rows {
        out.entry(id).or_default().push(code);
    }
    Ok(out)
}

/// See [`codes_of_list`]: through `product_barcodes_by_product`.
pub const CODES_OF_LIST_SQL: &str = concat!(
    "SELECT product_id, code FROM product_barcodes WHERE product_id IN ",
    crate::db::ids::ids_sql!(sqlite),
    " ORDER BY product_id, position"
);
const PG_CODES_OF_LIST_SQL: &str = concat!(
    "SELECT product_id, code FROM product_barcodes WHERE product_id IN ",
    crate::db::ids::ids_sql!(postgres),
    " ORDER BY product_id, position"
);

/// The product holding a code (by its GTIN-14 key): (product id, SKU, name).
pub fn holder<'a>(conn: impl Into<Conn<'a>>, key: &str) -> Result<Option<(i64, String, String)>> {
    conn.into().query_opt(
        "SELECT p.id, p.sku, p.name FROM product_barcodes b JOIN products p ON p.id = b.product_id
         WHERE b.gtin = ?1",
        &[&key],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// Makes `codes` the product's whole set of barcodes (empty: none). A code held by another
/// product is refused naming it; the caller's transaction then stores nothing.
pub fn replace_in_tx<'a>(conn: impl Into<Conn<'a>>, product_id: i64, codes: &[Gtin]) -> Result<()> {
    let conn = conn.into();
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
    conn.execute(
        "DELETE FROM product_barcodes WHERE product_id = ?1",
        &[&product_id],
    )?;
    for (i, g) in codes.iter().enumerate() {
        conn.execute(
            "INSERT INTO product_barcodes (gtin, code, product_id, position) VALUES (?1, ?2, ?3, ?4)",
            &[&g.key, &g.code, &product_id, &(i as i64 + 1)],
        )?;
    }
    Ok(())
}

/// The shipment with this number (as stored), if any. Numbers compare without case.
pub fn shipment_number<'a>(
    conn: impl Into<Conn<'a>>,
    number: &str,
) -> Result<Option<(String, String)>> {
    let conn = conn.into();
    let sql = conn.sql(
        "SELECT s.number, o.number FROM shipments s JOIN orders o ON o.id = s.order_id
         WHERE s.number = ?1",
        "SELECT s.number, o.number FROM shipments s JOIN orders o ON o.id = s.order_id
         WHERE lower(s.number) = lower(?1)",
    );
    conn.query_opt(sql, &[&number], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// The order with this number (as stored), if any.
pub fn order_number<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<Option<String>> {
    let conn = conn.into();
    let sql = conn.sql(
        "SELECT number FROM orders WHERE number = ?1",
        "SELECT number FROM orders WHERE lower(number) = lower(?1)",
    );
    conn.query_opt(sql, &[&number], |r| r.get(0))
}

/// The purchase order with this number (as stored), if any.
pub fn po_number<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<Option<String>> {
    let conn = conn.into();
    let sql = conn.sql(
        "SELECT number FROM purchase_orders WHERE number = ?1",
        "SELECT number FROM purchase_orders WHERE lower(number) = lower(?1)",
    );
    conn.query_opt(sql, &[&number], |r| r.get(0))
}
