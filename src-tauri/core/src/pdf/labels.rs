//! Barcode labels (issue 15): product name, SKU, price and a barcode per label, placed on an
//! A4 sheet of 3 × 8 labels of 70 × 37 mm or one per page of a 62 mm roll. Pure layout: the
//! labels become positioned pages here and go through the same [`super::emit`] as every
//! document.

use super::fonts::FontSet;
use super::layout::{draw, wrap, Layout, Page};
use super::model::{Align, Color, Drawing, Shape, TextStyle};
use crate::Result;

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;

/// The stock labels are printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum LabelSheet {
    /// A4 sheet of 24 labels, 3 across and 8 down, 70 × 37 mm each, no gaps or side margins
    /// (3 × 70 = 210 mm; 8 × 37 = 296 mm, so the rows start 0.5 mm from the top).
    #[default]
    #[serde(rename = "a4-3x8")]
    A4x24,
    /// A continuous 62 mm roll (label printers): one 62 × 40 mm label per page.
    #[serde(rename = "roll-62mm")]
    Roll62,
}

impl LabelSheet {
    pub fn parse(s: &str) -> crate::Result<Self> {
        match s.trim() {
            "a4-3x8" => Ok(LabelSheet::A4x24),
            "roll-62mm" => Ok(LabelSheet::Roll62),
            other => Err(crate::Error::invalid(crate::msg!(
                "not-a-label-sheet",
                value = other
            ))),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            LabelSheet::A4x24 => "a4-3x8",
            LabelSheet::Roll62 => "roll-62mm",
        }
    }

    /// (page width, page height, label width, label height, columns, rows, top offset), points.
    fn geometry(self) -> (f32, f32, f32, f32, usize, usize, f32) {
        match self {
            LabelSheet::A4x24 => (210.0 * MM, 297.0 * MM, 70.0 * MM, 37.0 * MM, 3, 8, 0.5 * MM),
            LabelSheet::Roll62 => (62.0 * MM, 40.0 * MM, 62.0 * MM, 40.0 * MM, 1, 1, 0.0),
        }
    }

    /// Labels on one page.
    pub fn per_page(self) -> usize {
        let (_, _, _, _, c, r, _) = self.geometry();
        c * r
    }
}

/// What a label's barcode encodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Symbol {
    /// The product's EAN-13 (13 digits).
    Ean13(String),
    /// Code 128 of the SKU, for a product without an EAN-13.
    Code128(String),
}

/// One label's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub name: String,
    pub sku: String,
    /// The price as printed, in the shop's currency.
    pub price: String,
    pub symbol: Symbol,
}

/// Inner margin of a label, so nothing is cut where sheets are die-cut or rolls trimmed.
const PAD: f32 = 3.0 * MM;
const NAME: TextStyle = TextStyle {
    size: 8.5,
    bold: true,
    color: Color::INK,
};
const DETAIL: TextStyle = TextStyle {
    size: 8.0,
    bold: false,
    color: Color::INK,
};

/// `text` cut to fit `width`, ending in "…" when cut.
fn fit(text: &str, width: f32, style: TextStyle, fonts: &FontSet) -> String {
    if fonts.width(text, style.size, style.bold) <= width {
        return text.to_string();
    }
    let mut s: String = text.to_string();
    while !s.is_empty() && fonts.width(&format!("{s}…"), style.size, style.bold) > width {
        s.pop();
    }
    format!("{}…", s.trim_end())
}

/// The name in at most two lines, the second ending in "…" when the name is longer.
pub fn name_lines(name: &str, width: f32, fonts: &FontSet) -> Vec<String> {
    let lines = wrap(name.trim(), width, NAME.size, NAME.bold, fonts);
    if lines.len() <= 2 {
        return lines;
    }
    let rest = lines[1..].join(" ");
    vec![lines[0].clone(), fit(&rest, width, NAME, fonts)]
}

/// One label as a drawing of `w` × `h` points.
pub fn label_drawing(l: &Label, w: f32, h: f32, fonts: &FontSet) -> Result<Drawing> {
    let inner = w - 2.0 * PAD;
    let mut shapes = Vec::new();
    let mut y = PAD;
    for line in name_lines(&l.name, inner, fonts) {
        y += NAME.size;
        shapes.push(Shape::Text {
            x: PAD,
            y,
            text: line,
            style: NAME,
            align: Align::Left,
        });
        y += 1.5;
    }
    y += DETAIL.size + 0.5;
    let price_w = fonts.width(&l.price, DETAIL.size, true);
    shapes.push(Shape::Text {
        x: PAD,
        y,
        text: fit(&l.sku, inner - price_w - 6.0, DETAIL, fonts),
        style: DETAIL,
        align: Align::Left,
    });
    shapes.push(Shape::Text {
        x: w - PAD,
        y,
        text: l.price.clone(),
        style: TextStyle {
            bold: true,
            ..DETAIL
        },
        align: Align::Right,
    });
    y += 4.0;
    // The barcode fills the rest: as wide as fits (modules of at most 1.4 pt), centred.
    let room = (h - PAD * 0.6 - y).max(12.0);
    let code = match &l.symbol {
        Symbol::Ean13(digits) => {
            let module = (w / 113.0).min(1.4);
            let digits_h = (module * 8.4).clamp(6.0, 11.0) * 1.2;
            super::ean13::ean13(digits, module, (room - digits_h).max(10.0))?
        }
        Symbol::Code128(sku) => {
            let probe = super::code128(sku, 1.0, 10.0)?;
            let module = (w / probe.width).min(1.4);
            super::code128(sku, module, (room - 12.0).max(10.0))?
        }
    };
    let x = ((w - code.width) / 2.0).max(0.0);
    for s in code.shapes {
        shapes.push(offset(s, x, y));
    }
    Ok(Drawing {
        width: w,
        height: h,
        shapes,
    })
}

