//! Data in and out: CSV import and export, the web shop's availability feed, backups and
//! restore.

use std::io::Write;
use std::path::{Path, PathBuf};

use std::time::SystemTime;

use crate::data::import::Importer;
use crate::data::watch::{self, SweptFile};
use crate::data::webshop::{self, WebshopPatch, WebshopSettings};
use crate::data::{
    backup, export, AutoBackup, AvailabilityRow, ExportList, ImportKind, ImportOptions,
    ImportReport, RestoreReport,
};
use crate::{Result, Stockroom};

impl Stockroom {
    /// Imports a CSV file. `progress(done, total)` is called as rows are applied (about every
    /// 1% and at the end). Errors are for files that cannot be read at all (empty, not UTF-8,
    /// unknown header row); problems with rows are in the report.
    pub fn import_file(
        &mut self,
        kind: ImportKind,
        path: impl AsRef<Path>,
        opts: ImportOptions,
        progress: impl FnMut(usize, usize),
    ) -> Result<ImportReport> {
        self.importer()?.import_file(kind, path, opts, progress)
    }

    /// [`Stockroom::import_file`] from bytes in memory.
    pub fn import_bytes(
        &mut self,
        kind: ImportKind,
        bytes: &[u8],
        opts: ImportOptions,
        progress: impl FnMut(usize, usize),
    ) -> Result<ImportReport> {
        self.importer()?.import_bytes(kind, bytes, opts, progress)
    }

    /// An import runs its own transaction (see [`Importer`]) on the writer's connection.
    fn importer(&mut self) -> Result<Importer<'_>> {
        let clock = self.clock;
        Ok(Importer {
            db: &mut self.db,
            clock,
        })
    }

    /// Writes a list as CSV to `dest`. Returns the number of data rows.
    pub fn export_list(&self, list: ExportList, dest: impl AsRef<Path>) -> Result<usize> {
        export::export_list(self.db(), self.clock().today(), list, dest)
    }

    /// Writes a list as CSV to any writer. Returns the number of data rows.
    pub fn export_list_to(&self, list: ExportList, out: impl Write) -> Result<usize> {
        export::export_list_to(self.db(), self.clock().today(), list, out)
    }

    /// The availability of every product, for the web shop (rule 8, with the engine's ETA
    /// for a new order and the shop's wording).
    pub fn availability_feed(&self) -> Result<Vec<AvailabilityRow>> {
        export::availability_feed(self.db(), self.clock().today())
    }

    /// Writes the availability feed to `dest`: JSON (an array of rows) when it ends in
    /// `.json`, CSV otherwise. Returns the number of products.
    pub fn export_availability(&self, dest: impl AsRef<Path>) -> Result<usize> {
        export::export_availability(self.db(), self.clock().today(), dest)
    }

    /// Writes a consistent copy of the whole database to `dest` (replacing it if it exists),
    /// while the database stays in use. Returns the size of the backup in bytes.
    /// A shop server's backup is an ordinary shop file too (`db::server::backup`).
    pub fn backup_to(&self, dest: impl AsRef<Path>) -> Result<u64> {
        match self.server_url() {
            Some(url) => crate::db::server::backup_file(url, dest.as_ref()),
            None => backup::backup_to(self.sqlite()?, dest),
        }
    }

    /// The folder for automatic backups: `settings.backup_folder`, or else `backups/` beside
    /// the database file (for a shop server: beside this computer's own shop file).
    pub fn backup_folder(&self) -> Result<PathBuf> {
        let beside = match self.is_server() {
            true => crate::db::data_file(),
            false => self.path().to_path_buf(),
        };
        backup::backup_folder(self.db(), &beside)
    }

    /// The automatic daily backup the app makes when it starts: at most one a day (named
    /// `stockroom-YYYY-MM-DD.sqlite3` after the clock's today), keeping the last
    /// [`crate::data::AUTO_BACKUPS_KEPT`]. Files in the folder that are not automatic backups
    /// are never touched.
    /// On a shop server each computer that uses it keeps its own daily copies.
    pub fn auto_backup(&self, folder: impl AsRef<Path>) -> Result<AutoBackup> {
        let today = self.clock().today();
        match self.server_url() {
            Some(url) => backup::auto_backup(today, folder, |target| {
                crate::db::server::backup(url, target).map(drop)
            }),
            None => {
                let conn = self.sqlite()?;
                backup::auto_backup(today, folder, |target| {
                    backup::backup_to(conn, target).map(drop)
                })
            }
        }
    }

    /// Replaces the whole database with the backup `file`, after checking it: it must be an
    /// SQLite file that passes `PRAGMA integrity_check`, carry Stockroom's application id, and
    /// have a schema version this build understands (older ones are upgraded). Before anything
    /// is replaced, the current database is copied to `before-restore-<time>.sqlite3` beside
    /// it. `file` itself is never modified.
    /// A shop server is replaced as `stockroom restore` does it (`db::server::restore`).
    pub fn restore(&mut self, file: impl AsRef<Path>) -> Result<RestoreReport> {
        if let Some(url) = self.server_url() {
            return crate::db::server::restore(url, file.as_ref(), self.clock.now());
        }
        let crate::db::Database::Sqlite(conn) = &mut self.db else {
            return Err(crate::Error::NotOnServer);
        };
        let changes = &self.changes;
        // A restore copies the backup's pages, which SQLite's hooks do not see: every kind
        // of record changed.
        let everything_changed = || changes.iter().for_each(|t| t.everything());
        backup::restore(conn, &self.path, self.clock.now(), file, everything_changed)
    }

    /// The web shop settings (issue 21).
    pub fn webshop_settings(&self) -> Result<WebshopSettings> {
        webshop::settings(self.db())
    }

    /// Changes the web shop settings the patch names; a status that is not one, or a watched
    /// folder that does not exist, is refused and nothing is stored.
    pub fn update_webshop_settings(&mut self, patch: &WebshopPatch) -> Result<WebshopSettings> {
        self.write(|tx, _| webshop::update_settings_in_tx(tx, patch))
    }

    /// Sweeps the watched folder once (`dir`, or the `watch_folder` setting): each settled CSV
    /// is imported and moved to `imported/` or `failed/` with its report (see
    /// [`watch::sweep`]). No folder given or set is bad input. On a shop server this till must
    /// hold the watcher's turn (taken here when free): while another till sweeps, refused.
    pub fn sweep_watch_folder(&mut self, dir: Option<&Path>) -> Result<Vec<SweptFile>> {
        let words = self.shop_words()?;
        let dir = watch::folder(self.db(), dir)?;
        watch::my_turn(self.db(), &dir)?;
        watch::sweep(&mut self.importer()?, &words, &dir, SystemTime::now())
    }
}
