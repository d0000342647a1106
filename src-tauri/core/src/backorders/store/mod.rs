//! SQL of the queue. Every query that walks a SKU's queue reads the partial index
//! `order_lines_queue (product_id, priority DESC, placed_at, id) WHERE backordered > 0`, so its
//! cost follows the SKU's waiting lines, never the order history.

pub mod list;

use chrono::NaiveDate;

use crate::db::conn::{Conn, Param, Row};

use super::model::{BackorderFilter, BackorderRow};
use crate::Result;

// THE queue order (rule 2), defined once. Every query that walks, lists or ranks a queue says
// its order with these fragments; `rules::queue_cmp` is the same order in Rust, and the
// partial index `order_lines_queue (product_id, priority DESC, placed_at, id)` serves it.
// Macros as well as consts, so `const` SQL can be put together with `concat!`.

/// The queue order over `ol` (order_lines): higher priority first, then order time, then the
/// line id (a total order).
macro_rules! queue_order {
    () => {
        "ol.priority DESC, ol.placed_at, ol.id"
    };
}
/// [`queue_order!`] read from the back: the last in the queue first.
macro_rules! queue_order_reversed {
    () => {
        "ol.priority ASC, ol.placed_at DESC, ol.id DESC"
    };
}

/// The columns [`promise_line`] reads (?2: the default carrier's transit days).
macro_rules! promise_cols {
    () => {
        "ol.id, ol.order_id, o.number, ol.allocated, ol.backordered, ol.eta,
    coalesce(c.transit_days, ?2)"
    };
}

/// THE queue order: see [`queue_order!`].
pub const QUEUE_ORDER: &str = queue_order!();
/// The queue order read from the back (rule 4 takes allocations back from the end).
pub const QUEUE_ORDER_REVERSED: &str = queue_order_reversed!();
/// The number of waiting lines ahead of the line of product `$pid`, priority `$prio`, time
/// `$at` and id `$id` (SQL expressions) in its queue: [`AHEAD_IN_QUEUE`] of one line, and of
/// each waiting line of an order in [`queue_positions`].
macro_rules! ahead_in_queue {
    ($pid:literal, $prio:literal, $at:literal, $id:literal) => {
        concat!(
            "(SELECT count(*) FROM order_lines
     WHERE product_id = ",
            $pid,
            " AND backordered > 0
       AND (priority > ",
            $prio,
            " OR (priority = ",
            $prio,
            " AND (placed_at < ",
            $at,
            " OR (placed_at = ",
            $at,
            " AND id < ",
            $id,
            ")))))"
        )
    };
}

/// How many waiting lines of SKU ?1 come before the line whose priority, order time and id are
/// ?2, ?3 and ?4 in the queue order: its queue position minus one. A range of the queue index.
pub const AHEAD_IN_QUEUE: &str = concat!("SELECT ", ahead_in_queue!("?1", "?2", "?3", "?4"));

/// A waiting line as the allocation step needs it.
#[derive(Debug, Clone)]
pub struct WaitingLine {
    pub id: i64,
    pub order_id: i64,
    pub order: String,
    pub backordered: i64,
}

/// A line as the promise step needs it.
#[derive(Debug, Clone)]
pub struct PromiseLine {
    pub id: i64,
    pub order_id: i64,
    pub order: String,
    pub allocated: i64,
    pub backordered: i64,
    pub eta: Option<NaiveDate>,
    /// T: the order's carrier's transit days, else the default carrier's, else 0.
    pub transit: i64,
}

/// The head of the queue: lines in queue order until their waiting units reach `units`.
pub fn queue_head<'a>(
    conn: impl Into<Conn<'a>>,
    product_id: i64,
    units: i64,
) -> Result<Vec<WaitingLine>> {
    head_until(
        conn.into(),
        concat!(
            "SELECT ol.id, ol.order_id, o.number, ol.backordered FROM order_lines ol
             JOIN orders o ON o.id = ol.order_id
             WHERE ol.product_id = ?1 AND ol.backordered > 0
             ORDER BY ",
            queue_order!()
        ),
        &[&product_id],
        units,
        waiting_line,
        |l| l.backordered,
    )
}

