//! A report as the Reports screen shows it (issue 18: shaped here, not in the shell): each
//! table with its cells written for people in the shop's locale, the notes, and how many
//! charts the PDF has (the screen shows their numbers in the tables).

use chrono::NaiveDate;
use serde::Serialize;

use super::table::Piece;
use super::ReportData;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScreenReport {
    pub title: String,
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
    pub tables: Vec<ScreenTable>,
    pub notes: Vec<String>,
    pub charts: usize,
    pub definitions: Vec<String>,
}

/// One table of a report, its cells as the PDF prints them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScreenTable {
    pub title: String,
    pub columns: Vec<ScreenColumn>,
    pub rows: Vec<Vec<String>>,
    pub total: Option<Vec<String>>,
    pub empty: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScreenColumn {
    pub title: String,
    pub right: bool,
}

impl ReportData {
    /// The report for the screen, in the same words and figures as its PDF.
    pub fn screen(&self) -> ScreenReport {
        let loc = self.figures();
        let (mut tables, mut notes, mut charts) = (Vec::new(), Vec::new(), 0);
        for piece in self.pieces() {
            match piece {
                Piece::Table(t) => tables.push(ScreenTable {
                    title: t.title,
                    columns: t
                        .cols
                        .iter()
                        .map(|c| ScreenColumn {
                            title: c.title.clone(),
                            right: c.right,
                        })
                        .collect(),
                    rows: t
                        .rows
                        .iter()
                        .map(|r| r.iter().map(|c| c.display(&loc)).collect())
                        .collect(),
                    total: t.total.map(|r| r.iter().map(|c| c.display(&loc)).collect()),
                    empty: t.empty,
                }),
                Piece::Note(n) => notes.push(n),
                Piece::Chart { .. } => charts += 1,
            }
        }
        ScreenReport {
            title: self.title.clone(),
            from: self.from,
            to: self.to,
            tables,
            notes,
            charts,
            definitions: self.definitions.clone(),
        }
    }
}
