//! SQL of the catalogue: products and suppliers. On both engines (issue 19); where the
//! dialects differ (the shortage pages' INDEXED BY, the search: FTS5 on SQLite,
//! `crate::search`) each engine has its statement.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::db::conn::{stored, Conn, Row};
use crate::db::ids::{id_list, ids_sql, text_list, texts_sql};

use super::model::{BackorderPolicy, NewProduct, ProductView};
use super::rules;
use crate::{Clock, Error, Result};

pub use super::model::ProductRow;

/// A product's columns as `row` reads them, from `products p` and its supplier `s`.
macro_rules! cols {
    () => {
        "p.id, p.sku, p.name, p.description, p.category, p.price, p.cost, s.name,
                p.reorder_point, p.safety_stock, p.reorder_qty, p.lead_time_days, p.backorders,
                p.on_hand"
    };
}

/// A product's columns as `row` reads them, from `products p` and its supplier `s`, followed
/// by `$rest` (a macro, so each statement is one literal).
macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT ",
            cols!(),
            " FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id ",
            $rest
        )
    };
}

fn row(r: &Row) -> Result<ProductRow> {
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
        backorders: stored(12, BackorderPolicy::parse(&policy))?,
        on_hand: r.get(13)?,
    })
}

/// The supplier's id, creating the supplier when the name is new (names are case-insensitive).
pub fn supplier_id_in_tx<'a>(conn: impl Into<Conn<'a>>, name: &str) -> Result<i64> {
    let conn = conn.into();
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid(crate::msg!("supplier-needs-name")));
    }
    let sql = conn.sql(
        "SELECT id FROM suppliers WHERE name = ?1",
        "SELECT id FROM suppliers WHERE lower(name) = lower(?1)",
    );
    if let Some(id) = conn.query_opt(sql, &[&name], |r| r.get(0))? {
        return Ok(id);
    }
    conn.insert_id(
        "INSERT INTO suppliers (name) VALUES (?1) RETURNING id",
        &[&name],
    )
}

/// Inserts a normalised product with on_hand 0 (the opening balance is a ledger movement).
pub fn insert_in_tx<'a>(conn: impl Into<Conn<'a>>, clock: Clock, p: &NewProduct) -> Result<i64> {
    let conn = conn.into();
    if by_sku(conn, &p.sku)?.is_some() {
        return Err(Error::duplicate(crate::msg!("sku-exists", sku = &p.sku)));
    }
    let supplier = p
        .supplier
        .as_deref()
        .map(|s| supplier_id_in_tx(conn, s))
        .transpose()?;
    conn.insert_id(
        "INSERT INTO products (sku, name, description, category, price, cost, supplier_id,
            reorder_point, safety_stock, reorder_qty, lead_time_days, backorders, on_hand, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, ?13) RETURNING id",
        &[
            &p.sku,
            &p.name,
            &p.description,
            &p.category,
            &p.price,
            &p.cost,
            &supplier,
            &p.reorder_point,
            &p.safety_stock,
            &p.reorder_qty,
            &p.lead_time_days,
            &p.backorders.as_str(),
            &crate::json::time_text(clock.now()),
        ],
    )
}

/// Writes an edited, normalised product over row `id` (on_hand is the ledger's and stays). A
/// new SKU must be free; the FTS5 index follows SKU, name, category and supplier through the
/// `product_search_update` trigger.
pub fn update_in_tx<'a>(conn: impl Into<Conn<'a>>, id: i64, p: &NewProduct) -> Result<()> {
    let conn = conn.into();
    if by_sku(conn, &p.sku)?.is_some_and(|other| other.id != id) {
        return Err(Error::duplicate(crate::msg!("sku-exists", sku = &p.sku)));
    }
    let supplier = p
        .supplier
        .as_deref()
        .map(|s| supplier_id_in_tx(conn, s))
        .transpose()?;
    // Cached (as every statement of the handle): the CSV import updates products one after
    // another through here.
    conn.execute(
        "UPDATE products SET sku = ?2, name = ?3, description = ?4, category = ?5, price = ?6,
            cost = ?7, supplier_id = ?8, reorder_point = ?9, safety_stock = ?10,
            reorder_qty = ?11, lead_time_days = ?12, backorders = ?13
         WHERE id = ?1",
        &[
            &id,
            &p.sku,
            &p.name,
            &p.description,
            &p.category,
            &p.price,
            &p.cost,
            &supplier,
            &p.reorder_point,
            &p.safety_stock,
            &p.reorder_qty,
            &p.lead_time_days,
            &p.backorders.as_str(),
        ],
    )?;
    Ok(())
}

