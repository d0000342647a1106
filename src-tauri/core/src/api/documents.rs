//! Documents: the data of each customer document, its PDF, and handing it over (written or
//! printed, then the notifications it answers marked printed).

use chrono::NaiveDate;

use crate::documents::deliver::{Delivered, Destination, DocumentRequest};
use crate::documents::{self, BackorderNotice, DocumentPdf, ShipmentDocument};
use crate::i18n::Language;
use crate::{Result, Stockroom};

impl Stockroom {
    /// The data of the backorder notice of order `number`.
    pub fn backorder_notice(&self, number: &str) -> Result<BackorderNotice> {
        documents::backorder_notice(self.db(), self.clock().today(), number)
    }

    /// The data of shipment `number`, for its packing slip and its shipped notice.
    pub fn shipment_document(&self, number: &str) -> Result<ShipmentDocument> {
        documents::shipment_document(self.db(), number)
    }

    /// The backorder notice of order `number` as a PDF. Answers the order's pending
    /// "backordered" and "promise moved" notifications (see [`Stockroom::mark_printed`]).
    pub fn backorder_notice_pdf(&self, number: &str) -> Result<DocumentPdf> {
        documents::backorder_notice_pdf(self.db(), self.clock().today(), number)
    }

    /// [`Stockroom::backorder_notice_pdf`] in `language` instead of the customer's own
    /// (issue 17: "print it in French for this customer"); `None`: the customer's language.
    pub fn backorder_notice_pdf_in(
        &self,
        number: &str,
        language: Option<&Language>,
    ) -> Result<DocumentPdf> {
        documents::backorder_notice_pdf_in(self.db(), self.clock().today(), number, language)
    }

    /// The packing slip of shipment `number` as a PDF. A slip goes in the parcel; it answers no
    /// notification.
    pub fn packing_slip_pdf(&self, number: &str) -> Result<DocumentPdf> {
        documents::packing_slip_pdf(self.db(), number)
    }

    /// [`Stockroom::packing_slip_pdf`] in `language`; `None`: the customer's language.
    pub fn packing_slip_pdf_in(
        &self,
        number: &str,
        language: Option<&Language>,
    ) -> Result<DocumentPdf> {
        documents::packing_slip_pdf_in(self.db(), number, language)
    }

    /// The shipped notice of shipment `number` as a PDF; answers its "shipped" notification.
    pub fn shipped_notice_pdf(&self, number: &str) -> Result<DocumentPdf> {
        documents::shipped_notice_pdf(self.db(), number)
    }

    /// [`Stockroom::shipped_notice_pdf`] in `language`; `None`: the customer's language.
    pub fn shipped_notice_pdf_in(
        &self,
        number: &str,
        language: Option<&Language>,
    ) -> Result<DocumentPdf> {
        documents::shipped_notice_pdf_in(self.db(), number, language)
    }

    /// All packing slips of the shipments made on `day`, in one PDF. Refused with
    /// `invalid_input` when nothing shipped that day.
    pub fn packing_slips_pdf(&self, day: NaiveDate) -> Result<DocumentPdf> {
        documents::packing_slips_pdf(self.db(), day)
    }

    /// Every pending backorder notice (one per order), in one PDF. Refused with
    /// `invalid_input` when none is pending.
    pub fn pending_notices_pdf(&self) -> Result<DocumentPdf> {
        documents::pending_notices_pdf(self.db(), self.clock().today())
    }

    /// Renders the document asked for; `language` (issue 17) puts one customer's document in
    /// another language than the customer's own (`None`: theirs).
    pub fn document_pdf(
        &self,
        request: &DocumentRequest,
        language: Option<&Language>,
    ) -> Result<DocumentPdf> {
        documents::deliver::document_pdf(self.db(), self.clock().today(), request, language)
    }

    /// Marks the notifications a document answers as printed, once it was saved or printed.
    /// Returns how many changed (already printed or sent ones are left alone).
    pub fn mark_printed(&mut self, doc: &DocumentPdf) -> Result<usize> {
        if doc.notifications.is_empty() {
            return Ok(0); // no write lock for a slip or labels
        }
        self.write(|tx, clock| {
            documents::store::mark_printed_in_tx(tx, &doc.notifications, clock.now())
        })
    }

    /// Writes `doc` to a file or sends it to a printer, then marks the notifications it
    /// answers as printed: paper that reached the customer's hands tells them. A failed write
    /// or print leaves them pending.
    pub fn deliver_document(&mut self, doc: &DocumentPdf, to: Destination) -> Result<Delivered> {
        let job = documents::deliver::hand_over(doc, to)?;
        let marked = self.mark_printed(doc)?;
        Ok(Delivered { job, marked })
    }
}
