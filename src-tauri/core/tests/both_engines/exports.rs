//! The exports on both engines (issue 19): every list as CSV, and the web shop's availability
//! feed (rows, JSON and CSV files), from the same shop on SQLite and on a server (see
//! `pushed`), are the same bytes.

use stockroom_core::catalog::AvailabilityStatus;
use stockroom_core::data::ExportList;
use stockroom_core::Stockroom;

use crate::pushed::shop_on_both;

fn csv(shop: &Stockroom, list: ExportList) -> String {
    let mut out = Vec::new();
    shop.export_list_to(list, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_products_and_customers_export_the_same_csv_on_both_engines_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    for list in [ExportList::Products, ExportList::Customers] {
        let a = csv(&sqlite, list);
        assert_eq!(a, csv(&pg, list), "{list:?}");
        assert!(a.lines().count() > 3, "{list:?} has rows: {a}");
    }
}

#[test]
fn the_order_backorder_po_and_shipment_lists_export_the_same_csv_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    for list in [
        ExportList::Orders,
        ExportList::Backorders,
        ExportList::Pos,
        ExportList::Shipments,
    ] {
        let a = csv(&sqlite, list);
        assert_eq!(a, csv(&pg, list), "{list:?}");
        assert!(a.lines().count() > 1, "{list:?} has rows: {a}");
    }
}

#[test]
fn the_availability_feed_is_the_same_on_both_engines_issue19() {
    let (sqlite, pg, _server) = shop_on_both();
    let feed = sqlite.availability_feed().unwrap();
    assert_eq!(feed, pg.availability_feed().unwrap());
    let status = |sku: &str| feed.iter().find(|r| r.sku == sku).unwrap().status;
    assert_eq!(status("MUG-1"), AvailabilityStatus::InStock);
    assert_eq!(status("PT-1"), AvailabilityStatus::Backorder);
    assert_eq!(status("RF-1"), AvailabilityStatus::OutOfStock);

    let dir = tempfile::tempdir().unwrap();
    for name in ["feed.json", "feed.csv"] {
        let (a, b) = (
            dir.path().join(format!("a-{name}")),
            dir.path().join(format!("b-{name}")),
        );
        assert_eq!(sqlite.export_availability(&a).unwrap(), 6);
        assert_eq!(pg.export_availability(&b).unwrap(), 6);
        assert_eq!(
            std::fs::read_to_string(&a).unwrap(),
            std::fs::read_to_string(&b).unwrap(),
            "{name}"
        );
    }
}
