//! Stockroom's core: the domain, its storage, the backorder engine, documents and reports.
//!
//! [`Stockroom`] is the facade: one method per use case (`place_order`, `receive_po`, `ship`...).
//! Each area module adds its methods in its own `impl Stockroom` block, keeps all its SQL in
//! its `store.rs` and its pure rules in `rules.rs`. The desktop app and the `stockroom` CLI are
//! thin callers of these methods; neither knows SQL or business rules.

pub mod backorders;
pub mod barcodes;
pub mod carriers;
pub mod catalog;
pub mod clock;
pub mod customers;
pub mod dashboard;
pub mod data;
pub mod db;
pub mod demo;
pub mod demo_scale;
pub mod documents;
pub mod error;
pub mod i18n;
pub mod json;
pub mod mail;
pub mod money;
pub mod notices;
pub mod orders;
pub mod paging;
pub mod pdf;
pub mod print;
pub mod purchasing;
pub mod reliability;
pub mod reports;
pub mod search;
pub mod settings;
pub mod shipping;
pub mod simulate;
pub mod stock;

pub mod shared;

pub use clock::Clock;
pub use db::changes::ChangeSet;
pub use error::{Error, Result};
pub use shared::SharedShop;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction, TransactionBehavior};

use db::changes::Tracker;

/// The app identifier: the data folder name and the Tauri identifier.
pub const APP_IDENTIFIER: &str = "app.stockroom.desktop";

/// A Stockroom database, open for use: the process's one writer connection, or (from
/// [`Stockroom::open_reader`]) one of the read-only connections the screens read through.
pub struct Stockroom {
    conn: Connection,
    clock: Clock,
    path: PathBuf,
    /// What committed writes changed (the writer's; a reader writes nothing).
    changes: Option<Tracker>,
}

impl Stockroom {
    /// Opens the database at `path`, creating or upgrading it (see [`db::open`]).
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let mut conn = db::open(&path)?;
        let changes = Some(Tracker::attach(&mut conn)?);
        Ok(Stockroom {
            conn,
            clock: Clock::System,
            path,
            changes,
        })
    }

    /// A read-only handle on a database the writer has opened (see [`db::open_reader`]):
    /// every `&self` use case (lists, pages, documents, reports) works through it; a write
    /// through it fails.
    pub fn open_reader(path: impl AsRef<Path>, clock: Clock) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        Ok(Stockroom {
            conn: db::open_reader(&path)?,
            clock,
            path,
            changes: None,
        })
    }

    /// A throwaway in-memory shop (tests and benchmarks).
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = db::open_in_memory()?;
        let changes = Some(Tracker::attach(&mut conn)?);
        Ok(Stockroom {
            conn,
            clock: Clock::System,
            path: PathBuf::from(":memory:"),
            changes,
        })
    }

    /// What the writes committed since the last call changed, by topic (and forgets it): what
    /// the window's screens refresh (issue 18). Empty on a reader.
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

    /// The connection for reads. Writes go through [`Stockroom::write`].
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Notes that every kind of record changed, for a write SQLite's hooks do not see (a
    /// restore copies the backup's pages).
    pub(crate) fn everything_changed(&self) {
        if let Some(t) = &self.changes {
            t.everything();
        }
    }

    /// Runs `f` as one IMMEDIATE write transaction: all of it is stored, or none of it.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>, Clock) -> Result<T>) -> Result<T> {
        let clock = self.clock;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx, clock)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f` as a write transaction that is always rolled back: the answer to "what would
    /// this do?" comes from the very code that does it, and nothing is stored (previews).
    /// IMMEDIATE like a write, so it never has to upgrade a read lock half-way.
    pub fn rehearse<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, Clock) -> Result<T>,
    ) -> Result<T> {
        let clock = self.clock;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx, clock);
        tx.rollback()?;
        out
    }
}
