//! Barcode labels (issue 15): every label on an A4 3×8 sheet and on a 62 mm roll is read back
//! by zbarimg from the PDF rasterised at 300 dpi, and its name and SKU are in the text.

mod engine_support;

use std::path::Path;
use std::process::Command;

use engine_support::{po, rl, shop};
use stockroom_core::barcodes::{LabelRequest, LabelSheet};
use stockroom_core::catalog::NewProduct;
use stockroom_core::Stockroom;

fn add(s: &mut Stockroom, sku: &str, name: &str, codes: &[&str]) {
    s.add_product(&NewProduct {
        sku: sku.into(),
        name: name.into(),
        price: 1250,
        barcodes: codes.iter().map(|c| c.to_string()).collect(),
        ..Default::default()
    })
    .unwrap();
}

fn req(sku: &str, copies: i64) -> LabelRequest {
    LabelRequest {
        sku: sku.into(),
        copies,
    }
}

/// What zbarimg reads on each of the first `n` labels of the PDF, in label order: every label
/// is rasterised alone at 300 dpi (pdftoppm's crop box), because zbarimg reports identical
/// symbols of one image once. `TYPE:DATA`, or `nothing` for a label it cannot read.
fn decode(pdf: &[u8], sheet: LabelSheet, n: usize, dir: &Path) -> Vec<String> {
    let file = dir.join("labels.pdf");
    std::fs::write(&file, pdf).unwrap();
    let px = |mm: f64| mm / 25.4 * 300.0;
    let (cols, rows, w, h, top) = match sheet {
        LabelSheet::A4x24 => (3, 8, 70.0, 37.0, 0.5),
        LabelSheet::Roll62 => (1, 1, 62.0, 40.0, 0.0),
    };
    (0..n)
        .map(|i| {
            let page = i / (cols * rows) + 1;
            let (c, r) = ((i % (cols * rows)) % cols, (i % (cols * rows)) / cols);
            let out = dir.join(format!("label-{i}"));
            let st = Command::new("pdftoppm")
                .args(["-r", "300", "-gray", "-png", "-singlefile"])
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .args(["-x", &(px(c as f64 * w).round() as i64).to_string()])
                .args(["-y", &(px(top + r as f64 * h).round() as i64).to_string()])
                .args(["-W", &(px(w).floor() as i64).to_string()])
                .args(["-H", &(px(h).floor() as i64).to_string()])
                .arg(&file)
                .arg(&out)
                .status()
                .unwrap();
            assert!(st.success());
            let png = out.with_extension("png");
            let found = Command::new("zbarimg")
                .arg("--quiet")
                .arg(&png)
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&found.stdout).trim().to_string();
            if text.is_empty() {
                "nothing".to_string()
            } else {
                text
            }
        })
        .collect()
}

