//! Data commands (issue 7): import, export, backup, restore. Each parses its arguments,
//! calls one facade method, and prints what it did (JSON with `--json`).
//!
//! Exit status: 2 when a file has problems and nothing was imported (or a dry run found
//! problems), with every problem printed by line number; 0 otherwise.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use stockroom_core::data::watch::Swept;
use stockroom_core::data::{ExportList, ImportKind, ImportOptions};
use stockroom_core::{Error, Stockroom};

use crate::output::Out;

#[derive(Subcommand)]
pub enum DataCommand {
    /// Import products, customers or orders from CSV (Stockroom's own format; products and
    /// orders also from Shopify and WooCommerce exports, detected from the header row). All or
    /// nothing. `import watch [DIR]` sweeps a folder once (issue 21): each CSV in it is
    /// imported, then moved to imported/ or failed/ with its report.
    Import {
        what: ImportWhat,
        /// The file (for `watch`: the folder; default: the watch_folder setting).
        file: Option<PathBuf>,
        /// Check the file and report what would be created or updated; store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Import the good rows and report the bad ones instead of importing nothing.
        #[arg(long)]
        skip_bad_rows: bool,
    },
    /// Export a list as CSV, or the availability feed as CSV or JSON (by the file's extension).
    Export {
        what: ExportWhat,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// Write a consistent copy of the whole database (safe while the app runs).
    Backup {
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: PathBuf,
    },
    /// Replace the database with a backup, after checking it; the current database is kept
    /// as a copy first.
    Restore { file: PathBuf },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ImportWhat {
    Products,
    Customers,
    Orders,
    /// Sweep a folder once (issue 21).
    Watch,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportWhat {
    Products,
    Orders,
    Backorders,
    Customers,
    Pos,
    Shipments,
    Availability,
}

/// `import watch [DIR]`: one sweep of the folder; what became of each file.
fn watch(shop: &mut Stockroom, dir: Option<&std::path::Path>, out: &Out) -> Result<(), Error> {
    let swept = shop.sweep_watch_folder(dir)?;
    out.print(&swept, || {
        if swept.is_empty() {
            return "No CSV files to import".to_string();
        }
        swept
            .iter()
            .map(|f| {
                let what = match f.outcome {
                    Swept::Imported => "imported",
                    Swept::Failed => "failed",
                    Swept::Waiting => "still being written; left for the next sweep",
                };
                match &f.moved_to {
                    Some(to) => format!("{}: {what} (now {to})", f.file),
                    None => format!("{}: {what}", f.file),
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

impl DataCommand {
    /// See `Command::writes` in main.rs. The availability feed counts as a write: it
    /// publishes promises to the web shop's customers, so they are brought to today first
    /// (a nightly export may be the only command run that day).
    pub fn writes(&self) -> bool {
        match self {
            DataCommand::Import { dry_run, .. } => !dry_run,
            DataCommand::Export { what, .. } => matches!(what, ExportWhat::Availability),
            DataCommand::Backup { .. } => false,
            DataCommand::Restore { .. } => true,
        }
    }
}

pub fn run(cmd: DataCommand, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    match cmd {
        DataCommand::Import {
            what,
            file,
            dry_run,
            skip_bad_rows,
        } => {
            let kind = match what {
                ImportWhat::Products => ImportKind::Products,
                ImportWhat::Customers => ImportKind::Customers,
                ImportWhat::Orders => ImportKind::Orders,
                ImportWhat::Watch => return watch(shop, file.as_deref(), out),
            };
            let file = file.ok_or_else(|| Error::invalid("which file? (import orders FILE)"))?;
            let show_progress = !out.json && std::io::stderr().is_terminal();
            let report = shop.import_file(
                kind,
                &file,
                ImportOptions {
                    dry_run,
                    skip_bad_rows,
                },
                |done, total| {
                    if show_progress && total > 0 {
                        eprint!("\r{done}/{total} rows");
                    }
                },
            )?;
            if show_progress {
                eprint!("\r");
            }
            out.print(&report, || report.summary());
            if !report.problems.is_empty() && !skip_bad_rows {
                let first = report.problems[0].to_string();
                let n = report.problems.len();
                let what = if dry_run {
                    "the dry run found"
                } else {
                    "nothing was imported:"
                };
                return Err(Error::invalid(format!(
                    "{what} {n} problem{} in {} (first: {first})",
                    if n == 1 { "" } else { "s" },
                    file.display()
                )));
            }
            Ok(())
        }
        DataCommand::Export { what, output } => {
            let list = match what {
                ExportWhat::Products => Some(ExportList::Products),
                ExportWhat::Orders => Some(ExportList::Orders),
                ExportWhat::Backorders => Some(ExportList::Backorders),
                ExportWhat::Customers => Some(ExportList::Customers),
                ExportWhat::Pos => Some(ExportList::Pos),
                ExportWhat::Shipments => Some(ExportList::Shipments),
                ExportWhat::Availability => None,
            };
            let (name, rows) = match list {
                Some(l) => (l.name(), shop.export_list(l, &output)?),
                None => ("availability", shop.export_availability(&output)?),
            };
            out.print(
                &serde_json::json!({ "list": name, "file": output.display().to_string(), "rows": rows }),
                || format!("Exported {rows} {name} rows to {}", output.display()),
            );
            Ok(())
        }
        DataCommand::Backup { output } => {
            let bytes = shop.backup_to(&output)?;
            out.print(
                &serde_json::json!({ "file": output.display().to_string(), "bytes": bytes }),
                || format!("Backed up to {} ({bytes} bytes)", output.display()),
            );
            Ok(())
        }
        DataCommand::Restore { file } => {
            let report = shop.restore(&file).map_err(bad_backup)?;
            out.print(&report, || report.summary());
            Ok(())
        }
    }
}

/// A file that is not a Stockroom backup is bad input to `restore` (exit 2), whatever it is.
pub fn bad_backup(e: Error) -> Error {
    match e {
        Error::NotADatabase(_) | Error::ForeignDatabase(_) | Error::TooNew { .. } => {
            Error::invalid(e.to_string())
        }
        e => e,
    }
}
