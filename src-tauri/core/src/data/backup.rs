//! Backups and restore, through SQLite's online backup API.
//!
//! Why the backup API and not a file copy: the database runs in WAL mode, so the main file
//! alone is not the database (the last transactions may still sit in `-wal`), and a copy taken
//! while another process writes can be torn. The backup API copies one consistent snapshot,
//! page by page, while the app keeps running.
//!
//! Every backup is written to a temporary file beside its destination and renamed into place,
//! so a crash mid-backup never leaves a half-written file under a backup's name. Backups are
//! switched to the rollback journal (`journal_mode=DELETE`) so each is one self-contained file
//! that can be copied to a USB stick.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::db::{self, schema, Conn};
use crate::{Error, Result};

/// How many automatic daily backups are kept.
pub const AUTO_BACKUPS_KEPT: usize = 14;

const AUTO_PREFIX: &str = "stockroom-";
const AUTO_SUFFIX: &str = ".sqlite3";

/// The file name the Save dialog offers for a backup the user makes by hand.
pub const MANUAL_BACKUP_NAME: &str = "stockroom-backup.sqlite3";

/// The newest automatic backup in `folder` (`stockroom-YYYY-MM-DD.sqlite3`: the date in the
/// name decides), or `None` when there is none or the folder cannot be read.
pub fn newest_auto_backup(folder: &Path) -> Option<PathBuf> {
    list_auto_backups(folder).ok()?.into_iter().max()
}

/// What `Stockroom::auto_backup` did.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AutoBackup {
    /// The backup made now; `None` when today's backup already existed.
    pub made: Option<PathBuf>,
    /// Old automatic backups deleted to keep the last [`AUTO_BACKUPS_KEPT`].
    pub removed: Vec<PathBuf>,
}

/// What `Stockroom::restore` did, in words the Settings screen can show.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RestoreReport {
    /// The file the data came from.
    pub restored_from: PathBuf,
    /// The copy of the database as it was just before the restore.
    pub previous_copy: PathBuf,
    /// The schema version of the restored file (it was upgraded when older than ours).
    pub file_version: i64,
    pub upgraded: bool,
    pub products: i64,
    pub customers: i64,
    pub orders: i64,
}

impl RestoreReport {
    /// What was restored, in English (the CLI).
    pub fn summary(&self) -> String {
        self.summary_msg().in_english()
    }

    /// What was restored, as the shop reads it (issue 17).
    pub fn summary_in(&self, w: &crate::i18n::ShopWords) -> String {
        w.say(&self.summary_msg())
    }

    fn summary_msg(&self) -> crate::i18n::Msg {
        crate::msg!(
            "restore-summary",
            products = self.products,
            customers = self.customers,
            orders = self.orders,
            from = self.restored_from.display().to_string(),
            upgraded = if self.upgraded { "yes" } else { "no" },
            version = self.file_version.to_string(),
            copy = self.previous_copy.display().to_string()
        )
    }
}

/// Writes a consistent copy of the whole database to `dest` (replacing it if it exists),
/// while the database stays in use. Returns the size of the backup in bytes.
pub fn backup_to(conn: &Connection, dest: impl AsRef<Path>) -> Result<u64> {
    backup_connection(conn, dest.as_ref())
}

/// The folder for automatic backups: `settings.backup_folder`, or else `backups/` beside
/// the database file.
pub fn backup_folder<'a>(conn: impl Into<Conn<'a>>, db_path: &Path) -> Result<PathBuf> {
    let folder = crate::settings::store::load(conn)?.backup_folder;
    if !folder.trim().is_empty() {
        return Ok(PathBuf::from(folder.trim()));
    }
    let dir = db_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok(dir.join("backups"))
}

/// The automatic daily backup the app makes when it starts: at most one a day (named
/// `stockroom-YYYY-MM-DD.sqlite3` after the clock's today), keeping the last
/// [`AUTO_BACKUPS_KEPT`]. Files in the folder that are not automatic backups are never
/// touched.
///
/// `make` writes the backup to the path it is given (a file's copy, or a shop server's).
pub fn auto_backup(
    today: NaiveDate,
    folder: impl AsRef<Path>,
    make: impl FnOnce(&Path) -> Result<()>,
) -> Result<AutoBackup> {
    let folder = folder.as_ref();
    std::fs::create_dir_all(folder).map_err(|e| {
        Error::io(
            crate::msg!(
                "cannot-create-backup-folder",
                path = folder.display().to_string()
            ),
            e,
        )
    })?;
    let today = today.format(crate::clock::DATE_FORMAT).to_string();
    let target = folder.join(format!("{AUTO_PREFIX}{today}{AUTO_SUFFIX}"));
    let made = if target.exists() {
        None
    } else {
        make(&target)?;
        Some(target)
    };
    let mut autos = list_auto_backups(folder)?;
    // Names embed ISO dates, so the name order is the date order.
    autos.sort();
    let excess = autos.len().saturating_sub(AUTO_BACKUPS_KEPT);
    let mut removed = Vec::new();
    for old in autos.into_iter().take(excess) {
        std::fs::remove_file(&old).map_err(|e| {
            Error::io(
                crate::msg!("cannot-remove-backup", path = old.display().to_string()),
                e,
            )
        })?;
        removed.push(old);
    }
    Ok(AutoBackup { made, removed })
}

