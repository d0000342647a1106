//! Barcode labels: which labels a request makes, read from the database. The layout is
//! `pdf::labels`; the PDF goes out through the same print path as every document.

use serde::{Deserialize, Serialize};

use crate::catalog::store::ProductRow;
use crate::db::conn::Conn;
use crate::documents::DocumentPdf;
pub use crate::pdf::labels::LabelSheet;
use crate::pdf::labels::{Label, Symbol};
use crate::pdf::{self, FontSet, Pdf};
use crate::{money, Error, Result};

/// Most copies of one label a request may ask for (a typo of 10000 would print 417 sheets).
pub const MAX_COPIES: i64 = 1000;

/// Labels of one product: `copies` of them. `sku` may also be one of its barcodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelRequest {
    pub sku: String,
    #[serde(default = "one")]
    pub copies: i64,
}

fn one() -> i64 {
    1
}

impl LabelRequest {
    /// `SKU` or `SKU:N` (the CLI's `--sku`). A SKU that itself ends in `:digits` is written
    /// with its count, e.g. `A:1:2`.
    pub fn parse(s: &str) -> Result<LabelRequest> {
        let t = s.trim();
        let (sku, copies) = match t.rsplit_once(':') {
            Some((sku, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
                (sku, n.parse::<i64>().unwrap_or(i64::MAX))
            }
            _ => (t, 1),
        };
        Ok(LabelRequest {
            sku: sku.trim().to_string(),
            copies,
        })
    }
}

/// The label of a product: its first EAN-13 (or UPC-A, printed as EAN-13) when it has one,
/// else Code 128 of its SKU.
fn label_of(p: &ProductRow, codes: &[String], currency: &str) -> Label {
    let ean = codes
        .iter()
        .filter_map(|c| super::gtin::parse(c).ok())
        .find_map(|g| g.ean13());
    Label {
        name: p.name.clone(),
        sku: p.sku.clone(),
        price: money::display(p.price, currency),
        symbol: match ean {
            Some(digits) => Symbol::Ean13(digits),
            None => Symbol::Code128(p.sku.clone()),
        },
    }
}

fn render(labels: &[Label], sheet: LabelSheet, file_name: String) -> Result<DocumentPdf> {
    if labels.is_empty() {
        return Err(Error::invalid(crate::msg!("no-labels")));
    }
    let mut chars = std::collections::BTreeSet::new();
    for l in labels {
        chars.extend(l.name.chars().chain(l.sku.chars()).chain(l.price.chars()));
    }
    chars.insert('…');
    let fonts = FontSet::for_chars(chars.into_iter().filter(|c| !c.is_ascii()));
    let laid = pdf::labels::layout_labels(labels, sheet, &fonts)?;
    let bytes = pdf::emit::emit(&laid, &fonts)?;
    Ok(DocumentPdf {
        pdf: Pdf {
            bytes,
            pages: laid.pages.len(),
            missing_chars: fonts.missing(),
        },
        file_name,
        notifications: Vec::new(),
        warnings: Vec::new(),
    })
}

/// Labels for products: each request's product (by SKU or barcode) `copies` times, in
/// request order, on `sheet`.
pub fn labels_pdf<'a>(
    conn: impl Into<Conn<'a>>,
    requests: &[LabelRequest],
    sheet: LabelSheet,
) -> Result<DocumentPdf> {
    let conn = conn.into();
    let currency = crate::settings::store::load(conn)?.currency;
    let mut labels = Vec::new();
    for r in requests {
        if !(1..=MAX_COPIES).contains(&r.copies) {
            return Err(Error::invalid(crate::msg!(
                "label-copies-range",
                sku = &r.sku,
                max = MAX_COPIES,
                got = r.copies
            )));
        }
        let (p, _) = super::product_by_code(conn, &r.sku)?
            .ok_or_else(|| Error::not_found("SKU", r.sku.trim()))?;
        let label = label_of(&p, &super::store::codes_of(conn, p.id)?, &currency);
        labels.extend(std::iter::repeat_n(label, r.copies as usize));
    }
    let name = match requests {
        [one] => format!("labels-{}.pdf", one.sku.trim()),
        _ => "labels.pdf".to_string(),
    };
    render(&labels, sheet, name)
}

/// One label per unit received on a purchase order, in line order (what goes on the
/// shelf from this delivery).
pub fn po_labels_pdf<'a>(
    conn: impl Into<Conn<'a>>,
    po: &str,
    sheet: LabelSheet,
) -> Result<DocumentPdf> {
    let conn = conn.into();
    let currency = crate::settings::store::load(conn)?.currency;
    let head = crate::purchasing::store::require(conn, po)?;
    let mut labels = Vec::new();
    for l in crate::purchasing::store::lines(conn, head.id)? {
        let (pid, received) = (l.product_id, l.received);
        if received <= 0 {
            continue;
        }
        let p = crate::catalog::store::by_id(conn, pid)?;
        let label = label_of(&p, &super::store::codes_of(conn, pid)?, &currency);
        labels.extend(std::iter::repeat_n(label, received as usize));
    }
    if labels.is_empty() {
        return Err(Error::refused(crate::msg!(
            "labels-nothing-received",
            po = &head.number
        )));
    }
    render(&labels, sheet, format!("labels-{}.pdf", head.number))
}
