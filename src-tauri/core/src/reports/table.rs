//! What a report prints, independent of the format: tables of typed cells, charts and notes.
//! The same tables become CSV rows (numbers unformatted, money as decimals) and PDF tables
//! (money with the currency, ratios as percentages, dates for people).

use chrono::NaiveDate;

use crate::pdf::Drawing;
use crate::{money, Error, Result};

/// One value of a table. The variant decides how it is written in each format.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// Minor units.
    Money(i64),
    /// None prints as "—" in PDF, empty in CSV.
    Date(Option<NaiveDate>),
    /// A share 0..1 (CSV `0.8500`, PDF `85.0%`); None when its denominator is zero.
    Ratio(Option<f64>),
    /// A plain decimal figure (average days); None when undefined.
    Num(Option<f64>),
    /// Words of the app (issue 17): "Total", "to be confirmed", a movement's kind. The CSV
    /// keeps the English (scripts read it); the screen and the PDF show the shop's language.
    Word {
        csv: String,
        shown: String,
    },
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// A supplier's or a category's name; the stand-ins for none ("(no supplier)", "(no
    /// category)") in the shop's words on screen and paper, as they are in CSV.
    pub fn name(w: &crate::i18n::ShopWords, name: &str) -> Cell {
        match name {
            super::reorder::NO_SUPPLIER => Cell::word(w, crate::msg!("no-supplier")),
            super::valuation::NO_CATEGORY => Cell::word(w, crate::msg!("no-category")),
            _ => Cell::text(name),
        }
    }

    /// Message `m` as a cell: English in CSV, the shop's words on screen and paper.
    pub fn word(w: &crate::i18n::ShopWords, m: crate::i18n::Msg) -> Cell {
        Cell::Word {
            csv: m.in_english(),
            shown: w.say(&m),
        }
    }

    /// CSV form: plain, unformatted.
    pub fn csv(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Word { csv, .. } => csv.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Money(m) => money::decimal(*m),
            Cell::Date(d) => d.map(|d| d.to_string()).unwrap_or_default(),
            Cell::Ratio(r) => r.map(|r| format!("{r:.4}")).unwrap_or_default(),
            Cell::Num(n) => n.map(|n| format!("{n:.2}")).unwrap_or_default(),
        }
    }

    /// PDF form: for people, in the shop's locale (issue 17): "2.627,60 €", "12.12.2026".
    pub fn display(&self, loc: &crate::i18n::Locale) -> String {
        // A figure with one decimal, in hundredths for the locale's number form.
        let tenths = |x: f64| loc.percent_figure((x * 10.0).round() as i64 * 10);
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Word { shown, .. } => shown.clone(),
            Cell::Int(i) => loc.number(*i),
            Cell::Money(m) => loc.money(*m),
            Cell::Date(d) => d.map(|d| loc.short_date(d)).unwrap_or_else(|| "—".into()),
            Cell::Ratio(r) => r
                .map(|r| format!("{}%", tenths(r * 100.0)))
                .unwrap_or_else(|| "—".into()),
            Cell::Num(n) => n.map(tenths).unwrap_or_else(|| "—".into()),
        }
    }
}

/// A column: its CSV header (`key`, never translated), its heading on screen and paper (in
/// the shop's language), its share of the width, its alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct Col {
    pub key: &'static str,
    pub title: String,
    /// Share of the PDF table's width; 0 hides the column in the PDF.
    pub weight: f32,
    pub right: bool,
    /// False for a PDF-only column (e.g. SKU and name in one cell, also in CSV apart).
    pub in_csv: bool,
}

impl Col {
    pub fn left(key: &'static str, title: impl Into<String>, weight: f32) -> Col {
        Col {
            key,
            title: title.into(),
            weight,
            right: false,
            in_csv: true,
        }
    }
    pub fn right(key: &'static str, title: impl Into<String>, weight: f32) -> Col {
        Col {
            key,
            title: title.into(),
            weight,
            right: true,
            in_csv: true,
        }
    }

    /// This column only in the PDF.
    pub fn pdf_only(mut self) -> Col {
        self.in_csv = false;
        self
    }
}

/// A table of a report. `key` names its rows in the CSV's `section` column.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub key: &'static str,
    pub title: String,
    pub cols: Vec<Col>,
    pub rows: Vec<Vec<Cell>>,
    /// Printed in bold under the rows; in CSV, a section of its own named `<key>_total`.
    pub total: Option<Vec<Cell>>,
    /// Printed when there are no rows.
    pub empty: String,
}

/// A piece of a report, in print order.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Table(Section),
    /// A chart with a caption above it (PDF only; its numbers are in a table too).
    Chart {
        caption: String,
        drawing: Drawing,
    },
    /// A sentence of explanation (PDF only).
    Note(String),
}

/// The report's tables as one CSV document. Every row starts with a `section` column naming
/// its table; each table starts with its own header row and is separated from the next by an
/// empty line. Totals form their own section (`<key>_total`) so that summing a column of a
/// table never counts its total twice.
pub fn csv(pieces: &[Piece]) -> Result<String> {
    // Tables sharing a key (one per supplier, say) are one CSV section with one header.
    let mut sections: Vec<(&'static str, &Vec<Col>, Vec<&Vec<Cell>>, Vec<&Vec<Cell>>)> = Vec::new();
    for p in pieces {
        let Piece::Table(s) = p else { continue };
        let i = match sections.iter().position(|x| x.0 == s.key) {
            Some(i) => i,
            None => {
                sections.push((s.key, &s.cols, Vec::new(), Vec::new()));
                sections.len() - 1
            }
        };
        sections[i].2.extend(s.rows.iter());
        sections[i].3.extend(s.total.iter());
    }
    let mut out = String::new();
    let mut first = true;
    for (key, cols, rows, totals) in &sections {
        let mut blocks = vec![(key.to_string(), rows)];
        if !totals.is_empty() {
            blocks.push((format!("{key}_total"), totals));
        }
        for (name, rows) in blocks {
            if !first {
                out.push('\n');
            }
            first = false;
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(Vec::new());
            let mut head = vec!["section".to_string()];
            head.extend(cols.iter().filter(|c| c.in_csv).map(|c| c.key.to_string()));
            w.write_record(&head).map_err(csv_err)?;
            for r in rows.iter() {
                let mut rec = vec![name.clone()];
                rec.extend(
                    r.iter()
                        .zip(cols.iter())
                        .filter(|(_, c)| c.in_csv)
                        .map(|(x, _)| x.csv()),
                );
                w.write_record(&rec).map_err(csv_err)?;
            }
            let bytes = w
                .into_inner()
                .map_err(|e| Error::other(format!("CSV: {e}")))?;
            out.push_str(&String::from_utf8(bytes).map_err(|e| Error::other(format!("CSV: {e}")))?);
        }
    }
    Ok(out)
}

fn csv_err(e: csv::Error) -> Error {
    Error::other(format!("CSV: {e}"))
}

/// `num / den`, None when `den` is zero.
pub fn ratio(num: i64, den: i64) -> Option<f64> {
    (den != 0).then(|| num as f64 / den as f64)
}
