//! The query handle and the write choke point themselves, on a shop server.

use std::sync::atomic::{AtomicU32, Ordering};

use stockroom_core::carriers::NewCarrier;
use stockroom_core::settings::{self, SettingsPatch};
use stockroom_core::Error;

use crate::support::{fresh_database, server, server_shop};

#[test]
fn what_needs_a_shop_file_says_so_on_a_server_and_stores_nothing_issue19() {
    let server = server();
    let mut shop = server_shop(&server);
    // Copying a shop onto a server starts from a shop file.
    let url = stockroom_core::db::server::ServerUrl::parse("postgres://x@127.0.0.1/none").unwrap();
    let err = shop.push_to_server(&url).unwrap_err();
    assert_eq!(err.code(), "not_on_server", "{err}");
    assert_eq!(
        err.to_string(),
        "this is not available on a shop server yet"
    );
    // A write that reaches for the file's connection half-way is rolled back whole.
    let err = shop
        .write(|tx, _| {
            tx.execute(
                "INSERT INTO carriers (name, transit_days, is_default) VALUES ('Half', 1, 0)",
                &[],
            )?;
            tx.sqlite().map(drop)
        })
        .unwrap_err();
    assert!(matches!(err, Error::NotOnServer), "{err}");
    assert!(shop.carriers().unwrap().is_empty(), "nothing of it stored");
    // The session is still usable afterwards: the failed write was rolled back.
    shop.add_carrier(&NewCarrier {
        name: "Post".into(),
        transit_days: 2,
        is_default: false,
    })
    .unwrap();
    assert_eq!(shop.carriers().unwrap().len(), 1);
}

#[test]
fn a_write_that_another_till_made_unserializable_is_run_again_issue19() {
    let server = server();
    let mut till = server_shop(&server);
    // A second till on the same database: the first till's transaction reads the settings,
    // the second changes and commits them, then the first writes them.
    let mut other = till_on_same_database(&server, &mut till);
    let runs = AtomicU32::new(0);
    let stored = till
        .write(|tx, _| {
            let run = runs.fetch_add(1, Ordering::SeqCst) + 1;
            let mut s = settings::store::load(tx)?;
            if run == 1 {
                other
                    .execute(
                        "UPDATE settings SET store_name = 'Other till' WHERE id = 1",
                        &[],
                    )
                    .unwrap();
            }
            s.store_name = format!("{} (run {run})", s.store_name);
            settings::store::update_in_tx(tx, &s)?;
            Ok(s.store_name)
        })
        .unwrap();
    assert_eq!(
        runs.load(Ordering::SeqCst),
        2,
        "the first run failed to serialize"
    );
    assert_eq!(
        stored, "Other till (run 2)",
        "the second run saw the other till's write"
    );
    assert_eq!(till.settings().unwrap().store_name, "Other till (run 2)");
}

#[test]
fn a_write_that_fails_is_rolled_back_and_not_run_again_issue19() {
    let server = server();
    let mut shop = server_shop(&server);
    let runs = AtomicU32::new(0);
    let err = shop
        .write(|tx, _| {
            runs.fetch_add(1, Ordering::SeqCst);
            let mut s = settings::store::load(tx)?;
            s.store_name = "Half-way".into();
            settings::store::update_in_tx(tx, &s)?;
            Err::<(), _>(Error::refused("no"))
        })
        .unwrap_err();
    assert_eq!(err.code(), "refused");
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    assert_eq!(shop.settings().unwrap().store_name, "My Shop");
}

