//! The catalogue on both engines: products with their suppliers, opening balances, barcodes
//! and live figures; the search.

use stockroom_core::barcodes::{Match, Scanned};
use stockroom_core::catalog::{AvailabilityStatus, BackorderPolicy, NewProduct};

use crate::support::{both_engines_agree, for_each_engine};

fn product(sku: &str, name: &str) -> NewProduct {
    NewProduct {
        sku: sku.into(),
        name: name.into(),
        category: "Hardware".into(),
        price: 1_250,
        cost: 600,
        supplier: Some("Acme Tools".into()),
        reorder_point: 2,
        lead_time_days: Some(10),
        ..NewProduct::default()
    }
}

/// A small catalogue: stock, a barcode, two spellings of one supplier, one product waiting.
fn catalogue(shop: &mut stockroom_core::Stockroom) {
    shop.add_product(&NewProduct {
        on_hand: 12,
        barcodes: vec!["4006381333931".into()],
        ..product("HW-012345", "Brass hinge 40 mm")
    })
    .unwrap();
    shop.add_product(&NewProduct {
        supplier: Some("ACME TOOLS".into()),
        on_hand: 1,
        ..product("HW-2", "Steel bracket")
    })
    .unwrap();
    shop.add_product(&NewProduct {
        category: "Paint".into(),
        backorders: BackorderPolicy::Notify,
        supplier: None,
        ..product("PT-1", "Brushed paint tin")
    })
    .unwrap();
}

#[test]
fn a_product_is_read_back_with_the_same_figures_on_both_engines_issue19() {
    let views = both_engines_agree(|shop| {
        catalogue(shop);
        ["HW-012345", "HW-2", "PT-1"].map(|sku| shop.product(sku).unwrap())
    });
    let [hinge, bracket, tin] = views;
    assert_eq!(
        (hinge.on_hand, hinge.available),
        (12, 12),
        "the opening balance"
    );
    assert_eq!(hinge.status, AvailabilityStatus::InStock);
    assert_eq!(hinge.barcodes, ["4006381333931"]);
    assert_eq!(
        bracket.supplier.as_deref(),
        Some("Acme Tools"),
        "a supplier's name in other capitals is the same supplier"
    );
    assert_eq!(bracket.status, AvailabilityStatus::LowStock);
    assert_eq!(tin.status, AvailabilityStatus::Backorder);
    assert!(tin.eta.is_some(), "lead time and handling give a date");
}

#[test]
fn a_taken_sku_or_barcode_is_refused_and_nothing_is_stored_issue19() {
    for_each_engine(|shop| {
        catalogue(shop);
        let err = shop.add_product(&product("HW-2", "Again")).unwrap_err();
        assert_eq!(err.code(), "duplicate", "{err}");
        let err = shop
            .add_product(&NewProduct {
                on_hand: 5,
                barcodes: vec!["4006381333931".into()],
                ..product("HW-3", "Copy")
            })
            .unwrap_err();
        assert_eq!(err.code(), "duplicate", "{err}");
        assert_eq!(shop.product("HW-3").unwrap_err().code(), "not_found");
        assert_eq!(shop.products("").unwrap().len(), 3);
    });
}

#[test]
fn a_scan_finds_a_product_by_sku_or_barcode_issue19() {
    let found = both_engines_agree(|shop| {
        catalogue(shop);
        (
            shop.find_by_code("4006381333931").unwrap(),
            shop.find_by_code("HW-2").unwrap(),
            shop.product_by_code("4006381333931").unwrap().sku,
            shop.find_by_code("nothing").unwrap_err().code(),
        )
    });
    assert!(matches!(
        found.0,
        Scanned::Product { ref sku, matched: Match::Barcode, .. } if sku == "HW-012345"
    ));
    assert!(matches!(
        found.1,
        Scanned::Product {
            matched: Match::Sku,
            ..
        }
    ));
    assert_eq!(found.2, "HW-012345");
    assert_eq!(found.3, "not_found");
}

