//! The facade: everything Stockroom can do, one short method per use case, a file per area.
//!
//! A use case opens a read ([`Stockroom::conn`]), a write ([`Stockroom::write`]: one IMMEDIATE
//! transaction) or a rehearsal ([`Stockroom::rehearse`]: always rolled back) and calls its
//! area, whose functions take the transaction handle and the clock. The areas never import
//! this module; the callers on top (the desktop shell, the CLI, `shared.rs`, the simulator
//! and the demo shops) use nothing else.

mod backorders;
mod barcodes;
mod carriers;
mod catalog;
mod customers;
mod dashboard;
mod data;
mod demo;
mod documents;
mod mail;
mod notices;
mod orders;
mod purchasing;
mod reliability;
mod reports;
mod server;
mod settings;
mod shipping;
mod stock;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::db::{self, changes::Tracker, Conn, Database, Tx};
use crate::{ChangeSet, Clock, Result};

/// A Stockroom database, open for use: the process's one writer connection, or (from
/// [`Stockroom::open_reader`]) one of the read-only connections the screens read through; on
/// a shop server (issue 19, [`Stockroom::open_server`]) a session with the server.
pub struct Stockroom {
    db: Database,
    clock: Clock,
    path: PathBuf,
    /// What committed writes changed (the SQLite writer's; a reader writes nothing).
    changes: Option<Tracker>,
    /// The shop server's address when opened by it ([`Stockroom::open_url`]): where more
    /// sessions (readers) are opened.
    server: Option<crate::db::server::ServerUrl>,
}

impl Stockroom {
    /// Opens the database at `path`, creating or upgrading it (see [`db::open`]).
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let mut conn = db::open(&path)?;
        let changes = Some(Tracker::attach(&mut conn)?);
        Ok(Stockroom {
            db: Database::Sqlite(conn),
            clock: Clock::System,
            path,
            changes,
            server: None,
        })
    }

    /// A read-only handle on a database the writer has opened (see [`db::open_reader`]):
    /// every `&self` use case (lists, pages, documents, reports) works through it; a write
    /// through it fails.
    pub fn open_reader(path: impl AsRef<Path>, clock: Clock) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        Ok(Stockroom {
            db: Database::Sqlite(db::open_reader(&path)?),
            clock,
            path,
            changes: None,
            server: None,
        })
    }

    /// A shop on a shop server (issue 19): `client` is connected to a database that already
    /// holds Stockroom's schema (`db::server` recognises or creates it). The areas ported to
    /// the query handle run there; the others answer `not_on_server`. Its path is empty.
    pub fn open_server(client: postgres::Client, clock: Clock) -> Self {
        Stockroom {
            db: Database::Postgres(db::conn::PgSession::new(client)),
            clock,
            path: PathBuf::new(),
            changes: None,
            server: None,
        }
    }

    /// A throwaway in-memory shop (tests and benchmarks).
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = db::open_in_memory()?;
        let changes = Some(Tracker::attach(&mut conn)?);
        Ok(Stockroom {
            db: Database::Sqlite(conn),
            clock: Clock::System,
            path: PathBuf::from(":memory:"),
            changes,
            server: None,
        })
    }

    /// What the writes committed since the last call changed, by topic (and forgets it): what
    /// the window's screens refresh (issue 18). Empty on a reader and on a shop server.
    pub fn take_changes(&mut self) -> ChangeSet {
        self.changes.as_ref().map(Tracker::take).unwrap_or_default()
    }

    /// Fixes "today" for everything recorded or computed from now on.
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this shop lives on a shop server (PostgreSQL) rather than in a SQLite file.
    pub fn is_server(&self) -> bool {
        matches!(self.db, Database::Postgres(_))
    }

    /// The address of the shop server this shop was opened from ([`Stockroom::open_url`]).
    pub fn server_url(&self) -> Option<&crate::db::server::ServerUrl> {
        self.server.as_ref()
    }

    /// How many round trips this shop's session has made to its server so far (None for a
    /// shop file): what a use case costs on a server (issue 19), for tests and benches.
    pub fn server_round_trips(&self) -> Option<u64> {
        match &self.db {
            Database::Sqlite(_) => None,
            Database::Postgres(pg) => Some(pg.round_trips()),
        }
    }

    /// Runs `f` in one read-only snapshot of the shop (see [`Database::snapshot`]).
    pub fn snapshot<T>(&self, f: impl FnOnce(&Self) -> Result<T>) -> Result<T> {
        self.db.snapshot(|| f(self))
    }

    /// The query handle for reads, on either engine. Writes go through [`Stockroom::write`].
    pub fn db(&self) -> Conn<'_> {
        self.db.conn()
    }

    /// The SQLite connection, for tests, tools and the simulator, which know they hold a
    /// SQLite shop. Panics on a shop server: use cases never call it (they use [`Self::db`],
    /// or `self.sqlite()?` while their area is not ported).
    pub fn conn(&self) -> &Connection {
        match &self.db {
            Database::Sqlite(c) => c,
            Database::Postgres(_) => {
                panic!("Stockroom::conn() is SQLite's; this shop is on a server")
            }
        }
    }

    /// The SQLite connection for a use case whose area is not ported to the handle yet: on a
    /// shop server the error `not_on_server`.
    fn sqlite(&self) -> Result<&Connection> {
        self.db().sqlite()
    }

    /// Runs `f` as one write transaction: all of it is stored, or none of it. SQLite:
    /// IMMEDIATE. A shop server: SERIALIZABLE, run again when a concurrent till's transaction
    /// made it fail to serialize (so `f` may run more than once; see [`Database::transaction`]).
    pub fn write<T>(&mut self, mut f: impl FnMut(&Tx<'_>, Clock) -> Result<T>) -> Result<T> {
        let clock = self.clock;
        self.db.transaction(true, |tx| f(tx, clock))
    }

    /// Runs `f` as a write transaction that is always rolled back: the answer to "what would
    /// this do?" comes from the very code that does it, and nothing is stored (previews).
    /// IMMEDIATE like a write, so it never has to upgrade a read lock half-way.
    pub fn rehearse<T>(&mut self, mut f: impl FnMut(&Tx<'_>, Clock) -> Result<T>) -> Result<T> {
        let clock = self.clock;
        self.db.transaction(false, |tx| f(tx, clock))
    }
}