#[test]
fn several_tills_changing_the_settings_at_once_all_succeed_issue19() {
    let server = server();
    let mut first = server_shop(&server);
    let url_clients: Vec<postgres::Client> = (0..3)
        .map(|_| till_on_same_database(&server, &mut first))
        .collect();
    let handles: Vec<_> = url_clients
        .into_iter()
        .enumerate()
        .map(|(i, client)| {
            std::thread::spawn(move || {
                let mut till = stockroom_core::Stockroom::open_server(
                    client,
                    stockroom_core::Clock::Fixed(crate::support::today()),
                );
                for n in 0..20 {
                    let patch = SettingsPatch {
                        store_address: Some(format!("till {i} write {n}")),
                        ..SettingsPatch::default()
                    };
                    till.update_settings(&patch).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("no till saw an error");
    }
    assert!(first
        .settings()
        .unwrap()
        .store_address
        .ends_with("write 19"));
}

/// Another connection to the database `shop` is on (as the same role).
fn till_on_same_database(
    _server: &crate::pg_support::PgServer,
    shop: &mut stockroom_core::Stockroom,
) -> postgres::Client {
    let (user, db) = shop
        .write(|tx, _| {
            tx.query_row("SELECT current_user, current_database()", &[], |r| {
                Ok((r.get::<String>(0)?, r.get::<String>(1)?))
            })
        })
        .unwrap();
    let url = format!("postgres://{user}@127.0.0.1:{}/{db}", _server.port());
    postgres::Client::connect(&url, postgres::NoTls).unwrap()
}

#[test]
fn a_fresh_server_database_holds_the_schema_issue19() {
    let server = server();
    let mut client = fresh_database(&server);
    let n: i64 = client
        .query_one("SELECT count(*) FROM settings", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 1, "the one settings row");
}

/// Runs `work` on `n` tills of the shop's database at once (each its own session), started
/// together; their answers in till order, and a shop on that database to look at it — with
/// the server, which must outlive it.
fn tills_at_once<T: Send + 'static>(
    n: usize,
    work: impl Fn(usize, &mut stockroom_core::Stockroom) -> T + Send + Sync + 'static,
) -> (
    std::sync::Arc<crate::pg_support::PgServer>,
    stockroom_core::Stockroom,
    Vec<T>,
) {
    let server = server();
    let mut first = server_shop(&server);
    let clients: Vec<postgres::Client> = (0..n)
        .map(|_| till_on_same_database(&server, &mut first))
        .collect();
    let start = std::sync::Arc::new(std::sync::Barrier::new(n));
    let work = std::sync::Arc::new(work);
    let handles: Vec<_> = clients
        .into_iter()
        .enumerate()
        .map(|(i, client)| {
            let (start, work) = (start.clone(), work.clone());
            std::thread::spawn(move || {
                let mut till = stockroom_core::Stockroom::open_server(
                    client,
                    stockroom_core::Clock::Fixed(crate::support::today()),
                );
                start.wait();
                work(i, &mut till)
            })
        })
        .collect();
    let answers = handles.into_iter().map(|h| h.join().unwrap()).collect();
    (server, first, answers)
}

#[test]
fn tills_adding_the_first_carriers_at_once_leave_exactly_one_default_issue19() {
    let (_server, shop, answers) = tills_at_once(4, |i, till| {
        till.add_carrier(&NewCarrier {
            name: format!("Carrier {i}"),
            transit_days: 2,
            is_default: false,
        })
    });
    for a in &answers {
        assert!(a.is_ok(), "no till saw the conflict: {a:?}");
    }
    let carriers = shop.carriers().unwrap();
    assert_eq!(carriers.len(), 4);
    assert_eq!(
        carriers.iter().filter(|c| c.is_default).count(),
        1,
        "the first carrier is the default, whichever till it came from"
    );
}

#[test]
fn tills_adding_the_same_sku_at_once_store_it_once_and_tell_the_others_issue19() {
    let (_server, shop, answers) = tills_at_once(4, |_, till| {
        till.add_product(&stockroom_core::catalog::NewProduct {
            sku: "HOT-1".into(),
            name: "Hot item".into(),
            price: 100,
            on_hand: 3,
            ..Default::default()
        })
        .map(|p| p.on_hand)
        .map_err(|e| e.code())
    });
    let stored = answers.iter().filter(|a| **a == Ok(3)).count();
    let refused = answers.iter().filter(|a| **a == Err("duplicate")).count();
    assert_eq!((stored, refused), (1, 3), "{answers:?}");
    let all = shop.products("").unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].on_hand, 3, "one opening balance in the ledger");
}
