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
