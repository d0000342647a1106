//! All SQL of the reports. Each query reads the engine's tables as they are (quantities per
//! line, the ledger, fills, shipments); the figures are computed from these rows by the pure
//! functions of each report, so a figure exists in one place only.
//!
//! Dates: `orders.placed_at` is `YYYY-MM-DD HH:MM:SS` text, so "placed on day d" is
//! `substr(placed_at, 1, 10) = d`, and a range of days is `placed_at >= from AND placed_at <
//! to + 1 day` (text order is time order; this form uses the `orders_placed` index).
//!
//! On both engines (issue 19): sums are CAST to BIGINT (PostgreSQL makes them NUMERIC), and
//! where SQLite reads a column alias in WHERE (PostgreSQL does not) the PostgreSQL statement
//! filters in an outer query (SQLite keeps its statement and its plan).

use chrono::{Days, NaiveDate};

use super::calibration::CalibrationLine;
use crate::db::conn::{stored, Conn};
use crate::stock::model::MovementKind;
use crate::Result;

/// A line with units waiting (backordered > 0), as the backorder and aging reports need it.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitingLine {
    pub order: String,
    pub customer_id: i64,
    pub customer: String,
    pub sku: String,
    pub product: String,
    pub backordered: i64,
    /// The price on the order line (what the customer pays), minor units.
    pub unit_price: i64,
    pub placed_on: NaiveDate,
    pub eta: Option<NaiveDate>,
}

pub fn waiting_lines(conn: Conn<'_>) -> Result<Vec<WaitingLine>> {
    conn.query(
        &format!(
            "SELECT o.number, c.id, c.name, p.sku, p.name, ol.backordered, ol.unit_price,
                    substr(ol.placed_at, 1, 10), ol.eta
             FROM order_lines ol
             JOIN orders o ON o.id = ol.order_id
             JOIN customers c ON c.id = o.customer_id
             JOIN products p ON p.id = ol.product_id
             WHERE ol.backordered > 0
             ORDER BY p.sku, {}",
            crate::backorders::store::QUEUE_ORDER
        ),
        &[],
        |r| {
            Ok(WaitingLine {
                order: r.get(0)?,
                customer_id: r.get(1)?,
                customer: r.get(2)?,
                sku: r.get(3)?,
                product: r.get(4)?,
                backordered: r.get(5)?,
                unit_price: r.get(6)?,
                placed_on: r.get(7)?,
                eta: r.get(8)?,
            })
        },
    )
}

/// A line of an order placed in the range, with what its order's first shipment carried.
#[derive(Debug, Clone, PartialEq)]
pub struct FillRateLine {
    pub order_id: i64,
    pub placed_on: NaiveDate,
    pub ordered: i64,
    /// Units of this line on the order's first shipment (0 when the order has not shipped).
    pub first_shipment: i64,
    /// Backordered when placed, waiting now, or given stock from the queue since.
    pub backordered_ever: bool,
}

fn day_after(d: NaiveDate) -> NaiveDate {
    d.checked_add_days(Days::new(1)).unwrap_or(d)
}

pub fn fill_rate_lines(
    conn: Conn<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<FillRateLine>> {
    // The first shipment of an order: its earliest by date, then by id.
    conn.query(
        "WITH o AS (
            SELECT id, substr(placed_at, 1, 10) AS placed_on,
                   (SELECT s.id FROM shipments s WHERE s.order_id = orders.id
                    ORDER BY s.shipped_on, s.id LIMIT 1) AS first_sid
            FROM orders WHERE placed_at >= ?1 AND placed_at < ?2)
         SELECT o.id, o.placed_on, ol.ordered,
                CAST(coalesce((SELECT sum(sl.qty) FROM shipment_lines sl
                          WHERE sl.shipment_id = o.first_sid AND sl.order_line_id = ol.id), 0) AS BIGINT),
                ol.initially_backordered > 0 OR ol.backordered > 0
                  OR EXISTS (SELECT 1 FROM fills f WHERE f.order_line_id = ol.id)
         FROM o JOIN order_lines ol ON ol.order_id = o.id
         ORDER BY o.id, ol.line_no",
        &[&from.to_string(), &day_after(to).to_string()],
        |r| {
            Ok(FillRateLine {
                order_id: r.get(0)?,
                placed_on: r.get(1)?,
                ordered: r.get(2)?,
                first_shipment: r.get(3)?,
                backordered_ever: r.get(4)?,
            })
        },
    )
}

/// Waiting units given stock on a day of the range: (units, day given, day ordered).
#[derive(Debug, Clone, PartialEq)]
pub struct Fill {
    pub qty: i64,
    pub on_date: NaiveDate,
    pub placed_on: NaiveDate,
}

