//! Barcodes (issue 15, "scanner-first"): products carry GTINs, one look-up resolves any scan,
//! receiving counts scans against a PO, imports read the web shops' barcode columns.
//! Labels are in `barcodes_labels.rs`; the CLI in `barcodes_cli.rs`.

mod engine_support;

use engine_support::{customer, order, po, product, shop};
use stockroom_core::barcodes::{Match, Scanned};
use stockroom_core::catalog::{BackorderPolicy, NewProduct, ProductChanges};
use stockroom_core::customers::ShipPreference;
use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::purchasing::ReceiptLine;
use stockroom_core::shipping::ShipRequest;
use stockroom_core::Stockroom;

fn with_codes(s: &mut Stockroom, sku: &str, codes: &[&str]) -> stockroom_core::Result<()> {
    s.add_product(&NewProduct {
        sku: sku.into(),
        name: format!("Product {sku}"),
        price: 1250,
        barcodes: codes.iter().map(|c| c.to_string()).collect(),
        ..Default::default()
    })
    .map(|_| ())
}

fn dump(s: &Stockroom) -> String {
    engine_support::dump(s.conn())
}

#[test]
fn a_product_keeps_its_barcodes_in_the_order_given() {
    let mut s = shop();
    with_codes(&mut s, "MUG", &["4006381333931", "036000291452"]).unwrap();
    assert_eq!(
        s.product("MUG").unwrap().barcodes,
        ["4006381333931", "036000291452"]
    );
}

#[test]
fn a_wrong_check_digit_is_refused_naming_the_expected_digit_and_nothing_is_stored() {
    let mut s = shop();
    let before = dump(&s);
    let err = with_codes(&mut s, "MUG", &["4006381333932"]).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(err.to_string().contains("check digit should be 1"), "{err}");
    assert_eq!(dump(&s), before, "not even the product is stored");
}

#[test]
fn a_code_held_by_another_product_is_refused_naming_it_in_any_of_its_forms() {
    let mut s = shop();
    with_codes(&mut s, "COLA", &["036000291452"]).unwrap();
    let before = dump(&s);
    // The same number as an EAN-13 and as a GTIN-14.
    for same in ["0036000291452", "00036000291452"] {
        let err = with_codes(&mut s, "SODA", &[same]).unwrap_err();
        assert_eq!(err.code(), "duplicate");
        assert!(err.to_string().contains("COLA"), "{err}");
    }
    assert_eq!(dump(&s), before);
}

#[test]
fn an_edit_replaces_the_barcodes_or_clears_them_and_leaves_them_when_not_named() {
    let mut s = shop();
    with_codes(&mut s, "MUG", &["4006381333931"]).unwrap();
    let edit = |s: &mut Stockroom, barcodes: Option<Vec<&str>>| {
        s.update_product(
            "MUG",
            &ProductChanges {
                name: Some("Blue mug".into()),
                barcodes: barcodes.map(|v| v.into_iter().map(String::from).collect()),
                ..Default::default()
            },
        )
        .map(|u| u.product.barcodes)
    };
    assert_eq!(edit(&mut s, None).unwrap(), ["4006381333931"]);
    assert_eq!(
        edit(&mut s, Some(vec!["5901234123457", "96385074"])).unwrap(),
        ["5901234123457", "96385074"]
    );
    assert_eq!(edit(&mut s, Some(vec![])).unwrap(), Vec::<String>::new());
    // The freed code can go to another product.
    with_codes(&mut s, "CUP", &["4006381333931"]).unwrap();
}

#[test]
fn a_scan_finds_a_product_by_barcode_or_sku_a_shipment_an_order_and_a_po() {
    let mut s = shop();
    with_codes(&mut s, "MUG", &["4006381333931"]).unwrap();
    product(&mut s, "TEA", 5, BackorderPolicy::Notify, Some(7));
    let c = customer(&mut s, "Ann", ShipPreference::Partial);
    let o = order(&mut s, c, &[("TEA", 1)], 0);
    let shipped = s.ship(&o.number, &ShipRequest::default()).unwrap();
    let po_number = po(&mut s, "2026-03-10", &[("MUG", 4)]);

    assert_eq!(
        s.find_by_code("4006381333931").unwrap(),
        Scanned::Product {
            sku: "MUG".into(),
            name: "Product MUG".into(),
            matched: Match::Barcode
        }
    );
    assert!(matches!(
        s.find_by_code(" TEA ").unwrap(),
        Scanned::Product {
            matched: Match::Sku,
            ..
        }
    ));
    assert_eq!(
        s.find_by_code(&shipped.shipment.to_lowercase()).unwrap(),
        Scanned::Shipment {
            number: shipped.shipment.clone(),
            order: o.number.clone(),
        },
        "a packing slip's barcode opens its shipment"
    );
    assert_eq!(
        s.find_by_code(&o.number).unwrap(),
        Scanned::Order { number: o.number }
    );
    assert_eq!(
        s.find_by_code(&po_number).unwrap(),
        Scanned::PurchaseOrder { number: po_number }
    );
    assert_eq!(
        s.product_by_code("4006381333931").unwrap().sku,
        "MUG",
        "product show CODE"
    );
}

