//! Which document a caller asks for by name, and handing it over: written to a file or sent to
//! a printer, then the notifications it answers marked printed (issue 18: one home for what the
//! window and the CLI both did).

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use super::DocumentPdf;
use crate::barcodes::{labels, LabelRequest, LabelSheet};
use crate::db::conn::Conn;
use crate::i18n::Language;
use crate::{Error, Result};

/// A document named the way the window asks for it: a kind and a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentRequest {
    /// The backorder notice of an order (key: its number).
    Notice(String),
    /// The packing slip of a shipment (key: its number).
    Slip(String),
    /// The shipped notice of a shipment (key: its number).
    Shipped(String),
    /// All packing slips of a day (key: the date).
    Slips(chrono::NaiveDate),
    /// Every pending notice (no key).
    Notices,
    /// Barcode labels (key: `<sheet>|po:<number>`, a label per unit received on the PO, or
    /// `<sheet>|<SKU>[:copies]`).
    Labels { sheet: LabelSheet, what: Labels },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Labels {
    Po(String),
    Product(LabelRequest),
}

impl DocumentRequest {
    /// The document `kind` with `key`; an unknown kind or a malformed key is refused.
    pub fn parse(kind: &str, key: &str) -> Result<DocumentRequest> {
        Ok(match kind {
            "notice" => DocumentRequest::Notice(key.to_string()),
            "slip" => DocumentRequest::Slip(key.to_string()),
            "shipped" => DocumentRequest::Shipped(key.to_string()),
            "slips" => DocumentRequest::Slips(crate::clock::parse_date(key)?),
            "notices" => DocumentRequest::Notices,
            "labels" => {
                let (sheet, what) = key
                    .split_once('|')
                    .ok_or_else(|| Error::invalid(crate::msg!("label-key-no-sheet", key = key)))?;
                let sheet = LabelSheet::parse(sheet)?;
                let what = match what.strip_prefix("po:") {
                    Some(po) => Labels::Po(po.to_string()),
                    None => Labels::Product(LabelRequest::parse(what)?),
                };
                DocumentRequest::Labels { sheet, what }
            }
            other => {
                return Err(Error::invalid(crate::msg!(
                    "not-a-document-kind",
                    kind = other
                )))
            }
        })
    }

    /// Whether it is one customer's document, which can be printed in another language.
    fn is_one_customers(&self) -> bool {
        matches!(
            self,
            DocumentRequest::Notice(_) | DocumentRequest::Slip(_) | DocumentRequest::Shipped(_)
        )
    }

    fn kind(&self) -> &'static str {
        match self {
            DocumentRequest::Notice(_) => "notice",
            DocumentRequest::Slip(_) => "slip",
            DocumentRequest::Shipped(_) => "shipped",
            DocumentRequest::Slips(_) => "slips",
            DocumentRequest::Notices => "notices",
            DocumentRequest::Labels { .. } => "labels",
        }
    }
}

/// Where a document goes.
#[derive(Debug, Clone, Copy)]
pub enum Destination<'a> {
    File(&'a Path),
    /// A printer by name; `None` is the system's default printer.
    Printer(Option<&'a str>),
}

/// What handing a document over did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delivered {
    /// The print system's job id, when printed.
    pub job: Option<String>,
    /// How many notifications the document answered that are now marked printed.
    pub marked: usize,
}

/// Renders the document asked for; `language` (issue 17) puts one customer's document in
/// another language than the customer's own (`None`: theirs).
pub fn document_pdf(
    conn: Conn<'_>,
    today: NaiveDate,
    request: &DocumentRequest,
    language: Option<&Language>,
) -> Result<DocumentPdf> {
    if language.is_some() && !request.is_one_customers() {
        return Err(Error::invalid(crate::msg!(
            "document-in-customers-languages",
            kind = request.kind()
        )));
    }
    match request {
        DocumentRequest::Notice(order) => {
            super::backorder_notice_pdf_in(conn, today, order, language)
        }
        DocumentRequest::Slip(shipment) => super::packing_slip_pdf_in(conn, shipment, language),
        DocumentRequest::Shipped(shipment) => {
            super::shipped_notice_pdf_in(conn, shipment, language)
        }
        DocumentRequest::Slips(day) => super::packing_slips_pdf(conn, *day),
        DocumentRequest::Notices => super::pending_notices_pdf(conn, today),
        DocumentRequest::Labels { sheet, what } => match what {
            Labels::Po(po) => labels::po_labels_pdf(conn, po, *sheet),
            Labels::Product(label) => labels::labels_pdf(conn, std::slice::from_ref(label), *sheet),
        },
    }
}

/// Writes `doc` to a file or sends it to a printer; the print system's job id when printed.
/// The notifications it answers are marked printed by the caller, once this succeeded.
pub fn hand_over(doc: &DocumentPdf, to: Destination) -> Result<Option<String>> {
    Ok(match to {
        Destination::File(path) => {
            std::fs::write(path, &doc.pdf.bytes).map_err(|e| {
                Error::io(
                    crate::msg!("cannot-write", path = path.display().to_string()),
                    e,
                )
            })?;
            None
        }
        Destination::Printer(printer) => {
            let title = doc.file_name.trim_end_matches(".pdf");
            Some(crate::print::print_pdf(&doc.pdf.bytes, printer, title)?)
        }
    })
}
