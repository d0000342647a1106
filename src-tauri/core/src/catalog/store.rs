//! SQL of the catalogue: products and suppliers.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::{BackorderPolicy, NewProduct, ProductView};
use super::rules;
use crate::{Clock, Error, Result};

pub use super::model::ProductRow;

const COLS: &str = "p.id, p.sku, p.name, p.description, p.category, p.price, p.cost, s.name,
    p.reorder_point, p.safety_stock, p.reorder_qty, p.lead_time_days, p.backorders, p.on_hand";

fn row(r: &Row) -> rusqlite::Result<ProductRow> {
    let policy: String = r.get(12)?;
    Ok(ProductRow {
        id: r.get(0)?,
        sku: r.get(1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        category: r.get(4)?,
        price: r.get(5)?,
        cost: r.get(6)?,
        supplier: r.get(7)?,
        reorder_point: r.get(8)?,
        safety_stock: r.get(9)?,
        reorder_qty: r.get(10)?,
        lead_time_days: r.get(11)?,
        backorders: crate::db::stored(12, BackorderPolicy::parse(&policy))?,
        on_hand: r.get(13)?,
    })
}

/// The supplier's id, creating the supplier when the name is new (names are case-insensitive).
pub fn supplier_id_in_tx(conn: &Connection, name: &str) -> Result<i64> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid(crate::msg!("supplier-needs-name")));
    }
    if let Some(id) = conn
        .query_row("SELECT id FROM suppliers WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .optional()?
    {
        return Ok(id);
    }
    conn.execute("INSERT INTO suppliers (name) VALUES (?1)", [name])?;
    Ok(conn.last_insert_rowid())
}

/// Inserts a normalised product with on_hand 0 (the opening balance is a ledger movement).
pub fn insert_in_tx(conn: &Connection, clock: Clock, p: &NewProduct) -> Result<i64> {
    if by_sku(conn, &p.sku)?.is_some() {
        return Err(Error::duplicate(crate::msg!("sku-exists", sku = &p.sku)));
    }
    let supplier = p
        .supplier
        .as_deref()
        .map(|s| supplier_id_in_tx(conn, s))
        .transpose()?;
    conn.execute(
        "INSERT INTO products (sku, name, description, category, price, cost, supplier_id,
            reorder_point, safety_stock, reorder_qty, lead_time_days, backorders, on_hand, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, ?13)",
        params![
            p.sku,
            p.name,
            p.description,
            p.category,
            p.price,
            p.cost,
            supplier,
            p.reorder_point,
            p.safety_stock,
            p.reorder_qty,
            p.lead_time_days,
            p.backorders.as_str(),
            crate::json::time_text(clock.now())
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Writes an edited, normalised product over row `id` (on_hand is the ledger's and stays). A
/// new SKU must be free; the FTS5 index follows SKU, name, category and supplier through the
/// `product_search_update` trigger.
pub fn update_in_tx(conn: &Connection, id: i64, p: &NewProduct) -> Result<()> {
    if by_sku(conn, &p.sku)?.is_some_and(|other| other.id != id) {
        return Err(Error::duplicate(crate::msg!("sku-exists", sku = &p.sku)));
    }
    let supplier = p
        .supplier
        .as_deref()
        .map(|s| supplier_id_in_tx(conn, s))
        .transpose()?;
    // Cached: the CSV import updates products one after another through here.
    conn.prepare_cached(
        "UPDATE products SET sku = ?2, name = ?3, description = ?4, category = ?5, price = ?6,
            cost = ?7, supplier_id = ?8, reorder_point = ?9, safety_stock = ?10,
            reorder_qty = ?11, lead_time_days = ?12, backorders = ?13
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        p.sku,
        p.name,
        p.description,
        p.category,
        p.price,
        p.cost,
        supplier,
        p.reorder_point,
        p.safety_stock,
        p.reorder_qty,
        p.lead_time_days,
        p.backorders.as_str(),
    ])?;
    Ok(())
}

pub fn by_sku(conn: &Connection, sku: &str) -> Result<Option<ProductRow>> {
    let sku = sku.trim();
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id WHERE p.sku = ?1"
    ))?;
    Ok(st.query_row([sku], row).optional()?)
}

