//! SQL of orders and their lines.

pub mod list;

use chrono::NaiveDate;

use crate::db::conn::{stored, Conn, Row};

use super::model::{Incentive, Order, OrderFilter, OrderLine, OrderSummary};
use super::rules::{self, PricedLine, Units};
use crate::{Error, Result};

/// The stored head of an order.
#[derive(Debug, Clone)]
pub struct OrderRow {
    pub id: i64,
    pub number: String,
    pub customer_id: i64,
    pub customer: String,
    pub placed_at: String,
    pub priority: i64,
    pub carrier_id: Option<i64>,
    pub carrier: Option<String>,
    pub incentive: Incentive,
    pub note: String,
    /// The web shop's name of the order (issue 21), e.g. Shopify's `#1043`.
    pub external_ref: Option<String>,
}

/// A stored line with what the rules need.
#[derive(Debug, Clone)]
pub struct LineRow {
    pub id: i64,
    pub line_no: i64,
    pub product_id: i64,
    pub sku: String,
    pub name: String,
    pub unit_price: i64,
    pub units: Units,
    pub incentive_units: i64,
    pub initially_backordered: i64,
    pub eta: Option<NaiveDate>,
    /// The line a swap took this line's units from (the customer's choice), if any.
    pub replaces_line_id: Option<i64>,
}

/// The next free order number, `SO-1001` onwards.
pub fn next_number<'a>(conn: impl Into<Conn<'a>>, prefix: &str, table: &str) -> Result<String> {
    let conn = conn.into();
    // Numbers are unique without regard to case (NOCASE on SQLite, lower() on PostgreSQL).
    let same = match conn.engine() {
        crate::db::conn::Engine::Sqlite => "number = ?1",
        crate::db::conn::Engine::Postgres => "lower(number) = lower(?1)",
    };
    // The first candidate (1000 past the last id) and whether it is taken, in one statement:
    // on a shop server each statement is a round trip (issue 19). Cached statements (one per
    // table): numbering runs on every order, PO and shipment.
    let (mut candidate, taken): (i64, bool) = conn.query_row(
        &format!(
            "SELECT n, EXISTS (SELECT 1 FROM {table}
                               WHERE {} )
             FROM (SELECT coalesce(max(id), 0) + 1001 AS n FROM {table}) AS next",
            same.replace("?1", "CAST(?1 AS TEXT) || '-' || CAST(n AS TEXT)")
        ),
        &[&prefix],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if !taken {
        return Ok(format!("{prefix}-{candidate}"));
    }
    let taken_sql = format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE {same})");
    loop {
        candidate += 1;
        let number = format!("{prefix}-{candidate}");
        let taken: bool = conn.query_row(&taken_sql, &[&number], |r| r.get(0))?;
        if !taken {
            return Ok(number);
        }
    }
}

/// The customer must exist (as `customers::store::require` checks it), without reading the
/// whole customer row: placing an order needs only its id.
pub fn require_customer<'a>(conn: impl Into<Conn<'a>>, customer_id: i64) -> Result<()> {
    let exists: bool = conn.into().query_row(
        "SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?1)",
        &[&customer_id],
        |r| r.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(Error::not_found("customer", customer_id))
    }
}

/// The settings' default incentive (as `settings::store::load` reads it), for an order that
/// names none.
pub fn default_incentive<'a>(conn: impl Into<Conn<'a>>) -> Result<Incentive> {
    conn.into().query_row(
        "SELECT incentive_kind, incentive_amount, incentive_note FROM settings WHERE id = 1",
        &[],
        |r| {
            stored(
                0,
                Incentive::from_columns(&r.get::<String>(0)?, r.get(1)?, r.get(2)?),
            )
        },
    )
}

/// What placing an order reads before its lines, in one statement (one round trip on a shop
/// server, issue 19): whether its customer exists ([`require_customer`]'s check) and the
/// settings' default incentive ([`default_incentive`]'s), the latter read into its type only
/// when the order names none.
pub struct CustomerAndDefaults {
    customer_exists: bool,
    incentive: (String, i64, String),
}

