//! Import detects Stockroom's, Shopify's and WooCommerce's CSV formats and maps every column
//! (issue 7): products, customers matched by email, orders placed through the engine.

mod io_support;

use io_support::*;
use stockroom_core::catalog::BackorderPolicy;
use stockroom_core::customers::ShipPreference;
use stockroom_core::data::{ImportKind, SourceFormat};

#[test]
fn stockroom_format_is_detected_and_every_column_imported() {
    let mut s = shop();
    let r = import(&mut s, ImportKind::Products, OWN_PRODUCTS, ALL_OR_NOTHING);
    assert_eq!(r.format, SourceFormat::Stockroom);
    assert_eq!(
        (r.created, r.updated, r.rejected, r.committed),
        (2, 0, 0, true),
        "{r:?}"
    );
    let p = product(&s, "WOOL-GRY");
    assert_eq!(p.name, "Merino wool grey");
    assert_eq!(
        p.description, "Soft, warm\nHand wash",
        "a quoted multi-line cell is one cell"
    );
    assert_eq!((p.price, p.cost), (1250, 700));
    assert_eq!(p.supplier.as_deref(), Some("Alpaca Co"));
    assert_eq!(
        (
            p.reorder_point,
            p.safety_stock,
            p.reorder_qty,
            p.lead_time_days
        ),
        (5, 2, 20, Some(14))
    );
    assert_eq!(p.backorders, BackorderPolicy::Notify);
    assert_eq!(
        p.on_hand, 12,
        "the on-hand is the opening balance in the ledger"
    );
    let n = product(&s, "NEEDLE-4");
    assert_eq!(
        (n.price, n.cost, n.lead_time_days, n.backorders),
        (300, 120, None, BackorderPolicy::Refuse)
    );
}

#[test]
fn stockroom_reimport_updates_changed_products_and_leaves_the_rest() {
    let mut s = shop();
    import(&mut s, ImportKind::Products, OWN_PRODUCTS, ALL_OR_NOTHING);
    let again = import(&mut s, ImportKind::Products, OWN_PRODUCTS, ALL_OR_NOTHING);
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 2));
    let changed = "sku,price,on_hand\nWOOL-GRY,13.00,10\n";
    let r = import(&mut s, ImportKind::Products, changed, ALL_OR_NOTHING);
    assert_eq!((r.created, r.updated), (0, 1));
    let p = product(&s, "WOOL-GRY");
    assert_eq!(
        (p.price, p.on_hand, p.name.as_str()),
        (1300, 10, "Merino wool grey"),
        "absent columns keep their values"
    );
    let ledger = s.product_detail("WOOL-GRY").unwrap().ledger;
    assert_eq!(
        ledger.iter().map(|m| m.qty).sum::<i64>(),
        10,
        "the change of on-hand is a movement in the ledger"
    );
}

#[test]
fn shopify_export_is_detected_policies_carry_over_and_image_rows_are_skipped() {
    let mut s = shop();
    let r = import(&mut s, ImportKind::Products, SHOPIFY, ALL_OR_NOTHING);
    assert_eq!(r.format, SourceFormat::Shopify);
    assert_eq!(
        (r.rows, r.created, r.skipped, r.rejected),
        (4, 3, 1, 0),
        "{r:?}"
    );
    let red = product(&s, "HAT-RED");
    assert_eq!(red.name, "Wool Hat — Red");
    assert_eq!(
        red.description, "Warm merino hat",
        "HTML becomes plain text"
    );
    assert_eq!(red.category, "Hats");
    assert_eq!(red.supplier.as_deref(), Some("Acme Knits"));
    assert_eq!((red.price, red.cost, red.on_hand), (1990, 700, 5));
    assert_eq!(red.backorders, BackorderPolicy::Refuse, "deny → refuse");
    let blue = product(&s, "HAT-BLU");
    assert_eq!(
        blue.name, "Wool Hat — Blue",
        "the title is carried down the variant rows"
    );
    assert_eq!(
        blue.backorders,
        BackorderPolicy::Notify,
        "continue → notify"
    );
    assert_eq!(blue.supplier.as_deref(), Some("Acme Knits"));
    assert_eq!(
        product(&s, "SCARF-1").name,
        "Scarf",
        "\"Default Title\" adds nothing to the name"
    );
}

