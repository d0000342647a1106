//! CSV export of every list, and the availability feed for the web shop's product pages.
//!
//! Every figure comes from the engine's own list functions (`products`, `orders`,
//! `backorders`, ...), so an export shows exactly what the screens show. Every cell passes the
//! formula guard (see `csvfile.rs`). Files are written to a temporary name and renamed, so a
//! crash never leaves half a file under the name a web shop polls.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::csvfile::Writer;
use super::formats::{CUSTOMER_HEADERS, ORDER_HEADERS, PRODUCT_HEADERS};
use crate::backorders::model::BackorderFilter;
use crate::catalog::model::AvailabilityStatus;
use crate::db::conn::Conn;
use crate::i18n::{self, Arg, Language, Locale};
use crate::orders::model::OrderFilter;
use crate::purchasing::model::PoFilter;
use crate::shipping::model::ShipmentFilter;
use crate::{money, Error, Result};

/// The lists that can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportList {
    Products,
    Orders,
    Backorders,
    Customers,
    Pos,
    Shipments,
}

impl ExportList {
    pub const ALL: [ExportList; 6] = [
        ExportList::Products,
        ExportList::Orders,
        ExportList::Backorders,
        ExportList::Customers,
        ExportList::Pos,
        ExportList::Shipments,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExportList::Products => "products",
            ExportList::Orders => "orders",
            ExportList::Backorders => "backorders",
            ExportList::Customers => "customers",
            ExportList::Pos => "pos",
            ExportList::Shipments => "shipments",
        }
    }

    /// The CSV header row. Products, customers and orders use the import's own format.
    pub fn headers(self) -> &'static [&'static str] {
        match self {
            ExportList::Products => PRODUCT_HEADERS,
            ExportList::Customers => CUSTOMER_HEADERS,
            ExportList::Orders => ORDER_HEADERS,
            ExportList::Backorders => &[
                "order",
                "customer",
                "sku",
                "product",
                "backordered",
                "queue_position",
                "eta",
                "age_days",
                "priority",
                "placed_on",
            ],
            ExportList::Pos => &[
                "po",
                "supplier",
                "created_on",
                "expected_on",
                "first_expected_on",
                "status",
                "overdue",
                "sku",
                "product",
                "ordered",
                "received",
                "outstanding",
                "unit_cost",
            ],
            ExportList::Shipments => &[
                "shipment",
                "order",
                "customer",
                "carrier",
                "tracking",
                "shipped_on",
                "sku",
                "qty",
            ],
        }
    }
}

/// One product in the availability feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AvailabilityRow {
    pub sku: String,
    pub status: AvailabilityStatus,
    pub available: i64,
    /// When a new order would ship (null: date to be confirmed).
    pub eta: Option<NaiveDate>,
    /// What the product page shows, e.g. "On backorder — ships by 12 Dec".
    pub text: String,
}

fn status_name(s: AvailabilityStatus) -> &'static str {
    match s {
        AvailabilityStatus::InStock => "in_stock",
        AvailabilityStatus::LowStock => "low_stock",
        AvailabilityStatus::Backorder => "backorder",
        AvailabilityStatus::OutOfStock => "out_of_stock",
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format(crate::clock::DATE_FORMAT).to_string())
        .unwrap_or_default()
}

/// The wording a fresh shop has (schema v1). A shop that kept it gets the product page in its
/// own language from the translation files (issue 17); a shop that wrote its own keeps it.
pub const DEFAULT_WORDING: &str = "On backorder — ships by {date}";

/// "12 Dec", with the year when it is not this year's: "3 Jan 2027" — as the locale writes
/// them ("12.12.", "03.01.2027" in German), from CLDR.
pub fn short_date_in(loc: &Locale, d: NaiveDate, today: NaiveDate) -> String {
    if d.year() == today.year() {
        loc.day_month(d)
    } else {
        loc.short_date(d)
    }
}

/// [`short_date_in`] for an English (en-GB) reader.
pub fn short_date(d: NaiveDate, today: NaiveDate) -> String {
    short_date_in(&english(), d, today)
}

fn english() -> Locale {
    Locale::new(&Language::english(), "en-GB", "EUR")
}

