//! Barcodes' reads on both engines (issue 19): product labels, the labels of a received
//! purchase order, and the receive screen's scan tally, from the same shop on SQLite and on
//! a server (see `pushed`).

use stockroom_core::barcodes::{LabelRequest, LabelSheet};

use crate::pushed::{pdf_text, shop_on_both};
use crate::support::for_each_engine;

#[test]
fn product_labels_print_the_same_on_both_engines_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    let ask = [
        LabelRequest::parse("MUG-1:3").unwrap(),
        // A barcode names its product too.
        LabelRequest::parse("4006381333931").unwrap(),
        LabelRequest::parse("HW-1").unwrap(),
    ];
    let sheet = LabelSheet::default();
    let (a, b) = (
        sqlite.labels_pdf(&ask, sheet).unwrap(),
        pg.labels_pdf(&ask, sheet).unwrap(),
    );
    assert_eq!((a.pdf.pages, &a.file_name), (b.pdf.pages, &b.file_name));
    let text = pdf_text(&a.pdf.bytes);
    assert_eq!(text, pdf_text(&b.pdf.bytes));
    assert!(text.contains("Blue stoneware mug"), "{text}");
}

#[test]
fn a_label_of_an_unknown_sku_is_refused_on_both_engines_issue19() {
    for_each_engine(|shop| {
        let err = shop
            .labels_pdf(
                &[LabelRequest::parse("NOPE").unwrap()],
                LabelSheet::default(),
            )
            .unwrap_err();
        assert_eq!(err.code(), "not_found", "{err}");
    });
}

#[test]
fn a_received_pos_labels_and_a_scan_tally_are_the_same_on_both_engines_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    let po = crate::pushed::ACME_PO;
    let sheet = LabelSheet::default();
    let (a, b) = (
        sqlite.po_labels_pdf(po, sheet).unwrap(),
        pg.po_labels_pdf(po, sheet).unwrap(),
    );
    assert_eq!(pdf_text(&a.pdf.bytes), pdf_text(&b.pdf.bytes));
    let scans = ["HW-1".to_string(), "4006381333931".to_string()];
    let tally = sqlite.receive_scan_tally(po, &scans).unwrap();
    assert_eq!(tally, pg.receive_scan_tally(po, &scans).unwrap());
    assert_eq!(tally.not_on_po.len(), 1, "the mug is not on Acme's PO");
}