#[test]
fn a_scan_serialises_as_tagged_json_for_the_screens() {
    let v = serde_json::to_value(Scanned::Product {
        sku: "MUG".into(),
        name: "Mug".into(),
        matched: Match::Barcode,
    })
    .unwrap();
    assert_eq!(
        v,
        serde_json::json!({"kind": "product", "sku": "MUG", "name": "Mug", "matched": "barcode"})
    );
    let v = serde_json::to_value(Scanned::PurchaseOrder {
        number: "PO-1".into(),
    })
    .unwrap();
    assert_eq!(
        v,
        serde_json::json!({"kind": "purchase_order", "number": "PO-1"})
    );
}

#[test]
fn an_unknown_scan_is_not_found_and_a_mistyped_barcode_says_which_digit() {
    let s = shop();
    let err = s.find_by_code("NOPE-1").unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("NOPE-1"), "{err}");
    let err = s.find_by_code("4006381333932").unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(err.to_string().contains("check digit should be 1"), "{err}");
}

#[test]
fn the_receive_tally_counts_scans_against_the_po_and_flags_strays_without_booking() {
    let mut s = shop();
    with_codes(&mut s, "MUG", &["4006381333931"]).unwrap();
    with_codes(&mut s, "CUP", &["5901234123457"]).unwrap();
    with_codes(&mut s, "BOWL", &["96385074"]).unwrap();
    let number = po(&mut s, "2026-03-10", &[("MUG", 2), ("CUP", 1)]);
    let before = dump(&s);
    let scans: Vec<String> = ["4006381333931", "MUG", "96385074", "5901234123457", "0000"]
        .map(String::from)
        .to_vec();
    let t = s.receive_scan_tally(&number, &scans).unwrap();
    let counted: Vec<(&str, i64, i64)> = t
        .lines
        .iter()
        .map(|l| (l.sku.as_str(), l.outstanding, l.scanned))
        .collect();
    assert_eq!(counted, [("MUG", 2, 2), ("CUP", 1, 1)]);
    assert_eq!(
        t.not_on_po
            .iter()
            .map(|x| (x.code.as_str(), x.sku.as_deref()))
            .collect::<Vec<_>>(),
        [("96385074", Some("BOWL")), ("0000", None)]
    );
    assert!(!t.over);
    assert_eq!(
        t.receipt,
        [
            ReceiptLine {
                sku: "MUG".into(),
                qty: 2
            },
            ReceiptLine {
                sku: "CUP".into(),
                qty: 1
            }
        ]
    );
    assert_eq!(dump(&s), before, "a tally books nothing");
    let over = s
        .receive_scan_tally(&number, &["5901234123457".into(), "CUP".into()])
        .unwrap();
    assert!(over.over, "two scans of a line with one outstanding");
}

#[test]
fn scans_and_lines_are_received_together_and_a_stray_or_an_over_receipt_stores_nothing() {
    let mut s = shop();
    with_codes(&mut s, "MUG", &["4006381333931"]).unwrap();
    with_codes(&mut s, "BOWL", &["96385074"]).unwrap();
    let number = po(&mut s, "2026-03-10", &[("MUG", 3)]);
    let before = dump(&s);
    let err = s
        .receive_po_with_scans(&number, &[], &["96385074".into()])
        .unwrap_err();
    assert!(
        err.to_string().contains("BOWL") && err.to_string().contains("not on"),
        "{err}"
    );
    let err = s
        .receive_po_with_scans(
            &number,
            &[ReceiptLine {
                sku: "MUG".into(),
                qty: 2,
            }],
            &["4006381333931".into(), "4006381333931".into()],
        )
        .unwrap_err();
    assert_eq!(err.code(), "refused", "{err}");
    assert_eq!(dump(&s), before);
    let r = s
        .receive_po_with_scans(
            &number,
            &[ReceiptLine {
                sku: "MUG".into(),
                qty: 1,
            }],
            &["4006381333931".into(), "MUG".into()],
        )
        .unwrap();
    assert_eq!(
        r.received,
        [ReceiptLine {
            sku: "MUG".into(),
            qty: 3
        }]
    );
    assert_eq!(s.product("MUG").unwrap().on_hand, 3);
}

fn import(s: &mut Stockroom, csv: &str) -> stockroom_core::data::ImportReport {
    s.import_bytes(
        ImportKind::Products,
        csv.as_bytes(),
        ImportOptions {
            dry_run: false,
            skip_bad_rows: false,
        },
        |_, _| {},
    )
    .unwrap()
}

