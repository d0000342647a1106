//! Orders from the web shop (issue 21): a Shopify or WooCommerce order export imported without
//! retyping, and never twice.
//!
//! Each order keeps the shop's own name of it (`#1043`) as its `external_ref`, unique when set:
//! an order already imported is found by it and skipped, so importing the same file again, or
//! an overlapping later export, creates nothing twice. What the export says of an order decides
//! what happens to it, in this order:
//!
//! 1. Already here: skipped; but if the web shop cancelled it since (`Cancelled at`, refunded),
//!    it is cancelled here through the same path as `order cancel` (rule 5: its units go back
//!    to the queue).
//! 2. Not here and cancelled or refunded there: skipped; it never held stock and never will.
//! 3. A payment status the shop does not import (setting `webshop_statuses`, default paid and
//!    pending): skipped and counted.
//! 4. Already fulfilled there: recorded as shipped. Its units leave stock as a shipment taken
//!    from *free* stock only, never from units allocated to waiting customers, and it never
//!    joins a queue. Free stock that cannot cover it is a problem of the file (the export
//!    and the stock disagree; the shop must look).
//! 5. Otherwise placed like any order (rule 1 through the engine's bulk placer), at its
//!    `Created at`, the orders in the order they were placed, so the queue is fair between
//!    the counter and the web shop.
//!
//! Cancellations run first (they free stock), then the fulfilled orders (their units already
//! left), then the new open orders. Everything runs in the importer's one transaction: any
//! problem and nothing is stored (unless the caller chose to skip bad rows).

use std::collections::HashMap;

use crate::db::{Conn, Tx};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::apply::Emails;
use super::csvfile::Table;
/// The payment statuses the `webshop_statuses` setting may name (the Settings screen offers
/// them).
pub use super::formats::web_orders::FINANCIAL_STATUSES;
use super::formats::web_orders::{WebColumns, WebOrder};
use super::formats::SourceFormat;
use super::model::Problem;
use crate::backorders::engine::Engine;
use crate::customers::model::{NewCustomer, ShipPreference};
use crate::orders::bulk::BulkPlacer;
use crate::orders::model::{NewOrder, NewOrderLine};
use crate::stock::model::MovementKind;
use crate::{Clock, Error, Result};

/// The web shop settings (issue 21), stored in the settings row (schema v8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebshopSettings {
    /// Payment statuses whose orders are imported (Shopify's words, lower case).
    pub webshop_statuses: Vec<String>,
    /// The folder swept for dropped CSV files; "" when none.
    pub watch_folder: String,
}

/// A change to the web shop settings: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WebshopPatch {
    pub webshop_statuses: Option<Vec<String>>,
    /// "" clears it; anything else must be an existing folder.
    pub watch_folder: Option<String>,
}

pub fn settings<'a>(conn: impl Into<crate::db::Conn<'a>>) -> Result<WebshopSettings> {
    let (statuses, folder) = crate::settings::store::webshop(conn)?;
    Ok(WebshopSettings {
        webshop_statuses: split_statuses(&statuses),
        watch_folder: folder,
    })
}

