//! SQL of purchase orders.

pub mod list;

use chrono::NaiveDate;

use crate::db::conn::{Conn, Row};

use super::model::{OpenPoLine, Po, PoFilter, PoLine, PoStatus};
use super::rules;
use crate::{Error, Result};

// "Outstanding" in SQL, over a PO line `pl` of its purchase order `po`: the same figure as
// [`rules::outstanding`]. A line is open supply while units are outstanding and its PO is not
// cancelled; the promise walk, the product page's incoming figure and the reports read only
// those.

/// Units of PO line `pl` not received yet.
pub const OUTSTANDING_SQL: &str = "(pl.ordered - pl.received)";
/// PO line `pl` of purchase order `po` still brings units.
pub const OPEN_SUPPLY_SQL: &str = "pl.received < pl.ordered AND po.cancelled = 0";

/// The order open supply comes in, over `po` and `pl`: by expected date, then PO number
/// (numbers of equal prefix compare by length first, so PO-999 comes before PO-1000).
pub const SUPPLY_ORDER: &str = "po.expected_on, length(po.number), po.number, pl.line_no";

/// Purchase order `po` still expects something: not cancelled, with a line not fully received
/// (status open or partially received; see [`status`]). A macro as well as a const so `const`
/// SQL can be put together with `concat!`.
macro_rules! open_po_sql {
    () => {
        "po.cancelled = 0 AND po.id IN (SELECT po_id FROM po_lines WHERE received < ordered)"
    };
}
pub(crate) use open_po_sql;
/// See [`open_po_sql!`].
pub const OPEN_PO_SQL: &str = open_po_sql!();

#[derive(Debug, Clone)]
pub struct PoRow {
    pub id: i64,
    pub number: String,
    pub supplier: String,
    pub created_on: NaiveDate,
    pub expected_on: NaiveDate,
    pub first_expected_on: NaiveDate,
    pub cancelled: bool,
    pub note: String,
}

pub fn insert_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    number: &str,
    supplier_id: i64,
    created_on: NaiveDate,
    expected_on: NaiveDate,
    note: &str,
) -> Result<i64> {
    let conn = conn.into();
    // PO numbers ignore case (NOCASE on SQLite, the lower() index on PostgreSQL).
    let taken: bool = conn.query_row(
        conn.sql(
            "SELECT EXISTS (SELECT 1 FROM purchase_orders WHERE number = ?1)",
            "SELECT EXISTS (SELECT 1 FROM purchase_orders WHERE lower(number) = lower(?1))",
        ),
        &[&number],
        |r| r.get(0),
    )?;
    if taken {
        return Err(Error::duplicate(crate::msg!("po-exists", po = number)));
    }
    conn.insert_id(
        "INSERT INTO purchase_orders (number, supplier_id, created_on, expected_on, first_expected_on, note)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5) RETURNING id",
        &[&number, &supplier_id, &created_on, &expected_on, &note],
    )
}

pub fn insert_line_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    po_id: i64,
    line_no: i64,
    product_id: i64,
    qty: i64,
    unit_cost: i64,
) -> Result<()> {
    conn.into().execute(
        "INSERT INTO po_lines (po_id, line_no, product_id, ordered, unit_cost) VALUES (?1, ?2, ?3, ?4, ?5)",
        &[&po_id, &line_no, &product_id, &qty, &unit_cost],
    )?;
    Ok(())
}

/// A PO's columns, from purchase_orders `po` and its supplier `s`, then `$rest`.
macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT po.id, po.number, s.name, po.created_on, po.expected_on, po.first_expected_on,
                po.cancelled, po.note
             FROM purchase_orders po JOIN suppliers s ON s.id = po.supplier_id ",
            $rest
        )
    };
}

fn row(r: &Row) -> Result<PoRow> {
    Ok(PoRow {
        id: r.get(0)?,
        number: r.get(1)?,
        supplier: r.get(2)?,
        created_on: r.get(3)?,
        expected_on: r.get(4)?,
        first_expected_on: r.get(5)?,
        cancelled: r.get(6)?,
        note: r.get(7)?,
    })
}

pub fn require<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<PoRow> {
    let conn = conn.into();
    conn.query_opt(
        conn.sql(
            select!("WHERE po.number = ?1"),
            select!("WHERE lower(po.number) = lower(?1)"),
        ),
        &[&number.trim()],
        row,
    )?
    .ok_or_else(|| Error::not_found("purchase order", number.trim()))
}

/// A stored PO line with its product.
#[derive(Debug, Clone)]
pub struct LineRow {
    pub id: i64,
    pub product_id: i64,
    pub sku: String,
    pub name: String,
    pub ordered: i64,
    pub received: i64,
    pub unit_cost: i64,
}

impl LineRow {
    /// Units not received yet ([`rules::outstanding`]).
    pub fn outstanding(&self) -> i64 {
        rules::outstanding(self.ordered, self.received)
    }
}

