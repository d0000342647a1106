//! Getting data out: CSV exports of the lists, the availability feed, a backup copy of the
//! database. Each asks where to save, then calls one core method.

use std::path::PathBuf;
use std::sync::Mutex;

use serde::Serialize;
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_dialog::DialogExt;

use stockroom_core::data::{ExportList, ImportKind, ImportOptions, ImportReport};

use crate::error::{CmdResult, CommandError};
use crate::state::Shop;

#[derive(Serialize)]
pub struct Saved {
    /// Where it was written; null when the user cancelled the dialog.
    path: Option<String>,
    /// Rows written (exports) or bytes (backups).
    count: u64,
}

fn cancelled() -> Saved {
    Saved {
        path: None,
        count: 0,
    }
}

#[tauri::command]
pub async fn export_list(
    app: AppHandle,
    shop: State<'_, Shop>,
    list: ExportList,
) -> CmdResult<Saved> {
    let name = format!("stockroom-{}.csv", list.name());
    let Some(path) = super::ask_save_path(&app, &name, "CSV", "csv", None).await? else {
        return Ok(cancelled());
    };
    let dest = path.clone();
    let rows = shop.read(move |s| s.export_list(list, &dest)).await?;
    Ok(Saved {
        path: Some(path.display().to_string()),
        count: rows as u64,
    })
}

/// The availability feed for a web shop: `json` or `csv`.
#[tauri::command]
pub async fn export_availability(
    app: AppHandle,
    shop: State<'_, Shop>,
    format: String,
) -> CmdResult<Saved> {
    let ext = if format == "json" { "json" } else { "csv" };
    let name = format!("stockroom-availability.{ext}");
    let Some(path) = super::ask_save_path(&app, &name, ext, ext, None).await? else {
        return Ok(cancelled());
    };
    let dest = path.clone();
    let rows = shop.read(move |s| s.export_availability(&dest)).await?;
    Ok(Saved {
        path: Some(path.display().to_string()),
        count: rows as u64,
    })
}

/// A consistent copy of the whole database, saved where the user says (the backup folder
/// from settings is offered first).
#[tauri::command]
pub async fn backup_database(app: AppHandle, shop: State<'_, Shop>) -> CmdResult<Saved> {
    let folder = shop.read(|s| s.backup_folder()).await?;
    let Some(path) = super::ask_save_path(
        &app,
        stockroom_core::data::MANUAL_BACKUP_NAME,
        "Stockroom database",
        "sqlite3",
        Some(folder),
    )
    .await?
    else {
        return Ok(cancelled());
    };
    let dest = path.clone();
    let bytes = shop.read(move |s| s.backup_to(&dest)).await?;
    Ok(Saved {
        path: Some(path.display().to_string()),
        count: bytes,
    })
}

/// The file the user picked for an import. The window never names a path itself: it asks to
/// pick one (which answers with a dry run), then to import that same file.
static PICKED: Mutex<Option<(ImportKind, PathBuf)>> = Mutex::new(None);

#[derive(Serialize)]
pub struct ImportPreview {
    /// The file's name; null when the user cancelled the dialog.
    file: Option<String>,
    /// What importing it would do (a dry run: nothing stored).
    report: Option<ImportReport>,
    summary: String,
}

/// Asks for a CSV file (`STOCKROOM_OPEN_FILE` in end-to-end tests) and reports what importing
/// it would do, storing nothing.
#[tauri::command]
pub async fn pick_import_file(
    app: AppHandle,
    shop: State<'_, Shop>,
    kind: ImportKind,
) -> CmdResult<ImportPreview> {
    let path = pick_file(&app, "CSV", &["csv", "txt"]).await?;
    let Some(path) = path else {
        return Ok(ImportPreview {
            file: None,
            report: None,
            summary: String::new(),
        });
    };
    let file = path.display().to_string();
    let source = path.clone();
    // A dry run is the real import, rolled back: it needs the writer.
    let (report, summary) = shop
        .rehearse(move |s| {
            let report = s.import_file(
                kind,
                &source,
                ImportOptions {
                    dry_run: true,
                    skip_bad_rows: false,
                },
                |_, _| {},
            )?;
            // In the shop's language (issue 17).
            let summary = report.summary_in(&s.shop_words()?);
            Ok((report, summary))
        })
        .await?;
    *PICKED.lock().unwrap_or_else(|p| p.into_inner()) = Some((kind, path));
    Ok(ImportPreview {
        file: Some(file),
        summary,
        report: Some(report),
    })
}