pub fn fills_between(conn: Conn<'_>, from: NaiveDate, to: NaiveDate) -> Result<Vec<Fill>> {
    conn.query(
        "SELECT f.qty, f.on_date, substr(ol.placed_at, 1, 10) FROM fills f
         JOIN order_lines ol ON ol.id = f.order_line_id
         WHERE f.on_date BETWEEN ?1 AND ?2 ORDER BY f.id",
        &[&from, &to],
        |r| {
            Ok(Fill {
                qty: r.get(0)?,
                on_date: r.get(1)?,
                placed_on: r.get(2)?,
            })
        },
    )
}

/// A product's stock figures for the reorder report.
#[derive(Debug, Clone, PartialEq)]
pub struct StockPosition {
    pub sku: String,
    pub name: String,
    pub supplier: Option<String>,
    pub cost: i64,
    pub on_hand: i64,
    pub allocated: i64,
    /// Σ backordered of its waiting lines.
    pub waiting: i64,
    /// Outstanding units on open, not cancelled purchase orders.
    pub incoming: i64,
    pub reorder_point: i64,
    pub safety_stock: i64,
    pub reorder_qty: i64,
    pub lead_time_days: Option<i64>,
}

pub fn stock_positions(conn: Conn<'_>) -> Result<Vec<StockPosition>> {
    use crate::purchasing::store::{OPEN_SUPPLY_SQL, OUTSTANDING_SQL};
    conn.query(
        &format!(
            "SELECT p.sku, p.name, s.name, p.cost, p.on_hand, p.allocated, coalesce(w.n, 0),
                    coalesce(i.n, 0), p.reorder_point, p.safety_stock, p.reorder_qty, p.lead_time_days
             FROM products p
             LEFT JOIN suppliers s ON s.id = p.supplier_id
             LEFT JOIN (SELECT product_id, CAST(sum(backordered) AS BIGINT) AS n FROM order_lines
                        WHERE backordered > 0 GROUP BY product_id) w ON w.product_id = p.id
             LEFT JOIN (SELECT pl.product_id, CAST(sum({OUTSTANDING_SQL}) AS BIGINT) AS n
                        FROM po_lines pl
                        JOIN purchase_orders po ON po.id = pl.po_id
                        WHERE {OPEN_SUPPLY_SQL}
                        GROUP BY pl.product_id) i ON i.product_id = p.id
             ORDER BY p.sku"
        ),
        &[],
        |r| {
            Ok(StockPosition {
                sku: r.get(0)?,
                name: r.get(1)?,
                supplier: r.get(2)?,
                cost: r.get(3)?,
                on_hand: r.get(4)?,
                allocated: r.get(5)?,
                waiting: r.get(6)?,
                incoming: r.get(7)?,
                reorder_point: r.get(8)?,
                safety_stock: r.get(9)?,
                reorder_qty: r.get(10)?,
                lead_time_days: r.get(11)?,
            })
        },
    )
}

/// A product's units on hand at the end of the as-of day, with today's cost.
#[derive(Debug, Clone, PartialEq)]
pub struct ValuationRow {
    pub sku: String,
    pub name: String,
    pub category: String,
    pub cost: i64,
    pub on_hand: i64,
}

pub fn valuation_rows(
    conn: Conn<'_>,
    as_of: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<ValuationRow>> {
    // Today's on-hand is the cached ledger sum (a test of the engine proves they are equal);
    // an earlier day sums the ledger up to that day.
    let sql = if as_of >= today {
        "SELECT sku, name, category, cost, on_hand FROM products
         WHERE CAST(?1 AS TEXT) IS NOT NULL ORDER BY sku"
    } else {
        "SELECT p.sku, p.name, p.category, p.cost, coalesce(m.n, 0) FROM products p
         LEFT JOIN (SELECT product_id, CAST(sum(qty) AS BIGINT) AS n FROM stock_movements
                    WHERE on_date <= ?1 GROUP BY product_id) m ON m.product_id = p.id
         ORDER BY p.sku"
    };
    conn.query(sql, &[&as_of], |r| {
        Ok(ValuationRow {
            sku: r.get(0)?,
            name: r.get(1)?,
            category: r.get(2)?,
            cost: r.get(3)?,
            on_hand: r.get(4)?,
        })
    })
}

/// A line that waited, got stock from the queue, and has nothing left to ship: its last
/// shipment fell in the range.
#[derive(Debug, Clone, PartialEq)]
pub struct FinishedLine {
    pub order: String,
    pub sku: String,
    pub supplier: Option<String>,
    /// The first dated promise given for the line.
    pub first_eta: Option<NaiveDate>,
    /// The day its last unit shipped.
    pub last_shipped: NaiveDate,
}

/// The lines waited for, given stock from the queue and finished, whose last shipment is in
/// ?1..=?2 (the promises report and its calibration): start from the shipments of the range
/// (index on shipped_on), not from every line ever. `$cols` over `ol`, `o`, `p`, `sup`, `c`
/// and `last_shipped`; `$more` narrows the lines.
macro_rules! finished_lines_sql {
    (base, $cols:literal, $more:literal) => {
        concat!(
            "WITH touched AS (
                SELECT DISTINCT sl.order_line_id AS id FROM shipments s
                JOIN shipment_lines sl ON sl.shipment_id = s.id
                WHERE s.shipped_on BETWEEN ?1 AND ?2)
             SELECT ",
            $cols,
            ",
                    (SELECT max(s.shipped_on) FROM shipment_lines sl
                     JOIN shipments s ON s.id = sl.shipment_id
                     WHERE sl.order_line_id = ol.id) AS last_shipped
             FROM touched t
             JOIN order_lines ol ON ol.id = t.id
             JOIN orders o ON o.id = ol.order_id
             JOIN products p ON p.id = ol.product_id
             LEFT JOIN suppliers sup ON sup.id = p.supplier_id
             LEFT JOIN carriers c ON c.id = o.carrier_id
             WHERE ol.allocated = 0 AND ol.backordered = 0 ",
            $more,
            "
               AND EXISTS (SELECT 1 FROM fills f WHERE f.order_line_id = ol.id)"
        )
    };
    (sqlite, $cols:literal, $more:literal, $order:literal) => {
        concat!(
            finished_lines_sql!(base, $cols, $more),
            " AND last_shipped BETWEEN ?1 AND ?2 ",
            $order
        )
    };
    // PostgreSQL reads no column alias in WHERE: the same lines, filtered outside.
    (postgres, $cols:literal, $more:literal, $order:literal) => {
        concat!(
            "SELECT * FROM (",
            finished_lines_sql!(base, $cols, $more),
            ") finished WHERE last_shipped BETWEEN ?1 AND ?2 ",
            $order
        )
    };
}

