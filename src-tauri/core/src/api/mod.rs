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

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::db::{self, changes::Tracker};
use crate::{ChangeSet, Clock, Result};

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
