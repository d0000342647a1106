//! The shop server (issue 19): a Stockroom shop in a PostgreSQL database, for a shop whose
//! tills, back office and stockroom laptop all work on one shop at once.
//!
//! A server is named by a `postgres://user@host:port/dbname` URL ([`ServerUrl`]). Its password
//! is never stored in the database, a backup or a log: it comes from the URL itself, else
//! `PGPASSWORD`, else this computer's keyring (see [`crate::secret`]). TLS follows libpq's
//! `sslmode` words: `disable`, `prefer` (the default), `require` (encrypted, not verified),
//! `verify-ca`, `verify-full` (the server's certificate checked against the system's roots,
//! or `sslrootcert=FILE`, and for verify-full its name too).
//!
//! [`open`] is to a server what [`super::open`] is to a file: an empty database gets the
//! schema, a Stockroom database at our version is used as it is, and another program's
//! database or a newer Stockroom's is refused untouched.

pub mod listen;
pub mod transfer;
mod url;

pub use url::{store_password, ServerUrl, Tls};

use postgres::Client;

use crate::db::conn::{Conn, Engine};
use crate::{Error, Result};

/// The schema of a server shop at version [`super::schema::VERSION`], in PostgreSQL's dialect:
/// the first server version's whole schema, then each later step (each step records its
/// version), so a new shop and an upgraded one are made by the same SQL.
pub const SCHEMA: &str = concat!(
    include_str!("../sql/postgres/v8_baseline.sql"),
    include_str!("../sql/postgres/v9_held.sql"),
    include_str!("../sql/postgres/v9_search.sql"),
);

/// The environment variable libpq and Stockroom read a server password from.
pub const PASSWORD_ENV: &str = "PGPASSWORD";

/// A connection to the server (nothing is read or written yet).
pub fn connect(url: &ServerUrl) -> Result<Client> {
    let config = url.config()?;
    let result = match url.tls() {
        Tls::Disable => config.connect(postgres::NoTls),
        _ => config.connect(url.connector()?),
    };
    result.map_err(|e| {
        Error::ServerUnreachable(crate::msg!(
            "server-unreachable",
            url = url.to_string(),
            reason = reason(&e),
            env = PASSWORD_ENV
        ))
    })
}

/// The server's own words for a failure (its message, not the client's generic "db error").
pub fn reason(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                text = format!("{text}: {s}");
                source = s.source();
            }
            text
        }
    }
}

/// The tables, views and sequences of every schema but the system's, whoever owns them
/// (`information_schema` would hide those the user has no rights on).
const COUNT_TABLES: &str = "SELECT count(*) FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND n.nspname NOT IN ('pg_catalog', 'information_schema')
       AND n.nspname NOT LIKE 'pg_toast%'
       AND n.nspname NOT LIKE 'pg_temp%'";

/// What a server database holds before Stockroom touches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// No tables at all: a shop can be made here.
    Empty,
    /// A Stockroom shop at this schema version.
    Shop { version: i64 },
    /// Tables that are not Stockroom's.
    Foreign,
}

/// Looks at the database without changing it (on a connection, or inside a transaction).
pub fn state(client: &mut impl postgres::GenericClient) -> Result<State> {
    let has_meta: bool = client
        .query_one("SELECT to_regclass('stockroom_meta') IS NOT NULL", &[])
        .map_err(storage)?
        .get(0);
    if has_meta {
        let row = client
            .query_opt(
                "SELECT application, version FROM stockroom_meta WHERE id = 1",
                &[],
            )
            .map_err(storage)?;
        return Ok(match row {
            Some(r) if r.get::<_, String>(0) == "stockroom" => State::Shop { version: r.get(1) },
            _ => State::Foreign,
        });
    }
    let tables: i64 = client.query_one(COUNT_TABLES, &[]).map_err(storage)?.get(0);
    Ok(if tables == 0 {
        State::Empty
    } else {
        State::Foreign
    })
}