/// The head of the queue as [`queue_head`] reads it, with what the promise step needs, so a
/// line that a fill takes out of the queue gets its new promise in the same UPDATE.
pub fn queue_head_for_fill<'a>(
    conn: impl Into<Conn<'a>>,
    product_id: i64,
    units: i64,
    default_transit: i64,
) -> Result<Vec<PromiseLine>> {
    head_until(
        conn.into(),
        concat!(
            "SELECT ",
            promise_cols!(),
            " FROM order_lines ol
             JOIN orders o ON o.id = ol.order_id
             LEFT JOIN carriers c ON c.id = o.carrier_id
             WHERE ol.product_id = ?1 AND ol.backordered > 0
             ORDER BY ",
            queue_order!()
        ),
        &[&product_id, &default_transit],
        units,
        promise_line,
        |l| l.backordered,
    )
}

/// The rows of `sql` in their order until the units they carry reach `units` (the head of the
/// queue a receipt fills, the allocations a stock loss takes back). SQLite steps the cursor
/// and stops there; PostgreSQL's client reads the whole answer, which is then cut the same way.
fn head_until<T>(
    conn: Conn<'_>,
    sql: &str,
    params: &[&dyn Param],
    units: i64,
    read: impl Fn(&Row<'_>) -> Result<T>,
    units_of: impl Fn(&T) -> i64,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    let mut sum = 0;
    match conn {
        Conn::Sqlite(c) => {
            let mut st = c.prepare_cached(sql)?;
            let mut rows = st.query(rusqlite::params_from_iter(
                params.iter().map(|p| *p as &dyn rusqlite::ToSql),
            ))?;
            while sum < units {
                let Some(r) = rows.next()? else { break };
                let item = read(&Row::Sqlite(r))?;
                sum += units_of(&item);
                out.push(item);
            }
        }
        Conn::Postgres(_) => {
            for item in conn.query(sql, params, read)? {
                if sum >= units {
                    break;
                }
                sum += units_of(&item);
                out.push(item);
            }
        }
    }
    Ok(out)
}

/// A [`WaitingLine`] from `id, order_id, number, units` (units waiting, or held).
fn waiting_line(r: &Row<'_>) -> Result<WaitingLine> {
    Ok(WaitingLine {
        id: r.get(0)?,
        order_id: r.get(1)?,
        order: r.get(2)?,
        backordered: r.get(3)?,
    })
}

/// Lines holding stock, last in queue order first, until their allocations reach `units`.
pub fn allocated_from_the_back<'a>(
    conn: impl Into<Conn<'a>>,
    product_id: i64,
    units: i64,
) -> Result<Vec<WaitingLine>> {
    head_until(
        conn.into(),
        concat!(
            "SELECT ol.id, ol.order_id, o.number, ol.allocated FROM order_lines ol
             JOIN orders o ON o.id = ol.order_id
             WHERE ol.product_id = ?1 AND ol.allocated > 0
             ORDER BY ",
            queue_order_reversed!()
        ),
        &[&product_id],
        units,
        waiting_line,
        |l| l.backordered,
    )
}

fn promise_line(r: &Row<'_>) -> Result<PromiseLine> {
    Ok(PromiseLine {
        id: r.get(0)?,
        order_id: r.get(1)?,
        order: r.get(2)?,
        allocated: r.get(3)?,
        backordered: r.get(4)?,
        eta: r.get(5)?,
        transit: r.get(6)?,
    })
}

/// The whole queue of a SKU in order, with what the promise walk needs.
pub fn queue_for_promises<'a>(
    conn: impl Into<Conn<'a>>,
    product_id: i64,
    default_transit: i64,
) -> Result<Vec<PromiseLine>> {
    conn.into().query(
        concat!(
            "SELECT ",
            promise_cols!(),
            " FROM order_lines ol
             JOIN orders o ON o.id = ol.order_id
             LEFT JOIN carriers c ON c.id = o.carrier_id
             WHERE ol.product_id = ?1 AND ol.backordered > 0
             ORDER BY ",
            queue_order!()
        ),
        &[&product_id, &default_transit],
        promise_line,
    )
}

