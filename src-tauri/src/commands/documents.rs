//! Customer documents as PDF (made by the core's documents module): open in the default
//! viewer, save where the user says, or print through the OS with a chosen printer.

use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_opener::OpenerExt;

use stockroom_core::barcodes::{LabelRequest, LabelSheet};
use stockroom_core::documents::DocumentPdf;
use stockroom_core::i18n::Language;
use stockroom_core::print::Printer;
use stockroom_core::{Error, Stockroom};

use crate::error::{CmdResult, CommandError};
use crate::state::Shop;

/// Which document: `notice` (key: order number), `slip` or `shipped` (key: shipment number),
/// `slips` (key: a date, all packing slips of that day), `notices` (all pending notices),
/// `labels` (barcode labels of a product or of a PO's received units).
///
/// `language` (issue 17): a customer's document in another language than the customer's own;
/// `None` is the customer's.
fn render(
    s: &Stockroom,
    kind: &str,
    key: &str,
    language: Option<&str>,
) -> stockroom_core::Result<DocumentPdf> {
    let language = language.map(Language::parse).transpose()?;
    let lang = language.as_ref();
    if lang.is_some() && !matches!(kind, "notice" | "slip" | "shipped") {
        return Err(Error::invalid(format!(
            "a {kind} document is in each customer's own language; only a notice, a packing slip \
             or a shipped notice can be printed in another"
        )));
    }
    match kind {
        "notice" => s.backorder_notice_pdf_in(key, lang),
        "slip" => s.packing_slip_pdf_in(key, lang),
        "shipped" => s.shipped_notice_pdf_in(key, lang),
        "slips" => s.packing_slips_pdf(stockroom_core::clock::parse_date(key)?),
        "notices" => s.pending_notices_pdf(),
        // key: "<sheet>|po:<number>" (a label per unit received) or "<sheet>|<SKU>[:copies]".
        "labels" => {
            let (sheet, what) = key
                .split_once('|')
                .ok_or_else(|| Error::invalid(format!("'{key}' names no label sheet")))?;
            let sheet = LabelSheet::parse(sheet)?;
            match what.strip_prefix("po:") {
                Some(po) => s.po_labels_pdf(po, sheet),
                None => s.labels_pdf(&[LabelRequest::parse(what)?], sheet),
            }
        }
        other => Err(Error::invalid(format!("'{other}' is not a document kind"))),
    }
}

/// What happened to a document, for the message the window shows.
#[derive(Serialize)]
pub struct DocumentOutcome {
    /// Where it was written (open, save), or null when the user cancelled the dialog.
    path: Option<String>,
    /// The print system's job id (print).
    job: Option<String>,
    pages: usize,
    /// Characters no installed font can draw (shown to the user, never silent boxes).
    missing_chars: String,
    /// What else the user should know, e.g. that the logo file is gone and the document was
    /// made without it.
    warnings: Vec<String>,
}

/// Progress of long document work (batches), for the window's progress bar.
#[derive(Clone, Serialize)]
struct Progress {
    task: String,
    step: u32,
    of: u32,
    /// The window's message for the step (ui/locales/*.ftl, issue 17), with `pages` as its
    /// placeable; `message` is the same in English, for any other listener.
    id: &'static str,
    pages: usize,
    message: String,
}

fn progress(
    app: &AppHandle,
    task: &str,
    step: u32,
    of: u32,
    id: &'static str,
    pages: usize,
    message: &str,
) {
    let _ = app.emit(
        "progress",
        Progress {
            task: task.into(),
            step,
            of,
            id,
            pages,
            message: message.into(),
        },
    );
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> stockroom_core::Result<T> + Send + 'static,
) -> CmdResult<T> {
    tauri::async_runtime::spawn_blocking(move || f().map_err(CommandError::from))
        .await
        .map_err(|e| CommandError::internal(format!("background task failed: {e}")))?
}

/// The language picked in the window: an empty choice is the customer's own (`None`).
fn chosen(language: Option<String>) -> Option<String> {
    language
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
}

fn outcome(doc: &DocumentPdf, path: Option<PathBuf>, job: Option<String>) -> DocumentOutcome {
    DocumentOutcome {
        path: path.map(|p| p.display().to_string()),
        job,
        pages: doc.pdf.pages,
        missing_chars: doc.pdf.missing_chars.iter().collect(),
        warnings: doc.warnings.clone(),
    }
}