fn text(pdf: &[u8], dir: &Path) -> String {
    let file = dir.join("text.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn sample_shop() -> Stockroom {
    let mut s = shop();
    add(&mut s, "MUG-BLUE", "Blue stoneware mug", &["4006381333931"]);
    add(&mut s, "COLA-12", "Cola can", &["036000291452"]);
    add(
        &mut s,
        "TEA-DARJ-250G",
        "Darjeeling first flush, loose leaf tea in a tin of 250 g",
        &[],
    );
    add(&mut s, "EAN8-ONLY", "Pencil", &["96385074"]);
    s
}

#[test]
fn every_label_on_an_a4_sheet_reads_back_its_code() {
    let s = sample_shop();
    let dir = tempfile::tempdir().unwrap();
    let doc = s
        .labels_pdf(
            &[
                req("MUG-BLUE", 2),
                req("COLA-12", 1),
                req("TEA-DARJ-250G", 2),
                req("EAN8-ONLY", 1),
            ],
            LabelSheet::A4x24,
        )
        .unwrap();
    assert_eq!(doc.pdf.pages, 1);
    assert_eq!(
        decode(&doc.pdf.bytes, LabelSheet::A4x24, 6, dir.path()),
        [
            "EAN-13:4006381333931",
            "EAN-13:4006381333931",
            // A UPC-A is printed as its EAN-13 (the same number with a leading 0).
            "EAN-13:0036000291452",
            "CODE-128:TEA-DARJ-250G",
            "CODE-128:TEA-DARJ-250G",
            // An EAN-8-only product gets Code 128 of its SKU.
            "CODE-128:EAN8-ONLY",
        ]
    );
    let t = text(&doc.pdf.bytes, dir.path());
    for s in [
        "Blue stoneware mug",
        "MUG-BLUE",
        "TEA-DARJ-250G",
        "€12.50",
        "Darjeeling first",
    ] {
        assert!(t.contains(s), "{s} in {t}");
    }
}

#[test]
fn every_label_on_a_62_mm_roll_reads_back_its_code() {
    let s = sample_shop();
    let dir = tempfile::tempdir().unwrap();
    let doc = s
        .labels_pdf(
            &[req("MUG-BLUE", 1), req("TEA-DARJ-250G", 1)],
            LabelSheet::Roll62,
        )
        .unwrap();
    assert_eq!(doc.pdf.pages, 2, "one label per page of the roll");
    assert_eq!(
        decode(&doc.pdf.bytes, LabelSheet::Roll62, 2, dir.path()),
        ["EAN-13:4006381333931", "CODE-128:TEA-DARJ-250G"]
    );
}

#[test]
fn a_25_label_request_makes_two_sheets_and_every_label_of_them_reads() {
    let s = sample_shop();
    let doc = s
        .labels_pdf(
            &[req("MUG-BLUE", 13), req("TEA-DARJ-250G", 12)],
            LabelSheet::A4x24,
        )
        .unwrap();
    assert_eq!(doc.pdf.pages, 2);
    let dir = tempfile::tempdir().unwrap();
    let mut expected = vec!["EAN-13:4006381333931"; 13];
    expected.extend(vec!["CODE-128:TEA-DARJ-250G"; 12]);
    assert_eq!(
        decode(&doc.pdf.bytes, LabelSheet::A4x24, 25, dir.path()),
        expected
    );
}

#[test]
fn a_received_po_gives_one_label_per_unit_received() {
    let mut s = sample_shop();
    let number = po(
        &mut s,
        "2026-03-10",
        &[("MUG-BLUE", 5), ("TEA-DARJ-250G", 2)],
    );
    let err = s.po_labels_pdf(&number, LabelSheet::A4x24).unwrap_err();
    assert_eq!(err.code(), "refused", "nothing received yet: {err}");
    s.receive_po(&number, &rl("MUG-BLUE", 3)).unwrap();
    s.receive_po(&number, &rl("TEA-DARJ-250G", 1)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let doc = s.po_labels_pdf(&number, LabelSheet::A4x24).unwrap();
    assert_eq!(doc.pdf.pages, 1);
    assert_eq!(
        decode(&doc.pdf.bytes, LabelSheet::A4x24, 5, dir.path()),
        [
            "EAN-13:4006381333931",
            "EAN-13:4006381333931",
            "EAN-13:4006381333931",
            "CODE-128:TEA-DARJ-250G",
            "nothing",
        ],
        "three received mugs, one tea, and the fifth place of the sheet is empty"
    );
}

#[test]
fn labels_of_an_unknown_product_or_zero_copies_are_refused() {
    let s = sample_shop();
    assert_eq!(
        s.labels_pdf(&[req("NOPE", 1)], LabelSheet::A4x24)
            .unwrap_err()
            .code(),
        "not_found"
    );
    assert_eq!(
        s.labels_pdf(&[req("MUG-BLUE", 0)], LabelSheet::A4x24)
            .unwrap_err()
            .code(),
        "invalid_input"
    );
    assert_eq!(
        LabelRequest::parse("MUG-BLUE:6").unwrap(),
        req("MUG-BLUE", 6)
    );
    assert_eq!(LabelRequest::parse("MUG-BLUE").unwrap(), req("MUG-BLUE", 1));
}
