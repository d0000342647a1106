//! Customer documents: backorder notice (per order), packing slip and shipped notice (per
//! shipment), and batches of them. This module reads their data from the database
//! ([`store`]) and hands it to [`crate::pdf::customer`] to lay out.
//!
//! Printing a notice is what tells the customer, so the notifications a document answers are
//! returned with it ([`DocumentPdf::notifications`]) and marked printed by
//! `Stockroom::mark_printed` once the PDF was saved or sent to the printer: a failed print
//! leaves them pending.

pub mod deliver;
pub mod model;
pub mod store;

pub use deliver::{Delivered, Destination, DocumentRequest};
pub use model::*;

use chrono::NaiveDate;

use crate::db::conn::Conn;
use crate::i18n::Language;
use crate::pdf::{self, Pdf};
use crate::{Error, Result};

/// A rendered customer document.
#[derive(Debug, Clone)]
pub struct DocumentPdf {
    pub pdf: Pdf,
    /// A file name to suggest when saving, e.g. `packing-slip-SHP-00012.pdf`.
    pub file_name: String,
    /// Notifications this paper answers; pass the whole value to `Stockroom::mark_printed`
    /// after it was saved or printed.
    pub notifications: Vec<i64>,
    /// What the reader should know: the document printed, but not quite as set up (e.g. the
    /// logo file is gone, so it printed without the logo). The app shows these; the CLI
    /// prints them on stderr.
    pub warnings: Vec<String>,
}

fn incentive(head: &store::OrderHead, lines: &[store::LineRow]) -> Result<Option<Incentive>> {
    use crate::orders::rules::{totals, PricedLine};
    use crate::settings::model::Incentive as Offer;
    let offer = Offer::from_columns(
        &head.incentive_kind,
        head.incentive_amount,
        head.incentive_note.clone(),
    )?;
    // The amount comes from the engine's one money rule, so paper and screen always agree.
    let priced: Vec<PricedLine> = lines
        .iter()
        .map(|l| PricedLine {
            unit_price: l.unit_price,
            ordered: l.ordered,
            cancelled: l.cancelled,
            incentive_units: l.incentive_units,
            initially_backordered: l.initially_backordered,
        })
        .collect();
    let (_, discount, _) = totals(&offer, &priced);
    let units: i64 = lines.iter().map(|l| l.incentive_units).sum();
    Ok(match offer {
        Offer::Discount { percent_bp } if percent_bp > 0 && units > 0 => {
            Some(Incentive::Discount {
                bp: percent_bp,
                deducted: discount,
            })
        }
        Offer::Credit { .. } if discount > 0 => Some(Incentive::Credit { amount: discount }),
        Offer::Gift { note } if !note.trim().is_empty() && units > 0 => {
            Some(Incentive::Gift { note })
        }
        _ => None,
    })
}

/// Old promises named in notifications' detail (`[{"sku": .., "old_eta": ..}]`), by SKU.
fn previous_etas(details: &[(i64, String)]) -> Vec<(String, NaiveDate)> {
    let mut out = Vec::new();
    for (_, d) in details {
        let Ok(serde_json::Value::Array(items)) = serde_json::from_str::<serde_json::Value>(d)
        else {
            continue;
        };
        for it in items {
            let sku = it.get("sku").and_then(|v| v.as_str());
            let old = it
                .get("old_eta")
                .and_then(|v| v.as_str())
                .and_then(|s| crate::clock::parse_date(s).ok());
            if let (Some(sku), Some(old)) = (sku, old) {
                out.retain(|(s, _): &(String, NaiveDate)| s != sku);
                out.push((sku.to_string(), old));
            }
        }
    }
    out
}

fn waiting_lines(lines: &[store::LineRow], previous: &[(String, NaiveDate)]) -> Vec<WaitingLine> {
    lines
        .iter()
        .filter(|l| l.backordered > 0)
        .map(|l| WaitingLine {
            sku: l.sku.clone(),
            name: l.name.clone(),
            description: l.description.clone(),
            qty: l.backordered,
            wanted: l.ordered - l.cancelled,
            ready: l.allocated,
            shipped: l.shipped,
            eta: l.eta,
            previous_eta: previous
                .iter()
                .find(|(s, _)| *s == l.sku)
                .map(|(_, d)| *d)
                .filter(|d| Some(*d) != l.eta),
            incentive_units: l.incentive_units.min(l.backordered),
            unit_price: l.unit_price,
        })
        .collect()
}

/// The notice's swap offers: the orders' one rule for substitutes, per waiting SKU, keeping
/// only the SKUs that have any.
fn swap_offers(conn: Conn<'_>, order_id: i64, lines: &[store::LineRow]) -> Result<Vec<SwapOffer>> {
    Ok(
        crate::orders::choice::substitutes_per_waiting_sku(conn, order_id)?
            .into_iter()
            .filter(|(_, offers)| !offers.is_empty())
            .map(|(sku, substitutes)| SwapOffer {
                name: lines
                    .iter()
                    .find(|l| l.sku == sku)
                    .map(|l| l.name.clone())
                    .unwrap_or_default(),
                sku,
                substitutes,
            })
            .collect(),
    )
}

