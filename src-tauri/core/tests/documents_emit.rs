//! What the PDF writer puts on paper (issue 4), read back with poppler and zbar: a batch of
//! slips embeds each font once and every page draws its own slip; the barcode, drawn as one
//! path of bars, still scans as the shipment number; text keeps every script and the
//! characters the bundled font lacks.

mod documents_support;

use std::process::Command;

use documents_support::*;
use stockroom_core::pdf;

/// The fixture's slip (SHP-0001) as `count` slips numbered SHP-0001, SHP-0002...
fn batch(count: usize) -> Vec<pdf::Document> {
    let f = fixture();
    let one = f.shop.shipment_document("SHP-0001").unwrap();
    (1..=count)
        .map(|i| {
            let mut d = one.clone();
            d.number = format!("SHP-{i:04}");
            pdf::customer::packing_slip(&d).unwrap()
        })
        .collect()
}

#[test]
fn a_batch_embeds_each_font_once_and_every_page_draws_its_own_slip() {
    let rendered = pdf::render_many(&batch(12)).unwrap();
    assert_eq!(rendered.pages, 12);
    let info = tool("pdfinfo", &[], &rendered.bytes);
    let pages = info.lines().find_map(|l| l.strip_prefix("Pages:"));
    assert_eq!(pages.map(str::trim), Some("12"), "{info}");
    let fonts = tool("pdffonts", &[], &rendered.bytes);
    let faces: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(
        faces.len(),
        2,
        "regular and bold, once for all pages: {fonts}"
    );
    assert!(
        faces.iter().all(|l| l.contains("yes yes yes")),
        "embedded, subset, with a Unicode map: {fonts}"
    );
    let text = text(&rendered.bytes);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    for (i, page) in pages.iter().take(12).enumerate() {
        let number = format!("SHP-{:04}", i + 1);
        assert!(page.contains(&number), "page {} is slip {number}", i + 1);
        assert!(page.contains("Zoë Müller"), "page {}", i + 1);
        assert!(page.contains("Page 1 of 1"), "page {}", i + 1);
    }
}

#[test]
fn a_batch_costs_less_per_slip_than_one_slip_alone() {
    // The fonts are embedded once; each further page is its own compressed content only.
    let one = pdf::render_many(&batch(1)).unwrap().bytes.len();
    let ten = pdf::render_many(&batch(10)).unwrap().bytes.len();
    assert!(
        ten < 10 * one / 3,
        "10 slips are {ten} bytes, one slip {one}: fonts must not be repeated per page"
    );
}

#[test]
fn the_barcode_scans_as_the_shipment_number() {
    let rendered = pdf::render_many(&batch(1)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("slip.pdf");
    std::fs::write(&file, &rendered.bytes).unwrap();
    let png = dir.path().join("slip");
    let status = Command::new("pdftoppm")
        .args(["-r", "200", "-png", "-singlefile"])
        .arg(&file)
        .arg(&png)
        .status()
        .expect("pdftoppm (poppler-utils) is needed for these tests");
    assert!(status.success());
    match Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(png.with_extension("png"))
        .output()
    {
        Ok(out) => assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "SHP-0001",
            "the bars, one path filled once, read back as the number"
        ),
        Err(_) => eprintln!("skipped the scan: zbarimg (apt zbar-tools) is not installed"),
    }
}
