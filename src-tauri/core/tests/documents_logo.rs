//! The shop's logo on its documents (issue 4): drawn in the letterhead of every document and
//! batch, read back with `pdfimages -list`; kept small; a logo file that went missing prints
//! the document without it and says so; settings and the CLI refuse a file that is not a
//! PNG or JPEG and store nothing.

mod documents_support;

use std::path::{Path, PathBuf};

use documents_support::*;
use stockroom_core::settings::SettingsPatch;
use stockroom_core::Stockroom;

/// The demo shop's logo: a typical 600 × 200 PNG with a transparent background.
fn logo_png() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/harbour-and-vine-logo.png")
}

fn set_logo(shop: &mut Stockroom, path: &Path) {
    shop.update_settings(&SettingsPatch {
        logo_path: Some(path.display().to_string()),
        ..Default::default()
    })
    .unwrap();
}

/// `pdfimages -list` rows as (page, type, width, height, encoding, object id).
fn images(pdf: &[u8]) -> Vec<(u32, String, u32, u32, String, u32)> {
    tool("pdfimages", &["-list"], pdf)
        .lines()
        .skip(2)
        .map(|row| {
            // page num type width height color comp bpc enc interp object ID ...
            let c: Vec<&str> = row.split_whitespace().collect();
            (
                c[0].parse().unwrap(),
                c[2].to_string(),
                c[3].parse().unwrap(),
                c[4].parse().unwrap(),
                c[8].to_string(),
                c[10].parse().unwrap(),
            )
        })
        .filter(|i| i.1 == "image")
        .collect()
}

#[test]
fn a_packing_slip_with_a_600_by_200_png_logo_contains_the_image_and_stays_small() {
    let mut f = fixture();
    let without = f.shop.packing_slip_pdf("SHP-0001").unwrap().pdf.bytes.len();
    set_logo(&mut f.shop, &logo_png());
    let doc = f.shop.packing_slip_pdf("SHP-0001").unwrap();
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let imgs = images(&doc.pdf.bytes);
    assert_eq!(imgs.len(), 1, "one image: {imgs:?}");
    let (page, _, w, h, enc, _) = &imgs[0];
    assert_eq!((*page, *w, *h), (1, 600, 200), "the logo at its own pixels");
    assert_eq!(
        enc, "image",
        "a drawn logo is stored losslessly (Flate), not as JPEG"
    );
    // Measured: the slip is 16 KB without this logo and 77.5 KB with it (the colour stream
    // 46 KB and its alpha mask 11.7 KB, deflated at the PNG encoder's fastest setting so that
    // one slip prints in under 10 ms). The bound says the pixels are compressed: raw RGBA is 480 KB.
    let with = doc.pdf.bytes.len();
    assert!(
        with < 100 * 1024,
        "a one-page slip with a logo is {with} bytes"
    );
    assert!(
        with - without < 60 * 1024,
        "the logo adds {} bytes",
        with - without
    );
    assert!(text(&doc.pdf.bytes).contains("In this parcel"));
}

#[test]
fn every_document_and_batch_carries_the_logo_and_a_batch_embeds_it_once() {
    let mut f = fixture();
    set_logo(&mut f.shop, &logo_png());
    for (name, doc) in [
        ("backorder notice", f.shop.backorder_notice_pdf("ORD-1001")),
        ("shipped notice", f.shop.shipped_notice_pdf("SHP-0001")),
    ] {
        let imgs = images(&doc.unwrap().pdf.bytes);
        assert_eq!(imgs.len(), 1, "the {name} has the logo: {imgs:?}");
    }
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let slips = f.shop.packing_slips_pdf(day).unwrap();
    assert!(!images(&slips.pdf.bytes).is_empty(), "the day's slips");
    let notices = f.shop.pending_notices_pdf().unwrap();
    assert!(notices.pdf.pages >= 3, "three pending notices");
    let imgs = images(&notices.pdf.bytes);
    let first_pages: Vec<u32> = imgs.iter().map(|i| i.0).collect();
    assert_eq!(
        imgs.len(),
        3,
        "each notice's first page shows the logo: pages {first_pages:?}"
    );
    assert!(
        imgs.iter().all(|i| i.5 == imgs[0].5),
        "one embedded image, shown three times: {imgs:?}"
    );
}