pub fn by_sku<'a>(conn: impl Into<Conn<'a>>, sku: &str) -> Result<Option<ProductRow>> {
    conn.into()
        .query_opt(select!("WHERE p.sku = ?1"), &[&sku.trim()], row)
}

pub fn by_id<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<ProductRow> {
    conn.into()
        .query_row(select!("WHERE p.id = ?1"), &[&id], row)
}

/// The products of an [`id_list`] (?1), in no order.
pub const BY_IDS_SQL: &str = concat!(select!("WHERE p.id IN "), ids_sql!(sqlite));
/// [`BY_IDS_SQL`] on a shop server.
const PG_BY_IDS_SQL: &str = concat!(select!("WHERE p.id IN "), ids_sql!(postgres));

/// The products with these ids, in the order given (a page's order); an id that is no
/// product is left out. One statement for the whole list.
pub fn by_ids<'a>(conn: impl Into<Conn<'a>>, ids: &[i64]) -> Result<Vec<ProductRow>> {
    let conn = conn.into();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut found: std::collections::HashMap<i64, ProductRow> = conn
        .query(
            conn.sql(BY_IDS_SQL, PG_BY_IDS_SQL),
            &[&id_list(ids.iter().copied())],
            row,
        )?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

/// The product with this SKU, or a "SKU … not found" error naming it.
pub fn require<'a>(conn: impl Into<Conn<'a>>, sku: &str) -> Result<ProductRow> {
    by_sku(conn, sku)?.ok_or_else(|| Error::not_found("SKU", sku.trim()))
}

pub fn search<'a>(conn: impl Into<Conn<'a>>, search: &str) -> Result<Vec<ProductRow>> {
    let conn = conn.into();
    // Word-prefix matching through the search index (see `crate::search`); no filter when the
    // search holds no letter or digit.
    match conn {
        Conn::Sqlite(c) => match crate::search::match_expression(search) {
            Some(q) => {
                let sql = format!(
                    "{COLS_FROM} WHERE {} ORDER BY p.sku",
                    crate::search::PRODUCT_MATCH_FILTER
                );
                Conn::Sqlite(c).query(&sql, &[&q], row)
            }
            None => conn.query(select!("ORDER BY p.sku"), &[], row),
        },
        Conn::Postgres(_) => match crate::search::pg_filter(search, 1) {
            Some((filter, patterns)) => {
                let sql = format!("{COLS_FROM} WHERE {filter} ORDER BY p.sku");
                let params: Vec<&dyn crate::db::conn::Param> =
                    patterns.iter().map(|p| p as _).collect();
                conn.query(&sql, &params, row)
            }
            None => conn.query(select!("ORDER BY p.sku"), &[], row),
        },
    }
}

/// `SELECT` of the product's columns `FROM products p` with its supplier, for statements put
/// together at run time.
const COLS_FROM: &str = select!("");

/// Σ allocated of a product's lines: the figure kept on the product (schema v9), changed by
/// [`crate::stock::store::hold_in_tx`] with every write of a line's allocated units.
pub fn allocated<'a>(conn: impl Into<Conn<'a>>, product_id: i64) -> Result<i64> {
    conn.into().query_row(
        "SELECT allocated FROM products WHERE id = ?1",
        &[&product_id],
        |r| r.get(0),
    )
}

/// Units a new order could take now: on hand minus what lines hold (the product page, placing
/// an order, a swap's substitutes), by [`rules::available`].
pub fn available<'a>(conn: impl Into<Conn<'a>>, p: &ProductRow) -> Result<i64> {
    Ok(rules::available(p.on_hand, allocated(conn, p.id)?))
}