/// The lines of a PO, in line order.
pub fn lines<'a>(conn: impl Into<Conn<'a>>, po_id: i64) -> Result<Vec<LineRow>> {
    conn.into().query(
        "SELECT pl.id, pl.product_id, p.sku, p.name, pl.ordered, pl.received, pl.unit_cost
         FROM po_lines pl JOIN products p ON p.id = pl.product_id WHERE pl.po_id = ?1 ORDER BY pl.line_no",
        &[&po_id],
        |r| {
            Ok(LineRow {
                id: r.get(0)?,
                product_id: r.get(1)?,
                sku: r.get(2)?,
                name: r.get(3)?,
                ordered: r.get(4)?,
                received: r.get(5)?,
                unit_cost: r.get(6)?,
            })
        },
    )
}

pub fn receive_line_in_tx<'a>(conn: impl Into<Conn<'a>>, line_id: i64, qty: i64) -> Result<()> {
    conn.into().execute(
        "UPDATE po_lines SET received = received + ?2 WHERE id = ?1",
        &[&line_id, &qty],
    )?;
    Ok(())
}

pub fn set_expected_in_tx<'a>(conn: impl Into<Conn<'a>>, po_id: i64, on: NaiveDate) -> Result<()> {
    conn.into().execute(
        "UPDATE purchase_orders SET expected_on = ?2 WHERE id = ?1",
        &[&po_id, &on],
    )?;
    Ok(())
}

/// A product's open PO lines, in the order they come in (the product page). On both engines
/// (issue 19).
pub fn open_lines_for_product<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    product_id: i64,
    today: NaiveDate,
) -> Result<Vec<OpenPoLine>> {
    conn.into().query(
        &format!(
            "SELECT po.number, s.name, po.expected_on, {OUTSTANDING_SQL} FROM po_lines pl
             JOIN purchase_orders po ON po.id = pl.po_id JOIN suppliers s ON s.id = po.supplier_id
             WHERE pl.product_id = ?1 AND {OPEN_SUPPLY_SQL}
             ORDER BY {SUPPLY_ORDER}"
        ),
        &[&product_id],
        |r| {
            let expected_on: NaiveDate = r.get(2)?;
            Ok(OpenPoLine {
                po: r.get(0)?,
                supplier: r.get(1)?,
                expected_on,
                outstanding: r.get(3)?,
                overdue: expected_on < today,
            })
        },
    )
}

pub fn status(cancelled: bool, lines: &[PoLine]) -> PoStatus {
    let ordered: i64 = lines.iter().map(|l| l.ordered).sum();
    let received: i64 = lines.iter().map(|l| l.received).sum();
    if cancelled {
        PoStatus::Cancelled
    } else if received >= ordered {
        PoStatus::Received
    } else if received > 0 {
        PoStatus::PartiallyReceived
    } else {
        PoStatus::Open
    }
}

pub fn load<'a>(conn: impl Into<Conn<'a>>, po: PoRow, today: NaiveDate) -> Result<Po> {
    let lines: Vec<PoLine> = lines(conn, po.id)?
        .into_iter()
        .enumerate()
        .map(|(i, l)| PoLine {
            line_no: i as i64 + 1,
            outstanding: l.outstanding(),
            sku: l.sku,
            name: l.name,
            ordered: l.ordered,
            received: l.received,
            unit_cost: l.unit_cost,
        })
        .collect();
    let status = status(po.cancelled, &lines);
    let open = matches!(status, PoStatus::Open | PoStatus::PartiallyReceived);
    Ok(Po {
        id: po.id,
        number: po.number,
        supplier: po.supplier,
        created_on: po.created_on,
        expected_on: po.expected_on,
        first_expected_on: po.first_expected_on,
        status,
        overdue: open && po.expected_on < today,
        note: po.note,
        total_cost: lines.iter().map(|l| l.unit_cost * l.ordered).sum(),
        to_come: lines
            .iter()
            .map(|l| rules::to_come(po.cancelled, l.ordered, l.received))
            .sum(),
        lines,
    })
}

/// Purchase orders, by expected date.
pub fn list<'a>(conn: impl Into<Conn<'a>>, f: &PoFilter, today: NaiveDate) -> Result<Vec<Po>> {
    let conn = conn.into();
    // Supplier names ignore case; a parameter only tested for NULL needs a type on PostgreSQL.
    let rows = conn.query(
        conn.sql(
            select!("WHERE (?1 IS NULL OR s.name = ?1) ORDER BY po.expected_on, po.id"),
            select!(
                "WHERE (CAST(?1 AS TEXT) IS NULL OR lower(s.name) = lower(?1))
                 ORDER BY po.expected_on, po.id"
            ),
        ),
        &[&f.supplier.as_deref().map(str::trim)],
        row,
    )?;
    let mut out = Vec::new();
    for r in rows {
        let po = load(conn, r, today)?;
        let open = matches!(po.status, PoStatus::Open | PoStatus::PartiallyReceived);
        if (f.open_only && !open) || (f.overdue_only && !po.overdue) {
            continue;
        }
        out.push(po);
    }
    Ok(out)
}

/// The number of the purchase order with row id `id`.
pub fn number_of<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<String> {
    conn.into().query_row(
        "SELECT number FROM purchase_orders WHERE id = ?1",
        &[&id],
        |r| r.get(0),
    )
}

/// Marks a purchase order cancelled: its outstanding units leave the supply.
pub fn cancel_in_tx<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<()> {
    conn.into().execute(
        "UPDATE purchase_orders SET cancelled = 1 WHERE id = ?1",
        &[&id],
    )?;
    Ok(())
}