/// The allocated units of every line: ready to ship, whether or not the rest of the line waits.
fn ready_items(lines: &[store::LineRow]) -> Vec<ItemLine> {
    lines
        .iter()
        .filter(|l| l.allocated > 0)
        .map(|l| item(l, l.allocated))
        .collect()
}

fn item(l: &store::LineRow, qty: i64) -> ItemLine {
    ItemLine {
        sku: l.sku.clone(),
        name: l.name.clone(),
        description: l.description.clone(),
        qty,
        unit_price: l.unit_price,
    }
}

/// The file name of order `order`'s backorder notice (saved, printed or attached to e-mail).
pub fn backorder_notice_file_name(order: &str) -> String {
    format!("backorder-notice-{}.pdf", file_safe(order))
}

/// The file name of shipment `shipment`'s shipped notice.
pub fn shipped_notice_file_name(shipment: &str) -> String {
    format!("shipped-notice-{}.pdf", file_safe(shipment))
}

/// A document asked for in another language than the customer's (issue 17).
fn written_in(customer: &mut Customer, language: Option<&Language>) {
    if let Some(l) = language {
        customer.language = l.code().to_string();
    }
}

fn file_safe(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The shop as printed on paper, with its logo read from the file named in settings. A
/// logo that cannot be read is left out, with a warning: the document still prints.
fn letterhead_shop(conn: Conn<'_>) -> Result<(Shop, Vec<String>)> {
    let mut shop = store::shop(conn)?;
    let mut warnings = Vec::new();
    let path = store::logo_path(conn)?;
    if !path.trim().is_empty() {
        match pdf::Logo::load(std::path::Path::new(path.trim()), &crate::db::cache_dir()) {
            Ok(logo) => shop.logo = Some(logo),
            Err(why) => warnings.push(format!("printed without the logo: {why}")),
        }
    }
    Ok((shop, warnings))
}

/// The data of the backorder notice of order `number`.
pub fn backorder_notice<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    number: &str,
) -> Result<BackorderNotice> {
    let conn = conn.into();
    let head = store::order_head(conn, number)?;
    backorder_notice_of(conn, today, head, store::shop(conn)?)
}

fn backorder_notice_of(
    conn: Conn<'_>,
    today: NaiveDate,
    head: store::OrderHead,
    shop: Shop,
) -> Result<BackorderNotice> {
    let lines = store::order_lines(conn, head.id)?;
    let pending = store::pending_notices(conn, head.id)?;
    let previous = previous_etas(&pending);
    Ok(BackorderNotice {
        shop,
        waiting: waiting_lines(&lines, &previous),
        ships_now: ready_items(&lines),
        incentive: incentive(&head, &lines)?,
        notifications: pending.iter().map(|(id, _)| *id).collect(),
        substitutes: swap_offers(conn, head.id, &lines)?,
        customer: head.customer,
        order: head.order,
        printed_on: today,
    })
}

/// The data of shipment `number`, for its packing slip and its shipped notice.
pub fn shipment_document<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<ShipmentDocument> {
    let conn = conn.into();
    shipment_document_with(conn, number, store::shop(conn)?)
}

fn shipment_document_with(conn: Conn<'_>, number: &str, shop: Shop) -> Result<ShipmentDocument> {
    let s = store::shipment_head(conn, number)?;
    let head = store::order_head_by_id(conn, s.order_id)?;
    let lines = store::order_lines(conn, head.id)?;
    let in_parcel = store::shipment_items(conn, s.id)?
        .into_iter()
        .map(|(_, i)| i)
        .collect();
    Ok(ShipmentDocument {
        shop,
        in_parcel,
        still_waiting: waiting_lines(&lines, &[]),
        ready_next: ready_items(&lines),
        cancelled: lines
            .iter()
            .filter(|l| l.cancelled > 0)
            .map(|l| item(l, l.cancelled))
            .collect(),
        incentive: incentive(&head, &lines)?,
        notifications: store::pending_shipped_notices(conn, s.order_id, s.id)?,
        customer: head.customer,
        order: head.order,
        number: s.number,
        shipped_on: s.shipped_on,
        carrier: s.carrier,
        tracking: s.tracking,
    })
}

/// The backorder notice of order `number` as a PDF. Answers the order's pending
/// "backordered" and "promise moved" notifications (see `Stockroom::mark_printed`).
pub fn backorder_notice_pdf<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    number: &str,
) -> Result<DocumentPdf> {
    backorder_notice_pdf_in(conn, today, number, None)
}

