//! End to end, in the real window: the app frame, the Products list from SQLite, and errors
//! shown as messages. (Issue 2, the foundation.)

mod support;

use fantoccini::{key::Key, Locator};
use support::{serial, App};

#[tokio::test(flavor = "multi_thread")]
async fn the_window_opens_with_the_demo_products_read_from_sqlite() {
    let _one = serial();
    let app = App::start().await;
    // The first start loads the demo shop; the list shows rows read from the database.
    let first = app
        .wait_text("#products-table tbody tr:first-child td:first-child", |t| {
            !t.is_empty()
        })
        .await;
    // The window title names the screen once it has rendered.
    assert_eq!(app.client.title().await.unwrap(), "Products — Stockroom");
    // Rows below the first screenful come after the first paint (issue 8); then the page is
    // whole: 50 of the demo's 60 products.
    app.find("#products-table tbody:not([aria-busy]) tr[data-sku]")
        .await;
    let rows = app
        .client
        .find_all(Locator::Css("#products-table tbody tr[data-sku]"))
        .await
        .unwrap();
    assert_eq!(rows.len(), 50, "a page of demo products");
    // Search narrows the list to matching SKUs.
    let search = app.find("#product-search").await;
    search.send_keys(&first).await.unwrap();
    app.wait_text("#products-table tbody", |t| {
        t.lines().count() <= 3 && t.contains(&first)
    })
    .await;
    app.close().await;
}

/// Issue 8 (start): a long page shows the rows that can be on screen at once and the rest
/// after the first paint; a newer fill of the same table drops the rest of an older one.
#[tokio::test(flavor = "multi_thread")]
async fn a_long_list_shows_a_screenful_at_once_and_the_rest_after_the_paint() {
    let _one = serial();
    let app = App::start().await;
    app.find("#products-table tbody tr[data-sku]").await;
    let seen = app
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            import('./js/lib/dom.js').then(({ fillRows, el }) => {
              const row = (n) => el('tr', {}, el('td', {}, String(n)));
              const numbers = (count) => Array.from({ length: count }, (_, i) => i + 1);
              const older = el('tbody'), newer = el('tbody');
              document.body.append(el('table', {}, older), el('table', {}, newer));
              fillRows(older, numbers(200), row);
              const atOnce = older.rows.length, busy = older.getAttribute('aria-busy');
              fillRows(newer, numbers(200), row);
              fillRows(newer, numbers(3), row);
              const paint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
              paint().then(paint).then(() => done({
                atOnce, busy, fits: Math.ceil(innerHeight / 36),
                older: older.rows.length, olderLast: older.rows[199].textContent,
                olderBusy: older.hasAttribute('aria-busy'),
                newer: [...newer.rows].map((r) => r.textContent).join(','),
              }));
            });"#,
            vec![],
        )
        .await
        .unwrap();
    let n = |k: &str| seen[k].as_u64().unwrap();
    assert!(n("atOnce") < 200, "only a screenful at once: {seen}");
    assert_eq!(
        n("atOnce"),
        n("fits"),
        "as many rows as the window's height holds"
    );
    assert_eq!(
        seen["busy"], "true",
        "the table is busy until every row is in"
    );
    assert_eq!(n("older"), 200, "every row after the paint: {seen}");
    assert_eq!(seen["olderLast"], "200");
    assert_eq!(seen["olderBusy"], false);
    assert_eq!(
        seen["newer"], "1,2,3",
        "the newer fill replaces the older one, whose rest never comes"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_command_error_is_shown_as_a_message_not_swallowed() {
    let _one = serial();
    let app = App::start().await;
    app.find("#products-table tbody tr[data-sku]").await;
    // A scanner "types" a SKU that does not exist and presses Enter: the backend's not_found
    // error must reach the screen.
    let search = app.find("#product-search").await;
    search.send_keys("NO-SUCH-SKU-42").await.unwrap();
    search
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .unwrap();
    let message = app
        .wait_text(".toast.error", |t| t.contains("NO-SUCH-SKU-42"))
        .await;
    assert!(message.contains("not found"), "message: {message}");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_is_not_a_stockroom_database_is_reported_in_the_window() {
    let _one = serial();
    let app = App::start_with(|dir| {
        std::fs::write(dir.join("stockroom.sqlite3"), "not a database").unwrap()
    })
    .await;
    let message = app
        .wait_text(".toast.error", |t| t.contains("not a Stockroom database"))
        .await;
    assert!(message.contains("left untouched"), "message: {message}");
    assert_eq!(
        std::fs::read_to_string(app.db_path()).unwrap(),
        "not a database"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn restoring_a_backup_from_settings_replaces_the_shop_and_keeps_a_copy() {
    let _one = serial();
    // A backup holding one product the demo shop does not have.
    let backups = tempfile::tempdir().unwrap();
    let backup = backups.path().join("friday.sqlite3");
    {
        let mut shop = stockroom_core::Stockroom::open(&backup).unwrap();
        shop.add_product(&stockroom_core::catalog::NewProduct {
            sku: "RESTORED-1".into(),
            name: "Brass doorknob".into(),
            price: 2400,
            on_hand: 3,
            ..Default::default()
        })
        .unwrap();
    }
    // The open dialog reads this path instead of asking (a GTK dialog cannot be driven).
    std::env::set_var("STOCKROOM_OPEN_FILE", &backup);
    let app = App::start().await;
    std::env::remove_var("STOCKROOM_OPEN_FILE");
    app.find("#products-table tbody tr[data-sku]").await;
    app.go("#/settings").await;
    app.find("#restore-backup").await.click().await.unwrap();
    // Destructive: it asks first.
    app.find("#confirm-ok").await.click().await.unwrap();
    let message = app.wait_text(".toast", |t| t.contains("Restored")).await;
    assert!(message.contains("1 products"), "message: {message}");
    // The products list now shows the backup's catalogue.
    app.go("#/products").await;
    app.wait_text("#products-table tbody", |t| {
        t.contains("RESTORED-1") && t.lines().count() <= 2
    })
    .await;
    // The database as it was before is kept beside it.
    let kept = std::fs::read_dir(app.data.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("before-restore-")
        });
    assert!(kept, "a copy of the previous database is kept");
    app.close().await;
}
