//! `stockroom print ...`: the customer documents as PDF, saved to a file (`-o FILE.pdf`) or
//! sent to a printer (`--printer NAME`). Notices mark their notifications printed only after
//! the file was written or the printer accepted the job.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;
use stockroom_core::barcodes::{LabelRequest, LabelSheet};
use stockroom_core::documents::{Delivered, Destination, DocumentPdf};
use stockroom_core::i18n::Language;
use stockroom_core::{clock, print, Error, Stockroom};

use crate::output::Out;

#[derive(Subcommand)]
pub enum PrintCommand {
    /// Documents as PDF: backorder notices, packing slips, shipped notices, barcode labels.
    Print {
        #[command(subcommand)]
        doc: Doc,
    },
}

#[derive(Subcommand)]
pub enum Doc {
    /// The backorder notice of an order.
    Notice {
        /// Order number.
        order: String,
        #[command(flatten)]
        lang: InLanguage,
        #[command(flatten)]
        to: Target,
    },
    /// The packing slip of a shipment.
    Slip {
        /// Shipment number.
        shipment: String,
        #[command(flatten)]
        lang: InLanguage,
        #[command(flatten)]
        to: Target,
    },
    /// The shipped notice of a shipment.
    Shipped {
        /// Shipment number.
        shipment: String,
        #[command(flatten)]
        lang: InLanguage,
        #[command(flatten)]
        to: Target,
    },
    /// All packing slips of the shipments made on a date, in one PDF.
    Slips {
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: chrono::NaiveDate,
        #[command(flatten)]
        to: Target,
    },
    /// All pending backorder notices, in one PDF.
    Notices {
        /// Only pending notices (the only choice for now; required so the command says it).
        #[arg(long, required = true)]
        pending: bool,
        #[command(flatten)]
        to: Target,
    },
    /// Barcode labels: name, SKU, price and a barcode (the product's EAN-13, else Code 128
    /// of its SKU) for products (`--sku SKU[:N]`, N copies, repeatable) or one per unit
    /// received on a purchase order (`--po NUMBER`).
    Labels {
        /// A product (SKU or barcode) and how many labels of it, e.g. `MUG-BLUE:6`.
        #[arg(
            long = "sku",
            value_name = "SKU[:N]",
            required_unless_present = "po",
            conflicts_with = "po"
        )]
        skus: Vec<String>,
        /// One label per unit received on this purchase order.
        #[arg(long, value_name = "NUMBER")]
        po: Option<String>,
        /// a4-3x8: A4 sheets of 24 labels, 70 × 37 mm; roll-62mm: one 62 × 40 mm label per page.
        #[arg(long, value_name = "a4-3x8|roll-62mm", default_value = "a4-3x8")]
        sheet: String,
        #[command(flatten)]
        to: Target,
    },
    /// List the printers; the default one is marked.
    Printers,
}

impl PrintCommand {
    /// See `Command::writes` in main.rs: a notice marks its notifications printed, and tells
    /// the customer today's dates; slips, labels and the printer list only read.
    pub fn writes(&self) -> bool {
        let PrintCommand::Print { doc } = self;
        match doc {
            Doc::Notice { .. } | Doc::Shipped { .. } | Doc::Notices { .. } => true,
            Doc::Slip { .. } | Doc::Slips { .. } | Doc::Labels { .. } | Doc::Printers => false,
        }
    }
}

#[derive(Args)]
#[group(required = true, multiple = false)]
pub struct Target {
    /// Write the PDF to this file.
    #[arg(short = 'o', long = "output", value_name = "FILE.pdf")]
    output: Option<PathBuf>,
    /// Send it to this printer (see `stockroom print printers`).
    #[arg(long, value_name = "NAME")]
    printer: Option<String>,
}

/// Issue 17: a customer document in another language than the customer's own.
#[derive(Args)]
pub struct InLanguage {
    /// Print in this language instead of the customer's (e.g. fr, de, pl).
    #[arg(long, value_name = "CODE")]
    language: Option<String>,
}

impl InLanguage {
    fn parse(&self) -> Result<Option<Language>, Error> {
        self.language.as_deref().map(Language::parse).transpose()
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    clock::parse_date(s).map_err(|e| e.to_string())
}

pub fn run(cmd: PrintCommand, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    let PrintCommand::Print { doc } = cmd;
    let (rendered, to) = match doc {
        Doc::Notice { order, lang, to } => (
            shop.backorder_notice_pdf_in(&order, lang.parse()?.as_ref())?,
            to,
        ),
        Doc::Slip { shipment, lang, to } => (
            shop.packing_slip_pdf_in(&shipment, lang.parse()?.as_ref())?,
            to,
        ),
        Doc::Shipped { shipment, lang, to } => (
            shop.shipped_notice_pdf_in(&shipment, lang.parse()?.as_ref())?,
            to,
        ),
        Doc::Slips { date, to } => (shop.packing_slips_pdf(date)?, to),
        Doc::Notices { pending: _, to } => (shop.pending_notices_pdf()?, to),
        Doc::Labels {
            skus,
            po,
            sheet,
            to,
        } => {
            let sheet = LabelSheet::parse(&sheet)?;
            let pdf = match po {
                Some(po) => shop.po_labels_pdf(&po, sheet)?,
                None => shop.labels_pdf(
                    &skus
                        .iter()
                        .map(|s| LabelRequest::parse(s))
                        .collect::<Result<Vec<_>, _>>()?,
                    sheet,
                )?,
            };
            (pdf, to)
        }
        Doc::Printers => {
            let list = print::printers()?;
            out.print(&list, || {
                if list.is_empty() {
                    return "No printers".to_string();
                }
                list.iter()
                    .map(|p| {
                        format!(
                            "{}{} ({})",
                            p.name,
                            if p.is_default { " [default]" } else { "" },
                            p.state
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            return Ok(());
        }
    };
    deliver(shop, &rendered, to, out)
}

fn deliver(shop: &mut Stockroom, doc: &DocumentPdf, to: Target, out: &Out) -> Result<(), Error> {
    let (where_to, destination) = match (&to.output, &to.printer) {
        (Some(path), _) => (path.display().to_string(), Destination::File(path)),
        (None, Some(printer)) => (printer.clone(), Destination::Printer(Some(printer))),
        (None, None) => unreachable!("clap requires -o or --printer"),
    };
    let Delivered { job, marked } = shop.deliver_document(doc, destination)?;
    if !doc.pdf.missing_chars.is_empty() {
        let list: String = doc
            .pdf
            .missing_chars
            .iter()
            .map(|c| format!("{c} (U+{:04X}) ", *c as u32))
            .collect();
        eprintln!("stockroom: warning: no font on this machine can draw these characters, printed as boxes: {list}");
    }
    // E.g. the logo file is gone: the document was made all the same, without it.
    for w in &doc.warnings {
        eprintln!("stockroom: warning: {w}");
    }
    out.print(
        &json!({
            "output": to.output.as_ref().map(|p| p.display().to_string()),
            "printer": to.printer,
            "job": job,
            "pages": doc.pdf.pages,
            "bytes": doc.pdf.bytes.len(),
            "notifications_marked_printed": marked,
            "missing_chars": doc.pdf.missing_chars.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            "warnings": doc.warnings,
        }),
        || match &job {
            Some(job) => format!("Sent {} to {where_to} (job {job}, {} pages)", doc.file_name, doc.pdf.pages),
            None => format!("Wrote {where_to} ({} pages)", doc.pdf.pages),
        },
    );
    Ok(())
}