/// Replaces the whole database with the backup `file`, after checking it: it must be an
/// SQLite file that passes `PRAGMA integrity_check`, carry Stockroom's application id, and
/// have a schema version this build understands (older ones are upgraded). Before anything
/// is replaced, the current database is copied to `before-restore-<time>.sqlite3` beside
/// it. `file` itself is never modified.
///
/// `conn` is the writer's connection to the database at `db_path`; `changed` is called once
/// the pages were replaced (every kind of record changed, unseen by SQLite's hooks).
pub fn restore(
    conn: &mut Connection,
    db_path: &Path,
    now: NaiveDateTime,
    file: impl AsRef<Path>,
    changed: impl FnOnce(),
) -> Result<RestoreReport> {
    let file = file.as_ref();
    let (scratch, file_version) =
        checked_private_copy(file, tempfile_beside(db_path, "restore-check")?)?;

    let now = now.format("%Y%m%d-%H%M%S").to_string();
    let previous_copy = if db_path == Path::new(":memory:") {
        std::env::temp_dir().join(format!(
            "stockroom-before-restore-{now}-{}.sqlite3",
            std::process::id()
        ))
    } else {
        let dir = db_path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        unique_path(dir, &format!("before-restore-{now}"), ".sqlite3")
    };
    backup_to(conn, &previous_copy)?;

    // The writer's change triggers name tables the backup may not have yet; made again
    // once it is upgraded.
    crate::db::changes::drop_echo_triggers(conn)?;
    let replaced = replace_with(conn, db_path, &scratch.0, file_version);
    // Made again whether or not the copy went through (a busy database leaves ours as it was).
    crate::db::changes::echo_without_rowid_writes(conn)?;
    let upgraded = replaced?;
    changed();

    let count = |table: &str| -> Result<i64> {
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    Ok(RestoreReport {
        restored_from: file.to_path_buf(),
        previous_copy,
        file_version,
        upgraded,
        products: count("products")?,
        customers: count("customers")?,
        orders: count("orders")?,
    })
}

/// Copies the checked backup `scratch` over the open database in one step and upgrades it;
/// says whether it was upgraded.
fn replace_with(
    conn: &mut Connection,
    db_path: &Path,
    scratch: &Path,
    file_version: i64,
) -> Result<bool> {
    {
        let src = Connection::open_with_flags(scratch, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let backup = Backup::new(&src, conn)?;
        // One step copies every page inside one write transaction on our database, so
        // other connections see either the old database or the restored one. Another
        // writer holding the lock makes the step report Busy: wait like busy_timeout would.
        let mut waited = Duration::ZERO;
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => continue,
                _ if waited < Duration::from_secs(10) => {
                    std::thread::sleep(Duration::from_millis(50));
                    waited += Duration::from_millis(50);
                }
                _ => return Err(Error::other(crate::msg!("restore-busy"))),
            }
        }
    }
    // The backup API copies the file header too: put our pragmas back, then upgrade an
    // older schema in its one transaction.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    schema::migrate(conn, db_path)?;
    Ok(file_version < schema::VERSION)
}

/// Copies the backup `file` to `scratch` and checks the copy ([`check_backup`]): a restore
/// works on a private copy, because opening a WAL-mode file may create or replay its -wal and
/// -shm files, and the user's backup must stay exactly as it was. The copy is removed when the
/// returned guard is dropped; with it comes the backup's schema version.
pub(crate) fn checked_private_copy(file: &Path, scratch: PathBuf) -> Result<(RemoveOnDrop, i64)> {
    std::fs::copy(file, &scratch).map_err(|e| {
        Error::io(
            crate::msg!("cannot-read-backup", path = file.display().to_string()),
            e,
        )
    })?;
    let copy = RemoveOnDrop(scratch);
    let version = check_backup(&copy.0, file)?;
    Ok((copy, version))
}