/// The SKUs a search of the products finds, in the order listed.
fn found_skus(shop: &stockroom_core::Stockroom, search: &str) -> Vec<String> {
    shop.products(search)
        .unwrap()
        .into_iter()
        .map(|p| p.sku)
        .collect()
}

#[test]
fn the_search_finds_the_same_products_on_both_engines_issue19() {
    let found = both_engines_agree(|shop| {
        catalogue(shop);
        let page = |search: &str| {
            let (items, total) = shop.products_page(search, 0, 10).unwrap();
            let mut skus: Vec<String> = items.into_iter().map(|p| p.sku).collect();
            skus.sort(); // FTS5 ranks the matches; PostgreSQL lists them by SKU
            (skus, total)
        };
        (
            [
                found_skus(shop, "bra hin"),
                found_skus(shop, "BRASS"),
                found_skus(shop, "hw-0123"),
                found_skus(shop, "acme"),
                found_skus(shop, "inge"),
                found_skus(shop, "br"),
                found_skus(shop, "--"),
            ],
            page("br"),
            page(""),
        )
    });
    let (lists, br_page, all_page) = found;
    assert_eq!(lists[0], ["HW-012345"], "word prefixes, ANDed");
    assert_eq!(lists[1], ["HW-012345"], "in any case");
    assert_eq!(
        lists[2],
        ["HW-012345"],
        "the parts of a typed word one after the other"
    );
    assert_eq!(
        lists[3],
        ["HW-012345", "HW-2"],
        "the supplier's name is searched"
    );
    assert!(lists[4].is_empty(), "not from the middle of a word");
    assert_eq!(lists[5], ["HW-012345", "HW-2", "PT-1"]);
    assert_eq!(lists[6].len(), 3, "no letters or digits: everything");
    assert_eq!(br_page.1, 3);
    assert_eq!(all_page.1, 3);
}

#[test]
fn the_search_ignores_accents_on_both_engines_issue19() {
    let found = both_engines_agree(|shop| {
        shop.add_product(&NewProduct {
            category: "Café".into(),
            supplier: Some("Müller Söhne".into()),
            ..product("KIT-ZOE", "Starter kit «Zoë»")
        })
        .unwrap();
        shop.add_product(&product("CRM-1", "Crème brûlée torch"))
            .unwrap();
        [
            found_skus(shop, "zoe"),
            found_skus(shop, "ZOË"),
            found_skus(shop, "cafe"),
            found_skus(shop, "muller sohne"),
            found_skus(shop, "creme brulee"),
            found_skus(shop, "brûlée"),
        ]
    });
    assert_eq!(found[0], ["KIT-ZOE"], "typed without its accent");
    assert_eq!(found[1], ["KIT-ZOE"], "typed with it, in capitals");
    assert_eq!(found[2], ["KIT-ZOE"], "the category");
    assert_eq!(found[3], ["KIT-ZOE"], "the supplier");
    assert_eq!(found[4], ["CRM-1"]);
    assert_eq!(found[5], ["CRM-1"]);
}

#[test]
fn the_promise_a_new_order_would_get_is_explained_the_same_on_both_engines_issue19() {
    let why = both_engines_agree(|shop| {
        catalogue(shop);
        ["HW-012345", "PT-1"]
            .map(|sku| serde_json::to_value(shop.product_promise_why(sku).unwrap()).unwrap())
    });
    assert_eq!(why[0]["source"], "in_stock", "{}", why[0]);
    assert_ne!(why[1]["promise"], serde_json::Value::Null, "{}", why[1]);
}

#[test]
fn the_product_page_shows_the_same_ledger_on_both_engines_issue19() {
    let detail = both_engines_agree(|shop| {
        catalogue(shop);
        serde_json::to_value(shop.product_detail("HW-012345").unwrap()).unwrap()
    });
    let ledger = detail["ledger"].as_array().unwrap();
    assert_eq!(ledger.len(), 1, "the opening balance: {detail}");
    assert_eq!(ledger[0]["qty"], 12);
    assert_eq!(ledger[0]["balance"], 12, "the running balance");
    assert_eq!(detail["queue"], serde_json::json!([]));
    assert_eq!(detail["open_pos"], serde_json::json!([]));
}