pub fn promise_line_by_id<'a>(
    conn: impl Into<Conn<'a>>,
    line_id: i64,
    default_transit: i64,
) -> Result<PromiseLine> {
    conn.into().query_row(
        concat!(
            "SELECT ",
            promise_cols!(),
            " FROM order_lines ol
             JOIN orders o ON o.id = ol.order_id
             LEFT JOIN carriers c ON c.id = o.carrier_id
             WHERE ol.id = ?1"
        ),
        &[&line_id, &default_transit],
        promise_line,
    )
}

const FILL: &str =
    "UPDATE order_lines SET allocated = allocated + ?2, backordered = backordered - ?2
     WHERE id = ?1";
/// The promise as `set_eta_in_tx` stores it, in the same row write as the fill.
const FILL_AND_PROMISE: &str =
    "UPDATE order_lines SET allocated = allocated + ?2, backordered = backordered - ?2,
        eta = ?3, first_eta = coalesce(first_eta, ?3) WHERE id = ?1";

/// Rule 3 over many lines of one product (a receipt may fill 10,000 lines): the statements are
/// prepared once for the batch, the fill records go in as multi-row INSERTs, and the product's
/// kept Σ allocated changes once for them all. [`Filler::finish`] writes the records still
/// buffered and that figure.
pub struct Filler<'c> {
    conn: Conn<'c>,
    /// SQLite's two statements, held for the batch (`None` on PostgreSQL, whose session keeps
    /// its prepared statements itself).
    sqlite: Option<(rusqlite::CachedStatement<'c>, rusqlite::CachedStatement<'c>)>,
    records: Vec<(i64, i64)>,
    on: NaiveDate,
    reference: &'c str,
    /// The product whose lines are filled, and the units filled so far.
    product_id: i64,
    held: i64,
}

/// Fill records per INSERT statement.
const FILLS_PER_INSERT: usize = 64;

impl<'c> Filler<'c> {
    pub fn new(
        conn: impl Into<Conn<'c>>,
        product_id: i64,
        on: NaiveDate,
        reference: &'c str,
    ) -> Result<Filler<'c>> {
        let conn = conn.into();
        let sqlite = match conn {
            Conn::Sqlite(c) => Some((c.prepare_cached(FILL)?, c.prepare_cached(FILL_AND_PROMISE)?)),
            Conn::Postgres(_) => None,
        };
        Ok(Filler {
            conn,
            sqlite,
            records: Vec::with_capacity(FILLS_PER_INSERT),
            on,
            reference,
            product_id,
            held: 0,
        })
    }

    /// `qty` waiting units of the line become allocated and the fill is recorded; with
    /// `new_eta`, the line's promise changes to it too.
    pub fn fill(
        &mut self,
        line_id: i64,
        qty: i64,
        new_eta: Option<Option<NaiveDate>>,
    ) -> Result<()> {
        match (&mut self.sqlite, new_eta) {
            (Some((_, st)), Some(eta)) => st.execute(rusqlite::params![line_id, qty, eta])?,
            (Some((st, _)), None) => st.execute(rusqlite::params![line_id, qty])?,
            (None, Some(eta)) => self
                .conn
                .execute(FILL_AND_PROMISE, &[&line_id, &qty, &eta])?,
            (None, None) => self.conn.execute(FILL, &[&line_id, &qty])?,
        };
        self.records.push((line_id, qty));
        self.held += qty;
        if self.records.len() == FILLS_PER_INSERT {
            self.write_records()?;
        }
        Ok(())
    }

    /// Writes the fill records still buffered.
    pub fn finish(mut self) -> Result<()> {
        self.write_records()?;
        crate::stock::store::hold_in_tx(self.conn, self.product_id, self.held)
    }

    fn write_records(&mut self) -> Result<()> {
        if self.records.is_empty() {
            return Ok(());
        }
        // ?1 and ?2 are the shared day and reference; each row binds its line and quantity.
        let values: Vec<String> = (0..self.records.len())
            .map(|i| format!("(?{}, ?{}, ?1, ?2)", 3 + 2 * i, 4 + 2 * i))
            .collect();
        let sql = format!(
            "INSERT INTO fills (order_line_id, qty, on_date, reference) VALUES {}",
            values.join(", ")
        );
        match self.conn {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(&sql)?;
                st.raw_bind_parameter(1, self.on)?;
                st.raw_bind_parameter(2, self.reference)?;
                for (i, (line_id, qty)) in self.records.iter().enumerate() {
                    st.raw_bind_parameter(3 + 2 * i, line_id)?;
                    st.raw_bind_parameter(4 + 2 * i, qty)?;
                }
                st.raw_execute()?;
            }
            Conn::Postgres(_) => {
                let mut params: Vec<&dyn Param> = vec![&self.on, &self.reference];
                for (line_id, qty) in &self.records {
                    params.push(line_id);
                    params.push(qty);
                }
                self.conn.execute(&sql, &params)?;
            }
        }
        self.records.clear();
        Ok(())
    }
}