/// Connects and makes sure the database is a Stockroom shop at our version: an empty database
/// gets the schema (in one transaction, so two tills starting at once make it once); another
/// program's database or a newer Stockroom's is refused untouched. Returns the connection
/// and whether the schema was made now.
pub fn open(url: &ServerUrl) -> Result<(Client, bool)> {
    let mut client = connect(url)?;
    let made = ensure_schema(&mut client, url)?;
    Ok((client, made))
}

/// The first schema version a server shop can have: [`SCHEMA`] makes a shop at this version.
pub const FIRST_SERVER_VERSION: i64 = 8;

/// `UPGRADES[i]` upgrades a server shop from version `FIRST_SERVER_VERSION + i` to the next,
/// in PostgreSQL's dialect: the same step, under the same number, as the file's
/// (`db/sql/vN_*.sql`). A test fails when the file's schema moves on without one here.
pub const UPGRADES: &[&str] = &[concat!(
    include_str!("../sql/postgres/v9_held.sql"),
    include_str!("../sql/postgres/v9_search.sql"),
)];

/// The schema step of [`open`], on a connection the caller already has: an empty database
/// gets [`SCHEMA`], an older server shop its [`UPGRADES`], in one transaction under a lock, so
/// two tills starting at once do it once. Says whether the schema was made now.
pub fn ensure_schema(client: &mut Client, url: &ServerUrl) -> Result<bool> {
    let current = super::schema::VERSION;
    let version = match state(client)? {
        State::Shop { version } if version == current => return Ok(false),
        State::Shop { version } if version > current => {
            return Err(Error::ServerTooNew {
                url: url.to_string(),
                found: version,
                supported: current,
            })
        }
        State::Shop { version } if version >= FIRST_SERVER_VERSION => Some(version),
        State::Empty => None,
        State::Shop { .. } | State::Foreign => {
            return Err(Error::ForeignServerDatabase(url.to_string()))
        }
    };
    let mut tx = client.transaction().map_err(storage)?;
    lock_schema(&mut tx)?;
    // Asked again under the lock: another till may have done it meanwhile.
    let made = match (version, state(&mut tx)?) {
        (None, State::Empty) => {
            run_schema_sql(&mut tx, url, SCHEMA)?;
            true
        }
        (Some(_), State::Shop { version }) if version < current => {
            for step in &UPGRADES[(version - FIRST_SERVER_VERSION) as usize..] {
                run_schema_sql(&mut tx, url, step)?;
            }
            tx.execute("UPDATE stockroom_meta SET version = $1", &[&current])
                .map_err(storage)?;
            false
        }
        _ => false,
    };
    tx.commit().map_err(storage)?;
    Ok(made)
}

/// Holds the shop's schema for this transaction: one till (or one push) at a time makes,
/// upgrades or fills it.
pub(crate) fn lock_schema(tx: &mut postgres::Transaction<'_>) -> Result<()> {
    tx.execute(
        "SELECT pg_advisory_xact_lock($1)",
        &[&super::APPLICATION_ID],
    )
    .map_err(storage)?;
    Ok(())
}

/// Work that one till at a time does for the whole shop on a server: each turn is a
/// session-level advisory lock, held by the session that took it until that session ends (the
/// till closes, the network fails); then the next till that asks takes over. On a shop file
/// there is one till: every turn is always its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// Sending the shop's outbox, so two tills never send the same message twice.
    Sender,
    /// Sweeping the watched folder, so two tills never take the same dropped file at once.
    Watcher,
}

impl Turn {
    fn key(self) -> i64 {
        match self {
            Turn::Sender => super::APPLICATION_ID + 1,
            Turn::Watcher => super::APPLICATION_ID + 2,
        }
    }
}

