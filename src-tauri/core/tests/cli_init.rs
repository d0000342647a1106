//! The foundation's CLI contract (issue 2): `init --demo` fills a new database with the demo
//! shop that later commands read; bad arguments exit 2 with a message and store nothing.

use std::path::Path;
use std::process::{Command, Output};

fn stockroom(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("the stockroom binary runs")
}

#[test]
fn init_demo_then_product_list_returns_the_demo_products() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.sqlite3");
    let init = stockroom(&db, &["--today", "2026-11-26", "--json", "init", "--demo"]);
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let answer: serde_json::Value = serde_json::from_slice(&init.stdout).unwrap();
    assert_eq!(answer["demo_loaded"], true);

    let list = stockroom(&db, &["--today", "2026-11-26", "--json", "product", "list"]);
    assert!(list.status.success());
    let products: Vec<serde_json::Value> = serde_json::from_slice(&list.stdout).unwrap();
    assert!(
        products.len() >= 50,
        "about 60 demo products, got {}",
        products.len()
    );
    assert!(products
        .iter()
        .all(|p| p["sku"].as_str().is_some_and(|s| !s.is_empty())));
    // Some demo products wait for stock: the later screens have backorders to show.
    assert!(products.iter().any(|p| p["status"] == "backorder"));

    // A second `init --demo` leaves the shop as it is.
    let again = stockroom(&db, &["--today", "2026-11-26", "--json", "init", "--demo"]);
    let answer: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(answer["demo_loaded"], false);
}

#[test]
fn bad_arguments_exit_2_with_a_message_and_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("never.sqlite3");
    for args in [
        &["--today", "2026-13-45", "init"][..],
        &["init", "--bogus"][..],
        &["no-such-command"][..],
        &["init", "--demo", "--scale", "enormous"][..],
    ] {
        let out = stockroom(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?} must exit 2");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.trim().is_empty(), "{args:?} says what is wrong");
    }
    // Every one of them was refused before the database file was created.
    assert!(!db.exists(), "nothing was stored");
    let out = stockroom(&db, &["--today", "not-a-date", "init"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not-a-date"));
}
