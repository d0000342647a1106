//! Customer documents as PDF (made by the core's documents module): open in the default
//! viewer, save where the user says, or print through the OS with a chosen printer.

use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_opener::OpenerExt;

use stockroom_core::documents::{Destination, DocumentPdf, DocumentRequest};
use stockroom_core::i18n::Language;
use stockroom_core::print::Printer;
use stockroom_core::{Error, Stockroom};

use crate::error::{CmdResult, CommandError};
use crate::state::Shop;

/// The document `kind`/`key` the window names (see `DocumentRequest::parse`), in `language`
/// when given (issue 17), else in the customer's own.
fn render(
    s: &Stockroom,
    kind: &str,
    key: &str,
    language: Option<&str>,
) -> stockroom_core::Result<DocumentPdf> {
    let request = DocumentRequest::parse(kind, key)?;
    let language = language.map(Language::parse).transpose()?;
    s.document_pdf(&request, language.as_ref())
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
        .read(move |s| render(s, &kind, &key, language.as_deref()))
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
        .read(move |s| render(s, &kind, &key, language.as_deref()))
        .await?;
    let path = super::ask_save_path(&app, &doc.file_name, "PDF", "pdf", None).await?;
    let Some(path) = path else {
        return Ok(outcome(&doc, None, None));
    };
    let (answered, target) = (doc.clone(), path.clone());
    shop.write(&app, move |s| {
        s.deliver_document(&answered, Destination::File(&target))
    })
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
        .read(move |s| render(s, &kind, &key, language.as_deref()))
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
    let printer = printer.filter(|p| !p.trim().is_empty());
    let answered = doc.clone();
    let sent = shop
        .write(&app, move |s| {
            s.deliver_document(&answered, Destination::Printer(printer.as_deref()))
        })
        .await;
    let job = match sent {
        Ok(delivered) => delivered.job,
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
    progress(
        &app,
        &task,
        3,
        3,
        "progress-sent-to-printer",
        0,
        "Sent to the printer.",
    );
    Ok(outcome(&doc, None, job))
}