/// The products of a [`text_list`] of SKUs (?1), each with what lines hold of it (as
/// [`allocated`]), keyed by SKU: the SKUs of an order, one statement for all its lines.
macro_rules! for_skus_sql {
    ($engine:ident) => {
        concat!(
            "SELECT ",
            cols!(),
            ", p.allocated FROM ",
            texts_sql!($engine),
            " l JOIN products p ON p.sku = l.value LEFT JOIN suppliers s ON s.id = p.supplier_id"
        )
    };
}
const FOR_SKUS_SQL: &str = for_skus_sql!(sqlite);
const PG_FOR_SKUS_SQL: &str = for_skus_sql!(postgres);

/// The products with these SKUs (trimmed), each with what a new order could take of it now
/// ([`available`]'s figure), keyed by SKU; a SKU that is no product is left out. One
/// statement for the whole list (placing an order: one round trip on a shop server, not two
/// a line).
pub fn with_available<'a, 's>(
    conn: impl Into<Conn<'a>>,
    skus: impl IntoIterator<Item = &'s str>,
) -> Result<HashMap<String, (ProductRow, i64)>> {
    let conn = conn.into();
    let list = text_list(skus.into_iter().map(str::trim));
    let rows = conn.query(conn.sql(FOR_SKUS_SQL, PG_FOR_SKUS_SQL), &[&list], |r| {
        let p = row(r)?;
        let available = rules::available(p.on_hand, r.get(14)?);
        Ok((p.sku.clone(), (p, available)))
    })?;
    Ok(rows.into_iter().collect())
}

// "Available" in SQL, for queries over many products (the Dashboard's counts, the shortage
// pages): the same figure as [`rules::available`]. A macro as well as a const so `const` SQL
// can be put together with `concat!`.

/// What each product's lines hold ([`allocated`]), as the CTE `held (product_id, s)`: only the
/// products whose lines hold stock (the partial index `products_held`, a few thousand of
/// 100,000 on a large shop).
macro_rules! held_cte {
    () => {
        "held AS (SELECT id AS product_id, allocated AS s FROM products WHERE allocated > 0)"
    };
}
/// Available of product `p`: on hand less what its lines hold, the figure kept on the product.
macro_rules! available_sql {
    () => {
        "(p.on_hand - p.allocated)"
    };
}
/// Whether available `$a` is short in `low` way (available, but at or below the reorder point)
/// or in `none` way (nothing available): the SQL of [`super::rules`]' `LowStock` and
/// `Backorder | OutOfStock` statuses, for [`available_sql!`] or, where nothing is held,
/// `p.on_hand` (what an index over on hand answers).
macro_rules! short_sql {
    (low, $a:expr) => {
        concat!($a, " > 0 AND ", $a, " <= p.reorder_point")
    };
    (none, $a:expr) => {
        concat!($a, " <= 0")
    };
}
pub(crate) use {available_sql, short_sql};

/// See [`available_sql!`].
pub const AVAILABLE_SQL: &str = available_sql!();
/// See [`held_cte!`].
pub const HELD_CTE: &str = held_cte!();

/// Products of `category` priced within ±25% of `price` (|p − price| × 4 ≤ price), other than
/// `except`: the candidates a swap may offer (the rule in `orders::rules::substitutes` has the
/// last word; this only narrows what is read).
pub fn same_category_near_price<'a>(
    conn: impl Into<Conn<'a>>,
    category: &str,
    price: i64,
    except: i64,
) -> Result<Vec<ProductRow>> {
    conn.into().query(
        select!(
            "WHERE p.category = ?1 AND p.id <> ?2 AND abs(p.price - ?3) * 4 <= ?3
             ORDER BY p.sku"
        ),
        &[&category, &except, &price],
        row,
    )
}

/// (Σ backordered, number of waiting lines) of a product: the queue's figures.
pub fn waiting<'a>(conn: impl Into<Conn<'a>>, product_id: i64) -> Result<(i64, i64)> {
    crate::backorders::store::waiting(conn, product_id)
}

