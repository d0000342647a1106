//! Screenshots of every screen, for docs/screenshots/ and the README. Not a test of behaviour:
//! run by scripts/screenshots.sh (`cargo test --test e2e_screenshots -- --ignored`).
//!
//! The app starts on a fresh database and loads the demo shop; while the demo shop is not
//! there yet (engine issue), a small sample shop is written with the core crate instead.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Days, Local, NaiveDate};
use fantoccini::Locator;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::{BackorderPolicy, NewProduct};
use stockroom_core::customers::{NewCustomer, ShipPreference};
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::purchasing::{NewPo, NewPoLine, ReceiptLine};
use stockroom_core::settings::{Incentive, SettingsPatch};
use stockroom_core::shipping::ShipRequest;
use stockroom_core::{Clock, Stockroom};
use support::{serial, App};

fn days_ago(n: u64) -> NaiveDate {
    Local::now().date_naive() - Days::new(n)
}

fn product(
    sku: &str,
    name: &str,
    category: &str,
    price: i64,
    on_hand: i64,
    reorder: i64,
    lead: Option<i64>,
    supplier: &str,
) -> NewProduct {
    NewProduct {
        sku: sku.into(),
        name: name.into(),
        category: category.into(),
        price,
        cost: price * 55 / 100,
        on_hand,
        reorder_point: reorder,
        reorder_qty: reorder * 3,
        lead_time_days: lead,
        supplier: Some(supplier.into()),
        ..Default::default()
    }
}

fn order(s: &mut Stockroom, customer: i64, lines: &[(&str, i64)], priority: i64) -> String {
    s.place_order(&NewOrder {
        customer_id: customer,
        lines: lines
            .iter()
            .map(|(sku, qty)| NewOrderLine {
                sku: (*sku).into(),
                qty: *qty,
                unit_price: None,
            })
            .collect(),
        priority,
        ..Default::default()
    })
    .unwrap()
    .number
}