fn split_statuses(s: &str) -> Vec<String> {
    s.split(|c: char| c == ',' || c.is_whitespace())
        .map(|w| w.trim().to_ascii_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A patch checked and in its stored form: statuses known, lower case, each once; the folder
/// existing, absolute. Refused as a whole when anything in it is wrong.
pub fn check_patch(patch: &WebshopPatch) -> Result<WebshopPatch> {
    let statuses = match &patch.webshop_statuses {
        None => None,
        Some(list) => {
            let mut unique: Vec<String> = Vec::new();
            for w in split_statuses(&list.join(",")) {
                if !FINANCIAL_STATUSES.contains(&w.as_str()) {
                    return Err(Error::invalid(crate::msg!(
                        "webshop-status-unknown",
                        word = w.as_str(),
                        known = FINANCIAL_STATUSES.join(", ")
                    )));
                }
                if !unique.contains(&w) {
                    unique.push(w);
                }
            }
            Some(unique)
        }
    };
    Ok(WebshopPatch {
        webshop_statuses: statuses,
        watch_folder: patch
            .watch_folder
            .as_deref()
            .map(watch_folder_setting)
            .transpose()?,
    })
}

/// Checks a patch ([`check_patch`]) and stores it.
pub fn update_settings_in_tx(
    tx: &crate::db::Tx<'_>,
    patch: &WebshopPatch,
) -> Result<WebshopSettings> {
    let patch = check_patch(patch)?;
    let mut s = settings(tx)?;
    if let Some(list) = patch.webshop_statuses {
        s.webshop_statuses = list;
    }
    if let Some(folder) = patch.watch_folder {
        s.watch_folder = folder;
    }
    crate::settings::store::update_webshop_in_tx(
        tx,
        &s.webshop_statuses.join(","),
        &s.watch_folder,
    )?;
    Ok(s)
}

/// The stored form of the watched folder: "" for none, else an existing folder, stored
/// absolute (the CLI may run from another folder than the app).
pub fn watch_folder_setting(folder: &str) -> Result<String> {
    let folder = folder.trim();
    if folder.is_empty() {
        return Ok(String::new());
    }
    let p = std::path::Path::new(folder);
    if !p.is_dir() {
        return Err(Error::invalid(crate::msg!(
            "watch-folder-not-a-folder",
            path = folder
        )));
    }
    let absolute = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    Ok(absolute.display().to_string())
}

/// The order with this web shop name, if it was imported before.
fn by_external_ref<'a>(conn: impl Into<Conn<'a>>, name: &str) -> Result<Option<String>> {
    crate::orders::store::number_by_external_ref(conn, name)
}

/// What importing a web shop's export did; the importer adds it to its report.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Orders placed or recorded as shipped.
    pub created: usize,
    pub shipped: usize,
    /// Rows of refused orders.
    pub rejected: usize,
    pub problems: Vec<Problem>,
    pub already_there: usize,
    pub cancelled: usize,
    pub skipped_cancelled: usize,
    pub skipped_status: usize,
    pub customers_created: usize,
    pub statuses: Vec<String>,
}