/// Checks a candidate backup (`scratch`, a copy of `shown`) and returns its schema version.
fn check_backup(scratch: &Path, shown: &Path) -> Result<i64> {
    use std::io::Read;
    let mut head = Vec::with_capacity(100);
    std::fs::File::open(scratch)
        .and_then(|f| f.take(100).read_to_end(&mut head))
        .map_err(|e| {
            Error::io(
                crate::msg!("cannot-read", path = shown.display().to_string()),
                e,
            )
        })?;
    if head.len() < 100 || &head[..16] != b"SQLite format 3\0" {
        return Err(Error::NotADatabase(shown.to_path_buf()));
    }
    let conn = Connection::open(scratch).map_err(|e| {
        Error::invalid(crate::msg!(
            "backup-cannot-open",
            path = shown.display().to_string(),
            reason = e.to_string()
        ))
    })?;
    let integrity: Vec<String> = (|| -> rusqlite::Result<Vec<String>> {
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get(0))?.collect();
        rows
    })()
    .map_err(|e| damaged(shown, &e.to_string()))?;
    if integrity != ["ok"] {
        let first: Vec<&str> = integrity.iter().take(3).map(String::as_str).collect();
        return Err(damaged(shown, &first.join("; ")));
    }
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if app_id != db::APPLICATION_ID {
        return Err(Error::ForeignDatabase(shown.to_path_buf()));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > schema::VERSION {
        return Err(Error::TooNew {
            path: shown.to_path_buf(),
            found: version,
            supported: schema::VERSION,
        });
    }
    if version < 1 {
        return Err(Error::ForeignDatabase(shown.to_path_buf()));
    }
    Ok(version)
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::invalid(crate::msg!(
        "backup-damaged",
        path = path.display().to_string(),
        detail = detail
    ))
}

/// Backs up `src`'s main database to `dest` atomically (temp file + rename).
fn backup_connection(src: &Connection, dest: &Path) -> Result<u64> {
    if let Some(parent) = dest.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            Error::io(
                crate::msg!("cannot-create-folder", path = parent.display().to_string()),
                e,
            )
        })?;
    }
    let tmp = tempfile_beside(dest, "backup")?;
    let cleanup = RemoveOnDrop(tmp.clone());
    {
        let mut dst = Connection::open(&tmp)?;
        {
            let backup = Backup::new(src, &mut dst)?;
            let mut waited = Duration::ZERO;
            loop {
                match backup.step(-1)? {
                    StepResult::Done => break,
                    StepResult::More => continue,
                    _ if waited < Duration::from_secs(10) => {
                        std::thread::sleep(Duration::from_millis(50));
                        waited += Duration::from_millis(50);
                    }
                    _ => return Err(Error::other(crate::msg!("backup-busy"))),
                }
            }
        }
        // One self-contained file: no -wal beside it.
        let _: String = dst.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    }
    let f = std::fs::File::open(&tmp).map_err(|e| {
        Error::io(
            crate::msg!("cannot-reopen", path = tmp.display().to_string()),
            e,
        )
    })?;
    f.sync_all().map_err(|e| {
        Error::io(
            crate::msg!("cannot-flush", path = tmp.display().to_string()),
            e,
        )
    })?;
    let size = f.metadata().map(|m| m.len()).unwrap_or(0);
    drop(f);
    std::fs::rename(&tmp, dest).map_err(|e| {
        Error::io(
            crate::msg!("cannot-write-backup", path = dest.display().to_string()),
            e,
        )
    })?;
    std::mem::forget(cleanup);
    Ok(size)
}

fn list_auto_backups(folder: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(folder).map_err(|e| {
        Error::io(
            crate::msg!(
                "cannot-list-backup-folder",
                path = folder.display().to_string()
            ),
            e,
        )
    })?;
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(date) = name
            .strip_prefix(AUTO_PREFIX)
            .and_then(|n| n.strip_suffix(AUTO_SUFFIX))
        else {
            continue;
        };
        if chrono::NaiveDate::parse_from_str(date, crate::clock::DATE_FORMAT).is_ok() {
            out.push(entry.path());
        }
    }
    Ok(out)
}

/// A not-yet-existing hidden file name in the folder of `beside`.
pub(crate) fn tempfile_beside(beside: &Path, what: &str) -> Result<PathBuf> {
    let dir = match beside.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(d) if beside != Path::new(":memory:") => d.to_path_buf(),
        _ => std::env::temp_dir(),
    };
    Ok(unique_path(
        &dir,
        &format!(".stockroom-{what}-{}", std::process::id()),
        ".tmp",
    ))
}

pub(crate) fn unique_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}{ext}"));
    if !first.exists() {
        return first;
    }
    (1..)
        .map(|i| dir.join(format!("{stem}-{i}{ext}")))
        .find(|p| !p.exists())
        .expect("a free name")
}

pub(crate) struct RemoveOnDrop(pub(crate) PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut p = self.0.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(p));
        }
    }
}
