//! Reading the cells of one row by column name, each value checked, every problem collected
//! with its line and the column as the file names it.

use super::super::csvfile::{Record, Table};
use super::super::model::Problem;
use super::Mapped;
use crate::money;

/// Reads the cells of one record by column name, collecting problems instead of stopping at
/// the first, so the dry run can list them all.
pub struct Cells<'a> {
    table: &'a Table,
    rec: &'a Record,
    pub problems: Vec<Problem>,
}

impl<'a> Cells<'a> {
    pub fn new(table: &'a Table, rec: &'a Record) -> Self {
        Cells {
            table,
            rec,
            problems: Vec::new(),
        }
    }

    fn header(&self, col: &str) -> String {
        self.table
            .column(col)
            .map(|i| self.table.headers[i].clone())
            .unwrap_or_else(|| col.to_string())
    }

    pub fn problem(&mut self, col: Option<&str>, message: impl Into<crate::i18n::Msg>) {
        let column = col.map(|c| self.header(c));
        self.problems
            .push(Problem::new(self.rec.line, column, message.into()));
    }

    /// The trimmed cell; `None` when the column is absent or the cell empty.
    pub fn text(&self, col: &str) -> Option<&'a str> {
        let i = self.table.column(col)?;
        let v = self.rec.fields.get(i)?.trim();
        (!v.is_empty()).then_some(v)
    }

    /// Like [`Cells::text`] but keeps inner line breaks and spacing (addresses, descriptions).
    pub fn raw(&self, col: &str) -> Option<String> {
        self.text(col).map(|_| {
            let i = self.table.column(col).expect("present");
            self.rec.fields[i].trim().to_string()
        })
    }

    pub fn money(&mut self, col: &str, what: crate::i18n::Msg) -> Option<i64> {
        let v = self.text(col)?;
        match money::parse(v) {
            Ok(m) => Some(m),
            Err(_) => {
                self.problem(
                    Some(col),
                    crate::msg!("import-not-money", value = shorten(v, 40), what = what),
                );
                None
            }
        }
    }

    /// A whole number ≥ 0. Spreadsheets write whole numbers as `12.0` sometimes; that is
    /// accepted, `12.5` is not.
    pub fn count(&mut self, col: &str, what: crate::i18n::Msg) -> Option<i64> {
        let v = self.text(col)?;
        let t = v
            .strip_suffix(".0")
            .or_else(|| v.strip_suffix(".00"))
            .unwrap_or(v);
        match t.parse::<i64>() {
            Ok(n) if n >= 0 => Some(n),
            Ok(_) => {
                self.problem(
                    Some(col),
                    crate::msg!("import-negative", value = v, what = what),
                );
                None
            }
            Err(_) => {
                self.problem(
                    Some(col),
                    crate::msg!("import-not-whole", value = shorten(v, 40), what = what),
                );
                None
            }
        }
    }

    pub(super) fn int(&mut self, col: &str, what: crate::i18n::Msg) -> Option<i64> {
        let v = self.text(col)?;
        match v.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.problem(
                    Some(col),
                    crate::msg!("import-not-whole", value = shorten(v, 40), what = what),
                );
                None
            }
        }
    }

    /// Barcodes (GTINs), each check-digit verified; `list`: several in the cell, separated by
    /// spaces, `;` or `,` (Stockroom's own column), else the whole cell is one code (web
    /// shops' one barcode per variant). A leading `'` (spreadsheets' "keep as text") is dropped.
    pub(super) fn barcodes(&mut self, col: &str, list: bool) -> Option<Vec<String>> {
        let v = self.text(col)?;
        let parts: Vec<&str> = if list {
            v.split(|c: char| c.is_whitespace() || c == ';' || c == ',')
                .filter(|p| !p.is_empty())
                .collect()
        } else {
            vec![v]
        };
        let mut out = Vec::new();
        for part in parts {
            match crate::barcodes::gtin::parse(part.trim_start_matches('\'')) {
                Ok(g) => out.push(g.code),
                Err(e) => self.problem(Some(col), e.message()),
            }
        }
        Some(out)
    }

    /// `YYYY-MM-DD HH:MM:SS` or a plain date (placed at noon).
    pub(super) fn time(&mut self, col: &str) -> Option<chrono::NaiveDateTime> {
        let v = self.text(col)?;
        if let Some(t) = crate::json::parse_time(v) {
            return Some(t);
        }
        if let Ok(d) = crate::clock::parse_date(v) {
            return d.and_hms_opt(12, 0, 0);
        }
        self.problem(
            Some(col),
            crate::msg!("import-not-a-time", value = shorten(v, 40)),
        );
        None
    }

    pub(super) fn done<T>(self, value: T) -> Mapped<T> {
        if self.problems.is_empty() {
            Mapped::Row(value)
        } else {
            Mapped::Bad(self.problems)
        }
    }
}

pub(super) fn policy(c: &mut Cells, col: &str) -> Option<&'static str> {
    let v = c.text(col)?;
    match v.to_ascii_lowercase().as_str() {
        "allow" => Some("allow"),
        "notify" => Some("notify"),
        "refuse" => Some("refuse"),
        _ => {
            c.problem(
                Some(col),
                crate::msg!("import-not-a-policy", value = shorten(v, 40)),
            );
            None
        }
    }
}

pub(super) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
