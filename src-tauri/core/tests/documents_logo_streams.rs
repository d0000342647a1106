//! How a PNG logo is stored in the PDF (issue 4, one slip with a logo ≤ 10 ms): what the
//! fast path relies on, read back from the file.
//!  - An opaque RGB PNG goes in undecoded: the image stream IS the file's IDAT data, with
//!    /DecodeParms telling the reader the rows are PNG-filtered.
//!  - A PNG with alpha becomes an RGB image and an /SMask whose streams, inflated, are the
//!    PNG-filtered rows of exactly the file's colour and alpha.
//!  - Both render: the demo logo on its transparent background prints like the same logo
//!    flattened onto white paper beforehand (poppler's pdftoppm).

mod documents_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use documents_support::*;
use image::{ImageFormat, RgbImage, RgbaImage};
use lopdf::{Dictionary, Document, Object};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::Stockroom;

fn demo_logo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/harbour-and-vine-logo.png")
}

fn slip_with_logo(shop: &mut Stockroom, logo: &Path) -> Vec<u8> {
    shop.update_settings(&SettingsPatch {
        logo_path: Some(logo.display().to_string()),
        ..Default::default()
    })
    .unwrap();
    let doc = shop.packing_slip_pdf("SHP-0001").unwrap();
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    doc.pdf.bytes
}

/// The page's one image XObject (the logo, not its mask): its dictionary and its stream's
/// bytes as stored.
fn the_image(doc: &Document) -> (Dictionary, Vec<u8>) {
    let is_image =
        |s: &lopdf::Stream| s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image");
    let masks: Vec<lopdf::ObjectId> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter_map(|s| s.dict.get(b"SMask").and_then(Object::as_reference).ok())
        .collect();
    let images: Vec<_> = doc
        .objects
        .iter()
        .filter(|(id, _)| !masks.contains(id))
        .filter_map(|(_, o)| o.as_stream().ok())
        .filter(|s| is_image(s))
        .map(|s| (s.dict.clone(), s.content.clone()))
        .collect();
    assert_eq!(images.len(), 1, "one logo image");
    images.into_iter().next().unwrap()
}

fn int(d: &Dictionary, key: &[u8]) -> i64 {
    d.get(key).and_then(Object::as_i64).unwrap()
}

/// Checks that `d` describes `colors`-component 8-bit PNG-predicted Flate rows `w` wide.
fn assert_png_predicted(d: &Dictionary, colors: i64, w: i64) {
    assert_eq!(
        d.get(b"Filter").and_then(Object::as_name).unwrap(),
        b"FlateDecode"
    );
    let parms = d.get(b"DecodeParms").and_then(Object::as_dict).unwrap();
    assert_eq!(
        int(parms, b"Predictor"),
        15,
        "PNG predictors, chosen row by row"
    );
    assert_eq!(int(parms, b"Colors"), colors);
    assert_eq!(int(parms, b"BitsPerComponent"), 8);
    assert_eq!(int(parms, b"Columns"), w);
    assert_eq!(int(d, b"BitsPerComponent"), 8);
    let space = if colors == 1 {
        "DeviceGray"
    } else {
        "DeviceRGB"
    };
    assert_eq!(
        d.get(b"ColorSpace").and_then(Object::as_name).unwrap(),
        space.as_bytes()
    );
}

/// A PNG file's concatenated IDAT data.
fn idat(png: &[u8]) -> Vec<u8> {
    let mut rest = &png[8..];
    let mut out = Vec::new();
    while rest.len() >= 12 {
        let len = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
        if &rest[4..8] == b"IDAT" {
            out.extend_from_slice(&rest[8..8 + len]);
        }
        rest = &rest[12 + len..];
    }
    out
}

