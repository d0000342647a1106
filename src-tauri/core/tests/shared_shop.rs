//! The shop as the window's threads share it (issue 18): reads go through read-only
//! connections and never wait behind a write; every write says what it changed, in the words
//! the screens refresh by, without anyone listing them by hand.

use std::sync::mpsc;
use std::time::Duration;

use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::db::changes::{topic_of, Topic};
use stockroom_core::notices::NoticeKind;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::{ChangeSet, SharedShop, Stockroom};

fn shop_file() -> (tempfile::TempDir, Stockroom) {
    let dir = tempfile::tempdir().unwrap();
    let s = Stockroom::open(dir.path().join("shop.sqlite3")).unwrap();
    (dir, s)
}

fn product(sku: &str, on_hand: i64) -> NewProduct {
    NewProduct {
        sku: sku.into(),
        name: format!("Product {sku}"),
        price: 1250,
        on_hand,
        ..Default::default()
    }
}

fn customer(email: &str) -> NewCustomer {
    NewCustomer {
        name: "Ada Lovelace".into(),
        email: email.into(),
        ..Default::default()
    }
}

/// An order of `qty` WOOL-GRY for the shop's first customer.
fn wool_for_the_first_customer(shop: &SharedShop, qty: i64) -> NewOrder {
    let customer_id = shop.read(|s| s.customers_page("", 0, 10)).unwrap().items[0].id;
    NewOrder {
        customer_id,
        lines: vec![NewOrderLine {
            sku: "WOOL-GRY".into(),
            qty,
            unit_price: None,
        }],
        ..Default::default()
    }
}

fn names(c: &ChangeSet) -> Vec<&'static str> {
    c.what.clone()
}

#[test]
fn a_products_page_answers_while_a_100000_order_import_is_running_issue18() {
    let (_dir, mut s) = shop_file();
    s.add_product(&product("WOOL-GRY", 1_000_000)).unwrap();
    s.add_customer(&customer("ada@example.org")).unwrap();
    let mut csv = String::from("order,customer_email,sku,ordered\n");
    for i in 0..100_000 {
        csv.push_str(&format!("W-{i:06},ada@example.org,WOOL-GRY,1\n"));
    }
    let shop = SharedShop::new(s);
    let (shop_ref, csv) = (&shop, &csv);

    // The import holds the writer; half-way through, it waits until the page has answered.
    // Were reads queued behind the writer, the page would wait for the import and the
    // import for the page: the test would fail on the timeout below instead of hanging.
    let (half_way, import_waits) = (mpsc::channel::<()>(), mpsc::channel::<()>());
    let (told_half_way, page_answered) = (half_way.0, import_waits.1);
    let (tell_import, wait_for_half_way) = (import_waits.0, half_way.1);
    let report = std::thread::scope(|scope| {
        let import = scope.spawn(move || {
            let mut waited = false;
            shop_ref.write(|s| {
                s.import_bytes(
                    ImportKind::Orders,
                    csv.as_bytes(),
                    ImportOptions::default(),
                    |done, total| {
                        if !waited && done >= total / 2 && done < total {
                            waited = true;
                            told_half_way.send(()).unwrap();
                            page_answered
                                .recv_timeout(Duration::from_secs(120))
                                .expect("the products page never answered during the import");
                        }
                    },
                )
            })
        });
        wait_for_half_way
            .recv_timeout(Duration::from_secs(300))
            .expect("the import never got half-way");
        let (page, total) = shop.read(|s| s.products_page("", 0, 50)).unwrap();
        assert_eq!(total, 1);
        // The page shows the shop as last committed: none of the import's orders yet.
        assert_eq!(page[0].sku, "WOOL-GRY");
        assert_eq!(page[0].allocated, 0);
        tell_import.send(()).unwrap();
        import.join().unwrap()
    });
    let (report, changes) = report;
    assert_eq!(report.unwrap().created, 100_000);
    assert!(changes.contains(Topic::Orders), "{changes:?}");
    let (page, _) = shop.read(|s| s.products_page("", 0, 50)).unwrap();
    assert_eq!(page[0].allocated, 100_000);
}

#[test]
fn a_write_through_a_reader_is_refused_and_stores_nothing_issue18() {
    let (dir, s) = shop_file();
    drop(s);
    let mut reader = Stockroom::open_reader(
        dir.path().join("shop.sqlite3"),
        stockroom_core::Clock::System,
    )
    .unwrap();
    assert!(reader.add_product(&product("WOOL-GRY", 1)).is_err());
    assert!(reader.products_page("", 0, 50).unwrap().0.is_empty());
}

