//! End to end, in the real window (issue 19): Settings → Shop server says the shop is a file on
//! this computer, tests a real PostgreSQL (started by the test), copies the shop onto it (the
//! server then holds every order of the file) and makes this computer use it; a computer that
//! uses the server opens its shop, and can go back to its own file.

#[path = "../src-tauri/core/tests/pg_support/mod.rs"]
mod pg_support;
mod support;

use support::{serial, App};

#[tokio::test(flavor = "multi_thread")]
async fn settings_tests_a_server_and_copies_the_shop_onto_it_issue19() {
    let _one = serial();
    // The harness speaks to PostgreSQL with the blocking client: off the async workers.
    let (pg, url) = tokio::task::block_in_place(|| {
        let pg = pg_support::PgServer::start();
        let url = pg.create_database("shop");
        (pg, url)
    });
    let app = App::start_on_this_computer(|_| {}).await;
    app.find("#products-table tbody tr[data-sku]").await;
    app.go("#/settings").await;
    let engine = app.wait_text("#server-engine", |t| !t.is_empty()).await;
    assert!(
        engine.starts_with("This shop is one file on this computer"),
        "{engine}"
    );
    assert!(engine.contains("stockroom.sqlite3"), "{engine}");
    app.client
        .execute(
            "document.getElementById('server')?.scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();

    // A wrong address: told, nothing else happens.
    app.type_into("#server-url", "db.shop/stockroom").await;
    app.click("#server-test").await;
    app.wait_text("#toasts .toast.error", |t| {
        t.contains("not a shop server address")
    })
    .await;

    app.find("#server-url").await.clear().await.unwrap();
    app.type_into("#server-url", &url).await;
    app.click("#server-test").await;
    let answer = app
        .wait_text("#server-answer", |t| t.contains("PostgreSQL"))
        .await;
    assert!(answer.contains("The database is empty"), "{answer}");
    app.look("settings-server-tested").await;

    app.click("#server-push").await;
    app.find("#confirm-ok").await.click().await.unwrap();
    let answer = app
        .wait_text("#server-answer", |t| t.starts_with("Copied"))
        .await;
    assert!(answer.contains("every table checked"), "{answer}");
    app.look("settings-server-pushed").await;

    let file = orders_in_file(&app.db_path());
    let on_server: i64 = tokio::task::block_in_place(|| {
        pg.client("shop")
            .query_one("SELECT count(*) FROM orders", &[])
            .unwrap()
            .get(0)
    });
    assert_eq!(on_server, file);

    // This computer uses the server from its next start: kept on the computer, no password.
    app.click("#server-use").await;
    app.find("#confirm-ok").await.click().await.unwrap();
    let answer = app
        .wait_text("#server-answer", |t| {
            t.starts_with("This computer will open")
        })
        .await;
    assert!(answer.contains(&url), "{answer}");
    app.find("#server-restart").await;
    app.look("settings-server-used").await;
    let kept = std::fs::read_to_string(app.choice_file()).unwrap();
    assert_eq!(kept.trim(), url);
    app.close().await;
    tokio::task::block_in_place(|| drop(pg));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_computer_that_uses_the_server_opens_its_shop_and_can_go_back_to_its_file_issue19() {
    let _one = serial();
    let (pg, url) = tokio::task::block_in_place(|| {
        let pg = pg_support::PgServer::start();
        let url = pg.create_database("shop");
        let mut demo = stockroom_core::Stockroom::open_in_memory().unwrap();
        demo.load_demo_if_empty().unwrap();
        demo.add_customer(&stockroom_core::customers::NewCustomer {
            name: "Grete Server".into(),
            ..Default::default()
        })
        .unwrap();
        let server = stockroom_core::db::server::ServerUrl::parse(&url).unwrap();
        stockroom_core::db::server::transfer::push(demo.conn(), "memory", &server).unwrap();
        (pg, url)
    });
    let choice = |home: &std::path::Path| {
        let dir = home.join("config/app.stockroom.desktop");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("shop-server"), format!("{url}\n")).unwrap();
    };
    let app = App::start_on_this_computer(choice).await;
    // Every screen works on the server's shop (none says not_on_server).
    for (screen, shows) in [
        ("#/dashboard", "Lines on backorder"),
        ("#/products", "SKU"),
        ("#/orders", "SO-"),
        ("#/backorders", "SO-"),
        ("#/purchasing", "PO-"),
        ("#/shipments", "SH-"),
        ("#/outbox", "Outbox"),
        ("#/reports", "Reports"),
    ] {
        app.go(screen).await;
        app.wait_text("#view", |t| t.contains(shows)).await;
        let shown = app.wait_text("#view", |t| !t.contains("Loading")).await;
        assert!(
            !shown.contains("not available on a shop server"),
            "{screen}: {shown}"
        );
        app.look(&format!("server-{}", &screen[2..])).await;
        let errors = app
            .client
            .execute(
                "return [...document.querySelectorAll('#toasts .toast.error')].map(t => t.textContent)",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(errors, serde_json::json!([]), "{screen}");
    }
    app.go("#/orders/SO-1001").await;
    app.wait_text("#view", |t| t.contains("SO-1001")).await;
    app.look("server-order").await;
    app.go("#/customers").await;
    app.wait_text("#view", |t| t.contains("Grete Server")).await;
    app.go("#/settings").await;
    let engine = app.wait_text("#server-engine", |t| !t.is_empty()).await;
    assert!(engine.contains("PostgreSQL"), "{engine}");
    app.client
        .execute(
            "document.getElementById('server')?.scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
    app.click("#server-leave").await;
    app.find("#confirm-ok").await.click().await.unwrap();
    let answer = app
        .wait_text("#server-answer", |t| {
            t.starts_with("This computer will open")
        })
        .await;
    assert!(answer.contains("stockroom.sqlite3"), "{answer}");
    app.look("settings-server-left").await;
    assert!(!app.choice_file().exists());
    app.close().await;
    tokio::task::block_in_place(|| drop(pg));
}

/// The orders in the app's shop file, read through a read-only handle beside the app.
fn orders_in_file(db: &std::path::Path) -> i64 {
    let shop = stockroom_core::Stockroom::open_reader(db, stockroom_core::Clock::System).unwrap();
    shop.conn()
        .query_row("SELECT count(*) FROM orders", [], |r| r.get(0))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_computer_whose_server_cannot_be_reached_says_why_and_can_go_back_to_its_file_issue19() {
    let _one = serial();
    // A server address where nothing listens.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://shop@127.0.0.1:{port}/shop?sslmode=disable");
    let app = App::start_on_this_computer(|home| {
        let dir = home.join("config/app.stockroom.desktop");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("shop-server"), format!("{url}\n")).unwrap();
    })
    .await;
    let said = app.wait_text("#view [role=alert]", |t| !t.is_empty()).await;
    assert!(said.contains("cannot connect to the shop server"), "{said}");
    app.find("#way-out-retry").await;
    app.look("server-unreachable-way-out").await;
    app.click("#way-out-file").await;
    let answer = app
        .wait_text("#way-out-answer", |t| {
            t.starts_with("This computer will open")
        })
        .await;
    assert!(answer.contains("stockroom.sqlite3"), "{answer}");
    assert!(!app.choice_file().exists());
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_computer_on_the_server_sweeps_the_shops_watched_folder_issue19() {
    let _one = serial();
    let folder = tempfile::tempdir().unwrap();
    let (pg, url) = tokio::task::block_in_place(|| {
        let pg = pg_support::PgServer::start();
        let url = pg.create_database("shop");
        let mut demo = stockroom_core::Stockroom::open_in_memory().unwrap();
        demo.load_demo_if_empty().unwrap();
        demo.update_webshop_settings(&stockroom_core::data::webshop::WebshopPatch {
            watch_folder: Some(folder.path().display().to_string()),
            ..Default::default()
        })
        .unwrap();
        let server = stockroom_core::db::server::ServerUrl::parse(&url).unwrap();
        stockroom_core::db::server::transfer::push(demo.conn(), "memory", &server).unwrap();
        (pg, url)
    });
    let app = App::start_on_this_computer(|home| {
        let dir = home.join("config/app.stockroom.desktop");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("shop-server"), format!("{url}\n")).unwrap();
    })
    .await;
    app.find("#products-table tbody tr[data-sku]").await;

    // A supplier's price list left in the shop's watched folder, settled.
    let file = folder.path().join("new-lamps.csv");
    std::fs::write(
        &file,
        "sku,name,price,on_hand,backorders\nLMP-SRV,Server desk lamp,39.00,4,notify\n",
    )
    .unwrap();
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60))
        .unwrap();
    app.wait_text("#toasts .toast", |t| {
        t.contains("new-lamps.csv imported from the watched folder")
    })
    .await;
    app.look("server-watched-imported").await;
    assert!(
        folder.path().join("imported/new-lamps.csv").exists(),
        "moved"
    );
    let on_server: i64 = tokio::task::block_in_place(|| {
        pg.client("shop")
            .query_one("SELECT count(*) FROM products WHERE sku = 'LMP-SRV'", &[])
            .unwrap()
            .get(0)
    });
    assert_eq!(on_server, 1, "imported into the server's shop");
    app.close().await;
    tokio::task::block_in_place(|| drop(pg));
}