/// Takes `turn` for this session if no other session holds it: true when this session holds
/// it now. Asking again while holding it answers true without stacking the lock (a bigint
/// advisory key shows in `pg_locks` as its high and low halves, `objsubid` 1).
pub fn take_turn(conn: Conn<'_>, turn: Turn) -> Result<bool> {
    match conn.engine() {
        Engine::Sqlite => Ok(true),
        Engine::Postgres => conn.query_row(
            concat!(
                "SELECT CASE WHEN ",
                holds_turn_sql!(),
                " THEN true ELSE pg_try_advisory_lock(?1) END"
            ),
            &[&turn.key()],
            |r| r.get(0),
        ),
    }
}

/// Gives `turn` back when this session holds it, so another till takes it at once (a till
/// that can no longer see the watched folder); nothing when it does not.
pub fn give_up_turn(conn: Conn<'_>, turn: Turn) -> Result<()> {
    if conn.engine() == Engine::Postgres {
        conn.query_row(
            concat!(
                "SELECT CASE WHEN ",
                holds_turn_sql!(),
                " THEN pg_advisory_unlock(?1) ELSE false END"
            ),
            &[&turn.key()],
            |r| r.get::<bool>(0),
        )?;
    }
    Ok(())
}

/// Whether this session holds the session advisory lock of key `?1` (a bigint key is stored
/// as its two halves, classid and objid, objsubid 1).
macro_rules! holds_turn_sql {
    () => {
        "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'
                 AND pid = pg_backend_pid() AND granted AND objsubid = 1
                 AND classid::bigint * 4294967296 + objid::bigint = ?1)"
    };
}
use holds_turn_sql;

/// Runs the schema (or one upgrade step), saying on which server it failed and why.
pub(crate) fn run_schema_sql(
    tx: &mut postgres::Transaction<'_>,
    url: &ServerUrl,
    sql: &str,
) -> Result<()> {
    tx.batch_execute(sql).map_err(|e| {
        Error::other(crate::msg!(
            "server-schema-failed",
            url = url.to_string(),
            reason = reason(&e)
        ))
    })
}

/// A failure of the server while reading or writing.
pub fn storage(e: postgres::Error) -> Error {
    Error::Postgres(e)
}

/// What Settings → Shop server and `stockroom server status` show.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Status {
    /// "sqlite" or "postgresql".
    pub engine: &'static str,
    /// The file's path or the server's URL (never a password).
    pub location: String,
    /// The shop's schema version.
    pub schema_version: i64,
    /// The server's PostgreSQL version ("" for a file).
    pub server_version: String,
    /// The connection is encrypted (always false for a file).
    pub encrypted: bool,
}

/// Connects to a server shop and says what it is.
pub fn status(url: &ServerUrl) -> Result<Status> {
    let mut client = connect(url)?;
    let schema_version = match state(&mut client)? {
        State::Shop { version } => version,
        State::Empty => 0,
        State::Foreign => return Err(Error::ForeignServerDatabase(url.to_string())),
    };
    let server_version: String = client
        .query_one("SHOW server_version", &[])
        .map_err(storage)?
        .get(0);
    let encrypted: bool = client
        .query_one(
            "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)",
            &[],
        )
        .map_err(storage)?
        .get(0);
    Ok(Status {
        engine: "postgresql",
        location: url.to_string(),
        schema_version,
        server_version,
        encrypted,
    })
}

/// Whether the server database holds no shop data yet (empty, or a shop without products,
/// customers or orders): where `init --demo` may load the demo shop.
pub fn has_no_shop_data(url: &ServerUrl) -> Result<bool> {
    let mut client = connect(url)?;
    match state(&mut client)? {
        State::Empty => Ok(true),
        State::Foreign => Err(Error::ForeignServerDatabase(url.to_string())),
        State::Shop { .. } => no_shop_data(&mut client),
    }
}

