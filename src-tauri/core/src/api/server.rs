//! The shop server (issue 19): moving a shop onto PostgreSQL and back, and what a server shop
//! can do before every screen runs on it (init, status, backup, restore).

use std::path::{Path, PathBuf};

use crate::db::server::{self, transfer::Transfer, ServerUrl, Status};
use crate::demo_scale::Scale;
use crate::{Clock, Result, Stockroom};

impl Stockroom {
    /// Copies this shop into the empty database at `url`, verified table by table
    /// (`stockroom server push`).
    pub fn push_to_server(&self, url: &ServerUrl) -> Result<Transfer> {
        let from = self.path().display().to_string();
        server::transfer::push(self.sqlite()?, &from, url)
    }

    /// Which engine this shop runs on, where, at which schema version.
    pub fn status(&self) -> Result<Status> {
        if self.is_server() {
            return server::session_status(self.db());
        }
        crate::db::file_status(self.sqlite()?, self.path())
    }

    /// Opens the shop on the server at `url` (making it when the database is empty; see
    /// [`server::open`]): the same use cases as on a file, those of areas not moved yet
    /// answering `not_on_server`.
    pub fn open_url(url: &ServerUrl, clock: Clock) -> Result<Stockroom> {
        let (client, _) = server::open(url)?;
        let mut shop = Stockroom::open_server(client, clock);
        shop.server = Some(url.clone());
        Ok(shop)
    }

    /// Another session with a server shop that [`Stockroom::open_url`] has opened (and so
    /// checked): a reader of the window's (`SharedShop`).
    pub fn open_server_reader(url: &ServerUrl, clock: Clock) -> Result<Stockroom> {
        let mut shop = Stockroom::open_server(server::connect(url)?, clock);
        shop.server = Some(url.clone());
        Ok(shop)
    }

    /// Connects to a server shop and says what it is (Settings → Shop server, "Test").
    pub fn server_status(url: &ServerUrl) -> Result<Status> {
        server::status(url)
    }

    /// `init` on a server: the schema on an empty database; with `demo`, the demo shop of that
    /// size when the server shop has no data yet. Says whether the demo was loaded.
    pub fn init_server(url: &ServerUrl, demo: Option<Scale>, clock: Clock) -> Result<bool> {
        let shop = match demo {
            Some(scale) if server::has_no_shop_data(url)? => Some(Self::demo_shop(scale, clock)?),
            _ => None,
        };
        server::init(url, shop.as_ref().map(Stockroom::conn))
    }

    /// The demo shop of `scale`, made in memory (to be copied onto a server).
    fn demo_shop(scale: Scale, clock: Clock) -> Result<Stockroom> {
        let mut shop = Stockroom::open_in_memory()?.with_clock(clock);
        match scale.spec() {
            None => shop.load_demo_if_empty().map(drop)?,
            Some(spec) => shop.load_scaled_demo_if_empty(&spec).map(drop)?,
        }
        Ok(shop)
    }

    /// A server shop's backup: an ordinary Stockroom SQLite file at `dest`.
    pub fn backup_server(url: &ServerUrl, dest: impl AsRef<Path>) -> Result<Transfer> {
        server::backup(url, dest.as_ref())
    }

    /// Replaces a server shop with the backup `file` (see [`server::restore`]).
    pub fn restore_server(
        url: &ServerUrl,
        file: impl AsRef<Path>,
        clock: Clock,
    ) -> Result<crate::data::RestoreReport> {
        server::restore(url, file.as_ref(), clock.now())
    }
}

impl Stockroom {
    /// Takes `turn` for this till's session (see [`server::take_turn`]): on a shop server one
    /// till at a time sends the outbox or sweeps the watched folder; on a file, always.
    pub fn take_turn(&self, turn: server::Turn) -> Result<bool> {
        server::take_turn(self.db(), turn)
    }
}

/// Which shop this computer opens (Settings → Shop server, `stockroom server use` / `leave`):
/// a choice kept on the computer, never in the shop.
impl Stockroom {
    /// Makes the server at `url` the shop this computer opens from its next start (the app
    /// and the command line without `--db`). The server must hold a Stockroom shop this
    /// version can open (copy one there first: `server push`); nothing is written to it. Its
    /// address is kept without the password (that stays in the keyring or `PGPASSWORD`).
    pub fn use_server_here(url: &ServerUrl) -> Result<Status> {
        crate::db::target::use_server(url)
    }

    /// This computer opens its shop file again from its next start; returns the file. The
    /// server's shop stays as it is.
    pub fn use_file_here() -> Result<PathBuf> {
        crate::db::target::use_file()
    }
}

impl Stockroom {
    /// Keeps a server's password in this computer's keyring (Settings → Shop server).
    pub fn save_server_password(url: &ServerUrl, password: &str) -> Result<()> {
        server::store_password(url, password)
    }
}