pub fn finished_backorder_lines(
    conn: Conn<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<FinishedLine>> {
    let sql = conn.sql(
        finished_lines_sql!(
            sqlite,
            "o.number, p.sku, sup.name, ol.first_eta",
            "",
            "ORDER BY last_shipped, o.number, p.sku"
        ),
        // Order numbers sort without case, as SQLite's COLLATE NOCASE column does.
        finished_lines_sql!(
            postgres,
            "o.number, p.sku, sup.name, ol.first_eta",
            "",
            "ORDER BY last_shipped, lower(number), sku"
        ),
    );
    conn.query(sql, &[&from, &to], |r| {
        Ok(FinishedLine {
            order: r.get(0)?,
            sku: r.get(1)?,
            supplier: r.get(2)?,
            first_eta: r.get(3)?,
            last_shipped: r.get(4)?,
        })
    })
}

/// A ledger movement as the ledger report prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerMove {
    pub on_date: NaiveDate,
    pub kind: MovementKind,
    pub qty: i64,
    pub reason: String,
    pub reference: String,
}

/// (opening balance = Σ movements before `from`, the movements dated `from..=to` in ledger order).
pub fn ledger_between(
    conn: Conn<'_>,
    product_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(i64, Vec<LedgerMove>)> {
    let opening: i64 = conn.query_row(
        "SELECT CAST(coalesce(sum(qty), 0) AS BIGINT) FROM stock_movements
         WHERE product_id = ?1 AND on_date < ?2",
        &[&product_id, &from],
        |r| r.get(0),
    )?;
    let moves = conn.query(
        "SELECT on_date, kind, qty, reason, reference FROM stock_movements
         WHERE product_id = ?1 AND on_date BETWEEN ?2 AND ?3 ORDER BY on_date, id",
        &[&product_id, &from, &to],
        |r| {
            Ok(LedgerMove {
                on_date: r.get(0)?,
                kind: stored(1, MovementKind::from_code(r.get(1)?))?,
                qty: r.get(2)?,
                reason: r.get(3)?,
                reference: r.get(4)?,
            })
        },
    )?;
    Ok((opening, moves))
}

/// The lines of the promises report (same filter) that had a first promise, with their arrival.
pub fn calibration_lines(
    conn: Conn<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CalibrationLine>> {
    let sql = conn.sql(
        finished_lines_sql!(
            sqlite,
            "coalesce(sup.name, ?3) AS supplier, ol.first_eta,
             coalesce(c.transit_days, (SELECT transit_days FROM carriers WHERE is_default = 1), 0)
               AS transit_days",
            "AND ol.first_eta IS NOT NULL",
            ""
        ),
        finished_lines_sql!(
            postgres,
            "coalesce(sup.name, ?3) AS supplier, ol.first_eta,
             coalesce(c.transit_days, (SELECT transit_days FROM carriers WHERE is_default = 1), 0)
               AS transit_days",
            "AND ol.first_eta IS NOT NULL",
            ""
        ),
    );
    conn.query(sql, &[&from, &to, &super::table::NO_SUPPLIER], |r| {
        let shipped: NaiveDate = r.get(3)?;
        let transit: i64 = r.get(2)?;
        Ok(CalibrationLine {
            supplier: r.get(0)?,
            first_eta: r.get(1)?,
            arrived: shipped
                .checked_add_days(chrono::Days::new(transit.max(0) as u64))
                .unwrap_or(shipped),
        })
    })
}
