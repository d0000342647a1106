//! Barcodes (issue 15): what a scanned code names, receiving by scanning, and labels.

use crate::barcodes::{self, labels, LabelRequest, LabelSheet, ScanTally, Scanned};
use crate::catalog::model::ProductView;
use crate::documents::DocumentPdf;
use crate::purchasing::{ReceiptLine, ReceiptResult};
use crate::{Result, Stockroom};

impl Stockroom {
    /// What a scanned or typed code is: a product (by SKU or barcode), a shipment (a packing
    /// slip's barcode), an order or a purchase order. Every screen calls this on a scan and
    /// opens (or adds) what it names. Unknown: a `not_found` error naming the code.
    pub fn find_by_code(&self, code: &str) -> Result<Scanned> {
        barcodes::find_by_code(self.db(), code)
    }

    /// A product by SKU or by any of its barcodes (`product show CODE`, the products search
    /// on a scan). Unknown: "SKU … not found", the message `product show` always gave — or,
    /// for a barcode that cannot be one (a misread digit), which check digit it should have.
    pub fn product_by_code(&self, code: &str) -> Result<ProductView> {
        barcodes::product_view_by_code(self.db(), code, self.clock().today())
    }

    /// The receive screen's count after each scan: the PO's products with outstanding and
    /// scanned units, and the scans not on the PO. Reads only: nothing is booked until the
    /// screen calls [`Stockroom::receive_po`] with [`ScanTally::receipt`].
    pub fn receive_scan_tally(&self, po: &str, codes: &[String]) -> Result<ScanTally> {
        barcodes::receive_scan_tally(self.db(), po, codes)
    }

    /// Receives a PO from `lines` (SKU:QTY) and `scans` (one unit each) together, as one
    /// receipt: a scan not on the PO, or more units than outstanding, stores nothing.
    pub fn receive_po_with_scans(
        &mut self,
        number: &str,
        lines: &[ReceiptLine],
        scans: &[String],
    ) -> Result<ReceiptResult> {
        let mut all = lines.to_vec();
        if !scans.is_empty() {
            let tally = self.receive_scan_tally(number, scans)?;
            all.extend(barcodes::receipt_from_tally(&tally)?);
        }
        self.receive_po(number, &all)
    }

    /// Labels for products: each request's product (by SKU or barcode) `copies` times, in
    /// request order, on `sheet`.
    pub fn labels_pdf(&self, requests: &[LabelRequest], sheet: LabelSheet) -> Result<DocumentPdf> {
        labels::labels_pdf(self.db(), requests, sheet)
    }

    /// One label per unit received on a purchase order, in line order (what goes on the
    /// shelf from this delivery).
    pub fn po_labels_pdf(&self, po: &str, sheet: LabelSheet) -> Result<DocumentPdf> {
        labels::po_labels_pdf(self.db(), po, sheet)
    }
}
