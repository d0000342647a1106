//! The shop as several threads use it at once (the desktop app): one writer, and read-only
//! connections that never wait for it (issue 18).
//!
//! SQLite in WAL mode lets readers go on while one writer writes. So every `&self` use case
//! (a products page, an order, a report, a PDF) runs on a reader of its own, and only writes
//! queue for the writer: a 100,000-row import or a long receipt never freezes a screen.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::{ChangeSet, Clock, Error, Result, Stockroom};

/// How many idle readers are kept open for the next read; more are opened while reads overlap
/// and closed again once more than this many are idle.
const IDLE_READERS: usize = 4;

pub struct SharedShop {
    writer: Mutex<Stockroom>,
    readers: Mutex<Vec<Stockroom>>,
    /// Where readers are opened. `None` for an in-memory shop, which has no file a second
    /// connection could open (nor a server shop opened without its address): its reads go
    /// through the writer.
    readers_from: Option<Place>,
    server: bool,
    clock: Clock,
}

/// Where a shop's readers connect: its file, or its server (issue 19: a small pool of
/// sessions, so a long report never holds up the screen next to it).
enum Place {
    File(PathBuf),
    Server(crate::db::server::ServerUrl),
}

impl SharedShop {
    /// Shares `writer` (opened with [`Stockroom::open`], which created or upgraded the file).
    pub fn new(writer: Stockroom) -> SharedShop {
        let path = writer.path();
        let readers_from = match writer.server_url() {
            Some(url) => Some(Place::Server(url.clone())),
            None if writer.is_server() || path == Path::new(":memory:") => None,
            None => Some(Place::File(path.to_path_buf())),
        };
        SharedShop {
            server: writer.is_server(),
            clock: writer.clock(),
            writer: Mutex::new(writer),
            readers: Mutex::new(Vec::new()),
            readers_from,
        }
    }

    /// The shop is on a PostgreSQL server (issue 19), not in a file.
    pub fn is_server(&self) -> bool {
        self.server
    }

    /// The shop's file (`None` in memory or on a server).
    pub fn path(&self) -> Option<&Path> {
        match &self.readers_from {
            Some(Place::File(path)) => Some(path),
            _ => None,
        }
    }

    /// Runs `f` on a reader, inside one read transaction: everything it reads is the same
    /// committed state, however many statements it takes, and a write going on meanwhile
    /// neither waits for it nor shows half-way.
    pub fn read<T>(&self, f: impl FnOnce(&Stockroom) -> Result<T>) -> Result<T> {
        let Some(place) = &self.readers_from else {
            return f(&*self.writer()?);
        };
        let idle = lock(&self.readers)?.pop();
        let reader = match (idle, place) {
            (Some(r), _) => r,
            (None, Place::File(path)) => Stockroom::open_reader(path, self.clock)?,
            (None, Place::Server(url)) => Stockroom::open_server_reader(url, self.clock)?,
        };
        let out = reader.snapshot(f);
        // A session the server dropped (it restarted, the network failed) is not kept.
        let broken = session_lost(&out) || matches!(&out, Err(Error::ServerUnreachable(_)));
        let mut idle = lock(&self.readers)?;
        if idle.len() < IDLE_READERS && !broken {
            idle.push(reader);
        }
        out
    }

    /// Runs `f` with the writer (one write at a time) and says what its commits changed —
    /// also when it fails after committing some (an import that kept its good rows, a batch
    /// that stopped half-way): the screens must show what was stored either way.
    pub fn write<T>(&self, f: impl FnOnce(&mut Stockroom) -> Result<T>) -> (Result<T>, ChangeSet) {
        let mut writer = match self.writer() {
            Ok(w) => w,
            Err(e) => return (Err(e), ChangeSet::default()),
        };
        // What an earlier holder committed and did not collect belongs to this write's news
        // too: better one refresh too many than a screen left stale.
        let out = f(&mut writer);
        let changes = writer.take_changes();
        // The server dropped the writer's session (it restarted, the network failed): the
        // write may or may not have been committed, and the till is told so; the next write
        // gets a new session instead of failing the same way until the app restarts.
        if session_lost(&out) {
            if let Some(Place::Server(url)) = &self.readers_from {
                if let Ok(fresh) = Stockroom::open_url(url, self.clock) {
                    *writer = fresh;
                }
                let out = Err(Error::ServerUnreachable(crate::msg!(
                    "server-connection-lost",
                    url = url.to_string()
                )));
                return (out, changes);
            }
        }
        (out, changes)
    }

    /// The writer itself, for work that needs `&mut` but writes nothing (rehearsals, the
    /// once-a-day refresh at start): waits for any write going on.
    pub fn writer(&self) -> Result<MutexGuard<'_, Stockroom>> {
        lock(&self.writer)
    }
}

/// Whether a use case failed because the server closed its session: the connection is closed,
/// or the server said it is ending it (SQLSTATE class 57P: shut down, restarting, terminated by
/// an administrator) or that the connection failed (class 08).
fn session_lost<T>(out: &Result<T>) -> bool {
    match out {
        Err(Error::Postgres(e)) => {
            e.is_closed()
                || e.code()
                    .is_some_and(|c| c.code().starts_with("57P") || c.code().starts_with("08"))
        }
        _ => false,
    }
}

fn lock<T>(m: &Mutex<T>) -> Result<MutexGuard<'_, T>> {
    m.lock()
        .map_err(|_| Error::Other("a thread failed while using the shop's database".into()))
}