#[test]
fn shopify_and_woocommerce_barcode_columns_fill_barcodes() {
    let mut s = shop();
    let shopify = "\
Handle,Title,Variant SKU,Variant Price,Variant Inventory Qty,Variant Barcode
mug,Mug,MUG-1,12.50,3,'4006381333931
mug,,MUG-2,12.50,3,
";
    let r = import(&mut s, shopify);
    assert!(r.committed, "{:?}", r.problems);
    assert_eq!(s.product("MUG-1").unwrap().barcodes, ["4006381333931"]);
    assert!(s.product("MUG-2").unwrap().barcodes.is_empty());
    let woo = "\
ID,Type,SKU,Name,Regular price,Stock,\"GTIN, UPC, EAN, or ISBN\"
1,simple,CUP-1,Cup,8,2,036000291452
";
    let r = import(&mut s, woo);
    assert!(r.committed, "{:?}", r.problems);
    assert_eq!(s.product("CUP-1").unwrap().barcodes, ["036000291452"]);
}

#[test]
fn an_invalid_barcode_in_an_import_is_a_line_and_column_problem_and_nothing_is_stored() {
    let mut s = shop();
    let before = dump(&s);
    let woo = "\
ID,Type,SKU,Name,Regular price,Stock,\"GTIN, UPC, EAN, or ISBN\"
1,simple,CUP-1,Cup,8,2,036000291452
2,simple,CUP-2,Cup 2,8,2,036000291453
";
    let r = import(&mut s, woo);
    assert!(!r.committed);
    let problems: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("line 3, GTIN, UPC, EAN, or ISBN:")
            && problems[0].contains("check digit should be 2"),
        "{problems:?}"
    );
    assert_eq!(dump(&s), before);
}

#[test]
fn stockroom_s_own_product_csv_round_trips_barcodes() {
    let mut s = shop();
    with_codes(&mut s, "MUG", &["4006381333931", "96385074"]).unwrap();
    with_codes(&mut s, "PLAIN", &[]).unwrap();
    let mut csv = Vec::new();
    s.export_list_to(stockroom_core::data::ExportList::Products, &mut csv)
        .unwrap();
    let text = String::from_utf8(csv).unwrap();
    assert!(
        text.lines().next().unwrap().ends_with(",barcodes"),
        "{text}"
    );
    assert!(text.contains("4006381333931 96385074"), "{text}");

    let mut other = shop();
    let r = import(&mut other, &text);
    assert!(r.committed, "{:?}", r.problems);
    assert_eq!(
        other.product("MUG").unwrap().barcodes,
        ["4006381333931", "96385074"]
    );
    // Importing the same file again changes nothing; a changed cell replaces the set.
    let r = import(&mut other, &text);
    assert_eq!(r.updated, 0, "{r:?}");
    let r = import(&mut other, "sku,barcodes\nMUG,5901234123457;036000291452\n");
    assert_eq!(r.updated, 1);
    assert_eq!(
        other.product("MUG").unwrap().barcodes,
        ["5901234123457", "036000291452"]
    );
}

#[test]
fn the_demo_shop_s_products_all_have_valid_distinct_ean_13s() {
    let mut s = Stockroom::open_in_memory().unwrap();
    assert!(s.load_demo_if_empty().unwrap());
    let products = s.products("").unwrap();
    let mut seen = std::collections::HashSet::new();
    for p in &products {
        assert_eq!(p.barcodes.len(), 1, "{}", p.sku);
        let code = &p.barcodes[0];
        assert_eq!(code.len(), 13);
        stockroom_core::barcodes::gtin::parse(code).unwrap();
        assert!(seen.insert(code.clone()));
        assert!(matches!(
            s.find_by_code(code).unwrap(),
            Scanned::Product { ref sku, .. } if *sku == p.sku
        ));
    }
}

#[test]
fn two_rows_of_an_import_giving_one_code_to_two_products_are_a_problem_on_the_second_line() {
    let mut s = shop();
    let before = dump(&s);
    let r = import(
        &mut s,
        "sku,name,price,barcodes\nA,Apple,1,4006381333931\nB,Banana,1,04006381333931\n",
    );
    assert!(!r.committed);
    let problems: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("line 3") && problems[0].contains("already belongs to A"),
        "{problems:?}"
    );
    assert_eq!(dump(&s), before);
}

#[test]
fn a_backup_restored_keeps_the_barcodes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Stockroom::open(dir.path().join("shop.sqlite3")).unwrap();
    with_codes(&mut s, "MUG", &["4006381333931"]).unwrap();
    let backup = dir.path().join("backup.sqlite3");
    s.backup_to(&backup).unwrap();
    s.update_product(
        "MUG",
        &ProductChanges {
            barcodes: Some(vec![]),
            ..Default::default()
        },
    )
    .unwrap();
    s.restore(&backup).unwrap();
    assert_eq!(s.product("MUG").unwrap().barcodes, ["4006381333931"]);
    assert!(matches!(
        s.find_by_code("4006381333931").unwrap(),
        Scanned::Product { .. }
    ));
}