/// Imports a web shop's order export into the caller's transaction.
pub(crate) fn import_in_tx(
    tx: &Tx<'_>,
    clock: Clock,
    table: &Table,
    format: SourceFormat,
    progress: &mut impl FnMut(usize, usize),
) -> Result<Tally> {
    let mut tally = Tally::default();
    let report = &mut tally;
    let shop = settings(tx)?;
    let currency = crate::settings::store::load(tx)?.currency;
    report.statuses = shop.webshop_statuses.clone();
    let (orders, cols) = super::formats::read_web_orders(format, table);
    progress(table.records.len() / 4, table.records.len());

    let mut cancel_engine: Option<Engine> = None;
    // SKU → whether the catalogue has it (a big export names the same SKUs many times).
    let mut skus: HashMap<String, bool> = HashMap::new();
    let mut to_place: Vec<WebOrder> = Vec::new();
    for mut o in orders {
        check_currency(&mut o, &currency, &cols);
        if !o.problems.is_empty() || o.lines.is_empty() {
            if o.problems.is_empty() {
                o.problems.push(Problem::new(
                    o.line,
                    None,
                    crate::msg!("import-web-order-no-items", order = o.name.as_str()),
                ));
            }
            report.rejected += o.rows;
            report.problems.append(&mut o.problems);
            continue;
        }
        if let Some(number) = by_external_ref(tx, &o.name)? {
            if o.cancelled && cancel_here(tx, clock, &mut cancel_engine, &number)? {
                report.cancelled += 1;
            } else {
                report.already_there += 1;
            }
            continue;
        }
        if o.cancelled {
            report.skipped_cancelled += 1;
            continue;
        }
        if let Some(f) = &o.financial {
            if !shop.webshop_statuses.contains(f) {
                report.skipped_status += 1;
                continue;
            }
        }
        // Unknown SKUs found here, with their line and column, like every other problem.
        for l in &o.lines {
            let known = match skus.get(&l.sku) {
                Some(k) => *k,
                None => {
                    let k = crate::catalog::store::by_sku(tx, &l.sku)?.is_some();
                    skus.insert(l.sku.clone(), k);
                    k
                }
            };
            if !known {
                o.problems.push(Problem::new(
                    l.line,
                    Some(cols.sku.clone()),
                    crate::msg!("import-web-unknown-sku", sku = l.sku.as_str()),
                ));
            }
        }
        if !o.problems.is_empty() {
            report.rejected += o.rows;
            report.problems.append(&mut o.problems);
            continue;
        }
        to_place.push(o);
    }
    if let Some(engine) = cancel_engine {
        engine.finish_in_tx(tx)?;
    }
    progress(table.records.len() / 2, table.records.len());

    // Placed in the order the customers placed them (exports are often newest first).
    let now = clock.now();
    to_place.sort_by_key(|o| o.created_at.unwrap_or(now));
    let mut emails = Emails::load(tx)?;
    let (fulfilled, open): (Vec<WebOrder>, Vec<WebOrder>) =
        to_place.into_iter().partition(|o| o.fulfilled);

    // Fulfilled ones first: their units already left the shop.
    let mut free: HashMap<String, i64> = HashMap::new();
    for o in &fulfilled {
        let mut short = Vec::new();
        let mut wanted: HashMap<&str, i64> = HashMap::new();
        for l in &o.lines {
            let p = crate::catalog::store::require(tx, &l.sku)?;
            if !free.contains_key(&p.sku) {
                free.insert(p.sku.clone(), crate::catalog::store::available(tx, &p)?);
            }
            let want = wanted.entry(l.sku.as_str()).or_default();
            *want += l.qty;
            if *want > free[&p.sku] {
                short.push(Problem::new(
                    l.line,
                    Some(cols.qty.clone()),
                    crate::msg!(
                        "import-web-fulfilled-short",
                        order = o.name.as_str(),
                        sku = p.sku.as_str(),
                        qty = *want,
                        free = free[&p.sku]
                    ),
                ));
            }
        }
        if !short.is_empty() {
            report.rejected += o.rows;
            report.problems.extend(short);
            continue;
        }
        for (sku, n) in wanted {
            *free.get_mut(sku).expect("looked up above") -= n;
        }
        let customer_id = customer(tx, clock, o, &mut emails, report)?;
        record_shipped_in_tx(tx, clock, o, customer_id)?;
        report.created += 1;
        report.shipped += 1;
    }
    progress(table.records.len() * 3 / 4, table.records.len());

    let mut placer = BulkPlacer::new(tx, clock)?;
    for o in &open {
        let customer_id = customer(tx, clock, o, &mut emails, report)?;
        let order = new_order(o, customer_id);
        let checked = match placer.check(tx, &order) {
            Ok(c) => c,
            Err(e) if e.is_user_error() => {
                report.rejected += o.rows;
                report.problems.push(Problem::new(
                    o.line,
                    None,
                    crate::msg!(
                        "import-order-refused",
                        order = o.name.as_str(),
                        problem = e.message()
                    ),
                ));
                continue;
            }
            Err(e) => return Err(e),
        };
        let id = placer.write_in_tx(tx, checked)?;
        set_external_ref(tx, id, &o.name)?;
        report.created += 1;
    }
    placer.finish_in_tx(tx)?;
    Ok(tally)
}

/// A currency other than the shop's is refused: Stockroom keeps one currency, and converting
/// prices silently would put wrong amounts on the customer's documents.
fn check_currency(o: &mut WebOrder, shop: &str, cols: &WebColumns) {
    if let Some((cur, line)) = &o.currency {
        if !cur.eq_ignore_ascii_case(shop.trim()) {
            o.problems.push(Problem::new(
                *line,
                Some(cols.currency.clone()),
                crate::msg!(
                    "import-web-foreign-currency",
                    order = o.name.as_str(),
                    currency = cur.as_str(),
                    shop = shop
                ),
            ));
        }
    }
}

/// Cancels an imported order the web shop cancelled since, through rule 5 (units back to the
/// queue). `false`: nothing of it was open any more (already cancelled or shipped).
fn cancel_here(
    tx: &Tx<'_>,
    clock: Clock,
    engine: &mut Option<Engine>,
    number: &str,
) -> Result<bool> {
    let order = crate::orders::store::require(tx, number)?;
    let open: i64 = crate::orders::store::lines(tx, order.id)?
        .iter()
        .map(|l| l.units.allocated + l.units.backordered)
        .sum();
    if open == 0 {
        return Ok(false);
    }
    if engine.is_none() {
        *engine = Some(Engine::load(tx, clock)?);
    }
    let engine = engine.as_mut().expect("loaded above");
    crate::orders::cancel_in_tx(tx, engine, &order, None, None)?;
    Ok(true)
}