#[test]
fn shopify_problems_name_the_line_and_the_column() {
    let mut s = shop();
    let bad = SHOPIFY
        .replace(",29,", ",abc,")
        .replace(",deny,", ",sometimes,");
    let r = import(&mut s, ImportKind::Products, &bad, ALL_OR_NOTHING);
    assert_eq!(
        problems(&r),
        [
            "line 2, Variant Inventory Policy: 'sometimes' is not a Shopify inventory policy (deny or continue)",
            "line 5, Variant Price: 'abc' is not a price (expected e.g. 12.50)",
        ]
    );
    assert!(!r.committed);
    assert!(s.products("").unwrap().is_empty());
}

const WOO: &str = "\
ID,Type,SKU,Name,Published,\"Is featured?\",\"Visibility in catalog\",\"Short description\",Description,\"In stock?\",Stock,\"Low stock amount\",\"Backorders allowed?\",\"Sale price\",\"Regular price\",Categories,Tags,Images,Parent
10,simple,MUG-1,Stoneware mug,1,0,visible,,\"<p>Hand-thrown</p>\",1,8,2,0,,14.50,\"Kitchen > Mugs, Gifts\",,,
11,variable,TEE,T-shirt,1,0,visible,,,1,,,0,,,Clothing,,,
12,variation,TEE-S,T-shirt - S,1,0,visible,,,1,3,,1,,20,Clothing,,,id:11
13,variation,TEE-M,T-shirt - M,1,0,visible,,,0,0,,notify,,20,Clothing,,,id:11
";

#[test]
fn woocommerce_export_is_detected_and_backorder_settings_carry_over() {
    let mut s = shop();
    let r = import(&mut s, ImportKind::Products, WOO, ALL_OR_NOTHING);
    assert_eq!(r.format, SourceFormat::WooCommerce);
    assert_eq!(
        (r.created, r.skipped, r.rejected),
        (3, 1, 0),
        "the variable parent is skipped: {r:?}"
    );
    let mug = product(&s, "MUG-1");
    assert_eq!(
        (mug.name.as_str(), mug.price, mug.on_hand, mug.reorder_point),
        ("Stoneware mug", 1450, 8, 2)
    );
    assert_eq!(mug.category, "Kitchen > Mugs");
    assert_eq!(mug.description, "Hand-thrown");
    assert_eq!(mug.backorders, BackorderPolicy::Refuse, "0 → refuse");
    assert_eq!(
        product(&s, "TEE-S").backorders,
        BackorderPolicy::Allow,
        "1 → allow"
    );
    assert_eq!(
        product(&s, "TEE-M").backorders,
        BackorderPolicy::Notify,
        "notify → notify"
    );
}

#[test]
fn customers_are_imported_and_matched_by_email_on_the_next_import() {
    let mut s = shop();
    let csv = "name,email,phone,address,ships\n\
               Zoë Müller,zoe@example.pl,+48 42 000,\"ul. Piotrkowska 12\n90-001 Łódź\",complete\n\
               Bob,,,,\n";
    let r = import(&mut s, ImportKind::Customers, csv, ALL_OR_NOTHING);
    assert_eq!((r.created, r.rejected), (2, 0), "{r:?}");
    let zoe = s.customers("Zoë").unwrap().remove(0);
    assert_eq!(zoe.address, "ul. Piotrkowska 12\n90-001 Łódź");
    assert_eq!(zoe.ships, ShipPreference::Complete);
    let r = import(
        &mut s,
        ImportKind::Customers,
        "name,email,phone\nZoë Müller,ZOE@example.pl,+48 42 111\n",
        ALL_OR_NOTHING,
    );
    assert_eq!((r.created, r.updated), (0, 1));
    assert_eq!(s.customer(zoe.id).unwrap().phone, "+48 42 111");
    let bad = import(
        &mut s,
        ImportKind::Customers,
        "name,email,ships\n,a@b.c,partial\nAnn,ann@x.y,sometimes\n",
        ALL_OR_NOTHING,
    );
    assert_eq!(
        problems(&bad),
        [
            "line 2, name: empty; every customer needs a name",
            "line 3, ships: 'sometimes' is not a shipping preference (partial or complete)"
        ]
    );
}