/// The product page text for a status, in English. `wording` is the shop's setting, with
/// `{date}`.
pub fn availability_text(
    status: AvailabilityStatus,
    available: i64,
    eta: Option<NaiveDate>,
    wording: &str,
    today: NaiveDate,
) -> String {
    availability_text_in(&english(), status, available, eta, wording, today)
}

/// The product page text for a status in the shop's language and locale (`loc`).
pub fn availability_text_in(
    loc: &Locale,
    status: AvailabilityStatus,
    available: i64,
    eta: Option<NaiveDate>,
    wording: &str,
    today: NaiveDate,
) -> String {
    let t = |id: &str, args: &[(&str, Arg)]| i18n::t(loc.language(), id, args);
    let own = wording.trim() != DEFAULT_WORDING;
    match status {
        AvailabilityStatus::InStock => t("feed-in-stock", &[]),
        AvailabilityStatus::LowStock => t("feed-low-stock", &[("count", Arg::Count(available))]),
        AvailabilityStatus::OutOfStock => t("feed-out-of-stock", &[]),
        AvailabilityStatus::Backorder => match eta {
            Some(d) if !own => t(
                "feed-backorder",
                &[("date", short_date_in(loc, d, today).into())],
            ),
            Some(d) if wording.contains("{date}") => {
                wording.replace("{date}", &short_date_in(loc, d, today))
            }
            Some(d) => format!("{} {}", wording.trim_end(), short_date_in(loc, d, today)),
            // No date can be promised yet: say so rather than print an empty date.
            None => match wording.split_once('—') {
                Some((head, _)) if own => {
                    format!("{}— {}", head, t("date-to-be-confirmed", &[]))
                }
                _ => t("feed-backorder-unknown", &[]),
            },
        },
    }
}

/// Writes a list as CSV to `dest`. Returns the number of data rows.
pub fn export_list<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    list: ExportList,
    dest: impl AsRef<Path>,
) -> Result<usize> {
    let conn = conn.into();
    write_atomically(dest.as_ref(), |out| export_list_to(conn, today, list, out))
}

