//! Two shops, one per engine, for the same test body.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};

use chrono::NaiveDate;
use stockroom_core::{Clock, Stockroom};

use crate::pg_support::PgServer;

/// The day every test shop lives on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

/// The PostgreSQL server of the tests running now: started by the first, stopped when the
/// last one running lets go of it (a static would never be dropped, and leave it running).
pub fn server() -> Arc<PgServer> {
    static SERVER: Mutex<Weak<PgServer>> = Mutex::new(Weak::new());
    let mut slot = SERVER.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = slot.upgrade() {
        return s;
    }
    let s = Arc::new(PgServer::start());
    *slot = Arc::downgrade(&s);
    s
}

/// A new, empty database on the server with Stockroom's schema, owned by a role that is not
/// a superuser, and a client connected to it.
pub fn fresh_database(server: &PgServer) -> postgres::Client {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "shop_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let url = server.create_database(&name);
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    client
        .batch_execute(stockroom_core::db::pg_schema_sql())
        .unwrap();
    client
}

/// A shop on a PostgreSQL server, on `today()`.
pub fn server_shop(server: &PgServer) -> Stockroom {
    Stockroom::open_server(fresh_database(server), Clock::Fixed(today()))
}

/// Runs `body` on a fresh in-memory SQLite shop, then on a fresh shop on the server. A failure
/// says which engine it was on.
pub fn for_each_engine(mut body: impl FnMut(&mut Stockroom)) {
    let mut sqlite = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(today()));
    eprintln!("-- on SQLite");
    body(&mut sqlite);
    let server = server();
    let mut pg = server_shop(&server);
    eprintln!("-- on PostgreSQL");
    body(&mut pg);
}

/// Runs `body` on both engines as [`for_each_engine`] does and checks that both answered the
/// same; returns the answer.
pub fn both_engines_agree<T: PartialEq + std::fmt::Debug>(body: impl Fn(&mut Stockroom) -> T) -> T {
    let mut answers = Vec::new();
    for_each_engine(|shop| answers.push(body(shop)));
    let pg = answers.pop().unwrap();
    let sqlite = answers.pop().unwrap();
    assert_eq!(
        sqlite, pg,
        "SQLite (left) and PostgreSQL (right) answered differently"
    );
    pg
}

/// A shop built on SQLite by `build` (through the normal API: the areas that make the data need
/// not be on the server yet), and the same shop pushed into a fresh empty database on the test
/// server (`stockroom server push`) and opened there. Returns (SQLite, server, what `build`
/// returned, the server to keep it running).
pub fn pushed_pair<B>(
    build: impl FnOnce(&mut Stockroom) -> B,
) -> (Stockroom, Stockroom, B, Arc<PgServer>) {
    let mut sqlite = Stockroom::open_in_memory()
        .unwrap()
        .with_clock(Clock::Fixed(today()));
    let made = build(&mut sqlite);
    let server = server();
    let url = empty_database(&server);
    sqlite.push_to_server(&url).unwrap();
    let pg = Stockroom::open_url(&url, Clock::Fixed(today())).unwrap();
    (sqlite, pg, made, server)
}