pub fn by_id(conn: &Connection, id: i64) -> Result<ProductRow> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id WHERE p.id = ?1"
    ))?;
    Ok(st.query_row([id], row)?)
}

/// The product with this SKU, or a "SKU … not found" error naming it.
pub fn require(conn: &Connection, sku: &str) -> Result<ProductRow> {
    by_sku(conn, sku)?.ok_or_else(|| Error::not_found("SKU", sku.trim()))
}

pub fn search(conn: &Connection, search: &str) -> Result<Vec<ProductRow>> {
    // Word-prefix matching through the FTS5 index (see `crate::search`); no filter when the
    // search holds no letter or digit.
    let v = match crate::search::match_expression(search) {
        Some(q) => conn
            .prepare_cached(&format!(
                "SELECT {COLS} FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id
                 WHERE {} ORDER BY p.sku",
                crate::search::PRODUCT_MATCH_FILTER
            ))?
            .query_map([q], row)?
            .collect::<rusqlite::Result<_>>()?,
        None => conn
            .prepare_cached(&format!(
                "SELECT {COLS} FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id
                 ORDER BY p.sku"
            ))?
            .query_map([], row)?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(v)
}

/// Σ allocated of a product's lines (the partial index holds only lines holding stock).
pub fn allocated(conn: &Connection, product_id: i64) -> Result<i64> {
    let mut st = conn.prepare_cached(
        "SELECT coalesce(sum(allocated), 0) FROM order_lines WHERE product_id = ?1 AND allocated > 0",
    )?;
    Ok(st.query_row([product_id], |r| r.get(0))?)
}

/// Units a new order could take now: on hand minus what lines hold (the product page, placing
/// an order, a swap's substitutes), by [`rules::available`].
pub fn available(conn: &Connection, p: &ProductRow) -> Result<i64> {
    Ok(rules::available(p.on_hand, allocated(conn, p.id)?))
}

// "Available" in SQL, for queries over many products (the Dashboard's counts, the shortage
// pages): the same figure as [`rules::available`]. A macro as well as a const so `const` SQL
// can be put together with `concat!`.

/// Σ allocated per product, as the CTE `held (product_id, s)`: only lines holding stock (the
/// partial index `order_lines_allocated`).
macro_rules! held_cte {
    () => {
        "held AS (SELECT product_id, sum(allocated) AS s FROM order_lines WHERE allocated > 0
                GROUP BY product_id)"
    };
}
/// Available of product `p` with its [`held_cte!`] row `held` (absent: nothing held).
macro_rules! available_sql {
    () => {
        "(p.on_hand - coalesce(held.s, 0))"
    };
}
pub(crate) use {available_sql, held_cte};

/// See [`available_sql!`].
pub const AVAILABLE_SQL: &str = available_sql!();
/// See [`held_cte!`].
pub const HELD_CTE: &str = held_cte!();

