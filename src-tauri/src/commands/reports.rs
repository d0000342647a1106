//! Reports (issue 6, in the core): shown on screen as tables, saved as PDF or CSV, opened or
//! printed; and the reorder suggestions that pre-fill a new purchase order.

use chrono::NaiveDate;
use serde::Serialize;
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_opener::OpenerExt;

use stockroom_core::purchasing::NewPo;
use stockroom_core::reports::reorder::SupplierSuggestions;
use stockroom_core::reports::screen::ScreenReport;
use stockroom_core::reports::{ReportBody, ReportName, ReportRange};
use stockroom_core::{Error, Stockroom};

use crate::error::{CmdResult, CommandError};
use crate::state::Shop;

fn name(report: &str, sku: Option<String>) -> stockroom_core::Result<ReportName> {
    ReportName::parse(report, sku.as_deref())
}

/// `id` is the window's message for the step (ui/locales/*.ftl, issue 17); `message` the same
/// words in English, for any other listener.
fn progress(app: &AppHandle, step: u32, of: u32, id: &str, message: &str) {
    let _ = app.emit(
        "progress",
        serde_json::json!({ "task": "report", "step": step, "of": of, "id": id, "message": message }),
    );
}

#[tauri::command]
pub async fn run_report(
    app: AppHandle,
    shop: State<'_, Shop>,
    report: String,
    sku: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> CmdResult<ScreenReport> {
    progress(
        &app,
        1,
        2,
        "progress-computing-report",
        "Computing the report…",
    );
    let out = shop
        .read(move |s| {
            Ok(s.report(&name(&report, sku)?, &ReportRange { from, to })?
                .screen())
        })
        .await;
    progress(&app, 2, 2, "progress-report-ready", "Report ready.");
    out
}

/// The report's file: PDF or CSV bytes and a file name.
fn file(
    s: &Stockroom,
    report: &str,
    sku: Option<String>,
    range: ReportRange,
    format: &str,
) -> stockroom_core::Result<(Vec<u8>, String)> {
    let data = s.report(&name(report, sku)?, &range)?;
    match format {
        "pdf" => Ok((s.report_pdf_of(&data)?, data.file_name("pdf"))),
        "csv" => Ok((data.csv()?.into_bytes(), data.file_name("csv"))),
        other => Err(Error::invalid(format!(
            "'{other}' is not a report format (pdf or csv)"
        ))),
    }
}

#[derive(Serialize)]
pub struct ReportFile {
    /// Where it was written, or the job id when printed; null when the user cancelled.
    path: Option<String>,
}

/// `action`: `save` (asks where), `open` (the default viewer; PDF), `print` (to `printer`).
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn report_file(
    app: AppHandle,
    shop: State<'_, Shop>,
    report: String,
    sku: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    format: String,
    action: String,
    printer: Option<String>,
) -> CmdResult<ReportFile> {
    progress(&app, 1, 3, "progress-making-report", "Making the report…");
    let fmt = format.clone();
    let made = shop
        .read(move |s| file(s, &report, sku, ReportRange { from, to }, &fmt))
        .await;
    let (bytes, file_name) = match made {
        Ok(m) => m,
        Err(e) => {
            progress(
                &app,
                3,
                3,
                "progress-report-failed",
                "The report could not be made.",
            );
            return Err(e);
        }
    };
    progress(&app, 2, 3, "progress-writing", "Writing…");
    let write = |path: std::path::PathBuf, bytes: Vec<u8>| {
        std::fs::write(&path, bytes).map_err(|e| {
            CommandError::from(Error::io(format!("cannot write {}", path.display()), e))
        })
    };
    let out = match action.as_str() {
        "save" => {
            match super::ask_save_path(&app, &file_name, &format.to_uppercase(), &format, None)
                .await?
            {
                Some(path) => {
                    write(path.clone(), bytes)?;
                    ReportFile {
                        path: Some(path.display().to_string()),
                    }
                }
                None => ReportFile { path: None },
            }
        }
        "open" => {
            let dir = std::env::temp_dir().join("stockroom-documents");
            std::fs::create_dir_all(&dir).map_err(|e| {
                CommandError::from(Error::io("cannot create a temporary folder", e))
            })?;
            let path = dir.join(&file_name);
            write(path.clone(), bytes)?;
            app.opener()
                .open_path(path.display().to_string(), None::<&str>)
                .map_err(|e| CommandError {
                    code: stockroom_core::error::ErrorCode::OpenFailed.as_str(),
                    message: format!("cannot open the viewer: {e}"),
                })?;
            ReportFile {
                path: Some(path.display().to_string()),
            }
        }
        "print" => {
            let printer = printer.filter(|p| !p.trim().is_empty());
            let title = file_name.trim_end_matches(".pdf").to_string();
            let job = tauri::async_runtime::spawn_blocking(move || {
                stockroom_core::print::print_pdf(&bytes, printer.as_deref(), &title)
            })
            .await
            .map_err(|e| CommandError::internal(format!("background task failed: {e}")))??;
            ReportFile { path: Some(job) }
        }
        other => {
            return Err(CommandError {
                code: stockroom_core::error::ErrorCode::InvalidInput.as_str(),
                message: format!("'{other}' is not a report action"),
            })
        }
    };
    progress(&app, 3, 3, "progress-done", "Done.");
    Ok(out)
}

/// Low stock per supplier, with suggested quantities (the reorder report).
#[tauri::command]
pub async fn reorder_suggestions(shop: State<'_, Shop>) -> CmdResult<Vec<SupplierSuggestions>> {
    shop.read(|s| {
        match s
            .report(&ReportName::Reorder, &ReportRange::default())?
            .body
        {
            ReportBody::Reorder(r) => Ok(r.suppliers),
            _ => Err(Error::other("the reorder report gave another report")),
        }
    })
    .await
}

/// The purchase order the suggestions make for one supplier, not stored: the new-PO screen
/// shows it for editing.
#[tauri::command]
pub async fn reorder_draft(shop: State<'_, Shop>, supplier: String) -> CmdResult<NewPo> {
    shop.read(move |s| s.reorder_draft(&supplier, None)).await
}
