//! Backups and restore (issue 7): one self-contained file, a copy of what was there before a
//! restore, refusal of corrupt, foreign and newer files, upgrades of older ones, and the
//! daily automatic backup.

mod io_support;

use io_support::*;
use stockroom_core::data::ImportKind;
use stockroom_core::{Clock, Error, Stockroom};

#[test]
fn backup_then_restore_brings_the_data_back_and_keeps_a_copy_of_what_was_there() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.sqlite3");
    let mut s = shop_at(&db);
    import(&mut s, ImportKind::Products, OWN_PRODUCTS, ALL_OR_NOTHING);
    let backup = dir.path().join("b.sqlite3");
    s.backup_to(&backup).unwrap();
    let at_backup = dump(&s);
    import(
        &mut s,
        ImportKind::Products,
        "sku,name,price\nLATER,Later,1\n",
        ALL_OR_NOTHING,
    );
    let after = dump(&s);
    let file_before = std::fs::read(&backup).unwrap();

    let report = s.restore(&backup).unwrap();
    assert_eq!(dump(&s), at_backup, "the database is the backup again");
    assert_eq!((report.products, report.upgraded), (2, false));
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        file_before,
        "the backup file is never modified"
    );
    assert!(report.previous_copy.exists());
    let copy = Stockroom::open(&report.previous_copy).unwrap();
    assert_eq!(dump(&copy), after, "what was there before is kept");
    drop(s);
    assert_eq!(
        dump(&shop_at(&db)),
        at_backup,
        "the restore is on disk, not only in this connection"
    );
}

#[test]
fn backup_is_one_self_contained_file_while_the_shop_stays_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = shop_at(&dir.path().join("shop.sqlite3"));
    import(&mut s, ImportKind::Products, OWN_PRODUCTS, ALL_OR_NOTHING);
    let b = dir.path().join("copy.sqlite3");
    let bytes = s.backup_to(&b).unwrap();
    assert_eq!(bytes, std::fs::metadata(&b).unwrap().len());
    assert!(!dir.path().join("copy.sqlite3-wal").exists());
    let conn =
        rusqlite::Connection::open_with_flags(&b, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    let n: i64 = conn
        .query_row("SELECT count(*) FROM products", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);
}

#[test]
fn restore_refuses_corrupt_foreign_and_newer_files_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = shop_at(&dir.path().join("shop.sqlite3"));
    import(&mut s, ImportKind::Products, OWN_PRODUCTS, ALL_OR_NOTHING);
    let before = dump(&s);

    let garbage = dir.path().join("garbage.sqlite3");
    std::fs::write(
        &garbage,
        b"this is not a database at all, just text".repeat(100),
    )
    .unwrap();
    assert!(matches!(s.restore(&garbage), Err(Error::NotADatabase(_))));

    let foreign = dir.path().join("foreign.sqlite3");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    assert!(matches!(
        s.restore(&foreign),
        Err(Error::ForeignDatabase(_))
    ));

    let newer = dir.path().join("newer.sqlite3");
    s.backup_to(&newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(
            None,
            "user_version",
            stockroom_core::db::schema::VERSION + 1,
        )
        .unwrap();
    assert!(matches!(s.restore(&newer), Err(Error::TooNew { .. })));

    // A real backup with damaged pages: integrity_check must catch it.
    let corrupt = dir.path().join("corrupt.sqlite3");
    s.backup_to(&corrupt).unwrap();
    let mut bytes = std::fs::read(&corrupt).unwrap();
    let page = 4096;
    for b in &mut bytes[page * 2 + 100..page * 4] {
        *b = 0x5A;
    }
    std::fs::write(&corrupt, &bytes).unwrap();
    let err = s.restore(&corrupt).unwrap_err();
    assert!(
        err.to_string().contains("damaged") || matches!(err, Error::Invalid(_)),
        "{err}"
    );

    let truncated = dir.path().join("truncated.sqlite3");
    s.backup_to(&truncated).unwrap();
    let bytes = std::fs::read(&truncated).unwrap();
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    assert!(s.restore(&truncated).is_err(), "half a backup is refused");

    assert_eq!(dump(&s), before, "nothing was replaced");
    let copies = std::fs::read_dir(dir.path()).unwrap().filter(|e| {
        e.as_ref()
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("before-restore")
    });
    assert_eq!(
        copies.count(),
        0,
        "a refused file is refused before anything is copied or replaced"
    );
}

#[test]
fn restore_upgrades_a_backup_from_an_older_version() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("v1.sqlite3");
    {
        let conn = rusqlite::Connection::open(&old).unwrap();
        conn.execute_batch(include_str!("fixtures/schema_v1.sql"))
            .unwrap();
    }
    let mut s = shop_at(&dir.path().join("shop.sqlite3"));
    let r = s.restore(&old).unwrap();
    assert!(r.upgraded);
    assert_eq!(r.file_version, 1);
    let version: i64 = s
        .conn()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, stockroom_core::db::schema::VERSION);
    assert_eq!(product(&s, "WOOL-GRY").on_hand, 12);
}

#[test]
fn auto_backup_makes_one_a_day_and_keeps_the_last_fourteen() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let mut s = shop_at(&dir.path().join("shop.sqlite3"));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("my-notes.txt"), "keep me").unwrap();
    let start = day("2026-11-01");
    for i in 0..20 {
        s.set_clock(Clock::Fixed(start + chrono::Days::new(i)));
        let first = s.auto_backup(&folder).unwrap();
        assert!(first.made.is_some(), "day {i}");
        let second = s.auto_backup(&folder).unwrap();
        assert_eq!(second.made, None, "at most one a day");
    }
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 15, "{names:?}");
    assert_eq!(names[0], "my-notes.txt", "other files are never touched");
    assert_eq!(names[1], "stockroom-2026-11-07.sqlite3");
    assert_eq!(names[14], "stockroom-2026-11-20.sqlite3");
    assert_eq!(s.backup_folder().unwrap(), dir.path().join("backups"));
}

#[test]
fn the_newest_automatic_backup_is_named_by_the_core_not_guessed_by_the_window_issue18() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    let mut s = shop_at(&dir.path().join("shop.sqlite3"));
    assert_eq!(stockroom_core::data::newest_auto_backup(&folder), None);
    for d in ["2026-11-03", "2026-11-05", "2026-11-04"] {
        s.set_clock(Clock::Fixed(day(d)));
        s.auto_backup(&folder).unwrap();
    }
    std::fs::write(
        folder.join("stockroom-backup.sqlite3"),
        "a backup made by hand",
    )
    .unwrap();
    std::fs::write(folder.join("stockroom-2026-13-40.sqlite3"), "not a date").unwrap();
    assert_eq!(
        stockroom_core::data::newest_auto_backup(&folder),
        Some(folder.join("stockroom-2026-11-05.sqlite3"))
    );
}