/// Writes a list as CSV to any writer. Returns the number of data rows.
pub fn export_list_to<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    list: ExportList,
    out: impl Write,
) -> Result<usize> {
    let conn = conn.into();
    let mut w = Writer::new(out, list.headers())?;
    let mut n = 0;
    match list {
        ExportList::Products => {
            for p in crate::catalog::products(conn, "", today)? {
                w.row([
                    p.sku,
                    p.name,
                    p.description,
                    p.category,
                    money::decimal(p.price),
                    money::decimal(p.cost),
                    p.supplier.unwrap_or_default(),
                    p.reorder_point.to_string(),
                    p.safety_stock.to_string(),
                    p.reorder_qty.to_string(),
                    p.lead_time_days.map(|d| d.to_string()).unwrap_or_default(),
                    p.backorders.as_str().to_string(),
                    p.on_hand.to_string(),
                    p.allocated.to_string(),
                    p.available.to_string(),
                    p.backordered.to_string(),
                    status_name(p.status).to_string(),
                    date(p.eta),
                    p.barcodes.join(" "),
                ])?;
                n += 1;
            }
        }
        ExportList::Customers => {
            for c in crate::customers::store::search(conn, "")? {
                w.row([
                    c.id.to_string(),
                    c.name,
                    c.email,
                    c.phone,
                    c.address,
                    c.ships.as_str().to_string(),
                    c.created_at,
                    // Only a chosen preference: "" keeps "follows the address" on import.
                    if c.contact_chosen {
                        c.contact.as_str().to_string()
                    } else {
                        String::new()
                    },
                    c.language,
                ])?;
                n += 1;
            }
        }
        ExportList::Orders => {
            let emails: HashMap<i64, String> = crate::customers::store::search(conn, "")?
                .into_iter()
                .map(|c| (c.id, c.email))
                .collect();
            let mut summaries = crate::orders::store::summaries(conn, &OrderFilter::default())?;
            // Oldest first, so a re-import places them in the order they were placed.
            summaries.sort_by(|a, b| (a.placed_on, &a.number).cmp(&(b.placed_on, &b.number)));
            for s in summaries {
                let o = crate::orders::load(conn, &s.number)?;
                for l in &o.lines {
                    w.row([
                        o.number.clone(),
                        o.placed_at.clone(),
                        o.customer_id.to_string(),
                        o.customer.clone(),
                        emails.get(&o.customer_id).cloned().unwrap_or_default(),
                        o.priority.to_string(),
                        o.status.as_str().to_string(),
                        l.sku.clone(),
                        l.ordered.to_string(),
                        money::decimal(l.unit_price),
                        l.allocated.to_string(),
                        l.shipped.to_string(),
                        l.backordered.to_string(),
                        l.cancelled.to_string(),
                        date(l.eta),
                    ])?;
                    n += 1;
                }
            }
        }
        ExportList::Backorders => {
            let sqlite = conn;
            for b in crate::backorders::backorders(sqlite, &BackorderFilter::default(), today)? {
                w.row([
                    b.order,
                    b.customer,
                    b.sku,
                    b.product_name,
                    b.backordered.to_string(),
                    b.queue_position.to_string(),
                    date(b.eta),
                    b.age_days.to_string(),
                    b.priority.to_string(),
                    date(Some(b.placed_on)),
                ])?;
                n += 1;
            }
        }
        ExportList::Pos => {
            let sqlite = conn;
            for po in crate::purchasing::store::list(sqlite, &PoFilter::default(), today)? {
                let status = serde_json::to_value(po.status)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                for l in &po.lines {
                    w.row([
                        po.number.clone(),
                        po.supplier.clone(),
                        date(Some(po.created_on)),
                        date(Some(po.expected_on)),
                        date(Some(po.first_expected_on)),
                        status.clone(),
                        po.overdue.to_string(),
                        l.sku.clone(),
                        l.name.clone(),
                        l.ordered.to_string(),
                        l.received.to_string(),
                        l.outstanding.to_string(),
                        money::decimal(l.unit_cost),
                    ])?;
                    n += 1;
                }
            }
        }
        ExportList::Shipments => {
            let sqlite = conn;
            for s in crate::shipping::store::list(sqlite, &ShipmentFilter::default())? {
                for l in &s.lines {
                    w.row([
                        s.shipment.clone(),
                        s.order.clone(),
                        s.customer.clone(),
                        s.carrier.clone().unwrap_or_default(),
                        s.tracking.clone().unwrap_or_default(),
                        date(Some(s.shipped_on)),
                        l.sku.clone(),
                        l.qty.to_string(),
                    ])?;
                    n += 1;
                }
            }
        }
    }
    w.finish()?;
    Ok(n)
}

/// The availability of every product, for the web shop (rule 8, with the engine's ETA
/// for a new order and the shop's wording).
pub fn availability_feed<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
) -> Result<Vec<AvailabilityRow>> {
    let conn = conn.into();
    let settings = crate::settings::store::load(conn)?;
    let wording = settings.backorder_wording;
    // The web shop speaks the shop's language (issue 17).
    let loc = Locale::new(
        &Language::or_english(&settings.language),
        &settings.locale,
        &settings.currency,
    );
    Ok(crate::catalog::products(conn, "", today)?
        .into_iter()
        .map(|p| {
            // The engine's promise for a new order: for stock on the shelf, when it
            // ships; on backorder, when the queue and open POs let it ship.
            let eta = p.eta;
            AvailabilityRow {
                text: availability_text_in(
                    &loc,
                    p.status,
                    p.available.max(0),
                    eta,
                    &wording,
                    today,
                ),
                sku: p.sku,
                status: p.status,
                available: p.available.max(0),
                eta,
            }
        })
        .collect())
}

/// Writes the availability feed to `dest`: JSON (an array of rows) when it ends in
/// `.json`, CSV otherwise. Returns the number of products.
pub fn export_availability<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    dest: impl AsRef<Path>,
) -> Result<usize> {
    let dest = dest.as_ref();
    let rows = availability_feed(conn, today)?;
    let json = dest
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    write_atomically(dest, |mut out| {
        if json {
            serde_json::to_writer_pretty(&mut out, &rows)
                .map_err(|e| Error::other(e.to_string()))?;
            out.write_all(b"\n")
                .map_err(|e| Error::io("cannot write the feed", e))?;
        } else {
            let mut w = Writer::new(out, &["sku", "status", "available", "eta", "text"])?;
            for r in &rows {
                w.row([
                    r.sku.clone(),
                    status_name(r.status).to_string(),
                    r.available.to_string(),
                    date(r.eta),
                    r.text.clone(),
                ])?;
            }
            w.finish()?;
        }
        Ok(rows.len())
    })
}