impl CustomerAndDefaults {
    pub fn read<'a>(conn: impl Into<Conn<'a>>, customer_id: i64) -> Result<CustomerAndDefaults> {
        conn.into().query_row(
            "SELECT EXISTS (SELECT 1 FROM customers WHERE id = ?1),
                    incentive_kind, incentive_amount, incentive_note
             FROM settings WHERE id = 1",
            &[&customer_id],
            |r| {
                Ok(CustomerAndDefaults {
                    customer_exists: r.get(0)?,
                    incentive: (r.get(1)?, r.get(2)?, r.get(3)?),
                })
            },
        )
    }

    /// The customer must exist, as [`require_customer`] says it.
    pub fn require_customer(&self, customer_id: i64) -> Result<()> {
        if self.customer_exists {
            Ok(())
        } else {
            Err(Error::not_found("customer", customer_id))
        }
    }

    /// The settings' default incentive, as [`default_incentive`] reads it.
    pub fn default_incentive(&self) -> Result<Incentive> {
        let (kind, amount, note) = &self.incentive;
        stored(1, Incentive::from_columns(kind, *amount, note.clone()))
    }
}

/// The number of the order with this id.
pub fn number_of<'a>(conn: impl Into<Conn<'a>>, order_id: i64) -> Result<String> {
    conn.into().query_row(
        "SELECT number FROM orders WHERE id = ?1",
        &[&order_id],
        |r| r.get(0),
    )
}

/// A new order's row, as [`insert_order_in_tx`] stores it.
#[derive(Debug, Clone, Copy)]
pub struct OrderInsert<'a> {
    pub number: &'a str,
    pub customer_id: i64,
    pub placed_at: &'a str,
    pub priority: i64,
    pub carrier_id: Option<i64>,
    pub incentive: &'a Incentive,
    pub note: &'a str,
}

pub fn insert_order_in_tx<'a>(conn: impl Into<Conn<'a>>, o: &OrderInsert<'_>) -> Result<i64> {
    let conn = conn.into();
    let OrderInsert {
        number,
        customer_id,
        placed_at,
        priority,
        carrier_id,
        incentive,
        note,
    } = *o;
    let (kind, amount, inote) = incentive.to_columns();
    // A number already taken (whatever its case: the unique index on NOCASE, or lower(), of
    // the number) stores nothing and returns no id: the check and the write in one statement,
    // one round trip on a shop server (issue 19).
    let id = conn.query_opt(
        "INSERT INTO orders (number, customer_id, placed_at, priority, carrier_id, incentive_kind,
            incentive_amount, incentive_note, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT DO NOTHING RETURNING id",
        &[
            &number,
            &customer_id,
            &placed_at,
            &priority,
            &carrier_id,
            &kind,
            &amount,
            &inote,
            &note,
        ],
        |r| r.get(0),
    )?;
    id.ok_or_else(|| Error::duplicate(crate::msg!("order-exists", order = number)))
}

/// A new order line's row, as [`insert_line_in_tx`] stores it. `priority` and `placed_at` are
/// the order's, copied for the queue index; units `backordered` now are also its
/// `initially_backordered`.
#[derive(Debug, Clone, Copy)]
pub struct LineInsert<'a> {
    pub order_id: i64,
    pub line_no: i64,
    pub product_id: i64,
    pub unit_price: i64,
    pub ordered: i64,
    pub allocated: i64,
    pub backordered: i64,
    pub incentive_units: i64,
    pub priority: i64,
    pub placed_at: &'a str,
    /// The first promise when already known (a line with nothing waiting: saves an UPDATE a
    /// line); `None` leaves it to the engine's walk.
    pub eta: Option<NaiveDate>,
}

pub fn insert_line_in_tx<'a>(conn: impl Into<Conn<'a>>, l: &LineInsert<'_>) -> Result<i64> {
    Ok(insert_lines_in_tx(conn, std::slice::from_ref(l))?[0])
}