#[test]
fn orders_are_placed_through_the_engine_in_file_order() {
    let mut s = shop_with_stock();
    let csv = "order,placed_at,customer_email,priority,sku,ordered\n\
               WEB-1,2026-11-20 10:00:00,ada@x.org,0,WOOL-GRY,10\n\
               WEB-1,2026-11-20 10:00:00,ada@x.org,0,NEEDLE-4,0\n\
               WEB-2,2026-11-21 09:00:00,ben@x.org,0,WOOL-GRY,5\n";
    let r = import(&mut s, ImportKind::Orders, csv, ALL_OR_NOTHING);
    assert_eq!(
        problems(&r),
        ["line 3, ordered: 0; a line must order at least 1"]
    );
    assert_eq!(r.rejected, 2, "the bad line rejects its whole order");
    assert!(
        s.orders(&Default::default()).unwrap().is_empty(),
        "all or nothing"
    );

    let csv = csv.replace("NEEDLE-4,0", "NEEDLE-4,1");
    let r = import(&mut s, ImportKind::Orders, &csv, ALL_OR_NOTHING);
    // NEEDLE-4 is `refuse` with nothing in stock: the engine refuses WEB-1 (rule 1).
    assert_eq!(r.problems.len(), 1, "{r:?}");
    assert_eq!(r.problems[0].line, 2);
    assert!(
        r.problems[0].message.contains("NEEDLE-4"),
        "{}",
        r.problems[0]
    );

    let csv = csv.replace("NEEDLE-4,1", "WOOL-GRY,1");
    let r = import(&mut s, ImportKind::Orders, &csv, ALL_OR_NOTHING);
    assert_eq!((r.created, r.rejected, r.committed), (2, 0, true), "{r:?}");
    let web1 = s.order("WEB-1").unwrap();
    assert_eq!(
        web1.placed_at, "2026-11-20 10:00:00",
        "the shop's own number and time are kept"
    );
    assert_eq!(web1.lines.iter().map(|l| l.allocated).sum::<i64>(), 11);
    let web2 = s.order("WEB-2").unwrap();
    assert_eq!(
        (web2.lines[0].allocated, web2.lines[0].backordered),
        (1, 4),
        "12 on hand: 11 to WEB-1, 1 to WEB-2"
    );
    let again = import(&mut s, ImportKind::Orders, &csv, ALL_OR_NOTHING);
    assert_eq!(
        (again.created, again.unchanged),
        (0, 2),
        "importing twice places nothing twice"
    );
}

#[test]
fn orders_for_unknown_customers_or_skus_are_problems_with_their_line() {
    let mut s = shop_with_stock();
    let csv =
        "order,customer_email,sku,ordered\nA-1,nobody@x.org,WOOL-GRY,1\nA-2,ada@x.org,NOPE,1\n";
    let r = import(&mut s, ImportKind::Orders, csv, ALL_OR_NOTHING);
    let p = problems(&r);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[0].starts_with("line 2: order 'A-1'") && p[0].contains("nobody@x.org"),
        "{p:?}"
    );
    assert!(
        p[1].starts_with("line 3: order 'A-2'") && p[1].contains("NOPE"),
        "{p:?}"
    );
}