fn no_shop_data(client: &mut impl postgres::GenericClient) -> Result<bool> {
    for table in ["products", "customers", "orders"] {
        if transfer::count(client, table)? > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `stockroom init` on a server: makes the schema on an empty database (see [`open`]); with
/// `demo` (a shop built elsewhere, e.g. the demo shop in memory) copies it in when the server
/// shop has no data yet. Says whether the demo was loaded.
pub fn init(url: &ServerUrl, demo: Option<&rusqlite::Connection>) -> Result<bool> {
    let (mut client, _) = open(url)?;
    match demo {
        Some(shop) if no_shop_data(&mut client)? => {
            transfer::replace(&mut client, url, shop, "the demo shop")?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `stockroom backup -o FILE` of a server shop: an ordinary Stockroom SQLite file.
pub fn backup(url: &ServerUrl, dest: &std::path::Path) -> Result<transfer::Transfer> {
    let (mut client, _) = open(url)?;
    transfer::pull(&mut client, url, dest)
}

/// [`backup`] as the window's "Back up now" reports it: the size of the file written.
pub fn backup_file(url: &ServerUrl, dest: &std::path::Path) -> Result<u64> {
    backup(url, dest)?;
    std::fs::metadata(dest).map(|m| m.len()).map_err(|e| {
        Error::io(
            crate::msg!("cannot-read", path = dest.display().to_string()),
            e,
        )
    })
}

/// `stockroom restore FILE` onto a server shop: the backup is checked as for a file shop
/// (SQLite, intact, Stockroom's, not newer; an older one is upgraded in a private copy), the
/// server's shop is first copied to `before-restore-<time>.sqlite3` beside the backup, then
/// replaced in one transaction.
pub fn restore(
    url: &ServerUrl,
    file: &std::path::Path,
    now: chrono::NaiveDateTime,
) -> Result<crate::data::RestoreReport> {
    use crate::data::backup::{checked_private_copy, unique_path};
    // The private copy goes to the temporary folder: the backup may be on a read-only stick.
    let scratch = unique_path(
        &std::env::temp_dir(),
        &format!(".stockroom-restore-check-{}", std::process::id()),
        ".tmp",
    );
    let (scratch, file_version) = checked_private_copy(file, scratch)?;
    let shop = super::open(&scratch.0)?;
    let (mut client, _) = open(url)?;
    let previous_copy =
        transfer::before_restore_path(file, &now.format("%Y%m%d-%H%M%S").to_string());
    transfer::pull(&mut client, url, &previous_copy)?;
    let copied = transfer::replace(&mut client, url, &shop, &file.display().to_string())?;
    let rows = |table: &str| {
        copied
            .tables
            .iter()
            .find(|t| t.table == table)
            .map_or(0, |t| t.rows as i64)
    };
    Ok(crate::data::RestoreReport {
        restored_from: file.to_path_buf(),
        previous_copy,
        file_version,
        upgraded: file_version < super::schema::VERSION,
        products: rows("products"),
        customers: rows("customers"),
        orders: rows("orders"),
    })
}

/// What an open server shop is, asked of the server itself over the shop's own connection
/// (Settings → Shop server on a till that runs on the server).
pub fn session_status(conn: crate::db::conn::Conn<'_>) -> Result<Status> {
    conn.query_row(
        "SELECT current_user::text, coalesce(host(inet_server_addr()), 'localhost'),
                coalesce(inet_server_port(), 5432)::bigint, current_database()::text,
                current_setting('server_version'),
                coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false),
                (SELECT version FROM stockroom_meta WHERE id = 1)",
        &[],
        |r| {
            Ok(Status {
                engine: "postgresql",
                location: format!(
                    "postgres://{}@{}:{}/{}",
                    r.get::<String>(0)?,
                    r.get::<String>(1)?,
                    r.get::<i64>(2)?,
                    r.get::<String>(3)?
                ),
                server_version: r.get(4)?,
                encrypted: r.get(5)?,
                schema_version: r.get(6)?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_version_of_a_file_has_its_step_on_a_server_issue19() {
        assert_eq!(
            FIRST_SERVER_VERSION + UPGRADES.len() as i64,
            crate::db::schema::VERSION,
            "a new db/sql/vN step needs its PostgreSQL twin in db::server::UPGRADES"
        );
        assert!(SCHEMA.contains(&format!("VALUES (1, 'stockroom', {FIRST_SERVER_VERSION})")));
    }
}