/// Outstanding units on open purchase orders.
pub fn incoming<'a>(conn: impl Into<Conn<'a>>, product_id: i64) -> Result<i64> {
    use crate::purchasing::store::{OPEN_SUPPLY_SQL, OUTSTANDING_SQL};
    conn.into().query_row(
        &format!(
            "SELECT CAST(coalesce(sum({OUTSTANDING_SQL}), 0) AS BIGINT) FROM po_lines pl
             JOIN purchase_orders po ON po.id = pl.po_id
             WHERE pl.product_id = ?1 AND {OPEN_SUPPLY_SQL}"
        ),
        &[&product_id],
        |r| r.get(0),
    )
}

/// What the ETA of a new order is made from, read once for a list of products: the shop's
/// days, and the learned supplier buffers (loaded when a product first needs them).
struct Promising {
    handling: i64,
    transit: i64,
    today: NaiveDate,
    learned: Option<crate::reliability::inputs::Learned>,
}

impl Promising {
    fn load(conn: Conn<'_>, today: NaiveDate) -> Result<Promising> {
        let (handling, transit) = crate::backorders::store::shop_days(conn)?;
        Ok(Promising {
            handling,
            transit,
            today,
            learned: None,
        })
    }

    /// The ETA a new order for one unit would get (rule 7 from the product's point of view):
    /// the rule is [`crate::backorders::rules::new_order_promise`].
    fn new_order_eta(
        &mut self,
        conn: Conn<'_>,
        p: &ProductRow,
        available: i64,
        backordered: i64,
    ) -> Result<Option<NaiveDate>> {
        let ask = crate::backorders::rules::NewOrderAsk {
            available,
            backordered,
            policy: p.backorders,
        };
        let (today, learned) = (self.today, &mut self.learned);
        crate::backorders::rules::new_order_promise(
            &ask,
            today,
            self.handling,
            self.transit,
            |units| {
                if learned.is_none() {
                    *learned = Some(crate::reliability::inputs::Learned::load(conn, today)?);
                }
                let learned = learned.as_mut().expect("loaded above");
                let inputs = crate::reliability::inputs::promise_inputs(conn, learned, p)?;
                Ok(crate::backorders::rules::WaitingSupply {
                    supply: inputs.supply(),
                    lead_time_days: inputs.lead_time_for(units),
                })
            },
        )
    }
}

/// The live figures of the products of an [`id_list`] (?1), from the table `ids` (one of
/// [`ids_sql!`]): (id, Σ allocated, Σ backordered, waiting lines, incoming). The same figures
/// as [`allocated`] (kept on the product), [`waiting`] and [`incoming`] of one product (sums
/// through their partial indexes), for a whole page in one statement. Put together once per engine (the open supply is
/// purchasing's own SQL).
fn figures_sql(ids: &str) -> String {
    use crate::purchasing::store::{OPEN_SUPPLY_SQL, OUTSTANDING_SQL};
    format!(
        "SELECT ids.id,
            (SELECT allocated FROM products WHERE id = ids.id),
            CAST((SELECT coalesce(sum(backordered), 0) FROM order_lines
                  WHERE product_id = ids.id AND backordered > 0) AS BIGINT),
            (SELECT count(*) FROM order_lines WHERE product_id = ids.id AND backordered > 0),
            CAST((SELECT coalesce(sum({OUTSTANDING_SQL}), 0) FROM po_lines pl
                  JOIN purchase_orders po ON po.id = pl.po_id
                  WHERE pl.product_id = ids.id AND {OPEN_SUPPLY_SQL}) AS BIGINT)
         FROM {ids} ids"
    )
}

/// See [`figures_sql`]: SQLite's statement (public for the query-plan guard).
pub static FIGURES_SQL: LazyLock<String> = LazyLock::new(|| figures_sql(ids_sql!(sqlite)));
static PG_FIGURES_SQL: LazyLock<String> = LazyLock::new(|| figures_sql(ids_sql!(postgres)));

/// (Σ allocated, Σ backordered, waiting lines, incoming) per product id.
type Figures = (i64, i64, i64, i64);

fn figures_of(conn: Conn<'_>, ids: &str) -> Result<std::collections::HashMap<i64, Figures>> {
    let rows = conn.query(conn.sql(&FIGURES_SQL, &PG_FIGURES_SQL), &[&ids], |r| {
        Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
    })?;
    Ok(rows.into_iter().collect())
}

