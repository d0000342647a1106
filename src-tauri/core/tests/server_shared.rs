//! The window's shop on a shop server (issue 19): reads run on sessions of their own (a small
//! pool, as a file's readers), each inside one snapshot, so a long read neither waits for a
//! write nor sees one half-way.

mod pg_support;

use pg_support::PgServer;
use stockroom_core::customers::NewCustomer;
use stockroom_core::db::server::{ServerUrl, Turn};
use stockroom_core::{Clock, SharedShop, Stockroom};

fn customer(name: &str) -> NewCustomer {
    NewCustomer {
        name: name.into(),
        ..NewCustomer::default()
    }
}

fn sessions(pg: &PgServer, db: &str) -> i64 {
    pg.client("postgres")
        .query_one(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = $1",
            &[&db],
        )
        .unwrap()
        .get(0)
}

#[test]
fn a_server_shops_reads_run_on_their_own_sessions_each_in_one_snapshot_issue19() {
    let pg = PgServer::start();
    let url = ServerUrl::parse(&pg.create_database("shop")).unwrap();
    Stockroom::init_server(&url, None, Clock::System).unwrap();
    let shared = SharedShop::new(Stockroom::open_url(&url, Clock::System).unwrap());
    let (result, _) = shared.write(|s| s.add_customer(&customer("Ada")));
    result.unwrap();
    assert_eq!(sessions(&pg, "shop"), 1, "the writer's session");

    // Another till adds a customer while this read is between its two statements: the read
    // sees the shop as it was when it began, both times.
    let mut other_till = Stockroom::open_url(&url, Clock::System).unwrap();
    let (first, second) = shared
        .read(|s| {
            let first = s.customers_page("", 0, 50)?.total;
            other_till.add_customer(&customer("Bo")).unwrap();
            let second = s.customers_page("", 0, 50)?.total;
            Ok((first, second))
        })
        .unwrap();
    assert_eq!((first, second), (1, 1));
    assert_eq!(
        sessions(&pg, "shop"),
        3,
        "writer, reader and the other till"
    );
    // The next read is a new snapshot, on the same (kept) reader.
    assert_eq!(
        shared.read(|s| s.customers_page("", 0, 50)).unwrap().total,
        2
    );
    assert_eq!(sessions(&pg, "shop"), 3);
}

#[test]
fn one_till_at_a_time_holds_the_e_mail_senders_turn_and_the_next_takes_over_issue19() {
    let pg = PgServer::start();
    let url = ServerUrl::parse(&pg.create_database("shop")).unwrap();
    Stockroom::init_server(&url, None, Clock::System).unwrap();
    let counter = Stockroom::open_server_reader(&url, Clock::System).unwrap();
    let back_office = Stockroom::open_server_reader(&url, Clock::System).unwrap();
    assert!(
        counter.take_turn(Turn::Sender).unwrap(),
        "the first till to ask sends"
    );
    assert!(
        !back_office.take_turn(Turn::Sender).unwrap(),
        "no second sender"
    );
    assert!(!back_office.take_turn(Turn::Sender).unwrap());
    drop(counter);
    // The counter's session ended: its turn went with it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !back_office.take_turn(Turn::Sender).unwrap() {
        assert!(
            std::time::Instant::now() < deadline,
            "the turn was never freed"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // A shop file has one sender, always.
    let file = Stockroom::open_in_memory().unwrap();
    assert!(file.take_turn(Turn::Sender).unwrap());
}

#[test]
fn a_server_shop_is_backed_up_daily_and_restored_through_the_same_use_cases_as_a_file_issue19() {
    let pg = PgServer::start();
    let url = ServerUrl::parse(&pg.create_database("shop")).unwrap();
    Stockroom::init_server(&url, None, Clock::System).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let mut shop = Stockroom::open_url(&url, Clock::Fixed(today)).unwrap();
    shop.add_customer(&customer("Ada")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");

    let first = shop.auto_backup(&folder).unwrap();
    let made = first.made.expect("the day's first backup is made");
    assert_eq!(made, folder.join("stockroom-2026-12-07.sqlite3"));
    assert!(
        shop.auto_backup(&folder).unwrap().made.is_none(),
        "one a day"
    );
    // An ordinary shop file with the server's customers.
    let copy = Stockroom::open(&made).unwrap();
    assert_eq!(copy.customers_page("", 0, 50).unwrap().total, 1);
    drop(copy);

    shop.add_customer(&customer("Bo")).unwrap();
    let bytes = shop.backup_to(dir.path().join("two.sqlite3")).unwrap();
    assert!(bytes > 0);
    // Restoring the morning's copy puts the server's shop back as it was then.
    let report = shop.restore(&made).unwrap();
    assert!(report.previous_copy.exists(), "{report:?}");
    assert_eq!(shop.customers_page("", 0, 50).unwrap().total, 1);
}

/// A products CSV in `dir`, last modified a minute ago (settled for the watched folder).
fn dropped(dir: &std::path::Path, name: &str, sku: &str) {
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!("sku,name,price,on_hand,backorders\n{sku},Kettle {sku},89.00,5,notify\n"),
    )
    .unwrap();
    let f = std::fs::File::options().write(true).open(&path).unwrap();
    f.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60))
        .unwrap();
}