#[tauri::command]
pub async fn list_printers() -> CmdResult<Vec<Printer>> {
    blocking(stockroom_core::print::printers).await
}

/// Writes the PDF to a temporary file and opens it in the system's PDF viewer.
#[tauri::command]
pub async fn open_document(
    app: AppHandle,
    shop: State<'_, Shop>,
    kind: String,
    key: String,
    language: Option<String>,
) -> CmdResult<DocumentOutcome> {
    let language = chosen(language);
    let doc = shop
        .run(move |s| render(s, &kind, &key, language.as_deref()))
        .await?;
    let dir = std::env::temp_dir().join("stockroom-documents");
    let path = dir.join(&doc.file_name);
    let bytes = doc.pdf.bytes.clone();
    let written = path.clone();
    blocking(move || {
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::io(format!("cannot create {}", dir.display()), e))?;
        std::fs::write(&written, &bytes)
            .map_err(|e| Error::io(format!("cannot write {}", written.display()), e))
    })
    .await?;
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| CommandError {
            code: stockroom_core::error::ErrorCode::OpenFailed.as_str(),
            message: format!("cannot open the PDF viewer: {e}"),
        })?;
    Ok(outcome(&doc, Some(path), None))
}

/// Asks where to save the PDF (Save as…), writes it, and marks the notifications it answers
/// as printed. `STOCKROOM_SAVE_DIR` (end-to-end tests) saves into that folder without asking.
#[tauri::command]
pub async fn save_document(
    app: AppHandle,
    shop: State<'_, Shop>,
    kind: String,
    key: String,
    language: Option<String>,
) -> CmdResult<DocumentOutcome> {
    let language = chosen(language);
    let doc = shop
        .run(move |s| render(s, &kind, &key, language.as_deref()))
        .await?;
    let path = super::ask_save_path(&app, &doc.file_name, "PDF", "pdf", None).await?;
    let Some(path) = path else {
        return Ok(outcome(&doc, None, None));
    };
    let bytes = doc.pdf.bytes.clone();
    let target = path.clone();
    blocking(move || {
        std::fs::write(&target, &bytes)
            .map_err(|e| Error::io(format!("cannot write {}", target.display()), e))
    })
    .await?;
    let answered = doc.clone();
    shop.write(&app, &["notifications"], move |s| s.mark_printed(&answered))
        .await?;
    Ok(outcome(&doc, Some(path), None))
}

/// Sends the PDF to `printer` (the system default when empty) and marks the notifications it
/// answers as printed. Reports progress: batches can take a moment.
#[tauri::command]
pub async fn print_document(
    app: AppHandle,
    shop: State<'_, Shop>,
    kind: String,
    key: String,
    printer: Option<String>,
    language: Option<String>,
) -> CmdResult<DocumentOutcome> {
    let task = format!("print-{kind}");
    progress(
        &app,
        &task,
        1,
        3,
        "progress-preparing-document",
        0,
        "Preparing the document…",
    );
    let language = chosen(language);
    let doc = shop
        .run(move |s| render(s, &kind, &key, language.as_deref()))
        .await?;
    progress(
        &app,
        &task,
        2,
        3,
        "progress-sending-pages",
        doc.pdf.pages,
        &format!("Sending {} page(s) to the printer…", doc.pdf.pages),
    );
    let bytes = doc.pdf.bytes.clone();
    let title = doc.file_name.trim_end_matches(".pdf").to_string();
    let printer = printer.filter(|p| !p.trim().is_empty());
    let sent =
        blocking(move || stockroom_core::print::print_pdf(&bytes, printer.as_deref(), &title))
            .await;
    let job = match sent {
        Ok(job) => job,
        Err(e) => {
            progress(
                &app,
                &task,
                3,
                3,
                "progress-printing-failed",
                0,
                "Printing failed.",
            );
            return Err(e);
        }
    };
    let answered = doc.clone();
    shop.write(&app, &["notifications"], move |s| s.mark_printed(&answered))
        .await?;
    progress(
        &app,
        &task,
        3,
        3,
        "progress-sent-to-printer",
        0,
        "Sent to the printer.",
    );
    Ok(outcome(&doc, None, Some(job)))
}