/// `Stockroom::backorder_notice_pdf` in `language` instead of the customer's own
/// (issue 17: "print it in French for this customer"); `None`: the customer's language.
pub fn backorder_notice_pdf_in<'a>(
    conn: impl Into<Conn<'a>>,
    today: NaiveDate,
    number: &str,
    language: Option<&Language>,
) -> Result<DocumentPdf> {
    let conn = conn.into();
    let head = store::order_head(conn, number)?;
    let (shop, warnings) = letterhead_shop(conn)?;
    let mut n = backorder_notice_of(conn, today, head, shop)?;
    written_in(&mut n.customer, language);
    let pdf = pdf::render(&pdf::customer::backorder_notice(&n))?;
    Ok(DocumentPdf {
        pdf,
        file_name: backorder_notice_file_name(&n.order.number),
        notifications: n.notifications,
        warnings,
    })
}

/// The packing slip of shipment `number` as a PDF. A slip goes in the parcel; it answers no
/// notification.
pub fn packing_slip_pdf<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<DocumentPdf> {
    packing_slip_pdf_in(conn, number, None)
}

/// `Stockroom::packing_slip_pdf` in `language`; `None`: the customer's language.
pub fn packing_slip_pdf_in<'a>(
    conn: impl Into<Conn<'a>>,
    number: &str,
    language: Option<&Language>,
) -> Result<DocumentPdf> {
    let conn = conn.into();
    let (shop, warnings) = letterhead_shop(conn)?;
    let mut d = shipment_document_with(conn, number, shop)?;
    written_in(&mut d.customer, language);
    let pdf = pdf::render(&pdf::customer::packing_slip(&d)?)?;
    Ok(DocumentPdf {
        pdf,
        file_name: format!("packing-slip-{}.pdf", file_safe(&d.number)),
        notifications: Vec::new(),
        warnings,
    })
}

/// The shipped notice of shipment `number` as a PDF; answers its "shipped" notification.
pub fn shipped_notice_pdf<'a>(conn: impl Into<Conn<'a>>, number: &str) -> Result<DocumentPdf> {
    shipped_notice_pdf_in(conn, number, None)
}

/// `Stockroom::shipped_notice_pdf` in `language`; `None`: the customer's language.
pub fn shipped_notice_pdf_in<'a>(
    conn: impl Into<Conn<'a>>,
    number: &str,
    language: Option<&Language>,
) -> Result<DocumentPdf> {
    let conn = conn.into();
    let (shop, warnings) = letterhead_shop(conn)?;
    let mut d = shipment_document_with(conn, number, shop)?;
    written_in(&mut d.customer, language);
    let pdf = pdf::render(&pdf::customer::shipped_notice(&d))?;
    Ok(DocumentPdf {
        pdf,
        file_name: shipped_notice_file_name(&d.number),
        notifications: d.notifications,
        warnings,
    })
}

/// All packing slips of the shipments made on `day`, in one PDF. Refused with
/// `invalid_input` when nothing shipped that day.
pub fn packing_slips_pdf<'a>(conn: impl Into<Conn<'a>>, day: NaiveDate) -> Result<DocumentPdf> {
    let conn = conn.into();
    let numbers = store::shipments_on(conn, day)?;
    if numbers.is_empty() {
        return Err(Error::invalid(crate::msg!("nothing-shipped-on", day = day)));
    }
    // The logo is read once for the batch; each slip shares its pixels.
    let (shop, warnings) = letterhead_shop(conn)?;
    let mut docs = Vec::with_capacity(numbers.len());
    for n in &numbers {
        let d = shipment_document_with(conn, n, shop.clone())?;
        docs.push(pdf::customer::packing_slip(&d)?);
    }
    let pdf = pdf::render_many(&docs)?;
    Ok(DocumentPdf {
        pdf,
        file_name: format!("packing-slips-{}.pdf", day.format("%Y-%m-%d")),
        notifications: Vec::new(),
        warnings,
    })
}

/// Every pending backorder notice (one per order), in one PDF. Refused with
/// `invalid_input` when none is pending.
pub fn pending_notices_pdf<'a>(conn: impl Into<Conn<'a>>, today: NaiveDate) -> Result<DocumentPdf> {
    let conn = conn.into();
    let orders = store::orders_with_pending_notices(conn)?;
    if orders.is_empty() {
        return Err(Error::invalid(crate::msg!("no-notice-pending")));
    }
    let (shop, warnings) = letterhead_shop(conn)?;
    let mut docs = Vec::with_capacity(orders.len());
    let mut notifications = Vec::new();
    for id in orders {
        let head = store::order_head_by_id(conn, id)?;
        let n = backorder_notice_of(conn, today, head, shop.clone())?;
        notifications.extend(&n.notifications);
        docs.push(pdf::customer::backorder_notice(&n));
    }
    let pdf = pdf::render_many(&docs)?;
    Ok(DocumentPdf {
        pdf,
        file_name: "backorder-notices.pdf".into(),
        notifications,
        warnings,
    })
}