/// A new, empty database on the server (no schema), owned by a role that is not a superuser:
/// what `server push` wants.
pub fn empty_database(server: &PgServer) -> stockroom_core::db::server::ServerUrl {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let name = format!(
        "pushed_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    stockroom_core::db::server::ServerUrl::parse(&server.create_database(&name)).unwrap()
}

/// Runs `body` on the SQLite shop and on the server shop of a [`pushed_pair`] (with what
/// `build` returned) and checks that both answered the same; returns the answer and what
/// `build` returned.
pub fn pushed_shops_agree<B, T: PartialEq + std::fmt::Debug>(
    build: impl FnOnce(&mut Stockroom) -> B,
    body: impl Fn(&mut Stockroom, &B) -> T,
) -> (T, B) {
    let (mut sqlite, mut pg, made, _server) = pushed_pair(build);
    eprintln!("-- on SQLite");
    let on_sqlite = body(&mut sqlite, &made);
    eprintln!("-- on PostgreSQL");
    let on_pg = body(&mut pg, &made);
    assert_eq!(
        on_sqlite, on_pg,
        "SQLite (left) and PostgreSQL (right) answered differently"
    );
    (on_pg, made)
}

/// What [`shop_with_news`] made: the orders, the shipment and the customers, by name.
#[derive(Debug, Clone)]
pub struct News {
    /// Ann (e-mail only): her kettle was in stock and has shipped.
    pub ann: i64,
    pub ann_order: String,
    pub shipment: String,
    /// Cy (e-mail and paper): her kettle waits.
    pub cy: i64,
    pub cy_order: String,
    /// The row id of Cy's order (the order page's history asks by it).
    pub cy_order_id: i64,
    /// Bob (paper, no address): his kettle waits.
    pub bob_order: String,
}

/// The Corner Shop on `today()`, its e-mail going to 127.0.0.1:`smtp_port` (plain; `None`: no
/// e-mail set up), made through the normal API: one copper kettle in stock and three customers
/// who each ordered one. Ann got the kettle and it shipped (a shipped notice, queued for
/// e-mail); Cy's waits (a backorder notice, queued for e-mail and kept on paper); Bob's waits
/// (paper only).
pub fn shop_with_news(shop: &mut Stockroom, smtp_port: Option<u16>) -> News {
    use stockroom_core::carriers::NewCarrier;
    use stockroom_core::catalog::NewProduct;
    use stockroom_core::customers::{Contact, NewCustomer};
    use stockroom_core::orders::{NewOrder, NewOrderLine};
    use stockroom_core::settings::SettingsPatch;
    use stockroom_core::shipping::ShipRequest;

    shop.update_settings(&SettingsPatch {
        store_name: Some("Corner Shop".into()),
        store_address: Some("1 Quay Street\nGalway".into()),
        ..SettingsPatch::default()
    })
    .unwrap();
    if let Some(port) = smtp_port {
        set_up_mail(shop, port);
    }
    shop.add_carrier_with_tracking(
        &NewCarrier {
            name: "An Post".into(),
            transit_days: 2,
            is_default: true,
        },
        "https://track.example/{tracking}",
    )
    .unwrap();
    shop.add_product(&NewProduct {
        sku: "KET-03".into(),
        name: "Copper kettle".into(),
        price: 8900,
        lead_time_days: Some(10),
        on_hand: 1,
        ..NewProduct::default()
    })
    .unwrap();
    let mut customer = |name: &str, email: &str, contact: Contact| {
        shop.add_customer_with_contact(
            &NewCustomer {
                name: name.into(),
                email: email.into(),
                ..NewCustomer::default()
            },
            Some(contact),
        )
        .unwrap()
        .id
    };
    let ann = customer("Ann Ó Briain", "ann@example.org", Contact::Email);
    let cy = customer("Cy Müller", "cy@example.org", Contact::Both);
    let bob = customer("Bob", "", Contact::Paper);
    let mut order = |customer_id: i64| {
        let o = shop
            .place_order(&NewOrder {
                customer_id,
                lines: vec![NewOrderLine {
                    sku: "KET-03".into(),
                    qty: 1,
                    unit_price: None,
                }],
                ..NewOrder::default()
            })
            .unwrap();
        (o.number, o.id)
    };
    let (ann_order, _) = order(ann);
    let (cy_order, cy_order_id) = order(cy);
    let (bob_order, _) = order(bob);
    let shipment = shop
        .ship(
            &ann_order,
            &ShipRequest {
                tracking: Some("JD0123".into()),
                ..ShipRequest::default()
            },
        )
        .unwrap()
        .shipment;
    News {
        ann,
        ann_order,
        shipment,
        cy,
        cy_order,
        cy_order_id,
        bob_order,
    }
}

/// A loopback port where nothing listens (e-mail set up, but every send is unreachable).
pub fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// E-mail set up: to 127.0.0.1:`port`, plain, from the shop's address.
pub fn set_up_mail(shop: &mut Stockroom, port: u16) {
    use stockroom_core::mail::{MailPatch, Security};
    shop.update_settings(&stockroom_core::settings::SettingsPatch {
        mail: MailPatch {
            smtp_host: Some("127.0.0.1".into()),
            smtp_port: Some(port),
            smtp_security: Some(Security::None),
            mail_from: Some("shop@corner.example".into()),
            ..MailPatch::default()
        },
        ..Default::default()
    })
    .unwrap();
}