/// The order's customer: matched by e-mail, else a new customer with the shipping name and
/// address (an order without e-mail always gets a new one: a name alone is not a person).
fn customer(
    tx: &Tx<'_>,
    clock: Clock,
    o: &WebOrder,
    emails: &mut Emails,
    report: &mut Tally,
) -> Result<i64> {
    if let Some(id) = o.email.as_deref().and_then(|e| emails.get(e)) {
        return Ok(id);
    }
    let name = o
        .customer_name
        .clone()
        .or_else(|| o.email.clone())
        .unwrap_or_else(|| format!("Web shop customer {}", o.name));
    let id = crate::customers::add_customer_in_tx(
        tx,
        clock,
        &NewCustomer {
            name,
            email: o.email.clone().unwrap_or_default(),
            phone: o.phone.clone().unwrap_or_default(),
            address: o.address.clone().unwrap_or_default(),
            ships: ShipPreference::default(),
            language: None,
        },
    )?;
    if let Some(e) = &o.email {
        emails.insert(e, id);
    }
    report.customers_created += 1;
    Ok(id)
}

fn new_order(o: &WebOrder, customer_id: i64) -> NewOrder {
    NewOrder {
        customer_id,
        lines: o
            .lines
            .iter()
            .map(|l| NewOrderLine {
                sku: l.sku.clone(),
                qty: l.qty,
                unit_price: l.unit_price,
            })
            .collect(),
        placed_at: o.created_at,
        ..Default::default()
    }
}

fn set_external_ref(tx: &Tx<'_>, order_id: i64, name: &str) -> Result<()> {
    crate::orders::store::set_external_ref(tx, order_id, name)
}

/// An order the web shop already sent: stored with its lines shipped in one shipment dated
/// today (the day Stockroom learns of it), its units out of stock, and no notice (the web shop
/// told the customer). The caller checked that free stock covers it, so no allocation of a
/// waiting customer is touched and no queue moves.
fn record_shipped_in_tx(tx: &Tx<'_>, clock: Clock, o: &WebOrder, customer_id: i64) -> Result<()> {
    let number = crate::orders::store::next_number(tx, "SO", "orders")?;
    let placed_at: NaiveDateTime = o.created_at.unwrap_or_else(|| clock.now());
    let placed_at = crate::json::time_text(placed_at);
    let incentive = crate::orders::model::Incentive::None;
    let carrier = crate::carriers::store::default_carrier(tx)?;
    let order_id = crate::orders::store::insert_order_in_tx(
        tx,
        &crate::orders::store::OrderInsert {
            number: &number,
            customer_id,
            placed_at: &placed_at,
            priority: 0,
            carrier_id: carrier.as_ref().map(|c| c.id),
            incentive: &incentive,
            note: "",
        },
    )?;
    set_external_ref(tx, order_id, &o.name)?;
    let shipment_no = crate::orders::store::next_number(tx, "SH", "shipments")?;
    let shipment_id = crate::shipping::store::insert_in_tx(
        tx,
        &shipment_no,
        order_id,
        carrier.as_ref().map(|c| c.id),
        "",
        clock.today(),
        &crate::json::time_text(clock.now()),
    )?;
    for (i, l) in o.lines.iter().enumerate() {
        let p = crate::catalog::store::require(tx, &l.sku)?;
        // Allocated from free stock and shipped at once: the same two steps as `ship`.
        let line_id = crate::orders::store::insert_line_in_tx(
            tx,
            &crate::orders::store::LineInsert {
                order_id,
                line_no: i as i64 + 1,
                product_id: p.id,
                unit_price: l.unit_price.unwrap_or(p.price),
                ordered: l.qty,
                allocated: l.qty,
                backordered: 0,
                incentive_units: 0,
                priority: 0,
                placed_at: &placed_at,
                eta: None,
            },
        )?;
        crate::shipping::store::ship_line_in_tx(tx, shipment_id, line_id, l.qty)?;
        crate::stock::store::record_in_tx(
            tx,
            clock,
            p.id,
            MovementKind::Shipped,
            -l.qty,
            "shipped",
            &shipment_no,
        )?;
    }
    Ok(())
}
