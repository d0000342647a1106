//! Upgrading a version 5 database to version 6: the outbox gains the message as sent and the
//! shop's templates get their table (issue 16); customers gain a language and the settings a
//! language and a locale (issue 17). Every row and setting is kept.

use stockroom_core::mail::OutboxStatus;
use stockroom_core::notices::NoticeKind;

mod upgrade_support;
use upgrade_support::{assert_schema_is_current, count, open_fixture};

fn open_v5_fixture() -> (tempfile::TempDir, stockroom_core::Stockroom) {
    open_fixture(5, include_str!("fixtures/schema_v5.sql"))
}

#[test]
fn a_version_5_database_upgrades_to_the_current_schema() {
    let (_dir, shop) = open_v5_fixture();
    assert_schema_is_current(&shop);
}

#[test]
fn the_upgrade_keeps_the_outbox_and_the_mail_settings_issue16() {
    let (_dir, shop) = open_v5_fixture();
    for (table, n) in [("orders", 2), ("notifications", 4), ("outbox", 2)] {
        assert_eq!(count(shop.conn(), table), n, "rows of {table}");
    }
    let mail = shop.settings().unwrap().mail;
    assert!(mail.configured);
    assert_eq!(mail.smtp_port, 2525);
    let sent = shop.outbox(Some(OutboxStatus::Sent)).unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].message_id, "<aa.1@corner.example>");
    assert_eq!(
        sent[0].subject, "Your order has shipped",
        "the subject it went with"
    );
    let queued = shop.outbox(Some(OutboxStatus::Queued)).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(
        queued[0].message_id, "<bb.4@corner.example>",
        "a resend keeps its Message-ID"
    );
    assert!(
        shop.mail_template(NoticeKind::Shipped, "en")
            .unwrap()
            .is_default
    );
}

/// Issue 17: customers gain a language and the settings a language and a locale; what was
/// written before reads as it did (English).
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