fn offset(s: Shape, dx: f32, dy: f32) -> Shape {
    match s {
        Shape::FilledRect { x, y, w, h, color } => Shape::FilledRect {
            x: x + dx,
            y: y + dy,
            w,
            h,
            color,
        },
        Shape::Text {
            x,
            y,
            text,
            style,
            align,
        } => Shape::Text {
            x: x + dx,
            y: y + dy,
            text,
            style,
            align,
        },
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => Shape::Line {
            x1: x1 + dx,
            y1: y1 + dy,
            x2: x2 + dx,
            y2: y2 + dy,
            width,
            color,
        },
        Shape::Rect {
            x,
            y,
            w,
            h,
            width,
            color,
        } => Shape::Rect {
            x: x + dx,
            y: y + dy,
            w,
            h,
            width,
            color,
        },
    }
}

/// The labels on pages of `sheet`, filled left to right, top to bottom.
pub fn layout_labels(labels: &[Label], sheet: LabelSheet, fonts: &FontSet) -> Result<Layout> {
    let (pw, ph, lw, lh, cols, rows, top) = sheet.geometry();
    let mut pages = Vec::new();
    for chunk in labels.chunks(cols * rows) {
        let mut items = Vec::new();
        for (i, l) in chunk.iter().enumerate() {
            let (c, r) = (i % cols, i / cols);
            let d = label_drawing(l, lw, lh, fonts)?;
            draw(&mut items, fonts, &d, c as f32 * lw, top + r as f32 * lh);
        }
        pages.push(Page {
            width: pw,
            height: ph,
            items,
        });
    }
    Ok(Layout {
        title: "Labels".into(),
        pages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(name: &str, symbol: Symbol) -> Label {
        Label {
            name: name.into(),
            sku: "MUG-BLUE".into(),
            price: "€12.50".into(),
            symbol,
        }
    }

    #[test]
    fn an_a4_sheet_holds_24_labels_of_70_by_37_mm_filling_the_page() {
        let (pw, ph, lw, lh, c, r, top) = LabelSheet::A4x24.geometry();
        assert!(
            (c as f32 * lw - pw).abs() < 0.01,
            "three across fill 210 mm"
        );
        assert!(
            (top * 2.0 + r as f32 * lh - ph).abs() < 0.01,
            "eight down, centred"
        );
        assert_eq!(LabelSheet::A4x24.per_page(), 24);
        assert_eq!(LabelSheet::Roll62.per_page(), 1);
    }

    #[test]
    fn twenty_five_labels_make_two_sheets() {
        let fonts = FontSet::bundled();
        let labels = vec![label("Mug", Symbol::Ean13("4006381333931".into())); 25];
        let l = layout_labels(&labels, LabelSheet::A4x24, &fonts).unwrap();
        assert_eq!(l.pages.len(), 2);
        let r = layout_labels(&labels[..3], LabelSheet::Roll62, &fonts).unwrap();
        assert_eq!(r.pages.len(), 3, "one label per page of the roll");
    }

    #[test]
    fn everything_on_a_label_stays_inside_it() {
        let fonts = FontSet::bundled();
        let long = "Hand-thrown stoneware mug with a speckled glaze in midnight blue, dishwasher and microwave safe, 350 ml, made in Portugal";
        for sheet in [LabelSheet::A4x24, LabelSheet::Roll62] {
            let (_, _, lw, lh, ..) = sheet.geometry();
            for symbol in [
                Symbol::Ean13("4006381333931".into()),
                Symbol::Code128("TEA-DARJ-250G".into()),
            ] {
                let d = label_drawing(&label(long, symbol), lw, lh, &fonts).unwrap();
                for s in &d.shapes {
                    if let Shape::FilledRect { x, y, w, h, .. } = s {
                        assert!(*x >= 0.0 && x + w <= lw + 0.01, "{sheet:?} bar x {x}");
                        assert!(*y >= 0.0 && y + h <= lh + 0.01, "{sheet:?} bar y {y} h {h}");
                    }
                }
                let texts: Vec<&str> = d
                    .shapes
                    .iter()
                    .filter_map(|s| match s {
                        Shape::Text { text, .. } => Some(text.as_str()),
                        _ => None,
                    })
                    .collect();
                assert!(
                    texts[1].ends_with('…'),
                    "a long name is cut after two lines: {texts:?}"
                );
            }
        }
    }
}
