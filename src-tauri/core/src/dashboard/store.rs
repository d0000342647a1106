//! The dashboard's SQL: each figure one query over a narrow index (see the module above).

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::{Dashboard, OldestWaiting};
use crate::catalog::store::{available_sql, held_cte};
use crate::Result;

/// Products with nothing on hand, and those on hand but at or below their reorder point, as
/// if nothing were allocated (two index ranges).
pub const STOCK_SQL: &str = "SELECT
    (SELECT count(*) FROM products WHERE on_hand <= 0),
    (SELECT count(*) FROM products WHERE on_hand > 0 AND on_hand <= reorder_point)";

/// What allocations change in those two counts: available = on_hand − Σ allocated, and only the
/// products with an allocated line (a few thousand of 100,000) can differ from on_hand.
/// (Available is [`crate::catalog::store::AVAILABLE_SQL`]; `held` joins here, so it is never
/// absent.)
pub const ALLOCATED_CORRECTION_SQL: &str = concat!(
    "WITH ",
    held_cte!(),
    "
     SELECT coalesce(sum(",
    available_sql!(),
    " <= 0) - sum(p.on_hand <= 0), 0),
            coalesce(sum(",
    available_sql!(),
    " > 0 AND ",
    available_sql!(),
    " <= p.reorder_point)
                     - sum(p.on_hand > 0 AND p.on_hand <= p.reorder_point), 0)
     FROM held JOIN products p INDEXED BY products_narrow ON p.id = held.product_id"
);

pub const WAITING_SQL: &str = "SELECT count(*), coalesce(sum(backordered), 0),
    coalesce(sum(backordered * unit_price), 0) FROM order_lines WHERE backordered > 0";

/// Named: on a large shop the planner preferred the queue index and read every waiting line's
/// row for its `eta` (10 ms); the partial index holds only the lines without a date.
pub const WITHOUT_ETA_SQL: &str =
    "SELECT count(*) FROM order_lines INDEXED BY order_lines_no_eta WHERE backordered > 0 AND eta IS NULL";

pub const OLDEST_SQL: &str = "SELECT o.number, c.name, c.id, p.sku, ol.backordered, ol.placed_at
    FROM (SELECT id FROM order_lines WHERE backordered > 0 ORDER BY placed_at, id LIMIT 1) oldest
    JOIN order_lines ol ON ol.id = oldest.id
    JOIN orders o ON o.id = ol.order_id
    JOIN customers c ON c.id = o.customer_id
    JOIN products p ON p.id = ol.product_id";

pub const OPEN_ORDERS_SQL: &str =
    "SELECT count(DISTINCT order_id) FROM order_lines WHERE allocated > 0 OR backordered > 0";

pub const READY_SQL: &str = "SELECT count(DISTINCT order_id) FROM order_lines WHERE allocated > 0";

pub const POS_SQL: &str = concat!(
    "SELECT count(*), coalesce(sum(po.expected_on < ?1), 0)
    FROM purchase_orders po WHERE ",
    crate::purchasing::store::open_po_sql!()
);

/// Notices still to print or tell: one whose e-mail is on its way is not (issue 16; the
/// condition is `mail::store::ON_PAPER`, written out because a const cannot concatenate).
pub const NOTIFY_SQL: &str = "SELECT count(*), count(DISTINCT o.customer_id)
    FROM notifications n JOIN orders o ON o.id = n.order_id WHERE n.status = 'pending'
    AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.notification_id = n.id
    AND x.paper = 0 AND x.status IN ('queued', 'sent'))";

pub fn figures(c: &Connection, today: NaiveDate) -> Result<Dashboard> {
    let one =
        |sql: &str| -> Result<i64> { Ok(c.prepare_cached(sql)?.query_row([], |r| r.get(0))?) };
    let pair = |sql: &str| -> Result<(i64, i64)> {
        Ok(c.prepare_cached(sql)?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?)
    };
    let (out_by_hand, low_by_hand) = pair(STOCK_SQL)?;
    let (out_fix, low_fix) = pair(ALLOCATED_CORRECTION_SQL)?;
    let (waiting_lines, waiting_units, waiting_value): (i64, i64, i64) = c
        .prepare_cached(WAITING_SQL)?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let (open_pos, overdue_pos): (i64, i64) = c
        .prepare_cached(POS_SQL)?
        .query_row([today], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let (pending_notifications, customers_to_notify) = pair(NOTIFY_SQL)?;
    Ok(Dashboard {
        products: one("SELECT count(*) FROM products")?,
        low_stock: low_by_hand + low_fix,
        out_of_stock: out_by_hand + out_fix,
        open_orders: one(OPEN_ORDERS_SQL)?,
        waiting_lines,
        waiting_units,
        waiting_value,
        oldest_waiting: oldest(c, today)?,
        waiting_without_eta: one(WITHOUT_ETA_SQL)?,
        ready_to_ship: one(READY_SQL)?,
        open_pos,
        overdue_pos,
        pending_notifications,
        customers_to_notify,
    })
}

fn oldest(c: &Connection, today: NaiveDate) -> Result<Option<OldestWaiting>> {
    Ok(c.prepare_cached(OLDEST_SQL)?
        .query_row([], |r| {
            let placed_at: String = r.get(5)?;
            let placed_on =
                NaiveDate::parse_from_str(placed_at.get(..10).unwrap_or(&placed_at), "%Y-%m-%d")
                    .unwrap_or(today);
            Ok(OldestWaiting {
                order: r.get(0)?,
                customer: r.get(1)?,
                customer_id: r.get(2)?,
                sku: r.get(3)?,
                backordered: r.get(4)?,
                placed_on,
                age_days: (today - placed_on).num_days(),
            })
        })
        .optional()?)
}