/// Products of `category` priced within ±25% of `price` (|p − price| × 4 ≤ price), other than
/// `except`: the candidates a swap may offer (the rule in `orders::rules::substitutes` has the
/// last word; this only narrows what is read).
pub fn same_category_near_price(
    conn: &Connection,
    category: &str,
    price: i64,
    except: i64,
) -> Result<Vec<ProductRow>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLS} FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id
         WHERE p.category = ?1 AND p.id <> ?2 AND abs(p.price - ?3) * 4 <= ?3
         ORDER BY p.sku"
    ))?;
    let v = st
        .query_map(params![category, except, price], row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// (Σ backordered, number of waiting lines) of a product: the queue's figures.
pub fn waiting(conn: &Connection, product_id: i64) -> Result<(i64, i64)> {
    crate::backorders::store::waiting(conn, product_id)
}

/// Outstanding units on open purchase orders.
pub fn incoming(conn: &Connection, product_id: i64) -> Result<i64> {
    use crate::purchasing::store::{OPEN_SUPPLY_SQL, OUTSTANDING_SQL};
    let mut st = conn.prepare_cached(&format!(
        "SELECT coalesce(sum({OUTSTANDING_SQL}), 0) FROM po_lines pl
         JOIN purchase_orders po ON po.id = pl.po_id
         WHERE pl.product_id = ?1 AND {OPEN_SUPPLY_SQL}"
    ))?;
    Ok(st.query_row([product_id], |r| r.get(0))?)
}

/// The ETA a new order for one unit would get (rule 7 from the product's point of view): the
/// shop's days and the open supply, read here; the rule is
/// [`crate::backorders::rules::new_order_promise`].
fn new_order_eta(
    conn: &Connection,
    p: &ProductRow,
    available: i64,
    backordered: i64,
    today: NaiveDate,
) -> Result<Option<NaiveDate>> {
    let (handling, transit) = crate::backorders::store::shop_days(conn)?;
    let ask = crate::backorders::rules::NewOrderAsk {
        available,
        backordered,
        policy: p.backorders,
    };
    crate::backorders::rules::new_order_promise(&ask, today, handling, transit, |units| {
        let mut learned = crate::reliability::inputs::Learned::load(conn, today)?;
        let inputs = crate::reliability::inputs::promise_inputs(conn, &mut learned, p)?;
        Ok(crate::backorders::rules::WaitingSupply {
            supply: inputs.supply(),
            lead_time_days: inputs.lead_time_for(units),
        })
    })
}

/// The product with its live figures, each computed in one place.
pub fn view(conn: &Connection, p: ProductRow, today: NaiveDate) -> Result<ProductView> {
    let allocated = allocated(conn, p.id)?;
    let (backordered, waiting) = waiting(conn, p.id)?;
    let incoming = incoming(conn, p.id)?;
    let available = rules::available(p.on_hand, allocated); // reusing the sum just read
    let status = rules::availability(available, p.reorder_point, p.backorders);
    let eta = new_order_eta(conn, &p, available, backordered, today)?;
    let barcodes = crate::barcodes::store::codes_of(conn, p.id)?;
    Ok(ProductView {
        id: p.id,
        sku: p.sku,
        name: p.name,
        description: p.description,
        category: p.category,
        price: p.price,
        cost: p.cost,
        supplier: p.supplier,
        reorder_point: p.reorder_point,
        safety_stock: p.safety_stock,
        reorder_qty: p.reorder_qty,
        lead_time_days: p.lead_time_days,
        backorders: p.backorders,
        on_hand: p.on_hand,
        allocated,
        available,
        incoming,
        backordered,
        waiting,
        status,
        eta,
        barcodes,
    })
}

/// ?1 = 1 for low stock, 0 for nothing available; ?2 = limit, ?3 = offset. By SKU.
const SHORTAGE_PAGE_SQL: &str = concat!(
    "WITH ",
    held_cte!(),
    ",
     short AS (SELECT p.id, p.sku FROM products p INDEXED BY products_narrow
        LEFT JOIN held ON held.product_id = p.id
        WHERE CASE WHEN ?1 THEN ",
    available_sql!(),
    " > 0 AND ",
    available_sql!(),
    " <= p.reorder_point
                   ELSE ",
    available_sql!(),
    " <= 0 END)
     SELECT id, (SELECT count(*) FROM short) FROM short ORDER BY sku LIMIT ?2 OFFSET ?3"
);

/// One page of the products short in stock (low: at or below the reorder point but
/// available; else nothing available), by SKU, and how many there are.
pub fn shortage_page_ids(
    conn: &Connection,
    low: bool,
    offset: usize,
    limit: usize,
) -> Result<(Vec<i64>, usize)> {
    let mut total = 0;
    let ids = conn
        .prepare_cached(SHORTAGE_PAGE_SQL)?
        .query_map(params![low, limit as i64, offset as i64], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })?
        .map(|row| {
            let (id, n) = row?;
            total = n as usize;
            Ok(id)
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if ids.is_empty() && offset > 0 {
        // Past the end: the total still answers "of N".
        let (_, n) = shortage_page_ids(conn, low, 0, 1)?;
        return Ok((ids, n));
    }
    Ok((ids, total))
}

/// How many products the catalogue holds.
pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM products", [], |r| r.get(0))?)
}