/// How many lines one INSERT takes (11 parameters a line).
const LINES_PER_INSERT: usize = 64;

/// New lines, as [`insert_line_in_tx`] stores each, in multi-row INSERTs (one for an order
/// of up to 64 lines: one round trip on a shop server, issue 19). Their ids, in the order
/// given. The lines of one order have distinct `line_no`s (the ids are matched by them).
pub fn insert_lines_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    lines: &[LineInsert<'_>],
) -> Result<Vec<i64>> {
    let conn = conn.into();
    let mut ids = Vec::with_capacity(lines.len());
    for chunk in lines.chunks(LINES_PER_INSERT) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| {
                let p = |k: usize| format!("?{}", 11 * i + k);
                format!(
                    "({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
                    p(1),
                    p(2),
                    p(3),
                    p(4),
                    p(5),
                    p(6),
                    p(7),
                    p(7),
                    p(8),
                    p(9),
                    p(10),
                    p(11),
                    p(11)
                )
            })
            .collect();
        let insert = format!(
            "INSERT INTO order_lines (order_id, line_no, product_id, unit_price, ordered, allocated,
                backordered, initially_backordered, incentive_units, priority, placed_at, eta, first_eta)
             VALUES {}",
            values.join(", ")
        );
        // The units the lines hold are added to their products' kept figure
        // (`stock::store::hold_in_tx`): on a shop server in the same statement (a
        // data-modifying WITH, one round trip), on SQLite product by product after it.
        let sql = match conn {
            Conn::Sqlite(_) => format!("{insert} RETURNING id, order_id, line_no"),
            Conn::Postgres(_) => format!(
                "WITH ins AS ({insert} RETURNING id, order_id, line_no, product_id, allocated),
                 held AS (UPDATE products p SET allocated = p.allocated + h.s
                          FROM (SELECT product_id, CAST(sum(allocated) AS BIGINT) AS s FROM ins
                                GROUP BY product_id) h
                          WHERE p.id = h.product_id AND h.s <> 0)
                 SELECT id, order_id, line_no FROM ins"
            ),
        };
        let mut params: Vec<&dyn crate::db::conn::Param> = Vec::with_capacity(11 * chunk.len());
        for l in chunk {
            params.extend([
                &l.order_id as &dyn crate::db::conn::Param,
                &l.line_no,
                &l.product_id,
                &l.unit_price,
                &l.ordered,
                &l.allocated,
                &l.backordered,
                &l.incentive_units,
                &l.priority,
                &l.placed_at,
                &l.eta,
            ]);
        }
        // RETURNING promises no order: each id is matched to its line by (order, line_no).
        let returned: std::collections::HashMap<(i64, i64), i64> = conn
            .query(&sql, &params, |r| Ok(((r.get(1)?, r.get(2)?), r.get(0)?)))?
            .into_iter()
            .collect();
        if let Conn::Sqlite(_) = conn {
            let mut held: std::collections::BTreeMap<i64, i64> = Default::default();
            for l in chunk {
                *held.entry(l.product_id).or_default() += l.allocated;
            }
            for (product_id, units) in held {
                crate::stock::store::hold_in_tx(conn, product_id, units)?;
            }
        }
        for l in chunk {
            ids.push(*returned.get(&(l.order_id, l.line_no)).ok_or_else(|| {
                Error::other(format!(
                    "line {} of order {} not stored",
                    l.line_no, l.order_id
                ))
            })?);
        }
    }
    Ok(ids)
}

/// The stored promise of a line.
pub fn line_eta<'a>(conn: impl Into<Conn<'a>>, line_id: i64) -> Result<Option<NaiveDate>> {
    conn.into().query_row(
        "SELECT eta FROM order_lines WHERE id = ?1",
        &[&line_id],
        |r| r.get(0),
    )
}

