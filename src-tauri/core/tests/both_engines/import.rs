//! Imports on both engines (issue 19): products, customers, the shop's own orders and a web
//! shop's orders go through the same engine rules and leave the same shop; a dry run and a
//! file with a bad row store nothing; skipping bad rows keeps the good ones (each row in a
//! savepoint, which a PostgreSQL transaction survives).

use stockroom_core::data::{ImportKind, ImportOptions, ImportReport};
use stockroom_core::Stockroom;

use crate::support::both_engines_agree;

const ALL_OR_NOTHING: ImportOptions = ImportOptions {
    dry_run: false,
    skip_bad_rows: false,
};
const SKIP_BAD: ImportOptions = ImportOptions {
    dry_run: false,
    skip_bad_rows: true,
};
const DRY_RUN: ImportOptions = ImportOptions {
    dry_run: true,
    skip_bad_rows: false,
};

const PRODUCTS: &str = "sku,name,price,on_hand,backorders,lead_time_days\n\
    KET-03,Copper kettle,89.00,1,allow,10\n\
    MUG-1,Mug,12.50,30,allow,5\n\
    TEA-SNC,Sencha tea,8.00,0,notify,7\n\
    BAD-1,Bad price,x,1,allow,1\n\
    WOOL-GRY,Merino wool grey,12.50,4,allow,14\n";

const CUSTOMERS: &str = "name,email,ships\n\
    Ada Lovelace,ada@x.org,partial\n\
    Ben Okri,ben@x.org,complete\n";

const ORDERS: &str = "order,placed_at,customer_email,priority,sku,ordered\n\
    WEB-1,2026-02-20 10:00:00,ada@x.org,0,WOOL-GRY,3\n\
    WEB-1,2026-02-20 10:00:00,ada@x.org,0,TEA-SNC,2\n\
    WEB-2,2026-02-21 09:00:00,ben@x.org,1,WOOL-GRY,5\n";

fn import(s: &mut Stockroom, kind: ImportKind, csv: &str, opts: ImportOptions) -> ImportReport {
    s.import_bytes(kind, csv.as_bytes(), opts, |_, _| {})
        .unwrap()
}

/// What a shop holds after an import, as its screens show it.
fn shop_after(s: &Stockroom) -> (Vec<String>, Vec<String>) {
    let products = s
        .products("")
        .unwrap()
        .into_iter()
        .map(|p| format!("{} {} on hand {}", p.sku, p.name, p.on_hand))
        .collect();
    let orders = s
        .orders_page(&Default::default(), 0, 50)
        .unwrap()
        .items
        .into_iter()
        .map(|o| format!("{} {:?} {}", o.number, o.status, o.customer))
        .collect();
    (products, orders)
}

#[test]
fn imports_leave_the_same_shop_on_both_engines_issue19() {
    let (reports, waiting, _) = both_engines_agree(|s| {
        let mut reports = Vec::new();
        // A bad row: nothing of the file is kept; then the dry run keeps nothing either.
        let refused = import(s, ImportKind::Products, PRODUCTS, ALL_OR_NOTHING);
        assert!(!refused.committed && s.products("").unwrap().is_empty());
        let dry = import(s, ImportKind::Products, PRODUCTS, DRY_RUN);
        assert!(!dry.committed && s.products("").unwrap().is_empty());
        // Skipping the bad row keeps the four good ones (each row in its own savepoint).
        let kept = import(s, ImportKind::Products, PRODUCTS, SKIP_BAD);
        assert_eq!((kept.created, kept.rejected, kept.committed), (4, 1, true));
        reports.push(kept.summary());
        reports.push(import(s, ImportKind::Customers, CUSTOMERS, ALL_OR_NOTHING).summary());
        let orders = import(s, ImportKind::Orders, ORDERS, ALL_OR_NOTHING);
        assert_eq!((orders.created, orders.committed), (2, true), "{orders:?}");
        reports.push(orders.summary());
        // The same file again places nothing twice.
        let again = import(s, ImportKind::Orders, ORDERS, ALL_OR_NOTHING);
        assert_eq!(again.created, 0);
        let shopify = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/webshop/shopify-orders.csv"
        ))
        .unwrap();
        let web = s
            .import_bytes(ImportKind::Orders, &shopify, ALL_OR_NOTHING, |_, _| {})
            .unwrap();
        assert!(web.committed, "{web:?}");
        reports.push(web.summary());
        let waiting: Vec<(String, String, i64)> = ["WEB-1", "WEB-2"]
            .iter()
            .flat_map(|n| {
                let o = s.order(n).unwrap();
                o.lines
                    .into_iter()
                    .filter(|l| l.backordered > 0)
                    .map(move |l| (n.to_string(), l.sku, l.backordered))
            })
            .collect();
        (reports, waiting, shop_after(s))
    });
    assert!(reports[3].contains("web shop"), "{reports:?}");
    // In file order: WEB-1 takes 3 of the 4 grey wool and waits for the tea (none in stock);
    // WEB-2 gets the last one and waits for 4.
    let w = |o: &str, sku: &str, n: i64| (o.to_string(), sku.to_string(), n);
    assert_eq!(
        waiting,
        [w("WEB-1", "TEA-SNC", 2), w("WEB-2", "WOOL-GRY", 4)]
    );
}