#[test]
fn a_jpeg_logo_is_drawn_and_stays_jpeg() {
    let mut f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let jpeg = dir.path().join("logo.jpg");
    image::RgbImage::from_fn(300, 120, |x, _| image::Rgb([(x % 255) as u8, 90, 40]))
        .save(&jpeg)
        .unwrap();
    set_logo(&mut f.shop, &jpeg);
    let doc = f.shop.shipped_notice_pdf("SHP-0001").unwrap();
    let imgs = images(&doc.pdf.bytes);
    assert_eq!(imgs.len(), 1);
    assert_eq!((imgs[0].2, imgs[0].3), (300, 120));
    assert_eq!(imgs[0].4, "jpeg", "a photograph stays JPEG-compressed");
}

#[test]
fn a_logo_file_that_went_missing_prints_the_document_without_it_and_says_so() {
    let mut f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("logo.png");
    std::fs::copy(logo_png(), &copy).unwrap();
    set_logo(&mut f.shop, &copy);
    std::fs::remove_file(&copy).unwrap();

    let doc = f.shop.packing_slip_pdf("SHP-0001").unwrap();
    assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
    assert!(
        doc.warnings[0].contains("printed without the logo")
            && doc.warnings[0].contains("does not exist"),
        "{}",
        doc.warnings[0]
    );
    assert!(images(&doc.pdf.bytes).is_empty());
    assert!(
        text(&doc.pdf.bytes).contains("In this parcel"),
        "a valid PDF"
    );
}

#[test]
fn settings_refuse_a_file_that_is_not_a_png_or_jpeg_and_store_nothing() {
    let mut f = fixture();
    set_logo(&mut f.shop, &logo_png());
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("logo.png");
    std::fs::write(&fake, "not an image").unwrap();
    for bad in [fake.display().to_string(), "/no/such/logo.png".to_string()] {
        let err = f
            .shop
            .update_settings(&SettingsPatch {
                logo_path: Some(bad.clone()),
                ..Default::default()
            })
            .unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{bad}: {err}");
    }
    assert_eq!(
        f.shop.settings().unwrap().logo_path,
        std::fs::canonicalize(logo_png())
            .unwrap()
            .display()
            .to_string(),
        "the logo set before is kept"
    );
}

#[test]
fn cli_settings_set_logo_checks_the_file_stores_its_full_path_and_empty_removes_it() {
    let f = fixture();
    drop(f.shop);
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("fake.png");
    std::fs::write(&fake, "GIF89a").unwrap();

    let out = cli(
        &f.db,
        &["settings", "set", "--logo", fake.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2), "not a PNG or JPEG: exit 2");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a PNG or JPEG"));
    let logo = || {
        Stockroom::open(&f.db)
            .unwrap()
            .settings()
            .unwrap()
            .logo_path
    };
    assert_eq!(logo(), "", "nothing stored");

    // A relative path is stored in full: the app may run from another folder.
    let png = logo_png();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(png.parent().unwrap())
        .arg("--db")
        .arg(&f.db)
        .args(["settings", "set", "--logo", "harbour-and-vine-logo.png"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        logo(),
        std::fs::canonicalize(&png).unwrap().display().to_string()
    );

    let out = cli(&f.db, &["settings", "set", "--logo", ""]);
    assert!(out.status.success());
    assert_eq!(logo(), "", "--logo \"\" removes it");
}

#[test]
fn cli_prints_with_a_missing_logo_warns_on_stderr_and_still_writes_the_pdf() {
    let mut f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("logo.png");
    std::fs::copy(logo_png(), &copy).unwrap();
    set_logo(&mut f.shop, &copy);
    drop(f.shop);
    std::fs::remove_file(&copy).unwrap();

    let file = dir.path().join("slip.pdf");
    let out = cli(
        &f.db,
        &[
            "--json",
            "print",
            "slip",
            "SHP-0001",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: printed without the logo"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["warnings"].as_array().map(Vec::len), Some(1), "{json}");
    assert!(text(&std::fs::read(&file).unwrap()).contains("In this parcel"));
}
