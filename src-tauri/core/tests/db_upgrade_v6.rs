//! Upgrading a version 6 database to version 7: the settings gain "promises kept" and the
//! promise history window (issue 20), with their defaults; every row and setting is kept, and
//! the receipts already in the ledger are the suppliers' history at once.

use stockroom_core::settings::SettingsPatch;

mod upgrade_support;
use upgrade_support::{assert_schema_is_current, count, open_fixture};

fn open_v6_fixture() -> (tempfile::TempDir, stockroom_core::Stockroom) {
    open_fixture(6, include_str!("fixtures/schema_v6.sql"))
}

#[test]
fn a_version_6_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v6_fixture();
    assert_schema_is_current(&shop);
}

#[test]
fn the_upgrade_keeps_every_row_and_sets_the_promise_defaults_issue20() {
    let (_dir, mut shop) = open_v6_fixture();
    for (table, n) in [
        ("products", 3),
        ("customers", 2),
        ("orders", 2),
        ("order_lines", 4),
        ("purchase_orders", 1),
        ("stock_movements", 4),
        ("notifications", 4),
        ("outbox", 2),
    ] {
        assert_eq!(count(shop.conn(), table), n, "rows of {table}");
    }
    let s = shop.settings().unwrap();
    assert_eq!(
        (s.language.as_str(), s.locale.as_str()),
        ("de", "de-DE"),
        "v6 settings kept"
    );
    assert_eq!((s.promises_kept_pct, s.promise_history_days), (95, 180));
    let s = shop
        .update_settings(&SettingsPatch {
            promises_kept_pct: Some(90),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(s.promises_kept_pct, 90);
}

#[test]
fn receipts_written_before_the_upgrade_are_the_suppliers_record_issue20() {
    // PO-1001 (Nordic Wool Co.) was first expected on 20 Feb 2026 and received on the 22nd.
    let (_dir, shop) = open_v6_fixture();
    let shop = shop.with_clock(stockroom_core::Clock::Fixed(
        chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
    ));
    let why = shop.product_promise_why("WOOL-GRY").unwrap();
    assert_eq!(why.source, "in_stock", "{why:?}");
    let conn = shop.conn();
    let mut learned =
        stockroom_core::reliability::Learned::load(conn, shop.clock().today()).unwrap();
    assert_eq!(learned.record(conn, 1).unwrap(), (Some(2.0), 1));
    assert_eq!(learned.buffer(conn, 1, 10, 0).unwrap(), 2);
}