/// Rule 4 applied to one line: `qty` allocated units go back to waiting.
pub fn take_back_in_tx<'a>(conn: impl Into<Conn<'a>>, line_id: i64, qty: i64) -> Result<()> {
    let conn = conn.into();
    conn.execute(
        "UPDATE order_lines SET allocated = allocated - ?2, backordered = backordered + ?2 WHERE id = ?1",
        &[&line_id, &qty],
    )?;
    crate::stock::store::hold_for_line_in_tx(conn, line_id, -qty)
}

/// Stores a new promise; the first promise ever given is kept beside it.
pub fn set_eta_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    line_id: i64,
    eta: Option<NaiveDate>,
) -> Result<()> {
    conn.into().execute(SET_ETA, &[&line_id, &eta])?;
    Ok(())
}

const SET_ETA: &str =
    "UPDATE order_lines SET eta = ?2, first_eta = coalesce(first_eta, ?2) WHERE id = ?1";

/// [`set_eta_in_tx`] for many lines of one walk, with SQLite's statement prepared once.
pub struct EtaWriter<'c>(Conn<'c>, Option<rusqlite::CachedStatement<'c>>);

impl<'c> EtaWriter<'c> {
    pub fn new(conn: impl Into<Conn<'c>>) -> Result<EtaWriter<'c>> {
        let conn = conn.into();
        let st = match conn {
            Conn::Sqlite(c) => Some(c.prepare_cached(SET_ETA)?),
            Conn::Postgres(_) => None,
        };
        Ok(EtaWriter(conn, st))
    }

    pub fn set(&mut self, line_id: i64, eta: Option<NaiveDate>) -> Result<()> {
        match &mut self.1 {
            Some(st) => st.execute(rusqlite::params![line_id, eta])?,
            None => self.0.execute(SET_ETA, &[&line_id, &eta])?,
        };
        Ok(())
    }
}

/// (H, default T): the settings' handling days and the default carrier's transit days (0 when
/// there is none), as `settings::store::handling_days` and `carriers::store::
/// default_transit_days` read them, in one cached statement: every use case starts with them.
pub fn shop_days<'a>(conn: impl Into<crate::db::Conn<'a>>) -> Result<(i64, i64)> {
    conn.into().query_row(
        "SELECT (SELECT handling_days FROM settings WHERE id = 1),
                coalesce((SELECT transit_days FROM carriers WHERE is_default = 1), 0)",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Σ backordered of a SKU's waiting lines.
pub fn waiting_units<'a>(conn: impl Into<crate::db::Conn<'a>>, product_id: i64) -> Result<i64> {
    Ok(waiting(conn, product_id)?.0)
}

/// (Σ backordered, number of waiting lines) of a product, from the queue index. (On both
/// engines, issue 19: the sum CAST to BIGINT, which PostgreSQL would make NUMERIC.)
pub fn waiting<'a>(conn: impl Into<crate::db::Conn<'a>>, product_id: i64) -> Result<(i64, i64)> {
    conn.into().query_row(
        "SELECT CAST(coalesce(sum(backordered), 0) AS BIGINT), count(*) FROM order_lines
         WHERE product_id = ?1 AND backordered > 0",
        &[&product_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Whether some other waiting line of the SKU comes after this one in queue order, i.e. whether
/// a new line did not simply join the end of its queue (a higher priority, or an imported
/// order placed in the past, lands in the middle). For a waiting line (the caller's case).
///
/// The queue order is a total order (the line id breaks ties), so another line comes after
/// this one exactly when this one is not the last of the queue: one step to the end of the
/// queue index instead of comparing every waiting line of the SKU with this one.
pub fn has_waiting_after<'a>(conn: impl Into<Conn<'a>>, line_id: i64) -> Result<bool> {
    Ok(!with_waiting_after(conn, &[line_id])?.is_empty())
}

/// [`has_waiting_after`] for several waiting lines (an order's), in one statement (a round
/// trip on a shop server, issue 19): the lines of `line_ids` some other waiting line of their
/// SKU comes after. The one home of that rule; [`has_waiting_after`] asks it of one line.
pub fn with_waiting_after<'a>(conn: impl Into<Conn<'a>>, line_ids: &[i64]) -> Result<Vec<i64>> {
    if line_ids.is_empty() {
        return Ok(Vec::new());
    }
    let conn = conn.into();
    let rows: Vec<(i64, Option<i64>)> = conn.query(
        conn.sql(LASTS_IN_QUEUE, PG_LASTS_IN_QUEUE),
        &[&crate::db::ids::id_list(line_ids.iter().copied())],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows
        .into_iter()
        .filter(|(id, last)| last.is_some_and(|last| last != *id))
        .map(|(id, _)| id)
        .collect())
}

/// The last waiting line of the queue of the product `$pid` (an SQL expression): the queue
/// index read backwards, one step.
macro_rules! last_in_queue {
    ($pid:literal) => {
        concat!(
            "SELECT ol.id FROM order_lines ol
     WHERE ol.product_id = ",
            $pid,
            " AND ol.backordered > 0
     ORDER BY ",
            queue_order_reversed!(),
            " LIMIT 1"
        )
    };
}

/// The last waiting line of the queue that line ?1 belongs to: the queue index read backwards,
/// one step (tests/engine_queue_tail.rs checks the plan).
pub const LAST_IN_QUEUE: &str =
    last_in_queue!("(SELECT product_id FROM order_lines WHERE id = ?1)");

/// Each line of an id list (?1) with the last waiting line of its queue.
macro_rules! lasts_in_queue {
    ($engine:ident) => {
        concat!(
            "SELECT me.id, (",
            last_in_queue!("me.product_id"),
            ") FROM order_lines me WHERE me.id IN ",
            crate::db::ids::ids_sql!($engine)
        )
    };
}
/// See [`lasts_in_queue!`] (tests/engine_queue_tail.rs checks its plan too).
pub const LASTS_IN_QUEUE: &str = lasts_in_queue!(sqlite);
const PG_LASTS_IN_QUEUE: &str = lasts_in_queue!(postgres);

/// 1-based rank of a line among its SKU's waiting lines; None when it does not wait.
pub fn queue_position<'a>(conn: impl Into<Conn<'a>>, line_id: i64) -> Result<Option<i64>> {
    let conn = conn.into();
    let Some((pid, prio, at, waiting)) = conn.query_opt(
        "SELECT ol.product_id, ol.priority, ol.placed_at, ol.backordered FROM order_lines ol WHERE ol.id = ?1",
        &[&line_id],
        |r| {
            Ok((
                r.get::<i64>(0)?,
                r.get::<i64>(1)?,
                r.get::<String>(2)?,
                r.get::<i64>(3)?,
            ))
        },
    )?
    else {
        return Ok(None);
    };
    if waiting <= 0 {
        return Ok(None);
    }
    let ahead: i64 = conn.query_row(AHEAD_IN_QUEUE, &[&pid, &prio, &at, &line_id], |r| r.get(0))?;
    Ok(Some(ahead + 1))
}