/// A sample shop spread over the last three weeks: backorders, a partial shipment, an overdue
/// supplier delivery, customers to tell.
fn sample_shop(db: &Path) {
    let mut s = Stockroom::open(db).unwrap();
    if s.load_demo_if_empty().unwrap() {
        return;
    }
    s.set_clock(Clock::Fixed(days_ago(21)));
    s.update_settings(&SettingsPatch {
        store_name: Some("Corner Hardware".into()),
        store_address: Some("12 High Street\nLeeds LS1 4AB".into()),
        store_contact: Some("0113 496 0000 · hello@cornerhardware.example".into()),
        currency: Some("GBP".into()),
        handling_days: Some(1),
        default_incentive: Some(Incentive::Discount { percent_bp: 1000 }),
        ..Default::default()
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "Royal Mail".into(),
        transit_days: 2,
        is_default: true,
    })
    .unwrap();
    s.add_carrier(&NewCarrier {
        name: "DPD".into(),
        transit_days: 1,
        is_default: false,
    })
    .unwrap();
    for p in [
        product(
            "HAM-16",
            "Claw hammer 16 oz, fibreglass handle",
            "Hand tools",
            1850,
            14,
            4,
            Some(10),
            "Stanley",
        ),
        product(
            "SAW-22",
            "Panel saw 22\", hardpoint teeth",
            "Hand tools",
            2400,
            0,
            3,
            Some(7),
            "Stanley",
        ),
        product(
            "CHS-SET",
            "Wood chisel set, 4 pieces",
            "Hand tools",
            3299,
            3,
            3,
            Some(10),
            "Stanley",
        ),
        product(
            "DRL-18V",
            "Cordless drill 18V with 2 batteries",
            "Power tools",
            12900,
            1,
            2,
            Some(14),
            "Bosch",
        ),
        product(
            "SND-ORB",
            "Random orbit sander 125 mm",
            "Power tools",
            6900,
            0,
            2,
            Some(14),
            "Bosch",
        ),
        product(
            "JIG-650",
            "Jigsaw 650W, pendulum action",
            "Power tools",
            8450,
            6,
            2,
            Some(14),
            "Bosch",
        ),
        product(
            "SCR-4X40",
            "Wood screws 4×40 mm, box of 200",
            "Fixings",
            699,
            40,
            15,
            Some(5),
            "Spax",
        ),
        product(
            "WPL-8",
            "Wall plugs 8 mm, bag of 100",
            "Fixings",
            349,
            7,
            10,
            Some(5),
            "Fischer",
        ),
        product(
            "PNT-WHT5",
            "Matt emulsion, pure white, 5 L",
            "Paint",
            2899,
            9,
            4,
            Some(6),
            "Dulux",
        ),
        product(
            "BRS-SET",
            "Paint brush set, 5 sizes",
            "Paint",
            1299,
            12,
            4,
            None,
            "Harris",
        ),
        product(
            "LDR-3",
            "Step ladder, 3 treads, aluminium",
            "Ladders",
            4999,
            0,
            1,
            None,
            "Werner",
        ),
        product(
            "GLV-L",
            "Work gloves, size L",
            "Safety",
            599,
            25,
            10,
            Some(5),
            "Portwest",
        ),
    ] {
        s.add_product(&p).unwrap();
    }
    s.add_product(&NewProduct {
        backorders: BackorderPolicy::Refuse,
        ..product(
            "BAT-18",
            "Spare battery 18V 4 Ah (no backorders)",
            "Power tools",
            5900,
            0,
            2,
            Some(14),
            "Bosch",
        )
    })
    .unwrap();
    let customers = [
        (
            "Zoë Müller",
            "ul. Piotrkowska 12\n90-001 Łódź\nPoland",
            ShipPreference::Partial,
        ),
        (
            "Γιώργος Παπαδόπουλος",
            "Οδός Ερμού 25\n105 63 Αθήνα\nGreece",
            ShipPreference::Partial,
        ),
        (
            "Анна Смирнова",
            "ул. Тверская, 7\nМосква 125009\nRussia",
            ShipPreference::Complete,
        ),
        (
            "Oluwaseun Adeyemi",
            "14 Allen Avenue\nIkeja, Lagos\nNigeria",
            ShipPreference::Partial,
        ),
        (
            "Margaret O'Brien",
            "3 Quay Street\nGalway H91 X2Y3\nIreland",
            ShipPreference::Partial,
        ),
        (
            "Hiroshi Tanaka",
            "2-3-1 Nishi-Shinjuku\nTokyo 163-0001\nJapan",
            ShipPreference::Partial,
        ),
    ];
    let mut ids = Vec::new();
    for (name, address, ships) in customers {
        let email = format!(
            "{}@example.com",
            name.split(' ').next().unwrap().to_lowercase()
        );
        ids.push(
            s.add_customer(&NewCustomer {
                name: name.into(),
                email,
                address: address.into(),
                ships,
                ..Default::default()
            })
            .unwrap()
            .id,
        );
    }
    let po_saws = s
        .create_po(&NewPo {
            supplier: "Stanley".into(),
            expected_on: days_ago(4),
            lines: vec![
                NewPoLine {
                    sku: "SAW-22".into(),
                    qty: 6,
                    unit_cost: None,
                },
                NewPoLine {
                    sku: "CHS-SET".into(),
                    qty: 4,
                    unit_cost: None,
                },
            ],
            note: String::new(),
            number: None,
        })
        .unwrap()
        .number;
    s.set_clock(Clock::Fixed(days_ago(16)));
    order(&mut s, ids[0], &[("SAW-22", 1), ("HAM-16", 1)], 0);
    order(&mut s, ids[1], &[("DRL-18V", 3), ("SCR-4X40", 2)], 0);
    s.set_clock(Clock::Fixed(days_ago(12)));
    s.create_po(&NewPo {
        supplier: "Bosch".into(),
        expected_on: Local::now().date_naive() + Days::new(9),
        lines: vec![
            NewPoLine {
                sku: "DRL-18V".into(),
                qty: 6,
                unit_cost: None,
            },
            NewPoLine {
                sku: "SND-ORB".into(),
                qty: 4,
                unit_cost: None,
            },
        ],
        note: String::new(),
        number: None,
    })
    .unwrap();
    let anna = order(&mut s, ids[2], &[("SND-ORB", 1), ("JIG-650", 1)], 0);
    order(&mut s, ids[3], &[("SAW-22", 2)], 1);
    s.set_clock(Clock::Fixed(days_ago(8)));
    let partial = order(
        &mut s,
        ids[4],
        &[("PNT-WHT5", 2), ("LDR-3", 1), ("BRS-SET", 1)],
        0,
    );
    s.ship(
        &partial,
        &ShipRequest {
            tracking: Some("RM 1234 5678 9GB".into()),
            ..Default::default()
        },
    )
    .unwrap();
    s.set_clock(Clock::Fixed(days_ago(3)));
    s.receive_po(
        &po_saws,
        &[ReceiptLine {
            sku: "CHS-SET".into(),
            qty: 4,
        }],
    )
    .unwrap();
    let done = order(&mut s, ids[5], &[("GLV-L", 4), ("WPL-8", 2)], 0);
    s.ship(
        &done,
        &ShipRequest {
            carrier: Some("DPD".into()),
            tracking: Some("15501234567890".into()),
            ..Default::default()
        },
    )
    .unwrap();
    s.set_clock(Clock::System);
    order(&mut s, ids[0], &[("HAM-16", 2), ("GLV-L", 1)], 0);
    let _ = anna;
}

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots")
}