/// The stored promises of these lines (an [`id_list`](crate::db::ids::id_list), one
/// statement), by line id.
pub fn line_etas<'a>(
    conn: impl Into<Conn<'a>>,
    line_ids: &[i64],
) -> Result<std::collections::HashMap<i64, Option<NaiveDate>>> {
    if line_ids.is_empty() {
        return Ok(Default::default());
    }
    let conn = conn.into();
    let rows = conn.query(
        conn.sql(LINE_ETAS_SQL, PG_LINE_ETAS_SQL),
        &[&crate::db::ids::id_list(line_ids.iter().copied())],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows.into_iter().collect())
}
const LINE_ETAS_SQL: &str = concat!(
    "SELECT id, eta FROM order_lines WHERE id IN ",
    crate::db::ids::ids_sql!(sqlite)
);
const PG_LINE_ETAS_SQL: &str = concat!(
    "SELECT id, eta FROM order_lines WHERE id IN ",
    crate::db::ids::ids_sql!(postgres)
);

fn order_row(r: &Row) -> Result<OrderRow> {
    Ok(OrderRow {
        id: r.get(0)?,
        number: r.get(1)?,
        customer_id: r.get(2)?,
        customer: r.get(3)?,
        placed_at: r.get(4)?,
        priority: r.get(5)?,
        carrier_id: r.get(6)?,
        carrier: r.get(7)?,
        incentive: stored(
            8,
            Incentive::from_columns(&r.get::<String>(8)?, r.get(9)?, r.get(10)?),
        )?,
        note: r.get(11)?,
        external_ref: r.get(12)?,
    })
}

/// The head of an order, from orders `o`, customers `c` and carriers `k`, then `$rest` (a
/// macro, so each statement is one literal). With `lines`, each row also has the columns of
/// a line (`ol`, with its product `p`) from column 13, which `$rest` joins.
macro_rules! select_order {
    ($rest:literal) => {
        select_order!("", $rest)
    };
    (lines, $rest:literal) => {
        select_order!(concat!(", ", line_cols!()), $rest)
    };
    ($more:expr, $rest:literal) => {
        concat!(
            "SELECT o.id, o.number, o.customer_id, c.name, o.placed_at, o.priority, o.carrier_id,
                k.name, o.incentive_kind, o.incentive_amount, o.incentive_note, o.note,
                o.external_ref",
            $more,
            " FROM orders o JOIN customers c ON c.id = o.customer_id
             LEFT JOIN carriers k ON k.id = o.carrier_id ",
            $rest
        )
    };
}

pub fn by_number<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<Option<OrderRow>> {
    let conn = conn.into();
    let number = number.trim();
    // Order numbers ignore case (NOCASE on SQLite, the lower() index on PostgreSQL).
    let sql = conn.sql(
        select_order!("WHERE o.number = ?1"),
        select_order!("WHERE lower(o.number) = lower(?1)"),
    );
    if let Some(o) = conn.query_opt(sql, &[&number], order_row)? {
        return Ok(Some(o));
    }
    // Issue 21: an order imported from the web shop is also found by the shop's own name of
    // it (`#1043`), after our numbers. Verbatim: the customer quotes it as the shop showed it.
    conn.query_opt(
        select_order!("WHERE o.external_ref = ?1"),
        &[&number],
        order_row,
    )
}

/// The order with this number, or "order … not found".
pub fn require<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<OrderRow> {
    by_number(conn, number)?.ok_or_else(|| Error::not_found("order", number.trim()))
}

/// A line's columns as [`line_row`] reads them, from `order_lines ol` and `products p`.
macro_rules! line_cols {
    () => {
        "ol.id, ol.line_no, ol.product_id, p.sku, p.name, ol.unit_price, ol.ordered, ol.allocated,
                ol.shipped, ol.backordered, ol.cancelled, ol.incentive_units, ol.initially_backordered, ol.eta,
                ol.replaces_line_id"
    };
}

