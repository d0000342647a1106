//! PDF documents in two steps: [`layout`] (pure: measure, wrap, paginate, position) and
//! [`emit`] (printpdf operators, fonts embedded and subset).
//!
//! Callers describe a [`Document`] of [`Block`]s — headings, paragraphs, key/value blocks,
//! panels, notes, tables with column weights and alignments, and [`Drawing`]s of vector shapes
//! (lines, rectangles, text at positions: what charts and barcodes are made of) — and call
//! [`render`]. The customer documents are built in [`customer`]; reports reuse the same model.

pub mod customer;
pub mod ean13;
pub mod emit;
pub mod fonts;
pub mod labels;
pub mod layout;
pub mod logo;
pub mod model;

pub use fonts::FontSet;
pub use layout::{layout, Layout};
pub use logo::Logo;
pub use model::*;

use crate::{Error, Result};

/// A rendered PDF and what the reader should know about it.
#[derive(Debug, Clone)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters that no font on this machine can draw; they print as empty boxes. The app
    /// shows this list instead of letting the boxes go unnoticed.
    pub missing_chars: Vec<char>,
}

/// Every character of the document's text (to find fonts for those Noto Sans lacks).
pub fn chars_of(doc: &Document) -> std::collections::BTreeSet<char> {
    let mut set = std::collections::BTreeSet::new();
    let mut add = |s: &str| set.extend(s.chars().filter(|c| !c.is_ascii()));
    add(&doc.title);
    add(&doc.footer);
    add(&doc.letterhead.store_name);
    doc.letterhead.store_lines.iter().for_each(|l| add(l));
    for (k, v) in &doc.letterhead.reference {
        add(k);
        add(v);
    }
    fn drawing(d: &Drawing, add: &mut impl FnMut(&str)) {
        for s in &d.shapes {
            if let Shape::Text { text, .. } = s {
                add(text);
            }
        }
    }
    for b in &doc.blocks {
        match b {
            Block::Heading(t) | Block::Paragraph { text: t, .. } => add(t),
            Block::KeyValue(p) => p.iter().for_each(|(k, v)| {
                add(k);
                add(v)
            }),
            Block::Columns(panels) => {
                for p in panels {
                    add(&p.title.to_uppercase());
                    p.lines.iter().for_each(|l| add(l));
                    p.pairs.iter().for_each(|(k, v)| {
                        add(k);
                        add(v)
                    });
                    if let Some(d) = &p.drawing {
                        drawing(d, &mut add);
                    }
                }
            }
            Block::Note { title, text } => {
                add(title);
                add(text)
            }
            Block::Table(t) => {
                t.columns.iter().for_each(|c| add(&c.title.to_uppercase()));
                t.rows
                    .iter()
                    .chain(&t.totals)
                    .flatten()
                    .for_each(|c| add(c));
                add(&t.empty);
            }
            Block::Spacer(_) => {}
            Block::Drawing(d) => drawing(d, &mut add),
        }
    }
    set
}

/// Lays out and writes `doc`. Fonts for characters Noto Sans lacks are looked up on the
/// system first; any character still without a font is reported in [`Pdf::missing_chars`].
pub fn render(doc: &Document) -> Result<Pdf> {
    let fonts = FontSet::for_chars(chars_of(doc));
    let laid = layout(doc, &fonts);
    let bytes = emit::emit(&laid, &fonts)?;
    Ok(Pdf {
        bytes,
        pages: laid.pages.len(),
        missing_chars: fonts.missing(),
    })
}

/// Several documents in one PDF (a batch of slips): each starts on a new page and keeps its
/// own "Page i of N".
pub fn render_many(docs: &[Document]) -> Result<Pdf> {
    let mut chars = std::collections::BTreeSet::new();
    for d in docs {
        chars.extend(chars_of(d));
    }
    let fonts = FontSet::for_chars(chars);
    let mut all = Layout {
        title: docs.first().map(|d| d.title.clone()).unwrap_or_default(),
        pages: Vec::new(),
    };
    for d in docs {
        all.pages.extend(layout(d, &fonts).pages);
    }
    if all.pages.is_empty() {
        return Err(Error::invalid(crate::msg!("nothing-to-print")));
    }
    let bytes = emit::emit(&all, &fonts)?;
    Ok(Pdf {
        bytes,
        pages: all.pages.len(),
        missing_chars: fonts.missing(),
    })
}

/// A Code 128 barcode of `data` (printable ASCII) as vector bars, `height` points tall, with
/// the human-readable text under it. Modules are `module` points wide; quiet zones included.
pub fn code128(data: &str, module: f32, height: f32) -> Result<Drawing> {
    // Character set B covers printable ASCII (upper and lower case, digits, punctuation).
    let code = barcoders::sym::code128::Code128::new(format!("\u{0181}{data}")).map_err(|e| {
        Error::invalid(crate::msg!(
            "not-code128",
            value = data,
            reason = e.to_string()
        ))
    })?;
    let modules = code.encode();
    let quiet = 10.0 * module;
    let mut shapes = Vec::new();
    let mut i = 0;
    while i < modules.len() {
        if modules[i] == 1 {
            let start = i;
            while i < modules.len() && modules[i] == 1 {
                i += 1;
            }
            shapes.push(Shape::FilledRect {
                x: quiet + start as f32 * module,
                y: 0.0,
                w: (i - start) as f32 * module,
                h: height,
                color: Color::BLACK,
            });
        } else {
            i += 1;
        }
    }
    let width = 2.0 * quiet + modules.len() as f32 * module;
    shapes.push(Shape::Text {
        x: width / 2.0,
        y: height + 9.0,
        text: data.to_string(),
        style: TextStyle {
            size: 7.5,
            bold: false,
            color: Color::INK,
        },
        align: Align::Center,
    });
    Ok(Drawing {
        width,
        height: height + 12.0,
        shapes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code128_barcode_is_bars_of_whole_modules_with_quiet_zones() {
        let d = code128("SHP-000042", 1.0, 30.0).unwrap();
        let bars: Vec<(f32, f32)> = d
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::FilledRect { x, w, .. } => Some((*x, *w)),
                _ => None,
            })
            .collect();
        assert!(bars.len() > 20);
        assert_eq!(
            bars[0].0, 10.0,
            "a quiet zone of ten modules before the first bar"
        );
        assert!(
            bars.iter().all(|(_, w)| (1.0..=4.0).contains(w)),
            "Code 128 bars are 1 to 4 modules wide"
        );
        let last = bars.last().unwrap();
        assert!(
            (d.width - (last.0 + last.1) - 10.0).abs() < 1e-3,
            "and ten after the last"
        );
    }

    #[test]
    fn non_ascii_cannot_be_a_barcode() {
        assert!(code128("Łódź", 1.0, 30.0).is_err());
    }
}