async fn shot(app: &App, name: &str) {
    // Let the screen settle (fonts, the last list page) before the picture.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let png = app.client.screenshot().await.unwrap();
    std::fs::create_dir_all(out_dir()).unwrap();
    std::fs::write(out_dir().join(format!("{name}.png")), png).unwrap();
}

async fn visit(app: &App, hash: &str, wait_for: &str, name: &str) {
    app.go(hash).await;
    app.find(wait_for).await;
    shot(app, name).await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "makes docs/screenshots; run by scripts/screenshots.sh"]
async fn screenshots_of_every_screen() {
    let _one = serial();
    let app = App::start_with(|dir| sample_shop(&dir.join("stockroom.sqlite3"))).await;
    app.client.set_window_size(1280, 800).await.unwrap();
    visit(&app, "#/dashboard", "#dash-ready", "dashboard").await;
    visit(
        &app,
        "#/products",
        "#products-table tbody tr[data-sku]",
        "products",
    )
    .await;
    // A product people wait for, and one in stock, from whatever shop this is.
    visit(
        &app,
        "#/backorders",
        "#backorders-table tbody tr[data-sku]",
        "backorders",
    )
    .await;
    let waiting = app
        .client
        .find(Locator::Css("#backorders-table tbody tr[data-sku]"))
        .await
        .unwrap();
    let waiting = waiting.attr("data-sku").await.unwrap().unwrap();
    app.go("#/products").await;
    app.find("#products-table tbody tr[data-sku]").await;
    let in_stock = app
        .client
        .execute(
            "const r = [...document.querySelectorAll('#products-table tbody tr[data-sku]')].find((r) => r.querySelector('.badge.in_stock')); return r ? r.dataset.sku : null;",
            vec![],
        )
        .await
        .unwrap();
    let in_stock = in_stock.as_str().expect("a product in stock").to_string();
    visit(
        &app,
        &format!("#/products/{waiting}"),
        "#product-queue",
        "product",
    )
    .await;
    visit(
        &app,
        "#/orders",
        "#orders-table tbody tr[data-order]",
        "orders",
    )
    .await;
    let first = app
        .client
        .find(Locator::Css("#orders-table tbody tr[data-order]"))
        .await
        .unwrap();
    let number = first.attr("data-order").await.unwrap().unwrap();
    visit(
        &app,
        &format!("#/orders/{number}"),
        "#order-lines-table",
        "order",
    )
    .await;

    // A new order at the counter, with the promise shown before confirming.
    app.go("#/orders/new").await;
    let search = app.find("#order-customer-search").await;
    search.send_keys("Zo").await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.find("#order-customer-results button.pick")
        .await
        .click()
        .await
        .unwrap();
    for (sku, qty) in [(in_stock.as_str(), "1"), (waiting.as_str(), "2")] {
        let q = app.find("#order-qty").await;
        q.clear().await.unwrap();
        q.send_keys(qty).await.unwrap();
        let e = app.find("#order-sku").await;
        e.send_keys(sku).await.unwrap();
        e.send_keys(&char::from(fantoccini::key::Key::Enter).to_string())
            .await
            .unwrap();
        app.find(&format!("#order-lines tr[data-sku='{sku}']"))
            .await;
    }
    app.wait_text(
        &format!("#order-lines tr[data-sku='{waiting}'] .preview-cell"),
        |t| t.contains("expected"),
    )
    .await;
    shot(&app, "order-new").await;

    visit(&app, "#/backorders", "#backorders-table", "backorders").await;
    visit(
        &app,
        "#/backorders/notify",
        "#to-tell-table",
        "customers-to-tell",
    )
    .await;
    visit(
        &app,
        "#/purchasing",
        "#pos-table tbody tr[data-po]",
        "purchasing",
    )
    .await;
    // An overdue one shows the most; any open one will do.
    let po = match app
        .client
        .find(Locator::Css("#pos-table tbody tr.overdue"))
        .await
    {
        Ok(row) => row,
        Err(_) => app
            .client
            .find(Locator::Css("#pos-table tbody tr[data-po]"))
            .await
            .unwrap(),
    };
    let po = po.attr("data-po").await.unwrap().unwrap();
    visit(
        &app,
        &format!("#/purchasing/{po}"),
        "#po-lines",
        "purchase-order",
    )
    .await;
    app.find("#po-receive").await.click().await.unwrap();
    app.find("#receive-fills").await;
    shot(&app, "receive-preview").await;
    app.client
        .execute("document.querySelector('dialog[open]').close()", vec![])
        .await
        .unwrap();
    visit(
        &app,
        "#/purchasing/new",
        "#po-new-lines",
        "purchase-order-new",
    )
    .await;
    visit(&app, "#/shipments", "#shipments-table", "shipments").await;
    visit(
        &app,
        "#/customers",
        "#customers-table tbody tr[data-id]",
        "customers",
    )
    .await;
    let c = app
        .client
        .find(Locator::Css("#customers-table tbody tr[data-id]"))
        .await
        .unwrap();
    let id = c.attr("data-id").await.unwrap().unwrap();
    visit(
        &app,
        &format!("#/customers/{id}"),
        "#customer-orders",
        "customer",
    )
    .await;
    visit(&app, "#/reports", "#exports-table", "reports").await;
    app.find("#report-show").await.click().await.unwrap();
    app.find("#report-title").await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    shot(&app, "report-backorders").await;
    visit(&app, "#/settings", "#settings-form", "settings").await;

    // Wide screens.
    app.client.set_window_size(1920, 1080).await.unwrap();
    visit(&app, "#/backorders", "#backorders-table", "backorders-1920").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "makes docs/screenshots; run by scripts/screenshots.sh"]
async fn screenshots_in_dark_mode() {
    let _one = serial();
    // WebKitGTK reports `prefers-color-scheme: dark` when the GTK theme is a dark one.
    std::env::set_var("GTK_THEME", "Adwaita:dark");
    let app = App::start_with(|dir| sample_shop(&dir.join("stockroom.sqlite3"))).await;
    std::env::remove_var("GTK_THEME");
    app.client.set_window_size(1280, 800).await.unwrap();
    visit(&app, "#/dashboard", "#dash-ready", "dark-dashboard").await;
    visit(&app, "#/backorders", "#backorders-table", "dark-backorders").await;
    visit(
        &app,
        "#/purchasing",
        "#pos-table tbody tr[data-po]",
        "dark-purchasing",
    )
    .await;
    app.go("#/backorders").await;
    let waiting = app
        .find("#backorders-table tbody tr[data-sku]")
        .await
        .attr("data-sku")
        .await
        .unwrap()
        .unwrap();
    visit(
        &app,
        &format!("#/products/{waiting}"),
        "#product-queue",
        "dark-product",
    )
    .await;
    app.close().await;
}
