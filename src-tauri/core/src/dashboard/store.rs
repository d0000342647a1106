//! The dashboard's SQL: each figure one query over a narrow index (see the module above).
//!
//! On both engines (issue 19). Where SQLite names its index (`INDEXED BY`, SQLite only) or
//! sums a comparison (a boolean on PostgreSQL), the PostgreSQL statement beside it counts
//! with `FILTER` and leaves the index to its planner.

use chrono::NaiveDate;

use crate::db::conn::Conn;

use super::{Dashboard, OldestWaiting};
use crate::catalog::store::{available_sql, short_sql};
use crate::Result;

/// Products with nothing on hand, and those on hand but at or below their reorder point, as
/// if nothing were allocated (two index ranges; the conditions are the shortage pages', see
/// [`short_sql!`]).
pub const STOCK_SQL: &str = concat!(
    "SELECT (SELECT count(*) FROM products p WHERE ",
    short_sql!(none, "p.on_hand"),
    "), (SELECT count(*) FROM products p WHERE ",
    short_sql!(low, "p.on_hand"),
    ")"
);

/// What allocations change in those two counts: available ([`available_sql!`]) = on_hand −
/// allocated, and only the products whose lines hold stock (a few thousand of 100,000, the
/// partial index `products_held`, which holds every figure compared) can differ from on_hand.
pub const ALLOCATED_CORRECTION_SQL: &str = concat!(
    "SELECT coalesce(sum(",
    short_sql!(none, available_sql!()),
    ") - sum(",
    short_sql!(none, "p.on_hand"),
    "), 0),
            coalesce(sum(",
    short_sql!(low, available_sql!()),
    ") - sum(",
    short_sql!(low, "p.on_hand"),
    "), 0)
     FROM products p INDEXED BY products_held WHERE p.allocated > 0"
);

/// [`ALLOCATED_CORRECTION_SQL`] on a shop server (a boolean is counted with FILTER).
pub const PG_ALLOCATED_CORRECTION_SQL: &str = concat!(
    "SELECT count(*) FILTER (WHERE ",
    short_sql!(none, available_sql!()),
    ") - count(*) FILTER (WHERE ",
    short_sql!(none, "p.on_hand"),
    "),
            count(*) FILTER (WHERE ",
    short_sql!(low, available_sql!()),
    ") - count(*) FILTER (WHERE ",
    short_sql!(low, "p.on_hand"),
    ")
     FROM products p WHERE p.allocated > 0"
);

pub const WAITING_SQL: &str = "SELECT count(*), CAST(coalesce(sum(backordered), 0) AS BIGINT),
    CAST(coalesce(sum(backordered * unit_price), 0) AS BIGINT) FROM order_lines WHERE backordered > 0";

/// [`WAITING_SQL`] on a shop server, read in the waiting index's order: that makes the planner
/// answer from `order_lines_waiting` alone (an index-only scan, 2.8 ms on the large shop)
/// rather than from the smaller `order_lines_open` and every waiting line's row (6–8 ms).
pub const PG_WAITING_SQL: &str = "SELECT count(*), CAST(coalesce(sum(backordered), 0) AS BIGINT),
    CAST(coalesce(sum(backordered * unit_price), 0) AS BIGINT)
    FROM (SELECT backordered, unit_price FROM order_lines WHERE backordered > 0
          ORDER BY placed_at, id) w";

/// Named: on a large shop the planner preferred the queue index and read every waiting line's
/// row for its `eta` (10 ms); the partial index holds only the lines without a date.
pub const WITHOUT_ETA_SQL: &str =
    "SELECT count(*) FROM order_lines INDEXED BY order_lines_no_eta WHERE backordered > 0 AND eta IS NULL";

/// [`WITHOUT_ETA_SQL`] on a shop server.
pub const PG_WITHOUT_ETA_SQL: &str =
    "SELECT count(*) FROM order_lines WHERE backordered > 0 AND eta IS NULL";

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

/// [`POS_SQL`] on a shop server.
pub const PG_POS_SQL: &str = concat!(
    "SELECT count(*), count(*) FILTER (WHERE po.expected_on < ?1)
    FROM purchase_orders po WHERE ",
    crate::purchasing::store::open_po_sql!()
);

/// Notices still to print or tell: one whose e-mail is on its way is not (issue 16; the
/// condition is `mail::store::ON_PAPER`, written out because a const cannot concatenate).
pub const NOTIFY_SQL: &str = "SELECT count(*), count(DISTINCT o.customer_id)
    FROM notifications n JOIN orders o ON o.id = n.order_id WHERE n.status = 'pending'
    AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.notification_id = n.id
    AND x.paper = 0 AND x.status IN ('queued', 'sent'))";

pub fn figures(c: Conn<'_>, today: NaiveDate) -> Result<Dashboard> {
    let one = |sql: &str| -> Result<i64> { c.query_row(sql, &[], |r| r.get(0)) };
    let pair =
        |sql: &str| -> Result<(i64, i64)> { c.query_row(sql, &[], |r| Ok((r.get(0)?, r.get(1)?))) };
    let (out_by_hand, low_by_hand) = pair(STOCK_SQL)?;
    let (out_fix, low_fix) = pair(c.sql(ALLOCATED_CORRECTION_SQL, PG_ALLOCATED_CORRECTION_SQL))?;
    let (waiting_lines, waiting_units, waiting_value): (i64, i64, i64) =
        c.query_row(c.sql(WAITING_SQL, PG_WAITING_SQL), &[], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let (open_pos, overdue_pos): (i64, i64) =
        c.query_row(c.sql(POS_SQL, PG_POS_SQL), &[&today], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
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
        waiting_without_eta: one(c.sql(WITHOUT_ETA_SQL, PG_WITHOUT_ETA_SQL))?,
        ready_to_ship: one(READY_SQL)?,
        open_pos,
        overdue_pos,
        pending_notifications,
        customers_to_notify,
    })
}

fn oldest(c: Conn<'_>, today: NaiveDate) -> Result<Option<OldestWaiting>> {
    c.query_opt(OLDEST_SQL, &[], |r| {
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
}