#[test]
fn every_table_of_the_schema_has_a_topic_or_is_known_to_have_none_issue18() {
    let (_dir, s) = shop_file();
    let tables: Vec<String> = s
        .conn()
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.len() > 15, "{tables:?}");
    for t in tables {
        assert!(
            topic_of(&t).is_ok(),
            "the table {t} has no topic in db/changes.rs"
        );
    }
}

#[test]
fn placing_an_order_says_orders_changed_and_nothing_about_customers_or_mail_issue18() {
    let (_dir, s) = shop_file();
    let shop = SharedShop::new(s);
    let (_, setup) = shop.write(|s| {
        s.add_product(&product("WOOL-GRY", 1))?;
        s.add_customer(&customer("ada@example.org"))
    });
    assert!(setup.contains(Topic::Products) && setup.contains(Topic::Customers));
    let order = wool_for_the_first_customer(&shop, 3);
    let (placed, changes) = shop.write(|s| s.place_order(&order));
    placed.unwrap();
    assert!(changes.contains(Topic::Orders), "{changes:?}");
    assert!(!changes.contains(Topic::Customers), "{changes:?}");
    assert!(!changes.contains(Topic::Mail), "{changes:?}");
    assert!(!changes.contains(Topic::Carriers), "{changes:?}");
}

#[test]
fn a_refused_write_and_a_rehearsal_say_nothing_changed_issue18() {
    let (_dir, s) = shop_file();
    let shop = SharedShop::new(s);
    let (added, _) = shop.write(|s| s.add_product(&product("WOOL-GRY", 1)));
    added.unwrap();
    let (again, changes) = shop.write(|s| s.add_product(&product("WOOL-GRY", 1)));
    assert_eq!(again.unwrap_err().code(), "duplicate");
    assert_eq!(names(&changes), Vec::<&str>::new());

    let (_, _) = shop.write(|s| s.add_customer(&customer("ada@example.org")));
    let order = wool_for_the_first_customer(&shop, 2);
    let (preview, changes) = shop.write(|s| s.preview_order(&order));
    assert_eq!(preview.unwrap().order.lines.len(), 1);
    assert_eq!(names(&changes), Vec::<&str>::new());
}

#[test]
fn saving_an_email_text_is_heard_though_its_table_has_no_rowids_issue18() {
    let (_dir, s) = shop_file();
    let shop = SharedShop::new(s);
    let (saved, changes) = shop.write(|s| {
        s.save_mail_template(
            NoticeKind::Backordered,
            "en",
            "Your order {order}",
            "Dear {customer},\n\nit is coming.",
        )
    });
    saved.unwrap();
    assert_eq!(names(&changes), vec!["mail"]);
    let (reset, changes) = shop.write(|s| s.reset_mail_template(NoticeKind::Backordered, "en"));
    reset.unwrap();
    assert_eq!(names(&changes), vec!["mail"]);
}

#[test]
fn a_restore_says_everything_changed_issue18() {
    let (dir, s) = shop_file();
    let backup = dir.path().join("copy.sqlite3");
    s.backup_to(&backup).unwrap();
    let shop = SharedShop::new(s);
    let (restored, changes) = shop.write(|s| s.restore(&backup));
    restored.unwrap();
    for t in Topic::ALL {
        assert!(changes.contains(t), "{t:?} missing from {changes:?}");
    }
}

#[test]
fn after_restoring_an_old_backup_every_write_is_still_heard_issue18() {
    let (dir, s) = shop_file();
    let old = dir.path().join("v1.sqlite3");
    rusqlite::Connection::open(&old)
        .unwrap()
        .execute_batch(include_str!("fixtures/schema_v1.sql"))
        .unwrap();
    let shop = SharedShop::new(s);
    let (restored, _) = shop.write(|s| s.restore(&old));
    assert!(restored.unwrap().upgraded);
    let (saved, changes) = shop.write(|s| {
        s.save_mail_template(
            NoticeKind::Backordered,
            "en",
            "Your order {order}",
            "Dear {customer},\n\nit is coming.",
        )
    });
    saved.unwrap();
    assert_eq!(names(&changes), vec!["mail"]);
}