#[test]
fn one_till_at_a_time_sweeps_the_watched_folder_and_the_next_takes_over_issue19() {
    let pg = PgServer::start();
    let url = ServerUrl::parse(&pg.create_database("shop")).unwrap();
    Stockroom::init_server(&url, None, Clock::System).unwrap();
    let inbox = tempfile::tempdir().unwrap();
    let mut counter = Stockroom::open_url(&url, Clock::System).unwrap();
    let mut back_office = Stockroom::open_url(&url, Clock::System).unwrap();

    dropped(inbox.path(), "first.csv", "KET-1");
    let swept = counter.sweep_watch_folder(Some(inbox.path())).unwrap();
    assert_eq!(swept.len(), 1, "{swept:?}");
    assert!(
        back_office.product("KET-1").is_ok(),
        "imported on the server"
    );

    // The counter holds the watcher's turn: the back office is refused and takes nothing.
    dropped(inbox.path(), "second.csv", "KET-2");
    let err = back_office
        .sweep_watch_folder(Some(inbox.path()))
        .unwrap_err();
    assert_eq!(err.code(), "refused", "{err}");
    assert!(err.to_string().contains("Another till"), "{err}");
    assert!(
        inbox.path().join("second.csv").exists(),
        "left for the till whose turn it is"
    );
    assert!(back_office.product("KET-2").is_err());
    // Turns are separate: the back office may send e-mail while the counter sweeps.
    assert!(back_office.take_turn(Turn::Sender).unwrap());
    // Asking again while holding the turn is still "mine".
    assert!(counter.take_turn(Turn::Watcher).unwrap());
    assert!(counter.take_turn(Turn::Watcher).unwrap());

    // The counter can no longer see the folder (a network share gone): it gives the turn
    // up, says why, and the back office, which sees the folder, takes it at once.
    let unseen = inbox.path().join("gone");
    let err = counter.sweep_watch_folder(Some(&unseen)).unwrap_err();
    assert_eq!(err.code(), "invalid_input", "{err}");
    assert!(back_office.take_turn(Turn::Watcher).unwrap());
    assert!(
        !counter.take_turn(Turn::Watcher).unwrap(),
        "the back office's now"
    );
    drop(back_office);
    let mut back_office = Stockroom::open_url(&url, Clock::System).unwrap();
    assert!(counter.take_turn(Turn::Watcher).unwrap());

    // The counter closes: its turn goes with its session, and the back office takes over.
    drop(counter);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let swept = loop {
        match back_office.sweep_watch_folder(Some(inbox.path())) {
            Ok(swept) => break swept,
            Err(e) => {
                assert!(std::time::Instant::now() < deadline, "never freed: {e}");
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        }
    };
    assert_eq!(swept.len(), 1, "{swept:?}");
    assert!(back_office.product("KET-2").is_ok());
    assert!(
        !inbox.path().join("second.csv").exists(),
        "moved to imported/"
    );
}

#[test]
fn a_till_whose_server_session_was_dropped_gets_a_new_one_for_the_next_change_issue19() {
    let pg = PgServer::start();
    let url = ServerUrl::parse(&pg.create_database("shop")).unwrap();
    Stockroom::init_server(&url, None, Clock::System).unwrap();
    let shared = SharedShop::new(Stockroom::open_url(&url, Clock::System).unwrap());
    shared
        .write(|s| s.add_customer(&customer("Ada")))
        .0
        .unwrap();

    // The server drops the shop's sessions, as a restart of the server does.
    pg.admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = 'shop' AND pid <> pg_backend_pid()",
    );
    let e = shared
        .write(|s| s.add_customer(&customer("Bea")))
        .0
        .unwrap_err();
    assert_eq!(e.code(), "server_unreachable", "{e}");
    assert!(e.to_string().contains("may not have been saved"), "{e}");

    // The next change runs on a new session, without restarting the app.
    shared.write(|s| s.add_customer(&customer("Cy"))).0.unwrap();
    let names: Vec<String> = shared
        .read(|s| s.customers_page("", 0, 50))
        .unwrap()
        .items
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(
        names,
        vec!["Ada", "Cy"],
        "Bea's change never reached the server"
    );
}
