//! The catalogue: products (SKU rules, prices, reorder figures, backorder policy) and suppliers.

pub mod model;
pub mod rules;
pub mod shortage;
pub mod store;

pub use model::{
    AvailabilityStatus, BackorderPolicy, NewProduct, ProductChanges, ProductDetail, ProductUpdate,
    ProductView,
};

use chrono::NaiveDate;

use crate::backorders::engine::Engine;
use crate::db::{Conn, Tx};
use crate::stock::model::MovementKind;
use crate::{Clock, Result};

/// Adds a product inside the caller's transaction (CSV import: all or nothing). Its opening
/// balance, if any, is the first movement of its ledger.
pub fn add_product_in_tx(tx: &Tx<'_>, clock: Clock, p: &NewProduct) -> Result<i64> {
    let p = rules::normalise(p)?;
    let id = store::insert_in_tx(tx, clock, &p)?;
    if !p.barcodes.is_empty() {
        crate::barcodes::store::replace_in_tx(tx, id, &crate::barcodes::parse_all(&p.barcodes)?)?;
    }
    if p.on_hand > 0 {
        crate::stock::store::record_in_tx(
            tx,
            clock,
            id,
            MovementKind::Opening,
            p.on_hand,
            "opening balance",
            "",
        )?;
    }
    Ok(id)
}

/// Edits a product inside the caller's transaction. A change that bears on promises (lead
/// time, backorder policy) settles the SKU through the engine, so moved promises and the
/// notices they are due are recorded with the edit. Returns the product's id.
pub fn update_product_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    sku: &str,
    changes: &ProductChanges,
) -> Result<(i64, Vec<crate::backorders::model::PromiseMove>)> {
    let tx = tx.into();
    let current = store::require(tx, sku)?;
    let edited = rules::apply_changes(&current, changes)?;
    store::update_in_tx(tx, current.id, &edited)?;
    if changes.barcodes.is_some() {
        crate::barcodes::store::replace_in_tx(
            tx,
            current.id,
            &crate::barcodes::parse_all(&edited.barcodes)?,
        )?;
    }
    let moved = settle_changed_in_tx(
        tx,
        clock,
        &current,
        &edited,
        0,
        &format!("edited {}", edited.sku),
    )?;
    Ok((current.id, moved))
}

/// Writes an edited product over `current` (its stored fields; stock moves only by the
/// ledger) and settles it as [`settle_changed_in_tx`] says. The import's update of a product.
pub fn save_product_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    current: &store::ProductRow,
    edited: &NewProduct,
    stock_delta: i64,
    reference: &str,
) -> Result<Vec<crate::backorders::model::PromiseMove>> {
    let tx = tx.into();
    store::update_in_tx(tx, current.id, edited)?;
    settle_changed_in_tx(tx, clock, current, edited, stock_delta, reference)
}

/// After a product changed from `current` to `edited` (already stored) and its stock by
/// `stock_delta`: when [`rules::change_settles_queue`] says so, the stock movement is recorded
/// (an adjustment with `reference` as its reason) and the SKU is settled through the engine,
/// so moved promises and the notices they are due are recorded with the change. The one path
/// of the edit and the import; returns the moved promises.
fn settle_changed_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    current: &store::ProductRow,
    edited: &NewProduct,
    stock_delta: i64,
    reference: &str,
) -> Result<Vec<crate::backorders::model::PromiseMove>> {
    let tx = tx.into();
    if !rules::change_settles_queue(current, edited, stock_delta) {
        return Ok(Vec::new());
    }
    if stock_delta != 0 {
        crate::stock::store::record_in_tx(
            tx,
            clock,
            current.id,
            MovementKind::Adjusted,
            stock_delta,
            reference,
            reference,
        )?;
    }
    let mut engine = Engine::load(tx, clock)?;
    engine.settle_in_tx(tx, current.id, &[], reference)?;
    Ok(engine.finish_in_tx(tx)?.moves)
}

/// Edits a product (issue 5): only the fields `changes` names. Checked as `add_product` is;
/// bad input stores nothing. Turning the policy to `refuse` leaves waiting lines waiting.
pub fn edit_product_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    sku: &str,
    changes: &ProductChanges,
) -> Result<ProductUpdate> {
    let tx = tx.into();
    let (id, moved) = update_product_in_tx(tx, clock, sku, changes)?;
    let product = store::view(tx, store::by_id(tx, id)?, clock.today())?;
    Ok(ProductUpdate { product, moved })
}

/// Adds a product and reads it back with its figures.
pub fn create_product_in_tx(tx: &Tx<'_>, clock: Clock, p: &NewProduct) -> Result<ProductView> {
    let id = add_product_in_tx(tx, clock, p)?;
    store::view(tx, store::by_id(tx, id)?, clock.today())
}

/// One product with its figures; "SKU … not found" when unknown.
pub fn product<'a>(conn: impl Into<Conn<'a>>, sku: &str, today: NaiveDate) -> Result<ProductView> {
    let conn = conn.into();
    let p = store::require(conn, sku)?;
    store::view(conn, p, today)
}

/// Products whose SKU, name, category or supplier contains `search` (all when empty), by SKU.
pub fn products<'a>(
    conn: impl Into<Conn<'a>>,
    search: &str,
    today: NaiveDate,
) -> Result<Vec<ProductView>> {
    let conn = conn.into();
    store::views(conn, store::search(conn, search)?, today)
}

/// One page of `Stockroom::products` and how many products match in all. The figures
/// are computed for the page only, so the desktop list stays fast with thousands of
/// products. (Added for the desktop UI, issue 5.)
pub fn products_page<'a>(
    conn: impl Into<Conn<'a>>,
    search: &str,
    offset: usize,
    limit: usize,
    today: NaiveDate,
) -> Result<(Vec<ProductView>, usize)> {
    let conn = conn.into();
    // The FTS5 index finds one page of ids (best match first; by SKU when the search is
    // empty), so only that page's figures are computed, however large the catalogue.
    // The page's products and figures are then read together (a few statements for the page,
    // not a few per product: each is a round trip on a shop server).
    let ids = crate::search::catalog_search_ids(conn, search, limit as i64, offset as i64)?;
    let total = crate::search::catalog_search_count(conn, search)? as usize;
    let page = store::views(conn, store::by_ids(conn, &ids)?, today)?;
    Ok((page, total))
}

/// The product page: figures, ledger, queue and open purchase-order lines.
pub fn product_detail<'a>(
    conn: impl Into<Conn<'a>>,
    sku: &str,
    today: NaiveDate,
) -> Result<ProductDetail> {
    let conn = conn.into();
    let p = store::require(conn, sku)?;
    let id = p.id;
    let product = store::view(conn, p, today)?;
    let ledger = crate::stock::store::ledger(conn, id)?;
    let queue = crate::backorders::store::rows(
        conn,
        &crate::backorders::model::BackorderFilter {
            sku: Some(product.sku.clone()),
            ..Default::default()
        },
        today,
    )?;
    let open_pos = crate::purchasing::store::open_lines_for_product(conn, id, today)?;
    Ok(ProductDetail {
        product,
        ledger,
        queue,
        open_pos,
    })
}
