//! Upgrading a version 5 database to version 6 (issue 17; db_upgrade_v5.rs checks the schema): customers gain a language and the
//! settings a language and a locale; every row is kept, and what was written before reads
//! as it did (English).

use stockroom_core::Stockroom;

mod upgrade_support;
use upgrade_support::{count, open_fixture};

fn open_v5_fixture() -> (tempfile::TempDir, Stockroom) {
    open_fixture(5, include_str!("fixtures/schema_v5_i18n.sql"))
}

#[test]
fn the_upgrade_keeps_every_row_and_writes_to_everyone_in_english_as_before_issue17() {
    let (_dir, shop) = open_v5_fixture();
    let conn = shop.conn();
    for (table, n) in [
        ("products", 3),
        ("customers", 2),
        ("orders", 2),
        ("order_lines", 4),
        ("shipments", 1),
        ("notifications", 4),
    ] {
        assert_eq!(count(conn, table), n, "rows of {table}");
    }
    for c in shop.customers("").unwrap() {
        assert_eq!(c.language, "en", "{}", c.name);
    }
    let s = shop.settings().unwrap();
    assert_eq!((s.language.as_str(), s.locale.as_str()), ("en", "en-GB"));
}
