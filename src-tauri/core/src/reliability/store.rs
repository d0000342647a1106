//! SQL of the supplier history (issue 20): deliveries read from the POs and the receipts in the
//! stock ledger (a receipt's reference is its PO number, kind 10 = received).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::rules::Delivery;
use crate::db::conn::Conn;
use crate::Result;

// On both engines (issue 19): sums CAST to BIGINT; dates are ISO text on both.

/// (promises kept %, history days) from the settings.
pub fn settings<'a>(conn: impl Into<Conn<'a>>) -> Result<(i64, i64)> {
    conn.into().query_row(
        "SELECT promises_kept_pct, promise_history_days FROM settings WHERE id = 1",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// The deliveries of a supplier as they stood at the end of yesterday: POs made and first
/// expected between `since` and yesterday, their receipts up to yesterday; one per PO and
/// product, days late counted from the PO's first expected date.
///
/// Why yesterday: a supplier's record is shared by all its SKUs, while a use case settles only
/// the SKUs it touches. A record frozen for the day cannot change under the other SKUs'
/// promises (a receipt, a cancellation or a new PO today would otherwise make them stale); the
/// daily recompute brings every promise to the new record. For the same reason what is still
/// outstanding counts for nothing (whether a PO is cancelled is known only as of now): an overdue
/// PO's own lines are promised from the deliveries that were as late (see `promise_inputs`).
pub fn deliveries<'a>(
    conn: impl Into<Conn<'a>>,
    supplier_id: i64,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Delivery>> {
    // Ordered units per PO and product (a product may sit on several lines of a PO; receipts
    // name the PO and the product, not the line).
    let conn = conn.into();
    let asof = today.pred_opt().unwrap_or(today);
    let heads: Vec<(i64, NaiveDate, bool, i64, i64)> = conn.query(
        "SELECT po.id, po.first_expected_on, po.cancelled, pl.product_id,
                CAST(sum(pl.ordered) AS BIGINT)
         FROM purchase_orders po JOIN po_lines pl ON pl.po_id = po.id
         WHERE po.supplier_id = ?1 AND po.first_expected_on BETWEEN ?2 AND ?3
           AND po.created_on <= ?3
         GROUP BY po.id, pl.product_id
         ORDER BY po.id, pl.product_id",
        &[&supplier_id, &since, &asof],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
    )?;
    if heads.is_empty() {
        return Ok(Vec::new());
    }
    let mut receipts: HashMap<(i64, i64), Vec<(NaiveDate, i64)>> = HashMap::new();
    conn.query(
        "SELECT po.id, sm.product_id, sm.on_date, sm.qty
         FROM purchase_orders po
         JOIN stock_movements sm ON sm.reference = po.number AND sm.kind = 10
         WHERE po.supplier_id = ?1 AND po.first_expected_on BETWEEN ?2 AND ?3
           AND po.created_on <= ?3 AND sm.on_date <= ?3
         ORDER BY po.id, sm.product_id, sm.on_date, sm.id",
        &[&supplier_id, &since, &asof],
        |r| {
            let (po, product, on, qty): (i64, i64, NaiveDate, i64) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            receipts.entry((po, product)).or_default().push((on, qty));
            Ok(())
        },
    )?;
    Ok(heads
        .into_iter()
        .map(|(po, expected, _cancelled, product, ordered)| {
            let got: Vec<(i64, i64)> = receipts
                .get(&(po, product))
                .map(|v| {
                    v.iter()
                        .map(|(on, q)| ((*on - expected).num_days(), *q))
                        .collect()
                })
                .unwrap_or_default();
            Delivery::from_receipts(ordered, &got, None)
        })
        .filter(Delivery::is_known)
        .collect())
}

/// An open PO line of a product as the promise needs it, in the order of the promise walk.
#[derive(Debug, Clone)]
pub struct OpenLine {
    pub po: String,
    pub supplier_id: i64,
    pub supplier: String,
    pub expected_on: NaiveDate,
    pub ordered: i64,
    pub received: i64,
}

/// The open PO lines of a product (the open supply, in the order it comes in), with what the
/// buffer needs.
pub fn open_lines<'a>(conn: impl Into<Conn<'a>>, product_id: i64) -> Result<Vec<OpenLine>> {
    use crate::purchasing::store::{OPEN_SUPPLY_SQL, SUPPLY_ORDER};
    conn.into().query(
        &format!(
            "SELECT po.number, po.supplier_id, s.name, po.expected_on, pl.ordered, pl.received
             FROM po_lines pl
             JOIN purchase_orders po ON po.id = pl.po_id JOIN suppliers s ON s.id = po.supplier_id
             WHERE pl.product_id = ?1 AND {OPEN_SUPPLY_SQL}
             ORDER BY {SUPPLY_ORDER}"
        ),
        &[&product_id],
        |r| {
            Ok(OpenLine {
                po: r.get(0)?,
                supplier_id: r.get(1)?,
                supplier: r.get(2)?,
                expected_on: r.get(3)?,
                ordered: r.get(4)?,
                received: r.get(5)?,
            })
        },
    )
}

/// The product's supplier (id, name), if it has one.
pub fn product_supplier<'a>(
    conn: impl Into<Conn<'a>>,
    product_id: i64,
) -> Result<Option<(i64, String)>> {
    conn.into().query_opt(
        "SELECT s.id, s.name FROM products p JOIN suppliers s ON s.id = p.supplier_id WHERE p.id = ?1",
        &[&product_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// The carrier of an order (its own, else the default), as a name.
pub fn carrier_name<'a>(
    conn: impl Into<Conn<'a>>,
    order_id: Option<i64>,
) -> Result<Option<String>> {
    Ok(conn
        .into()
        .query_opt(
            "SELECT coalesce((SELECT c.name FROM orders o JOIN carriers c ON c.id = o.carrier_id
                              WHERE o.id = ?1),
                             (SELECT name FROM carriers WHERE is_default = 1))",
            &[&order_id],
            |r| r.get::<Option<String>>(0),
        )?
        .flatten())
}
