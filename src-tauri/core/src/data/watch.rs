//! The watched folder (issue 21): a CSV dropped there is imported, then moved to `imported/`
//! with its report beside it (`NAME.report.txt`), or to `failed/` with its problems.
//!
//! One call sweeps the folder once; the desktop app calls it on a timer, `stockroom import
//! watch` from a script. Each file is its own import (all or nothing, as by hand): one bad
//! file never holds back the others. A file still being written (modified in the last two
//! seconds, or its size changing while it is read) is left for the next sweep, so a file
//! copied in slowly over a network share is never imported half.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::Serialize;

use super::csvfile;
use super::formats;
use super::import::{ImportOptions, ImportReport, Importer};
use super::model::ImportKind;
use crate::i18n::ShopWords;
use crate::{Error, Result};

/// How long a file must have been left alone before it is taken.
pub const SETTLE: Duration = Duration::from_secs(2);

/// What became of one file of the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Swept {
    /// Imported and moved to `imported/`.
    Imported,
    /// Not imported (problems, or not a file Stockroom knows); moved to `failed/`.
    Failed,
    /// Still being written: left where it is for the next sweep.
    Waiting,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SweptFile {
    /// The file's name in the folder.
    pub file: String,
    pub outcome: Swept,
    /// What the file held, when its header said.
    pub kind: Option<ImportKind>,
    /// Where it is now (with its `.report.txt` beside it); null when waiting.
    pub moved_to: Option<String>,
    /// The import's report; null when it could not be imported at all.
    pub report: Option<ImportReport>,
    /// Why it could not be imported at all (unreadable, an unknown header).
    pub error: Option<String>,
    /// What the import did, or why it could not, in the shop's language: the text of the
    /// report beside the moved file ("" while waiting).
    pub summary: String,
}

/// On a shop server, one till at a time sweeps (several tills may see the same shared folder):
/// takes the watcher's turn for this session, or refuses while another till holds it. A till
/// that cannot see the folder `dir` gives the turn up (when it held it), so a till that can
/// takes over; its sweep then says the folder cannot be read.
pub fn my_turn(conn: crate::db::Conn<'_>, dir: &Path) -> Result<()> {
    use crate::db::server::{give_up_turn, take_turn, Turn};
    if !dir.is_dir() {
        return give_up_turn(conn, Turn::Watcher);
    }
    if take_turn(conn, Turn::Watcher)? {
        Ok(())
    } else {
        Err(Error::refused(crate::msg!("watch-folder-other-till")))
    }
}

/// Sweeps `dir` once, at `now` (the file times are compared with it).
pub fn sweep(
    importer: &mut Importer<'_>,
    words: &ShopWords,
    dir: &Path,
    now: SystemTime,
) -> Result<Vec<SweptFile>> {
    if !dir.is_dir() {
        return Err(Error::invalid(crate::msg!(
            "watch-folder-not-a-folder",
            path = dir.display().to_string()
        )));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            Error::io(
                crate::msg!("cannot-read", path = dir.display().to_string()),
                e,
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|x| x.to_string_lossy().eq_ignore_ascii_case("csv"))
        })
        .collect();
    files.sort();
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(bytes) = settled(&path, now) else {
            out.push(SweptFile {
                file,
                outcome: Swept::Waiting,
                kind: None,
                moved_to: None,
                report: None,
                error: None,
                summary: String::new(),
            });
            continue;
        };
        let (kind, result) = match detect_kind(&bytes) {
            Ok(kind) => (
                Some(kind),
                importer.import_bytes(kind, &bytes, ImportOptions::default(), |_, _| {}),
            ),
            Err(e) => (None, Err(e)),
        };
        let (outcome, text, report, error) = match result {
            Ok(r) if r.committed => (Swept::Imported, r.summary_in(words), Some(r), None),
            Ok(r) => (Swept::Failed, r.summary_in(words), Some(r), None),
            // A file Stockroom cannot read is the file's fault; anything else (the database
            // failing) stops the sweep and leaves the file for the next one.
            Err(e) if e.is_user_error() => {
                let text = words.say(&e.message());
                (Swept::Failed, text.clone(), None, Some(text))
            }
            Err(e) => return Err(e),
        };
        let sub = if outcome == Swept::Imported {
            "imported"
        } else {
            "failed"
        };
        let moved = move_with_report(&path, &dir.join(sub), &text)?;
        out.push(SweptFile {
            file,
            outcome,
            kind,
            moved_to: Some(moved.display().to_string()),
            report,
            error,
            summary: text,
        });
    }
    Ok(out)
}

/// The file's bytes when it is settled: not modified in the last [`SETTLE`], and the same
/// size before and after reading it. `None`: still being written (or gone).
fn settled(path: &Path, now: SystemTime) -> Option<Vec<u8>> {
    let before = std::fs::metadata(path).ok()?;
    let modified = before.modified().ok()?;
    // A time in the future (a clock ahead on a share) counts as just written.
    if now
        .duration_since(modified)
        .map_or(true, |age| age < SETTLE)
    {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    let after = std::fs::metadata(path).ok()?;
    (after.len() == before.len() && bytes.len() as u64 == after.len()).then_some(bytes)
}

/// What a file holds, from its header row: orders first (an order file also has a `sku`
/// column), then products, then customers.
fn detect_kind(bytes: &[u8]) -> Result<ImportKind> {
    let table = csvfile::parse(bytes)?;
    let mut first_err = None;
    for kind in [
        ImportKind::Orders,
        ImportKind::Products,
        ImportKind::Customers,
    ] {
        match formats::detect(&table, kind) {
            Ok(_) => return Ok(kind),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    Err(first_err.expect("three kinds tried"))
}

/// Moves `path` into `to` (created when missing) under a name not taken yet, and writes the
/// report beside it as `NAME.report.txt`. Returns where the file is now.
fn move_with_report(path: &Path, to: &Path, report: &str) -> Result<PathBuf> {
    let io = |p: &Path, e| {
        Error::io(
            crate::msg!("cannot-write", path = p.display().to_string()),
            e,
        )
    };
    std::fs::create_dir_all(to).map_err(|e| io(to, e))?;
    let name = path
        .file_name()
        .expect("a file")
        .to_string_lossy()
        .into_owned();
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, x)) => (s.to_string(), format!(".{x}")),
        None => (name.clone(), String::new()),
    };
    let mut target = to.join(&name);
    let mut n = 2;
    while target.exists() {
        target = to.join(format!("{stem}-{n}{ext}"));
        n += 1;
    }
    if std::fs::rename(path, &target).is_err() {
        // Another file system (a share mounted inside the folder): copy, then remove.
        std::fs::copy(path, &target).map_err(|e| io(&target, e))?;
        std::fs::remove_file(path).map_err(|e| io(path, e))?;
    }
    let report_path = PathBuf::from(format!("{}.report.txt", target.display()));
    std::fs::write(&report_path, format!("{report}\n")).map_err(|e| io(&report_path, e))?;
    Ok(target)
}

/// The folder to sweep: `dir` when given, else the `watch_folder` setting; neither is bad
/// input.
pub fn folder(conn: crate::db::Conn<'_>, dir: Option<&Path>) -> Result<PathBuf> {
    if let Some(d) = dir {
        return Ok(d.to_path_buf());
    }
    let set = super::webshop::settings(conn)?.watch_folder;
    if set.is_empty() {
        return Err(Error::invalid(crate::msg!("watch-folder-not-set")));
    }
    Ok(PathBuf::from(set))
}
