//! The shop server from the command line (issue 19): `--db` takes a postgres:// URL, `server
//! push` moves a shop file onto an empty database, and init, backup, restore and `server
//! status` work on a server shop; TLS by libpq's sslmode words; a password never printed.
//! Against a real PostgreSQL started by the test.

mod pg_support;

use std::path::Path;
use std::process::Command;

use pg_support::PgServer;
use serde_json::Value;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `stockroom ARGS` in folder `cwd`, on 7 December 2026.
fn stockroom(cwd: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(cwd)
        .env_remove("STOCKROOM_DB")
        .env_remove("PGPASSWORD")
        .args(["--today", "2026-12-07"])
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json(cwd: &Path, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = stockroom(cwd, &all);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn the_cli_moves_a_shop_onto_a_server_and_back_issue19() {
    let pg = PgServer::start();
    let url = pg.create_database("shop");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    json(d, &["--db", "shop.sqlite3", "init", "--demo"]);

    let pushed = json(d, &["--db", "shop.sqlite3", "server", "push", "--to", &url]);
    assert_eq!(pushed["to"], url.as_str());
    assert_eq!(pushed["tables"].as_array().unwrap().len(), 18);
    let orders = pushed["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "orders")
        .unwrap();
    assert!(orders["rows"].as_u64().unwrap() > 50);
    assert_eq!(orders["checksum"].as_str().unwrap().len(), 32);

    let status = json(d, &["--db", &url, "server", "status"]);
    assert_eq!(status["engine"], "postgresql");
    assert_eq!(
        status["schema_version"],
        stockroom_core::db::schema::VERSION
    );
    let file_status = json(d, &["--db", "shop.sqlite3", "server", "status"]);
    assert_eq!(file_status["engine"], "sqlite");

    let backup = json(d, &["--db", &url, "backup", "-o", "copy.sqlite3"]);
    assert_eq!(backup["file"], "copy.sqlite3");
    assert!(backup["bytes"].as_u64().unwrap() > 0);
    assert_eq!(backup["rows"], pushed["rows"]);
    // The backup is an ordinary shop file: every command works on it.
    let order = json(d, &["--db", "copy.sqlite3", "order", "show", "SO-1001"]);
    let original = json(d, &["--db", "shop.sqlite3", "order", "show", "SO-1001"]);
    assert_eq!(order, original);

    // A second push finds the shop there and changes nothing.
    let again = stockroom(d, &["--db", "shop.sqlite3", "server", "push", "--to", &url]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("is not empty"), "{}", again.stderr);

    // Restore onto the server: a copy of what was there first, beside the backup.
    let restored = json(d, &["--db", &url, "restore", "copy.sqlite3"]);
    assert_eq!(restored["orders"], original_orders(d));
    let previous = restored["previous_copy"].as_str().unwrap();
    assert!(d.join(previous).exists(), "{previous}");
}

fn original_orders(d: &Path) -> Value {
    let conn = rusqlite::Connection::open(d.join("shop.sqlite3")).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM orders", [], |r| r.get(0))
        .unwrap();
    Value::from(n)
}

#[test]
fn init_on_a_server_makes_the_shop_and_loads_the_demo_once_issue19() {
    let pg = PgServer::start();
    let url = pg.create_database("shop");
    let dir = tempfile::tempdir().unwrap();
    let made = json(dir.path(), &["--db", &url, "init", "--demo"]);
    assert_eq!(made["demo_loaded"], true);
    assert_eq!(made["database"], url.as_str());
    let again = json(dir.path(), &["--db", &url, "init", "--demo"]);
    assert_eq!(again["demo_loaded"], false);
    let text = stockroom(dir.path(), &["--db", &url, "init", "--demo"]);
    assert!(text.stdout.contains("already has data"), "{}", text.stdout);
}

#[test]
fn a_server_url_is_never_taken_as_a_folder_issue19() {
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on port 1.
    let run = stockroom(
        dir.path(),
        &["--db", "postgres://till@127.0.0.1:1/shop", "init"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot connect to the shop server"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no folder named postgres: (or anything else) was made"
    );
    // STOCKROOM_DB the same.
    let out = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(dir.path())
        .env("STOCKROOM_DB", "postgresql://till@127.0.0.1:1/shop")
        .args(["server", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn bad_server_addresses_exit_2_with_a_message_and_store_nothing_issue19() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    json(d, &["--db", "shop.sqlite3", "init"]);
    for (args, says) in [
        (
            vec!["--db", "postgres://till@db.shop", "init"],
            "names no database",
        ),
        (
            vec![
                "--db",
                "shop.sqlite3",
                "server",
                "push",
                "--to",
                "db.shop/stockroom",
            ],
            "not a shop server address",
        ),
        (
            vec![
                "--db",
                "postgres://till@db.shop/shop?sslmode=sometimes",
                "init",
            ],
            "sslmode=sometimes",
        ),
        (
            vec![
                "--db",
                "postgres://till@db.shop/shop",
                "server",
                "push",
                "--to",
                "postgres://till@db.shop/other",
            ],
            "give the file with --db",
        ),
    ] {
        let run = stockroom(d, &args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn a_password_in_the_address_is_never_printed_issue19() {
    let pg = PgServer::start();
    pg.create_database("shop");
    let dir = tempfile::tempdir().unwrap();
    let url = format!("postgres://shop:topsecret@127.0.0.1:{}/shop", pg.port());
    for args in [
        vec!["--db", url.as_str(), "init"],
        vec!["--db", url.as_str(), "server", "status"],
        vec!["--json", "--db", url.as_str(), "server", "status"],
        vec!["--db", "postgres://shop:topsecret@127.0.0.1:1/shop", "init"],
        vec!["--db", "postgres://shop:topsecret@/shop", "init"],
    ] {
        let run = stockroom(dir.path(), &args);
        assert!(
            !run.stdout.contains("topsecret") && !run.stderr.contains("topsecret"),
            "{args:?}: {}{}",
            run.stdout,
            run.stderr
        );
    }
    let status = json(dir.path(), &["--db", &url, "server", "status"]);
    assert_eq!(
        status["location"],
        format!("postgres://shop:***@127.0.0.1:{}/shop", pg.port())
    );
}

#[test]
fn tls_is_verified_against_the_shops_own_root_certificate_issue19() {
    let (pg, cert) = PgServer::start_tls();
    pg.create_database("shop");
    let dir = tempfile::tempdir().unwrap();
    let base = format!("postgres://shop@127.0.0.1:{}/shop", pg.port());
    let cert = cert.display().to_string();

    let full = format!("{base}?sslmode=verify-full&sslrootcert={cert}");
    let status = json(dir.path(), &["--db", &full, "init"]);
    assert_eq!(status["database"], full.as_str());
    let status = json(dir.path(), &["--db", &full, "server", "status"]);
    assert_eq!(status["encrypted"], true);

    // The same certificate without being told to trust it: refused.
    let untrusted = stockroom(
        dir.path(),
        &[
            "--db",
            &format!("{base}?sslmode=verify-full"),
            "server",
            "status",
        ],
    );
    assert_eq!(untrusted.code, 1);
    assert!(
        untrusted
            .stderr
            .contains("cannot connect to the shop server"),
        "{}",
        untrusted.stderr
    );

    // require: encrypted, not verified (libpq's meaning); disable: plain.
    let require = json(
        dir.path(),
        &[
            "--db",
            &format!("{base}?sslmode=require"),
            "server",
            "status",
        ],
    );
    assert_eq!(require["encrypted"], true);
    let plain = json(
        dir.path(),
        &[
            "--db",
            &format!("{base}?sslmode=disable"),
            "server",
            "status",
        ],
    );
    assert_eq!(plain["encrypted"], false);
}

#[test]
fn a_push_killed_half_way_leaves_the_server_database_empty_issue19() {
    let pg = PgServer::start();
    let url = pg.create_database("shop");
    let dir = tempfile::tempdir().unwrap();
    json(
        dir.path(),
        &["--db", "big.sqlite3", "init", "--demo", "--scale", "medium"],
    );
    let mut push = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(dir.path())
        .args(["--db", "big.sqlite3", "server", "push", "--to", &url])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill -9 once the copy is under way: rows are arriving on the server.
    let mut client = pg.client("shop");
    let started = std::time::Instant::now();
    loop {
        let copying: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'shop' AND query LIKE 'COPY%'",
                &[],
            )
            .unwrap()
            .get(0);
        if copying > 0 {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "the copy never started"
        );
        assert!(
            push.try_wait().unwrap().is_none(),
            "the push ended before it was killed"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    push.kill().unwrap();
    push.wait().unwrap();
    // The server ends the dead connection's transaction: nothing of it stays.
    let started = std::time::Instant::now();
    loop {
        let tables: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r'",
                &[],
            )
            .unwrap()
            .get(0);
        let busy: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'shop' AND pid <> pg_backend_pid()",
                &[],
            )
            .unwrap()
            .get(0);
        if busy == 0 {
            assert_eq!(tables, 0, "half a shop was left on the server");
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // And the push can simply be run again.
    let copied = json(
        dir.path(),
        &["--db", "big.sqlite3", "server", "push", "--to", &url],
    );
    assert!(copied["rows"].as_u64().unwrap() > 100_000);
}

/// `stockroom ARGS` as a user of the computer whose home is `home` (its config and data
/// folders there), without `--db`.
fn on_this_computer(home: &Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(home)
        .env_remove("STOCKROOM_DB")
        .env_remove("PGPASSWORD")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .envs(env.iter().copied())
        .args(["--json", "--today", "2026-12-07"])
        .args(args)
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_computer_uses_the_shop_server_without_db_and_can_leave_it_again_issue19() {
    let pg = PgServer::start();
    let url = pg.create_database("till");
    let with_password = url.replacen("till@", "till:s3cret@", 1);
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path();
    let choice = home.join("config/app.stockroom.desktop/shop-server");

    // An empty server holds no shop to use: refused, nothing kept.
    let refused = on_this_computer(home, &[], &["server", "use", &url]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("holds no Stockroom shop"),
        "{}",
        refused.stderr
    );
    assert!(!choice.exists());

    json(home, &["--db", "shop.sqlite3", "init", "--demo"]);
    json(
        home,
        &["--db", "shop.sqlite3", "server", "push", "--to", &url],
    );
    let used = on_this_computer(home, &[], &["server", "use", &with_password]);
    assert_eq!(used.code, 0, "{}", used.stderr);
    let used: Value = serde_json::from_str(&used.stdout).unwrap();
    assert_eq!(used["engine"], "postgresql");
    assert_eq!(used["schema_version"], stockroom_core::db::schema::VERSION);
    let kept = std::fs::read_to_string(&choice).unwrap();
    assert_eq!(kept.trim(), url, "kept as written, without the password");

    // Without --db this computer now opens the server's shop.
    let status = on_this_computer(home, &[], &["server", "status"]);
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(status["engine"], "postgresql");
    assert_eq!(status["location"], url.as_str());

    // STOCKROOM_DB would win over the choice: changing it then is refused with why.
    let shadowed = on_this_computer(
        home,
        &[("STOCKROOM_DB", "other.sqlite3")],
        &["server", "leave"],
    );
    assert_eq!(shadowed.code, 2);
    assert!(
        shadowed.stderr.contains("STOCKROOM_DB"),
        "{}",
        shadowed.stderr
    );
    assert!(choice.exists());

    let left = on_this_computer(home, &[], &["server", "leave"]);
    assert_eq!(left.code, 0, "{}", left.stderr);
    assert!(!choice.exists());
    let status = on_this_computer(home, &[], &["server", "status"]);
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(status["engine"], "sqlite");
    assert_eq!(
        status["location"],
        home.join("data/app.stockroom.desktop/stockroom.sqlite3")
            .display()
            .to_string()
    );
}

/// A receipt of many lines killed -9 half-way on a shop server: the server ends the dead
/// till's transaction and nothing of the receipt is applied (no units received, no ledger
/// movement, no fill); the same receipt then books in full.
#[test]
fn a_receipt_killed_half_way_leaves_nothing_half_applied_on_the_server_issue19() {
    use stockroom_core::catalog::{BackorderPolicy, NewProduct};
    use stockroom_core::customers::NewCustomer;
    use stockroom_core::orders::{NewOrder, NewOrderLine};
    use stockroom_core::purchasing::{NewPo, NewPoLine};

    const SKUS: usize = 12;
    let pg = PgServer::start();
    let url = pg.create_database("shop");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("made.sqlite3");
    {
        // Twelve products out of stock, an order waiting for all of them, a PO bringing them.
        // (Backorders allowed without a notice: the receipt's work is the engine's alone.)
        let mut shop = stockroom_core::Stockroom::open(&file).unwrap();
        for i in 0..SKUS {
            shop.add_product(&NewProduct {
                sku: format!("K-{i:02}"),
                name: format!("Kit {i}"),
                price: 500,
                backorders: BackorderPolicy::Allow,
                lead_time_days: Some(5),
                ..Default::default()
            })
            .unwrap();
        }
        let c = shop
            .add_customer(&NewCustomer {
                name: "Waiting Walter".into(),
                ..Default::default()
            })
            .unwrap();
        shop.place_order(&NewOrder {
            customer_id: c.id,
            lines: (0..SKUS)
                .map(|i| NewOrderLine {
                    sku: format!("K-{i:02}"),
                    qty: 2,
                    unit_price: None,
                })
                .collect(),
            ..Default::default()
        })
        .unwrap();
        shop.create_po(&NewPo {
            supplier: "Kits Ltd".into(),
            expected_on: chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
            lines: (0..SKUS)
                .map(|i| NewPoLine {
                    sku: format!("K-{i:02}"),
                    qty: 5,
                    unit_cost: None,
                })
                .collect(),
            note: String::new(),
            number: Some("PO-KIT".into()),
        })
        .unwrap();
        shop.push_to_server(&stockroom_core::db::server::ServerUrl::parse(&url).unwrap())
            .unwrap();
    }
    // What the server holds of the receipt: units received, ledger rows, fills.
    let mut client = pg.client("shop");
    let booked = |client: &mut postgres::Client| -> (i64, i64, i64) {
        let row = client
            .query_one(
                "SELECT (SELECT CAST(sum(received) AS BIGINT) FROM po_lines),
                        (SELECT count(*) FROM stock_movements),
                        (SELECT count(*) FROM fills)",
                &[],
            )
            .unwrap();
        (row.get(0), row.get(1), row.get(2))
    };
    let before = booked(&mut client);
    assert_eq!(before.0, 0);
    // Hold the last PO line: the receipt books the first eleven SKUs, then waits on it.
    let mut holder = pg.client("shop");
    let mut hold = holder.transaction().unwrap();
    hold.execute(
        "SELECT id FROM po_lines WHERE line_no = $1 FOR UPDATE",
        &[&(SKUS as i64)],
    )
    .unwrap();
    let line_args: Vec<String> = (0..SKUS).map(|i| format!("K-{i:02}:5")).collect();
    let mut args = vec!["--db", url.as_str(), "po", "receive", "PO-KIT"];
    for l in &line_args {
        args.extend(["--line", l.as_str()]);
    }
    let mut receive = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .current_dir(dir.path())
        .args(&args)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill -9 once the receipt waits on the held line: everything before it is written, in
    // its transaction.
    let started = std::time::Instant::now();
    loop {
        let waiting: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = 'shop' AND wait_event_type = 'Lock' AND query LIKE 'UPDATE po_lines%'",
                &[],
            )
            .unwrap()
            .get(0);
        if waiting > 0 {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "the receipt never reached the held line"
        );
        assert!(
            receive.try_wait().unwrap().is_none(),
            "the receipt ended before it was killed"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    receive.kill().unwrap();
    receive.wait().unwrap();
    hold.rollback().unwrap();
    // The server ends the dead connection's transaction once it finds the till gone.
    let started = std::time::Instant::now();
    loop {
        let busy: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = 'shop' AND pid <> pg_backend_pid() AND state <> 'idle'
                   AND backend_type = 'client backend'",
                &[],
            )
            .unwrap()
            .get(0);
        if busy == 0 {
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        booked(&mut client),
        before,
        "half a receipt was left on the server"
    );
    // And the receipt can simply be booked again, in full.
    let done = json(dir.path(), &args);
    assert_eq!(done["allocations"].as_array().unwrap().len(), SKUS);
    let after = booked(&mut client);
    assert_eq!(after.0, 5 * SKUS as i64);
    assert_eq!(
        after.1,
        before.1 + SKUS as i64,
        "one ledger movement per SKU"
    );
    assert_eq!(after.2, before.2 + SKUS as i64, "one fill per waiting line");
}
