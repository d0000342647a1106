//! A quick property-based fuzz of the CSV importer that runs with every `cargo test`
//! (the long runs are the cargo-fuzz target in `fuzz/`). Inputs are arbitrary bytes, and
//! CSV-shaped text built from the real headers of the three formats with hostile cells
//! (quotes, delimiters, line breaks, BOMs, formulas, invalid UTF-8). The importer must never
//! panic; a refusal names line 1..=N; a problem names a data line that exists.

use proptest::prelude::*;
use stockroom_core::data::{
    ImportKind, ImportOptions, CUSTOMER_HEADERS, ORDER_HEADERS, PRODUCT_HEADERS,
};
use stockroom_core::Stockroom;

const SHOPIFY: &[&str] = &[
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Type",
    "Option1 Value",
    "Variant SKU",
    "Variant Inventory Qty",
    "Variant Inventory Policy",
    "Variant Price",
    "Cost per item",
    "Image Src",
];
const WOO: &[&str] = &[
    "ID",
    "Type",
    "SKU",
    "Name",
    "Description",
    "Stock",
    "Low stock amount",
    "Backorders allowed?",
    "Regular price",
    "Categories",
];

fn cell() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        Just(b"".to_vec()),
        Just(b"A".to_vec()),
        Just(b"12.50".to_vec()),
        Just(b"-3".to_vec()),
        Just(b"deny".to_vec()),
        Just(b"continue".to_vec()),
        Just(b"notify".to_vec()),
        Just(b"variable".to_vec()),
        Just(b"ada@x.org".to_vec()),
        Just(b"\"quoted, with comma\"".to_vec()),
        Just(b"\"open quote".to_vec()),
        Just(b"\"multi\r\nline\"".to_vec()),
        Just(b"=cmd|' /C calc'!A0".to_vec()),
        Just(b"'=SUM(1)".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\xE9".to_vec()),
        Just(b"Default Title".to_vec()),
        "[ -~]{0,12}".prop_map(String::into_bytes),
        proptest::collection::vec(any::<u8>(), 0..6),
    ]
}

fn csv_like() -> impl Strategy<Value = Vec<u8>> {
    let headers = prop_oneof![
        Just(PRODUCT_HEADERS.to_vec()),
        Just(CUSTOMER_HEADERS.to_vec()),
        Just(ORDER_HEADERS.to_vec()),
        Just(SHOPIFY.to_vec()),
        Just(WOO.to_vec()),
    ];
    let sep = prop_oneof![Just(b','), Just(b';'), Just(b'\t')];
    let nl = prop_oneof![Just(&b"\n"[..]), Just(&b"\r\n"[..])];
    (
        headers,
        sep,
        nl,
        proptest::collection::vec(proptest::collection::vec(cell(), 0..14), 0..8),
        any::<bool>(),
    )
        .prop_map(|(headers, sep, nl, rows, bom)| {
            let mut out = Vec::new();
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(headers.join(&(sep as char).to_string()).as_bytes());
            for row in rows {
                out.extend_from_slice(nl);
                out.extend_from_slice(&row.join(&sep));
            }
            out
        })
}

fn check(shop: &mut Stockroom, data: &[u8], skip: bool) {
    // Physical lines: `\n`, `\r\n` or a lone `\r` ends one (the csv crate reads all three).
    let lines = 1 + data
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && data.get(i + 1) != Some(&b'\n')))
        .count() as u64;
    for kind in [
        ImportKind::Products,
        ImportKind::Customers,
        ImportKind::Orders,
    ] {
        let opts = ImportOptions {
            dry_run: true,
            skip_bad_rows: skip,
        };
        match shop.import_bytes(kind, data, opts, |d, t| assert!(d <= t)) {
            Ok(r) => {
                assert!(!r.committed);
                for p in &r.problems {
                    assert!(
                        p.line >= 2 && p.line <= lines,
                        "{p} (the file has {lines} lines)"
                    );
                }
            }
            Err(e) => {
                assert!(e.is_user_error(), "{e}");
                let msg = e.to_string();
                let n: u64 = msg
                    .strip_prefix("line ")
                    .and_then(|m| m.split(|c: char| !c.is_ascii_digit()).next())
                    .and_then(|n| n.parse().ok())
                    .unwrap_or_else(|| panic!("no line number: {msg}"));
                assert!(n >= 1 && n <= lines, "{msg}");
            }
        }
    }
}

fn seeded() -> Stockroom {
    let mut s = Stockroom::open_in_memory().unwrap();
    let o = ImportOptions::default();
    s.import_bytes(
        ImportKind::Products,
        b"sku,name,price,on_hand\nA,Alpha,1.00,5\n",
        o,
        |_, _| {},
    )
    .unwrap();
    s.import_bytes(
        ImportKind::Customers,
        b"name,email\nAda,ada@x.org\n",
        o,
        |_, _| {},
    )
    .unwrap();
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_crash_the_importer(data in proptest::collection::vec(any::<u8>(), 0..400), skip in any::<bool>()) {
        check(&mut seeded(), &data, skip);
    }

    #[test]
    fn csv_shaped_hostile_files_never_crash_the_importer(data in csv_like(), skip in any::<bool>()) {
        check(&mut seeded(), &data, skip);
    }
}
