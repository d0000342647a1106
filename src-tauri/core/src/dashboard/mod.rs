//! The dashboard's figures, each one query over the engine's tables.

use serde::Serialize;

use crate::{Result, Stockroom};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dashboard {
    pub products: i64,
    /// Products available at or below their reorder point (but not zero).
    pub low_stock: i64,
    /// Products with nothing available.
    pub out_of_stock: i64,
    pub open_orders: i64,
    pub waiting_lines: i64,
    pub waiting_units: i64,
    /// Waiting lines whose promise is unknown.
    pub waiting_without_eta: i64,
    /// Orders with allocated units ready to ship.
    pub ready_to_ship: i64,
    pub open_pos: i64,
    pub overdue_pos: i64,
    pub pending_notifications: i64,
}

impl Stockroom {
    pub fn dashboard(&self) -> Result<Dashboard> {
        let c = self.conn();
        let today = self.clock().today();
        let one = |sql: &str| -> Result<i64> { Ok(c.query_row(sql, [], |r| r.get(0))?) };
        let (low, out): (i64, i64) = c.query_row(
            "SELECT coalesce(sum(avail > 0 AND avail <= reorder_point), 0), coalesce(sum(avail <= 0), 0) FROM (
                SELECT p.reorder_point, p.on_hand - coalesce((SELECT sum(allocated) FROM order_lines
                    WHERE product_id = p.id AND allocated > 0), 0) AS avail FROM products p)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (open_pos, overdue): (i64, i64) = c.query_row(
            "SELECT count(*), coalesce(sum(expected_on < ?1), 0) FROM purchase_orders po WHERE cancelled = 0
             AND EXISTS (SELECT 1 FROM po_lines WHERE po_id = po.id AND received < ordered)",
            [today],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(Dashboard {
            products: one("SELECT count(*) FROM products")?,
            low_stock: low,
            out_of_stock: out,
            open_orders: one(
                "SELECT count(DISTINCT order_id) FROM order_lines WHERE allocated > 0 OR backordered > 0",
            )?,
            waiting_lines: one("SELECT count(*) FROM order_lines WHERE backordered > 0")?,
            waiting_units: one("SELECT coalesce(sum(backordered), 0) FROM order_lines WHERE backordered > 0")?,
            waiting_without_eta: one("SELECT count(*) FROM order_lines WHERE backordered > 0 AND eta IS NULL")?,
            ready_to_ship: one("SELECT count(DISTINCT order_id) FROM order_lines WHERE allocated > 0")?,
            open_pos,
            overdue_pos: overdue,
            pending_notifications: one("SELECT count(*) FROM notifications WHERE status = 'pending'")?,
        })
    }
}