/// A line read from [`line_cols!`] starting at column `at`.
fn line_row(r: &Row, at: usize) -> Result<LineRow> {
    Ok(LineRow {
        id: r.get(at)?,
        line_no: r.get(at + 1)?,
        product_id: r.get(at + 2)?,
        sku: r.get(at + 3)?,
        name: r.get(at + 4)?,
        unit_price: r.get(at + 5)?,
        units: Units {
            ordered: r.get(at + 6)?,
            allocated: r.get(at + 7)?,
            shipped: r.get(at + 8)?,
            backordered: r.get(at + 9)?,
            cancelled: r.get(at + 10)?,
        },
        incentive_units: r.get(at + 11)?,
        initially_backordered: r.get(at + 12)?,
        eta: r.get(at + 13)?,
        replaces_line_id: r.get(at + 14)?,
    })
}

pub fn lines<'a>(conn: impl Into<Conn<'a>>, order_id: i64) -> Result<Vec<LineRow>> {
    conn.into().query(
        concat!(
            "SELECT ",
            line_cols!(),
            " FROM order_lines ol JOIN products p ON p.id = ol.product_id
             WHERE ol.order_id = ?1 ORDER BY ol.line_no"
        ),
        &[&order_id],
        |r| line_row(r, 0),
    )
}

/// The head of the order with this id and its lines (as [`lines`] reads them), in one
/// statement: one round trip on a shop server (issue 19).
pub fn head_and_lines<'a>(
    conn: impl Into<Conn<'a>>,
    order_id: i64,
) -> Result<(OrderRow, Vec<LineRow>)> {
    // Column 13 on: the line, NULL for an order without lines (the one row is its head).
    let rows: Vec<(OrderRow, Option<LineRow>)> = conn.into().query(
        select_order!(
            lines,
            "LEFT JOIN order_lines ol ON ol.order_id = o.id
             LEFT JOIN products p ON p.id = ol.product_id
             WHERE o.id = ?1 ORDER BY ol.line_no"
        ),
        &[&order_id],
        |r| {
            let line = match r.get::<Option<i64>>(13)? {
                Some(_) => Some(line_row(r, 13)?),
                None => None,
            };
            Ok((order_row(r)?, line))
        },
    )?;
    let mut rows = rows.into_iter();
    let (head, first) = rows
        .next()
        .ok_or_else(|| Error::not_found("order", order_id))?;
    let lines = first
        .into_iter()
        .chain(rows.filter_map(|(_, l)| l))
        .collect();
    Ok((head, lines))
}

/// Rule 5 on one line: cancels `back` waiting and `alloc` allocated units.
pub fn cancel_line_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    line_id: i64,
    back: i64,
    alloc: i64,
    incentive_units: i64,
) -> Result<()> {
    let conn = conn.into();
    conn.execute(
        "UPDATE order_lines SET backordered = backordered - ?2, allocated = allocated - ?3,
            cancelled = cancelled + ?2 + ?3, incentive_units = ?4 WHERE id = ?1",
        &[&line_id, &back, &alloc, &incentive_units],
    )?;
    crate::stock::store::hold_for_line_in_tx(conn, line_id, -alloc)
}

/// A swap's new line: `qty` units of the substitute, all allocated from free stock, placed
/// behind the order's other lines and naming the line it replaces. Nothing of it was ever
/// backordered (its units waited on the replaced line, which keeps that history); its
/// promise is given by the engine's settle.
#[derive(Debug, Clone, Copy)]
pub struct SwapLineInsert<'a> {
    pub order_id: i64,
    pub product_id: i64,
    pub unit_price: i64,
    pub qty: i64,
    pub incentive_units: i64,
    /// The order's priority and time, copied for the queue index.
    pub priority: i64,
    pub placed_at: &'a str,
    pub replaces_line_id: i64,
}

