//! Getting data out: CSV exports of the lists, the availability feed, a backup copy of the
//! database. Each asks where to save, then calls one core method.

use serde::Serialize;
use tauri::{AppHandle, State};

use stockroom_core::data::ExportList;

use crate::error::CmdResult;
use crate::state::Shop;

#[derive(Serialize)]
pub struct Saved {
    /// Where it was written; null when the user cancelled the dialog.
    path: Option<String>,
    /// Rows written (exports) or bytes (backups).
    count: u64,
}

fn cancelled() -> Saved {
    Saved { path: None, count: 0 }
}

#[tauri::command]
pub async fn export_list(app: AppHandle, shop: State<'_, Shop>, list: ExportList) -> CmdResult<Saved> {
    let name = format!("stockroom-{}.csv", list.name());
    let Some(path) = super::ask_save_path(&app, &name, "CSV", "csv", None).await? else { return Ok(cancelled()) };
    let dest = path.clone();
    let rows = shop.run(move |s| s.export_list(list, &dest)).await?;
    Ok(Saved { path: Some(path.display().to_string()), count: rows as u64 })
}

/// The availability feed for a web shop: `json` or `csv`.
#[tauri::command]
pub async fn export_availability(app: AppHandle, shop: State<'_, Shop>, format: String) -> CmdResult<Saved> {
    let ext = if format == "json" { "json" } else { "csv" };
    let name = format!("stockroom-availability.{ext}");
    let Some(path) = super::ask_save_path(&app, &name, ext, ext, None).await? else { return Ok(cancelled()) };
    let dest = path.clone();
    let rows = shop.run(move |s| s.export_availability(&dest)).await?;
    Ok(Saved { path: Some(path.display().to_string()), count: rows as u64 })
}

/// A consistent copy of the whole database, saved where the user says (the backup folder
/// from settings is offered first).
#[tauri::command]
pub async fn backup_database(app: AppHandle, shop: State<'_, Shop>) -> CmdResult<Saved> {
    let folder = shop.run(|s| s.backup_folder()).await?;
    let Some(path) = super::ask_save_path(&app, "stockroom-backup.sqlite3", "Stockroom database", "sqlite3", Some(folder)).await?
    else {
        return Ok(cancelled());
    };
    let dest = path.clone();
    let bytes = shop.run(move |s| s.backup_to(&dest)).await?;
    Ok(Saved { path: Some(path.display().to_string()), count: bytes })
}
