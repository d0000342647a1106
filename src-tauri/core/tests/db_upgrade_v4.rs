//! Upgrading a version 4 database to version 5 (issue 15): notifications gain the superseded
//! and told statuses (the table is rebuilt), and the notices version 4 let pile up are
//! superseded by each order's newest; nothing is lost.

use stockroom_core::notices::{NoticeFilter, NoticeStatus};
use stockroom_core::Stockroom;

mod upgrade_support;
use upgrade_support::{assert_schema_is_current, count, open_fixture};

fn open_v4_fixture() -> (tempfile::TempDir, Stockroom) {
    open_fixture(4, include_str!("fixtures/schema_v4.sql"))
}

#[test]
fn a_version_4_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v4_fixture();
    assert_schema_is_current(&shop);
}

#[test]
fn the_upgrade_keeps_every_row_and_every_notification_id() {
    let (_dir, shop) = open_v4_fixture();
    let conn = shop.conn();
    for (table, n) in [
        ("products", 3),
        ("orders", 2),
        ("order_lines", 4),
        ("shipments", 1),
        ("notifications", 4),
        ("app_state", 1),
    ] {
        assert_eq!(count(conn, table), n, "rows of {table}");
    }
    let all = shop.notifications(&NoticeFilter::default()).unwrap();
    let ids: Vec<i64> = all.iter().map(|n| n.id).collect();
    assert_eq!(ids.len(), 4);
    let first = all.iter().find(|n| n.id == 1).unwrap();
    assert_eq!(
        first.status,
        NoticeStatus::Sent,
        "history is kept as it was"
    );
}

#[test]
fn notices_that_piled_up_before_version_5_are_superseded_by_the_newest_of_each_order() {
    let (_dir, shop) = open_v4_fixture();
    let all = shop.notifications(&NoticeFilter::default()).unwrap();
    let by_id = |id: i64| all.iter().find(|n| n.id == id).unwrap();
    assert_eq!(by_id(3).status, NoticeStatus::Superseded);
    assert_eq!(by_id(3).superseded_by, Some(4));
    assert_eq!(by_id(4).status, NoticeStatus::Pending);
    assert_eq!(
        by_id(2).status,
        NoticeStatus::Pending,
        "a parcel's notice is its own news"
    );
}
