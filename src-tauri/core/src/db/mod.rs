//! Opening the database: what the file must be before we touch it, the pragmas, and the schema.
//!
//! One writer connection per process (the facade owns it); every use case is one IMMEDIATE
//! write transaction, so a concurrent writer (the CLI beside the app) waits on the busy timeout
//! instead of failing half-way.

pub mod changes;
pub mod conn;
pub mod ids;
pub mod schema;
pub mod server;
pub mod state;
pub mod target;

pub use target::Target;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::{Error, Result};

pub use conn::{Conn, Database, Engine, Row, Tx};

/// The whole schema at the current version in PostgreSQL's dialect (issue 19), for a new shop
/// server's empty database. Same version number as the SQLite steps.
pub fn pg_schema_sql() -> &'static str {
    server::SCHEMA
}

/// `PRAGMA application_id` of every Stockroom database ("STKR"), so another program's SQLite
/// file is recognised and never upgraded or overwritten.
pub const APPLICATION_ID: i64 = 0x5354_4B52;

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// A stored word or code read back into its type (a status, a kind, a policy): a value that is
/// not one of ours is an error naming the column, never a guess or a default (issue 18).
/// For use inside a row closure: `kind: db::stored(4, NoticeKind::parse(&text))?`.
pub fn stored<T>(column: usize, parsed: Result<T>) -> rusqlite::Result<T> {
    parsed.map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Where the database file lives: `STOCKROOM_DB` if set, else the OS app-data folder
/// (`$XDG_DATA_HOME/app.stockroom.desktop/stockroom.sqlite3` on Linux). `STOCKROOM_DB` may
/// name a shop server instead: callers that can open one use [`Target::from_env`].
pub fn default_path() -> PathBuf {
    if let Some(p) = std::env::var_os("STOCKROOM_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    data_file()
}

/// The shop file in the OS app-data folder (when `STOCKROOM_DB` names nothing).
pub fn data_file() -> PathBuf {
    data_dir()
        .join(crate::APP_IDENTIFIER)
        .join("stockroom.sqlite3")
}

fn data_dir() -> PathBuf {
    platform_dir(
        "XDG_DATA_HOME",
        ".local/share",
        "Library/Application Support",
        "APPDATA",
    )
}

/// Where Stockroom keeps this computer's own settings (which shop server it uses):
/// `$XDG_CONFIG_HOME`, else `~/.config` (on macOS `~/Library/Application Support`, on
/// Windows `%APPDATA%`), in a folder of its own.
pub fn config_dir() -> PathBuf {
    platform_dir(
        "XDG_CONFIG_HOME",
        ".config",
        "Library/Application Support",
        "APPDATA",
    )
    .join(crate::APP_IDENTIFIER)
}

/// Where Stockroom keeps what it can always make again (prepared logos, see
/// `pdf::Logo::load`): `$XDG_CACHE_HOME`, else `~/.cache` (on macOS
/// `~/Library/Caches`, on Windows `%LOCALAPPDATA%`), in a folder of its own.
pub fn cache_dir() -> PathBuf {
    platform_dir("XDG_CACHE_HOME", ".cache", "Library/Caches", "LOCALAPPDATA")
        .join(crate::APP_IDENTIFIER)
}

/// A per-user folder of one kind: `$<xdg>` when set, else `~/<linux>`; on macOS
/// `~/<macos>`, on Windows `%<windows>%` (else the home folder).
fn platform_dir(xdg: &str, linux: &str, macos: &str, windows: &str) -> PathBuf {
    if let Some(d) = std::env::var_os(xdg).filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    if cfg!(target_os = "macos") {
        home.join(macos)
    } else if cfg!(windows) {
        std::env::var_os(windows).map(PathBuf::from).unwrap_or(home)
    } else {
        home.join(linux)
    }
}

/// Opens (creating if needed) a Stockroom database and brings its schema up to date.
///
/// Refuses, without writing a byte: a file that is not SQLite, an SQLite file of another
/// program, and a database from a newer Stockroom.
pub fn open(path: &Path) -> Result<Connection> {
    check_file_is_sqlite_or_new(path)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| Error::io(format!("cannot create the folder {}", parent.display()), e))?;
    }
    // Look before we touch: a read-only connection tells us what the file is, so a refused
    // file is never switched to WAL or upgraded.
    if path.exists() {
        let ro = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        classify(&ro, path)?;
    }
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    schema::migrate(&mut conn, path)?;
    Ok(conn)
}