/// The window's words for an import's progress bar (ui/locales).
fn importing_id(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Products => "progress-importing-products",
        ImportKind::Customers => "progress-importing-customers",
        ImportKind::Orders => "progress-importing-orders",
    }
}

/// Imports the picked file: all of it (or, with `skip_bad_rows`, the good rows), reporting
/// progress as `progress` events.
#[tauri::command]
pub async fn import_picked_file(
    app: AppHandle,
    shop: State<'_, Shop>,
    skip_bad_rows: bool,
) -> CmdResult<ImportPreview> {
    let picked = PICKED.lock().unwrap_or_else(|p| p.into_inner()).clone();
    let Some((kind, path)) = picked else {
        return Err(CommandError {
            code: stockroom_core::error::ErrorCode::InvalidInput.as_str(),
            message: "choose a file to import first".into(),
        });
    };
    let file = path.display().to_string();
    let events = app.clone();
    let out = shop
        .write(&app, move |s| {
            let report = s.import_file(
                kind,
                &path,
                ImportOptions {
                    dry_run: false,
                    skip_bad_rows,
                },
                |done, total| {
                    let _ = events.emit(
                        "progress",
                        // `id` and `args`: the window's words (ui/locales, issue 17).
                        serde_json::json!({ "task": "import", "step": done, "of": total.max(1),
                        "id": importing_id(kind),
                        "args": { "row": done, "rows": total },
                        "message": format!("Importing {} — row {done} of {total}", kind.noun()) }),
                    );
                },
            )?;
            // In the shop's language (issue 17).
            let summary = report.summary_in(&s.shop_words()?);
            Ok((report, summary))
        })
        .await?;
    let (report, summary) = out;
    if report.committed {
        // Imported: importing the same file again must be asked for again.
        *PICKED.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
    Ok(ImportPreview {
        file: Some(file),
        summary,
        report: Some(report),
    })
}

/// Replaces the database with a backup the user picks (`STOCKROOM_OPEN_FILE` in end-to-end
/// tests). The core checks the file first and keeps a copy of the current database; the
/// answer says what was restored and where that copy is. Null when the user cancelled.
#[tauri::command]
pub async fn restore_database(app: AppHandle, shop: State<'_, Shop>) -> CmdResult<Option<String>> {
    let path = pick_file(&app, "Stockroom database", &["sqlite3", "sqlite", "db"]).await?;
    let Some(path) = path else { return Ok(None) };
    let summary = shop
        .write(&app, move |s| {
            let report = s.restore(&path)?;
            // In the language of the shop just restored (issue 17).
            Ok(report.summary_in(&s.shop_words()?))
        })
        .await?;
    Ok(Some(summary))
}

/// Asks the user for a file to open (or reads `STOCKROOM_OPEN_FILE`: end-to-end tests cannot
/// drive a GTK dialog). None when the user cancelled.
pub(super) async fn pick_file(
    app: &AppHandle,
    filter: &str,
    extensions: &[&str],
) -> CmdResult<Option<PathBuf>> {
    if let Some(p) = std::env::var_os("STOCKROOM_OPEN_FILE") {
        return Ok(Some(PathBuf::from(p)));
    }
    let dialog = app.dialog().file().add_filter(filter, extensions);
    tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
        .await
        .map_err(|e| CommandError::internal(format!("the open dialog failed: {e}")))?
        .map(|p| p.into_path())
        .transpose()
        .map_err(|e| CommandError::internal(format!("cannot open that file: {e}")))
}

/// Asks for a folder (`STOCKROOM_OPEN_DIR` in end-to-end tests, which cannot drive a GTK
/// dialog). `None` when the user cancels.
pub(super) async fn pick_folder(app: &AppHandle) -> CmdResult<Option<PathBuf>> {
    if let Some(p) = std::env::var_os("STOCKROOM_OPEN_DIR") {
        return Ok(Some(PathBuf::from(p)));
    }
    let dialog = app.dialog().file();
    tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_folder())
        .await
        .map_err(|e| CommandError::internal(format!("the folder dialog failed: {e}")))?
        .map(|p| p.into_path())
        .transpose()
        .map_err(|e| CommandError::internal(format!("cannot open that folder: {e}")))
}