/// Writes through `f` into a temporary file beside `dest`, then renames it into place.
fn write_atomically<T>(
    dest: &Path,
    f: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> Result<T>,
) -> Result<T> {
    let dir = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let file = std::fs::File::create(&tmp).map_err(|e| {
        Error::io(
            crate::msg!("cannot-create", path = dest.display().to_string()),
            e,
        )
    })?;
    let mut out = std::io::BufWriter::new(file);
    let result = f(&mut out).and_then(|v| {
        let file = out.into_inner().map_err(|e| {
            Error::io(
                crate::msg!("cannot-write", path = dest.display().to_string()),
                e.into_error(),
            )
        })?;
        file.sync_all().map_err(|e| {
            Error::io(
                crate::msg!("cannot-write", path = dest.display().to_string()),
                e,
            )
        })?;
        std::fs::rename(&tmp, dest).map_err(|e| {
            Error::io(
                crate::msg!("cannot-write", path = dest.display().to_string()),
                e,
            )
        })?;
        Ok(v)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_backorder_text_uses_the_shops_wording_and_a_short_date() {
        let today = d("2026-11-26");
        let w = "On backorder — ships by {date}";
        let t = |s, a, e| availability_text(s, a, e, w, today);
        assert_eq!(
            t(AvailabilityStatus::Backorder, 0, Some(d("2026-12-12"))),
            "On backorder — ships by 12 Dec"
        );
        assert_eq!(
            t(AvailabilityStatus::Backorder, 0, Some(d("2027-01-03"))),
            "On backorder — ships by 3 Jan 2027"
        );
        assert_eq!(
            t(AvailabilityStatus::Backorder, 0, None),
            "On backorder — date to be confirmed"
        );
        assert_eq!(t(AvailabilityStatus::InStock, 9, None), "In stock");
        assert_eq!(t(AvailabilityStatus::LowStock, 2, None), "Only 2 left");
        assert_eq!(t(AvailabilityStatus::OutOfStock, 0, None), "Out of stock");
        assert_eq!(
            availability_text(
                AvailabilityStatus::Backorder,
                0,
                Some(d("2026-12-12")),
                "Nachbestellt, Versand bis {date}",
                today
            ),
            "Nachbestellt, Versand bis 12 Dec"
        );
    }

    #[test]
    fn the_feed_speaks_the_shops_language_when_it_kept_the_default_wording_issue17() {
        let today = d("2026-11-26");
        let de = Locale::new(&Language::parse("de").unwrap(), "de-DE", "EUR");
        let t = |s, a, e| availability_text_in(&de, s, a, e, DEFAULT_WORDING, today);
        // CLDR's German medium dates: "12. Dez.", and with the year "03.01.2027".
        assert_eq!(
            t(AvailabilityStatus::Backorder, 0, Some(d("2026-12-12"))),
            "Nachbestellt — Versand bis 12. Dez."
        );
        let next_year = t(AvailabilityStatus::Backorder, 0, Some(d("2027-01-03")));
        assert!(
            next_year.starts_with("Nachbestellt — Versand bis ") && next_year.ends_with("2027"),
            "{next_year}"
        );
        assert_eq!(
            t(AvailabilityStatus::Backorder, 0, None),
            "Nachbestellt — Termin folgt"
        );
        assert_eq!(t(AvailabilityStatus::InStock, 9, None), "Auf Lager");
        assert_eq!(
            t(AvailabilityStatus::LowStock, 2, None),
            "Nur noch 2 verfügbar"
        );
        // A shop's own wording is its own; only the date follows the locale.
        assert_eq!(
            availability_text_in(
                &de,
                AvailabilityStatus::Backorder,
                0,
                Some(d("2026-12-12")),
                "Lieferbar ab {date}",
                today
            ),
            "Lieferbar ab 12. Dez."
        );
    }
}
