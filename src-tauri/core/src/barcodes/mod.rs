//! Barcodes (issue 15, "scanner-first"): a product's GTINs, the one look-up every screen uses
//! when a code is scanned, receiving by scanning, and barcode labels.
//!
//! A scan is resolved in one place, `Stockroom::find_by_code`: a SKU first (so every SKU
//! keeps meaning what it meant before barcodes existed, and a Code 128 label of a SKU scans),
//! then a product's GTIN, then a shipment number (the packing slip's barcode), an order
//! number and a purchase-order number.

pub mod gtin;
pub mod labels;
pub mod model;
pub mod rules;
pub mod store;

pub use labels::{LabelRequest, LabelSheet};
pub use model::{Match, ScanTally, Scanned, StrayScan, TallyLine};

use crate::catalog::model::ProductView;
use crate::catalog::store::ProductRow;
use crate::db::Conn;
use crate::purchasing::ReceiptLine;
use chrono::NaiveDate;

use crate::{Error, Result};

/// Checks a list of codes as given (each a GTIN); the same code given twice (in any of its
/// forms) is kept once, first form first.
pub fn parse_all(codes: &[String]) -> Result<Vec<gtin::Gtin>> {
    let mut out: Vec<gtin::Gtin> = Vec::new();
    for c in codes {
        let g = gtin::parse(c)?;
        if !out.iter().any(|o| o.key == g.key) {
            out.push(g);
        }
    }
    Ok(out)
}

/// The product a code names: its SKU, else one of its barcodes.
pub fn product_by_code<'a>(
    conn: impl Into<Conn<'a>>,
    code: &str,
) -> Result<Option<(ProductRow, Match)>> {
    let conn = conn.into();
    let code = code.trim();
    if code.is_empty() {
        return Ok(None);
    }
    if let Some(p) = crate::catalog::store::by_sku(conn, code)? {
        return Ok(Some((p, Match::Sku)));
    }
    if gtin::looks_like_barcode(code) {
        if let Ok(g) = gtin::parse(code) {
            if let Some((id, _, _)) = store::holder(conn, &g.key)? {
                return Ok(Some((
                    crate::catalog::store::by_id(conn, id)?,
                    Match::Barcode,
                )));
            }
        }
    }
    Ok(None)
}

/// Turns scans into what they receive: one unit per scan, summed per SKU in first-scan order.
/// A scan that is not a product of the PO is refused, naming it.
pub fn receipt_from_tally(t: &ScanTally) -> Result<Vec<ReceiptLine>> {
    if let Some(s) = t.not_on_po.first() {
        return Err(Error::invalid(match &s.sku {
            Some(sku) => crate::msg!("scan-not-on-po", code = &s.code, sku = sku, po = &t.po),
            None => crate::msg!("scan-unknown", code = &s.code, po = &t.po),
        }));
    }
    Ok(t.receipt.clone())
}

/// What a scanned or typed code is: a product (by SKU or barcode), a shipment (a packing
/// slip's barcode), an order or a purchase order. Every screen calls this on a scan and
/// opens (or adds) what it names. Unknown: a `not_found` error naming the code.
pub fn find_by_code<'a>(conn: impl Into<Conn<'a>>, code: &str) -> Result<Scanned> {
    let conn = conn.into();
    let code = code.trim();
    if code.is_empty() {
        return Err(Error::invalid(crate::msg!("scan-empty")));
    }
    if let Some((p, matched)) = product_by_code(conn, code)? {
        return Ok(Scanned::Product {
            sku: p.sku,
            name: p.name,
            matched,
        });
    }
    if let Some((number, order)) = store::shipment_number(conn, code)? {
        return Ok(Scanned::Shipment { number, order });
    }
    if let Some(number) = store::order_number(conn, code)? {
        return Ok(Scanned::Order { number });
    }
    if let Some(number) = store::po_number(conn, code)? {
        return Ok(Scanned::PurchaseOrder { number });
    }
    // A barcode with a typo says so, rather than only "not found".
    if gtin::looks_like_barcode(code) {
        if let Err(e @ Error::Invalid(_)) = gtin::parse(code) {
            if e.to_string().contains("check digit") {
                return Err(Error::NotFound {
                    what: "code",
                    key: format!("{code} (no product, shipment or order has it; {e})"),
                });
            }
        }
    }
    Err(Error::NotFound {
        what: "code",
        key: format!("{code} (no product, shipment or order has it)"),
    })
}

/// A product by SKU or by any of its barcodes (`product show CODE`, the products search
/// on a scan). Unknown: "SKU … not found", the message `product show` always gave — or,
/// for a barcode that cannot be one (a misread digit), which check digit it should have.
pub fn product_view_by_code<'a>(
    conn: impl Into<Conn<'a>>,
    code: &str,
    today: NaiveDate,
) -> Result<ProductView> {
    let conn = conn.into();
    let Some((p, _)) = product_by_code(conn, code)? else {
        let digits = code.chars().filter(char::is_ascii_digit).count();
        if gtin::looks_like_barcode(code) && matches!(digits, 8 | 12 | 13 | 14) {
            gtin::parse(code)?;
        }
        return Err(Error::not_found("SKU", code.trim()));
    };
    crate::catalog::store::view(conn, p, today)
}

/// The receive screen's count after each scan: the PO's products with outstanding and
/// scanned units, and the scans not on the PO. Reads only: nothing is booked until the
/// screen calls `Stockroom::receive_po` with [`ScanTally::receipt`].
pub fn receive_scan_tally(conn: Conn<'_>, po: &str, codes: &[String]) -> Result<ScanTally> {
    let head = crate::purchasing::store::require(conn, po)?;
    let mut products: Vec<(String, String, i64)> = Vec::new();
    for l in crate::purchasing::store::lines(conn, head.id)? {
        let outstanding = crate::purchasing::rules::to_come(head.cancelled, l.ordered, l.received);
        let (sku, name) = (l.sku, l.name);
        match products.iter_mut().find(|p| p.0 == sku) {
            Some(p) => p.2 += outstanding,
            None => products.push((sku, name, outstanding)),
        }
    }
    let mut scans = Vec::with_capacity(codes.len());
    for c in codes {
        let product = product_by_code(conn, c)?.map(|(p, _)| (p.sku, p.name));
        scans.push((c.clone(), product));
    }
    let (lines, not_on_po) = rules::tally(&products, &scans);
    let receipt = lines
        .iter()
        .filter(|l| l.scanned > 0)
        .map(|l| ReceiptLine {
            sku: l.sku.clone(),
            qty: l.scanned,
        })
        .collect();
    let over = lines.iter().any(|l| l.scanned > l.outstanding);
    Ok(ScanTally {
        po: head.number,
        lines,
        not_on_po,
        receipt,
        over,
    })
}