/// 1-based rank of each waiting line of an order among its SKU's waiting lines (as
/// [`queue_position`] gives it for one), by line id; lines not waiting are left out. One
/// statement for the order (a round trip on a shop server, issue 19).
pub fn queue_positions<'a>(
    conn: impl Into<Conn<'a>>,
    order_id: i64,
) -> Result<std::collections::HashMap<i64, i64>> {
    let rows = conn.into().query(
        concat!(
            "SELECT me.id, ",
            ahead_in_queue!("me.product_id", "me.priority", "me.placed_at", "me.id"),
            " + 1 FROM order_lines me WHERE me.order_id = ?1 AND me.backordered > 0"
        ),
        &[&order_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows.into_iter().collect())
}

/// Waiting lines with their queue positions, by SKU then queue order. On both engines
/// (issue 19; the derived table named, as PostgreSQL requires).
pub fn rows<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    f: &BackorderFilter,
    today: NaiveDate,
) -> Result<Vec<BackorderRow>> {
    // Positions are ranks over the whole queue of each SKU, so the filters on customer and
    // order apply outside the window; the SKU filter may apply inside (a queue is per SKU).
    // The other filters are applied to the rows (at most the waiting lines).
    let sku = f.sku.as_deref().map(str::trim);
    let conn = conn.into();
    // PostgreSQL must know the type of a parameter only tested for NULL.
    let no_sku = conn.sql("?1 IS NULL", "CAST(?1 AS TEXT) IS NULL");
    let v: Vec<BackorderRow> = conn.query(
        &format!(
            "SELECT * FROM (
                SELECT o.number, c.name, c.id, p.sku, p.name, ol.backordered, ol.eta,
                       substr(ol.placed_at, 1, 10), o.priority,
                       row_number() OVER (PARTITION BY ol.product_id ORDER BY {QUEUE_ORDER}) AS pos
                FROM order_lines ol
                JOIN orders o ON o.id = ol.order_id
                JOIN customers c ON c.id = o.customer_id
                JOIN products p ON p.id = ol.product_id
                WHERE ol.backordered > 0 AND ({no_sku} OR p.sku = ?1)
             ) AS waiting
             ORDER BY 4, pos"
        ),
        &[&sku],
        |r| {
            let placed_on: NaiveDate = r.get(7)?;
            Ok(BackorderRow {
                order: r.get(0)?,
                customer: r.get(1)?,
                customer_id: r.get(2)?,
                sku: r.get(3)?,
                product_name: r.get(4)?,
                backordered: r.get(5)?,
                eta: r.get(6)?,
                placed_on,
                priority: r.get(8)?,
                queue_position: r.get(9)?,
                age_days: (today - placed_on).num_days(),
            })
        },
    )?;
    Ok(v.into_iter()
        .filter(|r| f.customer_id.is_none_or(|c| c == r.customer_id))
        .filter(|r| {
            f.order
                .as_deref()
                .is_none_or(|o| o.trim().eq_ignore_ascii_case(&r.order))
        })
        .filter(|r| !f.without_eta || r.eta.is_none())
        .collect())
}

/// The products with a waiting line (whose queues a full recompute walks).
pub fn waiting_product_ids<'a>(conn: impl Into<Conn<'a>>) -> Result<Vec<i64>> {
    // By id on both engines (SQLite read them in its index's order, which is the same).
    conn.into().query(
        "SELECT DISTINCT product_id FROM order_lines WHERE backordered > 0 ORDER BY product_id",
        &[],
        |r| r.get(0),
    )
}
