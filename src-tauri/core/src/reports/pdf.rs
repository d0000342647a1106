//! A report as a [`Document`] of the documents' PDF engine: the shop's letterhead, the dates,
//! each table (header repeated on every page it spans), each chart, and the definitions.

use super::table::{Piece, Section};
use super::ReportData;
use crate::documents::Shop;
use crate::pdf::{Align, Block, Column, Document, Letterhead, Table, TextStyle};

/// Table rows a report's PDF prints at most, over all its tables. A big shop's full lists
/// (100,000 products, hundreds of suppliers) would be thousands of pages nobody reads and take
/// seconds to lay out; the PDF says what it left out, and the CSV has everything.
pub const MAX_PDF_ROWS: usize = 1000;

fn table_rows(s: &Section, loc: &crate::i18n::Locale, max_rows: usize) -> Table {
    // Columns of weight 0 are CSV-only (e.g. the supplier, which a PDF prints as a heading).
    let keep: Vec<usize> = (0..s.cols.len())
        .filter(|i| s.cols[*i].weight > 0.0)
        .collect();
    let row =
        |r: &Vec<super::table::Cell>| keep.iter().map(|i| r[*i].display(loc)).collect::<Vec<_>>();
    Table {
        columns: keep
            .iter()
            .map(|i| {
                let c = &s.cols[*i];
                Column::new(
                    c.title.clone(),
                    c.weight,
                    if c.right { Align::Right } else { Align::Left },
                )
            })
            .collect(),
        rows: s.rows.iter().take(max_rows).map(row).collect(),
        empty: s.empty.clone(),
        totals: s.total.iter().map(row).collect(),
    }
}

/// "1 Sep 2026 – 24 Nov 2026", or "as of 24 Nov 2026" (dates in the shop's locale, words in
/// the report's language).
pub fn period_text(d: &ReportData) -> String {
    let w = d.words();
    match d.from {
        Some(f) => w.say(&crate::msg!("report-period", from = f, to = d.to)),
        None => w.say(&crate::msg!("report-as-of", day = d.to)),
    }
}

pub fn document(d: &ReportData, shop: &Shop) -> Document {
    let mut store_lines = shop.address.clone();
    store_lines.extend(shop.contact.iter().cloned());
    let w = d.words();
    let t = |m: crate::i18n::Msg| w.say(&m);
    let loc = w.figures();
    let day = |x| loc.date(x);
    let mut reference = Vec::new();
    match d.from {
        Some(f) => {
            reference.push((t(crate::msg!("report-from")), day(f)));
            reference.push((t(crate::msg!("report-to")), day(d.to)));
        }
        None => reference.push((t(crate::msg!("report-as-of-label")), day(d.to))),
    }
    reference.push((t(crate::msg!("report-printed")), day(d.today)));
    let mut blocks = Vec::new();
    let (mut budget, mut skipped_tables, mut skipped_rows) = (MAX_PDF_ROWS, 0usize, 0usize);
    for p in d.pieces() {
        match p {
            Piece::Note(t) => blocks.push(Block::paragraph(t)),
            Piece::Chart { caption, drawing } => {
                blocks.push(Block::Heading(caption));
                blocks.push(Block::Drawing(drawing));
                blocks.push(Block::Spacer(6.0));
            }
            Piece::Table(s) => {
                if budget == 0 && !s.rows.is_empty() {
                    skipped_tables += 1;
                    skipped_rows += s.rows.len();
                    continue;
                }
                let shown = s.rows.len().min(budget);
                budget -= shown;
                blocks.push(Block::Heading(s.title.clone()));
                blocks.push(Block::Table(table_rows(&s, loc, shown)));
                if shown < s.rows.len() {
                    blocks.push(Block::small(t(crate::msg!(
                        "report-rows-cut",
                        shown = shown,
                        rows = s.rows.len()
                    ))));
                }
                blocks.push(Block::Spacer(6.0));
            }
        }
    }
    if skipped_tables > 0 {
        blocks.push(Block::Note {
            title: t(crate::msg!("report-not-printed")),
            text: t(crate::msg!(
                "report-tables-left-out",
                tables = skipped_tables,
                rows = skipped_rows,
                max = MAX_PDF_ROWS
            )),
        });
    }
    blocks.push(Block::Heading(t(crate::msg!("report-how-computed"))));
    for def in &d.definitions {
        blocks.push(Block::Paragraph {
            text: format!("• {def}"),
            style: TextStyle::SMALL,
        });
    }
    Document {
        title: d.title.clone(),
        paper: shop.paper,
        letterhead: Letterhead {
            store_name: shop.name.clone(),
            store_lines,
            reference,
            logo: None,
        },
        page_of: t(crate::msg!(
            "report-page-of",
            page = "{page}",
            pages = "{pages}"
        )),
        footer: format!("{} · {} · {}", shop.name, d.title, period_text(d)),
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::table::{Cell, Col};

    #[test]
    fn a_pdf_table_prints_at_most_max_rows_and_hides_csv_only_columns() {
        let s = Section {
            key: "t",
            title: "T".into(),
            cols: vec![
                Col::left("hidden", "Hidden", 0.0),
                Col::right("n", "N", 1.0),
            ],
            rows: (0..1500)
                .map(|i| vec![Cell::text("x"), Cell::Int(i)])
                .collect(),
            total: Some(vec![Cell::text("x"), Cell::Money(1250)]),
            empty: String::new(),
        };
        let loc = crate::i18n::Locale::new(&crate::i18n::Language::english(), "en-GB", "EUR");
        let t = table_rows(&s, &loc, MAX_PDF_ROWS);
        assert_eq!(t.rows.len(), MAX_PDF_ROWS);
        assert_eq!(t.columns.len(), 1, "the weight-0 column is CSV-only");
        assert_eq!(t.rows[999], vec!["999".to_string()]);
        assert_eq!(t.totals, vec![vec!["€12.50".to_string()]]);
    }
}
