//! `stockroom report NAME [--from DATE] [--to DATE] [--sku SKU] -o FILE.pdf|FILE.csv`: the
//! reports of issue 6. The format follows the file's extension; `--json` prints the report's
//! data (and still writes the file when `-o` is given).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use stockroom_core::reports::{ReportName, ReportRange, REPORT_NAMES};
use stockroom_core::{clock, Error, Stockroom};

use crate::output::Out;

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Reports as PDF or CSV: backorders, aging, fill-rate, reorder, valuation, promises, ledger.
    Report(ReportArgs),
}

#[derive(Args)]
pub struct ReportArgs {
    /// backorders | aging | fill-rate | reorder | valuation | promises | ledger (with --sku).
    #[arg(value_name = "NAME")]
    name: String,
    /// First day of the range (range reports; default: 12 weeks before --to).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    from: Option<chrono::NaiveDate>,
    /// Last day of the range, or the as-of day of the valuation (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    to: Option<chrono::NaiveDate>,
    /// The product of the ledger report.
    #[arg(long, value_name = "SKU")]
    sku: Option<String>,
    /// Write the report to FILE.pdf or FILE.csv.
    #[arg(short = 'o', long = "output", value_name = "FILE.pdf|FILE.csv")]
    output: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    clock::parse_date(s).map_err(|e| e.to_string())
}

enum Format {
    Pdf,
    Csv,
}

pub fn run(cmd: ReportCommand, shop: &mut Stockroom, out: &Out) -> Result<(), Error> {
    let ReportCommand::Report(a) = cmd;
    // Everything the caller got wrong is refused before any work (exit 2).
    let name = ReportName::parse(&a.name, a.sku.as_deref())?;
    let format = match &a.output {
        None if out.json => None,
        None => {
            return Err(Error::invalid(format!(
                "say where to write the report: -o FILE.pdf or -o FILE.csv (or use --json); reports are {}",
                REPORT_NAMES.join(", ")
            )))
        }
        Some(p) => match p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("pdf") => Some(Format::Pdf),
            Some("csv") => Some(Format::Csv),
            _ => {
                return Err(Error::invalid(format!(
                    "{} must end in .pdf or .csv",
                    p.display()
                )))
            }
        },
    };
    let range = ReportRange::new(a.from, a.to);
    let data = shop.report(&name, &range)?;
    if let (Some(path), Some(f)) = (&a.output, format) {
        let bytes = match f {
            Format::Pdf => shop.report_pdf_of(&data)?,
            Format::Csv => data.csv()?.into_bytes(),
        };
        std::fs::write(path, bytes)
            .map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    }
    out.print(&data, || match &a.output {
        Some(p) => format!(
            "{} ({}) written to {}",
            data.title,
            stockroom_core::reports::pdf::period_text(&data),
            p.display()
        ),
        None => String::new(),
    });
    Ok(())
}
