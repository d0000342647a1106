//! Reading and writing CSV the way shops' files really are.
//!
//! Reading: the whole file is read into memory first (so the importer knows the row count
//! for its progress bar, and the physical line of every record). The encoding must be UTF-8
//! (a leading BOM is fine); a UTF-16 file or invalid bytes are refused with the line where
//! they are. The delimiter is sniffed from the header row, because spreadsheets in many
//! European locales save CSV with `;`. Quoted cells may span lines; a record's line is the
//! physical line it starts on (the header is line 1), as the csv crate counts it.
//!
//! Writing: every cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
//! carriage return first) is prefixed with `'`. Reading undoes exactly that prefix, so an
//! export imports back unchanged.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

use crate::{Error, Result};

/// Characters that make a spreadsheet treat a cell as a formula.
const FORMULA_LEADS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A CSV file read into memory: its header row and its records.
#[derive(Debug)]
pub(crate) struct Table {
    pub headers: Vec<String>,
    /// Lower-cased, trimmed header → column index (the first one wins when repeated).
    index: HashMap<String, usize>,
    pub records: Vec<Record>,
}

#[derive(Debug)]
pub(crate) struct Record {
    /// The physical line the record starts on (the header is line 1).
    pub line: u64,
    pub fields: Vec<String>,
}

impl Table {
    pub fn has(&self, header: &str) -> bool {
        self.index.contains_key(&header.to_ascii_lowercase())
    }

    pub fn column(&self, header: &str) -> Option<usize> {
        self.index.get(&header.to_ascii_lowercase()).copied()
    }
}

/// Reads a CSV file from disk (see [`parse`]).
pub(crate) fn read_file(path: &Path) -> Result<Table> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::io(
            crate::msg!("cannot-read", path = path.display().to_string()),
            e,
        )
    })?;
    parse(&bytes)
}

/// Parses CSV bytes. Refuses, with the line number, what cannot be read correctly.
pub(crate) fn parse(bytes: &[u8]) -> Result<Table> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Error::invalid(crate::msg!("csv-utf16")));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(e) = std::str::from_utf8(bytes) {
        let at = e.valid_up_to();
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        return Err(Error::invalid(crate::msg!(
            "csv-not-utf8",
            line = line.to_string(),
            byte = format!("0x{:02X}", bytes[at])
        )));
    }
    // NUL never belongs in a text file: it is a spreadsheet's binary file renamed .csv, or
    // UTF-16 without its BOM. SQLite would also cut text at it.
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        return Err(Error::invalid(crate::msg!(
            "csv-nul",
            line = line.to_string()
        )));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::invalid(crate::msg!("csv-empty")));
    }
    let delimiter = sniff_delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut headers: Option<Vec<String>> = None;
    let mut records = Vec::new();
    let mut record = csv::StringRecord::new();
    // Physical lines are counted here from byte offsets: the csv crate's own line count lags
    // by one after a CRLF (the `\n` of `\r\n` is consumed with the next record).
    let mut lines = LineCounter {
        bytes,
        upto: 0,
        newlines: 0,
    };
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(Error::invalid(crate::msg!(
                    "csv-unreadable",
                    line = line.to_string(),
                    reason = e.to_string()
                )));
            }
        }
        let line = record
            .position()
            .map(|p| lines.line_at(p.byte() as usize))
            .unwrap_or(0);
        if headers.is_none() {
            headers = Some(record.iter().map(|h| h.trim().to_string()).collect());
            continue;
        }
        // Rows of empty cells are what spreadsheets leave below the data.
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        records.push(Record {
            line,
            fields: record.iter().map(unescape).collect(),
        });
    }
    let headers = headers.ok_or_else(|| Error::invalid(crate::msg!("csv-empty")))?;
    let mut index = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        index.entry(h.to_ascii_lowercase()).or_insert(i);
    }
    Ok(Table {
        headers,
        index,
        records,
    })
}

/// Turns the byte offset where the csv crate says a record starts into the physical line of
/// its first character. Offsets only grow, so counting is linear over the file.
struct LineCounter<'a> {
    bytes: &'a [u8],
    upto: usize,
    newlines: u64,
}

impl LineCounter<'_> {
    fn line_at(&mut self, mut at: usize) -> u64 {
        // Line ends (and blank lines) before the record belong to the lines above it.
        while at < self.bytes.len() && matches!(self.bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        let at = at.min(self.bytes.len());
        if at > self.upto {
            self.newlines += count_line_breaks(&self.bytes[self.upto..at]);
            self.upto = at;
        }
        self.newlines + 1
    }
}

/// Line breaks as the csv crate reads them: `\n`, `\r\n`, or a lone `\r` (old Mac files).
pub(crate) fn count_line_breaks(bytes: &[u8]) -> u64 {
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// `,`, `;` or tab: whichever occurs most often outside quotes in the first line.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::MAX - i))
        .unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        candidates[best]
    }
}

/// Undoes the export's formula guard: `'=SUM(1)` reads back as `=SUM(1)`.
fn unescape(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_LEADS) => rest.to_string(),
        _ => cell.to_string(),
    }
}

/// The formula guard: a cell a spreadsheet would evaluate gets a leading `'`.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_LEADS) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Writes CSV with the formula guard on every cell. Comma-separated, quoted where needed,
/// `\n` line ends, UTF-8 without BOM.
pub(crate) struct Writer<W: Write> {
    inner: csv::Writer<W>,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, headers: &[&str]) -> Result<Self> {
        let mut inner = csv::WriterBuilder::new().from_writer(out);
        inner.write_record(headers).map_err(csv_err)?;
        Ok(Writer { inner })
    }

    pub fn row<I, S>(&mut self, cells: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| neutralise(c.as_ref()).into_owned())
            .collect();
        self.inner.write_record(&cells).map_err(csv_err)
    }

    pub fn finish(mut self) -> Result<()> {
        self.inner
            .flush()
            .map_err(|e| Error::io("cannot write the CSV file", e))
    }
}

fn csv_err(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io("cannot write the CSV file", io),
        other => Error::other(format!("cannot write CSV: {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semicolon_and_tab_files_are_recognised() {
        assert_eq!(sniff_delimiter(b"sku;name;price\nA;B;1"), b';');
        assert_eq!(sniff_delimiter(b"sku\tname\tprice\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b\",c\n"), b',');
        assert_eq!(sniff_delimiter(b"sku\n"), b',');
    }

    #[test]
    fn the_formula_guard_round_trips() {
        for cell in ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let guarded = neutralise(cell);
            assert!(guarded.starts_with('\''), "{cell:?} must be guarded");
            assert_eq!(unescape(&guarded), cell);
        }
        assert_eq!(neutralise("plain"), "plain");
        assert_eq!(
            unescape("'quoted"),
            "'quoted",
            "a leading quote not guarding a formula stays"
        );
    }

    #[test]
    fn lines_are_physical_lines_across_multi_line_cells_and_line_ends() {
        for nl in ["\n", "\r\n", "\r"] {
            let text = format!("sku,name{nl}A,\"two{nl}lines\"{nl}{nl}B,x{nl}C,y");
            let t = parse(text.as_bytes()).unwrap();
            let lines: Vec<u64> = t.records.iter().map(|r| r.line).collect();
            assert_eq!(lines, [2, 5, 6], "{nl:?}");
            assert_eq!(t.records[0].fields[1], format!("two{nl}lines"));
        }
    }
}
