//! The window's shop on a shop server (issue 19): reads run on sessions of their own (a small
//! pool, as a file's readers), each inside one snapshot, so a long read neither waits for a
//! write nor sees one half-way.

mod pg_support;

use pg_support::PgServer;
use stockroom_core::customers::NewCustomer;
use stockroom_core::db::server::ServerUrl;
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
        counter.take_sender_turn().unwrap(),
        "the first till to ask sends"
    );
    assert!(!back_office.take_sender_turn().unwrap(), "no second sender");
    assert!(!back_office.take_sender_turn().unwrap());
    drop(counter);
    // The counter's session ended: its turn went with it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !back_office.take_sender_turn().unwrap() {
        assert!(
            std::time::Instant::now() < deadline,
            "the turn was never freed"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // A shop file has one sender, always.
    let file = Stockroom::open_in_memory().unwrap();
    assert!(file.take_sender_turn().unwrap());
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