pub fn insert_swap_line_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    l: &SwapLineInsert<'_>,
) -> Result<i64> {
    let SwapLineInsert {
        order_id,
        product_id,
        unit_price,
        qty,
        incentive_units,
        priority,
        placed_at,
        replaces_line_id,
    } = *l;
    let conn = conn.into();
    crate::stock::store::hold_in_tx(conn, product_id, qty)?;
    conn.insert_id(
        "INSERT INTO order_lines (order_id, line_no, product_id, unit_price, ordered, allocated,
            incentive_units, priority, placed_at, replaces_line_id)
         VALUES (?1, (SELECT coalesce(max(line_no), 0) + 1 FROM order_lines WHERE order_id = ?1),
                 ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8) RETURNING id",
        &[
            &order_id,
            &product_id,
            &unit_price,
            &qty,
            &incentive_units,
            &priority,
            &placed_at,
            &replaces_line_id,
        ],
    )
}

/// Changes an order's priority and its lines' copies of it (the queue index reads those).
pub fn set_priority_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    order_id: i64,
    priority: i64,
) -> Result<()> {
    let conn = conn.into();
    conn.execute(
        "UPDATE orders SET priority = ?2 WHERE id = ?1",
        &[&order_id, &priority],
    )?;
    conn.execute(
        "UPDATE order_lines SET priority = ?2 WHERE order_id = ?1",
        &[&order_id, &priority],
    )?;
    Ok(())
}

pub fn priced(lines: &[LineRow]) -> Vec<PricedLine> {
    lines
        .iter()
        .map(|l| PricedLine {
            unit_price: l.unit_price,
            ordered: l.units.ordered,
            cancelled: l.units.cancelled,
            incentive_units: l.incentive_units,
            initially_backordered: l.initially_backordered,
        })
        .collect()
}

/// The whole order as the UI and the CLI show it.
pub fn load<'a>(conn: impl Into<Conn<'a>>, o: OrderRow) -> Result<Order> {
    let conn = conn.into();
    let rows = lines(conn, o.id)?;
    assemble(conn, o, rows)
}

/// [`load`] of the order with this id: its head and lines in one statement (an order just
/// placed, read back).
pub fn load_by_id<'a>(conn: impl Into<Conn<'a>>, order_id: i64) -> Result<Order> {
    let conn = conn.into();
    let (o, rows) = head_and_lines(conn, order_id)?;
    assemble(conn, o, rows)
}

/// The order from its head and lines: totals, status, queue positions, shipments.
fn assemble(conn: Conn<'_>, o: OrderRow, rows: Vec<LineRow>) -> Result<Order> {
    let units: Vec<Units> = rows.iter().map(|l| l.units).collect();
    let (subtotal, discount, total) = rules::totals(&o.incentive, &priced(&rows));
    let mut lines = Vec::with_capacity(rows.len());
    // A line with nothing waiting has no place in a queue (what queue_position answers for
    // it too); the waiting ones' places in one statement, read only when some line waits.
    let positions = if rows.iter().any(|l| l.units.backordered > 0) {
        crate::backorders::store::queue_positions(conn, o.id)?
    } else {
        Default::default()
    };
    for l in rows {
        let queue_position = positions.get(&l.id).copied();
        lines.push(OrderLine {
            id: l.id,
            line_no: l.line_no,
            queue_position,
            sku: l.sku,
            name: l.name,
            unit_price: l.unit_price,
            ordered: l.units.ordered,
            allocated: l.units.allocated,
            shipped: l.units.shipped,
            backordered: l.units.backordered,
            cancelled: l.units.cancelled,
            incentive_units: l.incentive_units,
            eta: l.eta,
            replaces_line_id: l.replaces_line_id,
        });
    }
    let shipments = crate::shipping::store::for_order(conn, o.id)?;
    let placed_on = crate::json::parse_time(&o.placed_at)
        .map(|t| t.date())
        .unwrap_or_default();
    Ok(Order {
        id: o.id,
        number: o.number,
        customer: o.customer,
        customer_id: o.customer_id,
        status: rules::status(&units),
        placed_at: o.placed_at,
        placed_on,
        priority: o.priority,
        carrier: o.carrier,
        incentive: o.incentive,
        subtotal,
        discount,
        total,
        note: o.note,
        external_ref: o.external_ref,
        lines,
        shipments,
    })
}