/// The pixels a PNG-predicted Flate stream holds, decoded by wrapping it in a PNG file of the
/// same size and kind (a PNG's IDAT is the same thing) and reading that back.
fn pixels_of(stream: &[u8], w: u32, h: u32, colour_type: u8) -> Vec<u8> {
    let crc_chunk = |kind: &[u8], data: &[u8]| {
        let mut c = Vec::new();
        c.extend_from_slice(&(data.len() as u32).to_be_bytes());
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        let crc = crc32(&c[4..]);
        c.extend_from_slice(&crc.to_be_bytes());
        c
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, colour_type, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(crc_chunk(b"IHDR", &ihdr));
    png.extend(crc_chunk(b"IDAT", stream));
    png.extend(crc_chunk(b"IEND", &[]));
    image::load_from_memory_with_format(&png, ImageFormat::Png)
        .expect("the stream is valid PNG-filtered, zlib-compressed rows")
        .into_bytes()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The top of the first page (letterhead and addresses) at 100 dpi, as RGB pixels.
fn render(pdf: &[u8]) -> image::RgbImage {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftoppm")
        .args(["-r", "100", "-x", "0", "-y", "0", "-W", "827", "-H", "400"])
        .args(["-png", "-singlefile"])
        .arg(&file)
        .arg(dir.path().join("page"))
        .output()
        .expect("pdftoppm is needed for these tests (apt poppler-utils)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    image::open(dir.path().join("page.png")).unwrap().to_rgb8()
}

#[test]
fn an_opaque_rgb_png_logo_is_stored_as_its_own_compressed_data_undecoded() {
    let mut f = fixture();
    let logo = RgbImage::from_fn(300, 100, |x, y| {
        image::Rgb([
            (x % 256) as u8,
            (y * 2) as u8,
            if x > 150 { 200 } else { 40 },
        ])
    });
    let path = f._dir.path().join("rgb-logo.png");
    logo.save(&path).unwrap();
    let file = std::fs::read(&path).unwrap();

    let pdf = Document::load_mem(&slip_with_logo(&mut f.shop, &path)).unwrap();
    let (dict, stream) = the_image(&pdf);
    assert_eq!((int(&dict, b"Width"), int(&dict, b"Height")), (300, 100));
    assert_png_predicted(&dict, 3, 300);
    assert!(dict.get(b"SMask").is_err(), "an opaque logo needs no mask");
    assert_eq!(stream, idat(&file), "the PNG's IDAT bytes, exactly");
}

#[test]
fn a_logo_with_alpha_is_its_exact_colour_and_an_smask_of_its_exact_alpha() {
    let mut f = fixture();
    let pdf = Document::load_mem(&slip_with_logo(&mut f.shop, &demo_logo())).unwrap();
    let (dict, stream) = the_image(&pdf);
    assert_eq!((int(&dict, b"Width"), int(&dict, b"Height")), (600, 200));
    assert_png_predicted(&dict, 3, 600);
    let mask = match pdf.get_object(dict.get(b"SMask").and_then(Object::as_reference).unwrap()) {
        Ok(Object::Stream(s)) => s.clone(),
        other => panic!("the SMask is an image stream, not {other:?}"),
    };
    assert_png_predicted(&mask.dict, 1, 600);

    let original = image::open(demo_logo()).unwrap().to_rgba8();
    let colour: Vec<u8> = original.pixels().flat_map(|p| [p[0], p[1], p[2]]).collect();
    let alpha: Vec<u8> = original.pixels().map(|p| p[3]).collect();
    assert!(
        alpha.iter().any(|&a| a < 255),
        "the demo logo has a transparent background"
    );
    assert!(
        pixels_of(&stream, 600, 200, 2) == colour,
        "the colour, lossless"
    );
    assert!(
        pixels_of(&mask.content, 600, 200, 0) == alpha,
        "the alpha, lossless"
    );
}

#[test]
fn the_transparent_logo_prints_like_the_same_logo_flattened_onto_white_paper() {
    let mut f = fixture();
    let transparent = render(&slip_with_logo(&mut f.shop, &demo_logo()));

    // The same pixels composited over white by hand, saved as an opaque RGB PNG (which takes
    // the undecoded path).
    let rgba: RgbaImage = image::open(demo_logo()).unwrap().to_rgba8();
    let flat = RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let p = rgba.get_pixel(x, y);
        let over_white = |c: u8| ((c as u32 * p[3] as u32 + 255 * (255 - p[3] as u32)) / 255) as u8;
        image::Rgb([over_white(p[0]), over_white(p[1]), over_white(p[2])])
    });
    let path = f._dir.path().join("flat-logo.png");
    flat.save(&path).unwrap();
    let flattened = render(&slip_with_logo(&mut f.shop, &path));

    assert_eq!(transparent.dimensions(), flattened.dimensions());
    let mut worst = 0;
    let mut inked = 0;
    for (a, b) in transparent.pixels().zip(flattened.pixels()) {
        worst = worst.max((0..3).map(|i| a[i].abs_diff(b[i])).max().unwrap());
        if a[2] as u16 > a[0] as u16 + 40 && a[0] < 120 {
            inked += 1; // the logo's dark blue
        }
    }
    // poppler blends a soft-masked image's anti-aliased edge pixels a little differently from
    // a plain blend over white (measured: up to 26 levels, at 100 and at 393 dpi alike); a
    // mask that went missing or a wrong colour differs by up to 255 over thousands of pixels.
    assert!(
        worst <= 40,
        "a pixel differs by {worst} levels between the two renders"
    );
    assert!(
        inked > 200,
        "the logo's blue is on the page ({inked} pixels)"
    );
}