/// A read-only connection to a database a writer has already opened (and upgraded): the
/// connections the screens read through while the writer works (issue 18). WAL gives each
/// read transaction a snapshot of the last commit, so a read never waits for a write and never
/// sees half of one. `query_only` makes any write through it an error.
pub fn open_reader(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    classify(&conn, path)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version != schema::VERSION {
        return Err(Error::Other(
            format!(
                "{} is at schema version {version}, not {}: open it for writing first",
                path.display(),
                schema::VERSION
            )
            .into(),
        ));
    }
    configure_connection(&conn)?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

/// An in-memory database with the current schema (tests and benchmarks).
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    schema::migrate(&mut conn, Path::new(":memory:"))?;
    Ok(conn)
}

fn check_file_is_sqlite_or_new(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
    };
    let mut head = [0u8; 16];
    let n = f
        .read(&mut head)
        .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
    // An empty file is what some tools leave behind; SQLite treats it as a new database.
    if n == 0 || (n == 16 && &head == SQLITE_HEADER) {
        Ok(())
    } else {
        Err(Error::NotADatabase(path.to_path_buf()))
    }
}

/// Whether an existing SQLite file is ours, and whether we understand its version.
fn classify(conn: &Connection, path: &Path) -> Result<()> {
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        [],
        |r| r.get(0),
    )?;
    let fresh = app_id == 0 && version == 0 && tables == 0;
    if !fresh && app_id != APPLICATION_ID {
        return Err(Error::ForeignDatabase(path.to_path_buf()));
    }
    if version > schema::VERSION {
        return Err(Error::TooNew {
            path: path.to_path_buf(),
            found: version,
            supported: schema::VERSION,
        });
    }
    Ok(())
}

fn configure(conn: &Connection) -> Result<()> {
    // WAL: readers never block the writer. synchronous=FULL: a committed sale survives a power
    // cut (NORMAL may lose the last transactions in WAL mode).
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    configure_connection(conn)
}

/// What every connection, writer or reader, is set up with.
fn configure_connection(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    // 64 MiB of page cache (the default is 2 MiB): the screens of a large shop re-read the same
    // narrow indexes (waiting lines, allocations, open PO lines) on every refresh; with the
    // default cache each refresh fetches their pages from the OS again, which more than
    // doubled the Dashboard's time on the large demo shop. Memory is only taken as pages are read.
    conn.pragma_update(None, "cache_size", -65536)?;
    // The query planner stability guarantee: plan from the statistics alone, never from a bound
    // value. Otherwise (with sqlite_stat4) a statement whose plan looked at a bound value is
    // prepared again whenever that value changes: the import of 100,000 orders spent most of
    // its time re-preparing its order-number and SKU look-ups.
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    // rusqlite keeps 16 prepared statements by default; one use case (a receipt: the PO, the
    // queue, the fills, the promise walk, the ledger, the notices, then the reads back) uses
    // more than that, and an evicted statement is parsed and planned again on its next use.
    conn.set_prepared_statement_cache_capacity(256);
    Ok(())
}

/// What a shop file is, in the words of Settings → Shop server (issue 19).
pub fn file_status(conn: &Connection, path: &Path) -> Result<server::Status> {
    let schema_version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(server::Status {
        engine: "sqlite",
        location: path.display().to_string(),
        schema_version,
        server_version: String::new(),
        encrypted: false,
    })
}