/// Orders, newest first.
pub fn summaries<'a>(conn: impl Into<Conn<'a>>, f: &OrderFilter) -> Result<Vec<OrderSummary>> {
    let conn = conn.into();
    let like = f.search.as_deref().map(|s| format!("%{}%", s.trim()));
    // LIKE ignores ASCII case on SQLite only: ILIKE on PostgreSQL; a parameter only tested
    // for NULL needs a type there.
    let heads = conn.query(
        conn.sql(
            select_order!(
                "WHERE (?1 IS NULL OR o.customer_id = ?1) AND (?2 IS NULL OR o.number LIKE ?2 OR c.name LIKE ?2)
                 ORDER BY o.placed_at DESC, o.id DESC"
            ),
            select_order!(
                "WHERE (CAST(?1 AS BIGINT) IS NULL OR o.customer_id = ?1)
                   AND (CAST(?2 AS TEXT) IS NULL OR o.number ILIKE ?2 OR c.name ILIKE ?2)
                 ORDER BY o.placed_at DESC, o.id DESC"
            ),
        ),
        &[&f.customer_id, &like],
        order_row,
    )?;
    let mut out = Vec::with_capacity(heads.len());
    for o in heads {
        let rows = lines(conn, o.id)?;
        let units: Vec<Units> = rows.iter().map(|l| l.units).collect();
        let status = rules::status(&units);
        if f.status.is_some_and(|s| s != status) {
            continue;
        }
        let (_, _, total) = rules::totals(&o.incentive, &priced(&rows));
        out.push(OrderSummary {
            placed_on: crate::json::parse_time(&o.placed_at)
                .map(|t| t.date())
                .unwrap_or_default(),
            number: o.number,
            customer: o.customer,
            customer_id: o.customer_id,
            priority: o.priority,
            status,
            total,
            lines: rows.len() as i64,
            backordered: units.iter().map(|u| u.backordered).sum(),
            ready_to_ship: units.iter().map(|u| u.allocated).sum(),
        });
    }
    Ok(out)
}

/// (order number, SKU, first promise) of every line that was backordered when placed: the
/// promise first given, kept beside the current one (the simulator's report).
pub fn first_promises<'a>(
    conn: impl Into<Conn<'a>>,
) -> Result<Vec<(String, String, Option<NaiveDate>)>> {
    conn.into().query(
        "SELECT o.number, p.sku, ol.first_eta FROM order_lines ol
         JOIN orders o ON o.id = ol.order_id JOIN products p ON p.id = ol.product_id
         WHERE ol.initially_backordered > 0",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}

/// The number of the order imported from the web shop under `name` (issue 21), if any.
pub fn number_by_external_ref<'a>(conn: impl Into<Conn<'a>>, name: &str) -> Result<Option<String>> {
    conn.into().query_opt(
        "SELECT number FROM orders WHERE external_ref = ?1",
        &[&name],
        |r| r.get(0),
    )
}

/// Keeps the web shop's name of an order (its external reference).
pub fn set_external_ref<'a>(conn: impl Into<Conn<'a>>, order_id: i64, name: &str) -> Result<()> {
    conn.into().execute(
        "UPDATE orders SET external_ref = ?2 WHERE id = ?1",
        &[&order_id, &name],
    )?;
    Ok(())
}

/// Whether an order with this number exists (only that: `by_number` would also read its
/// customer and carrier, for each of 100,000 imported rows that are nearly all new).
pub fn number_exists<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<bool> {
    let conn = conn.into();
    conn.query_row(
        conn.sql(
            "SELECT EXISTS (SELECT 1 FROM orders WHERE number = ?1)",
            "SELECT EXISTS (SELECT 1 FROM orders WHERE lower(number) = lower(?1))",
        ),
        &[&number.trim()],
        |r| r.get(0),
    )
}