/// The product with its live figures, each computed in one place.
pub fn view<'a>(conn: impl Into<Conn<'a>>, p: ProductRow, today: NaiveDate) -> Result<ProductView> {
    let mut one = views(conn, vec![p], today)?;
    Ok(one.remove(0))
}

/// Products with their live figures, in the order given: a page of the list reads its
/// figures, barcodes and the shop's days in a few statements for the whole page (on a shop
/// server a round trip each), not a few per product. Only a product with nothing available
/// reads its supply for the ETA.
pub fn views<'a>(
    conn: impl Into<Conn<'a>>,
    products: Vec<ProductRow>,
    today: NaiveDate,
) -> Result<Vec<ProductView>> {
    let conn = conn.into();
    if products.is_empty() {
        return Ok(Vec::new());
    }
    let ids = id_list(products.iter().map(|p| p.id));
    let figures = figures_of(conn, &ids)?;
    let mut barcodes = crate::barcodes::store::codes_of_list(conn, &ids)?;
    let mut promising = Promising::load(conn, today)?;
    products
        .into_iter()
        .map(|p| {
            let (allocated, backordered, waiting, incoming) =
                figures.get(&p.id).copied().unwrap_or_default();
            let available = rules::available(p.on_hand, allocated);
            let status = rules::availability(available, p.reorder_point, p.backorders);
            let eta = promising.new_order_eta(conn, &p, available, backordered)?;
            let barcodes = barcodes.remove(&p.id).unwrap_or_default();
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
        })
        .collect()
}

/// Products short in the `$kind` way (see [`short_sql!`]) by SKU, a page (?1 = limit, ?2 =
/// offset), each row with how many there are. Available is at most on hand, so the short
/// products are those short by hand alone with nothing held (an index range of `products_low` or
/// `products_stock`) and those among the few thousand with stock held: two narrow reads instead
/// of the whole catalogue joined to `held` (issue 19: 67 ms → see docs/BENCHMARKS.md).
macro_rules! shortage_page_sql {
    ($kind:ident) => {
        concat!(
            "WITH ",
            held_cte!(),
            ",
     short AS (SELECT p.id, p.sku FROM products p WHERE ",
            short_sql!($kind, "p.on_hand"),
            " AND NOT EXISTS (SELECT 1 FROM held WHERE held.product_id = p.id)
        UNION ALL
        SELECT p.id, p.sku FROM held JOIN products p ON p.id = held.product_id WHERE ",
            short_sql!($kind, available_sql!()),
            ")
     SELECT id, (SELECT count(*) FROM short) FROM short ORDER BY sku LIMIT ?1 OFFSET ?2"
        )
    };
}

/// See [`shortage_page_sql!`]: products available but at or below their reorder point.
pub const LOW_STOCK_PAGE_SQL: &str = shortage_page_sql!(low);
/// See [`shortage_page_sql!`]: products with nothing available.
pub const NOTHING_AVAILABLE_PAGE_SQL: &str = shortage_page_sql!(none);

/// One page of the products short in stock (low: at or below the reorder point but
/// available; else nothing available), by SKU, and how many there are.
pub fn shortage_page_ids(
    conn: Conn<'_>,
    low: bool,
    offset: usize,
    limit: usize,
) -> Result<(Vec<i64>, usize)> {
    let sql = if low {
        LOW_STOCK_PAGE_SQL
    } else {
        NOTHING_AVAILABLE_PAGE_SQL
    };
    let rows: Vec<(i64, i64)> = conn.query(sql, &[&(limit as i64), &(offset as i64)], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    if rows.is_empty() && offset > 0 {
        // Past the end: the total still answers "of N".
        let (_, n) = shortage_page_ids(conn, low, 0, 1)?;
        return Ok((Vec::new(), n));
    }
    let total = rows.last().map_or(0, |r| r.1 as usize);
    Ok((rows.into_iter().map(|r| r.0).collect(), total))
}

/// How many products the catalogue holds.
pub fn count<'a>(conn: impl Into<Conn<'a>>) -> Result<i64> {
    conn.into()
        .query_row("SELECT count(*) FROM products", &[], |r| r.get(0))
}
