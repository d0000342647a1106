//! A page's content stream written straight from its laid-out [`Item`]s into bytes.
//!
//! printpdf's own path builds an `Op` per item, then a lopdf operation with a vector of
//! boxed operands per PDF operator, then formats them: for a batch of 1,000 slips that was
//! most of the run, and most of it allocation. Here each item becomes its operators with one
//! append to one buffer per page. The operators are the same ones printpdf wrote (BT/ET,
//! Tf, rg/RG, w, Tm + Tj with Identity-H glyph codes, m/l/S, re/f, q/cm/Do/Q), with two
//! savings: consecutive filled rectangles of one colour (a barcode's bars) are one path
//! filled once, and consecutive lines of one stroke (table rules) one path stroked once.

use std::io::Write;

use super::super::layout::{Item, Page};
use super::super::model::Color;

/// What the content stream refers to by name: the fonts (per face of the [`FontSet`], the
/// resource name and the character → Identity-H code table) and the images.
///
/// [`FontSet`]: super::super::fonts::FontSet
pub struct Resources<'a> {
    pub fonts: &'a [Option<FaceCodes>],
    /// Resource name of each distinct logo, compared by its shared pixels.
    pub images: &'a [(super::super::logo::Logo, String)],
}

/// One embedded face: its resource name and the code of each character it draws.
pub struct FaceCodes {
    pub name: String,
    /// Codes of the code points below [`DIRECT`] (Latin, Greek, Cyrillic: nearly all text),
    /// so a character costs an index rather than a hash lookup.
    direct: Vec<u16>,
    other: std::collections::HashMap<char, u16>,
}

const DIRECT: usize = 0x0530;

impl FaceCodes {
    /// `codes`: each character the face draws with its code. Characters not listed are drawn
    /// as code 0 (.notdef), as printpdf did for a character its font lacks.
    pub fn new(name: String, codes: impl IntoIterator<Item = (char, u16)>) -> FaceCodes {
        let mut direct = vec![0u16; DIRECT];
        let mut other = std::collections::HashMap::new();
        for (c, code) in codes {
            match direct.get_mut(c as usize) {
                Some(slot) => *slot = code,
                None => {
                    other.insert(c, code);
                }
            }
        }
        FaceCodes {
            name,
            direct,
            other,
        }
    }

    fn code(&self, c: char) -> u16 {
        match self.direct.get(c as usize) {
            Some(&code) => code,
            None => self.other.get(&c).copied().unwrap_or(0),
        }
    }
}

/// A number as lopdf wrote printpdf's operands: the shortest decimal that reads back as the
/// same `f32` (never an exponent), so positions are exactly the layout's and text extraction
/// sees the same columns as before. Written into the buffer, without allocating.
fn num(out: &mut Vec<u8>, v: f32) {
    let _ = write!(out, "{v}");
}

fn nums(out: &mut Vec<u8>, vs: &[f32]) {
    for v in vs {
        num(out, *v);
        out.push(b' ');
    }
}

fn color(out: &mut Vec<u8>, c: Color, op: &[u8]) {
    for v in [c.0, c.1, c.2] {
        num(out, v);
        out.push(b' ');
    }
    out.extend_from_slice(op);
    out.push(b'\n');
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// An open path waiting for its painting operator: more of the same kind may join it.
#[derive(Clone, Copy, PartialEq)]
enum Pending {
    None,
    Fill,
    Stroke,
}

/// Writes the content stream of `page` into `out` (cleared first).
pub fn write_page(page: &Page, res: &Resources<'_>, out: &mut Vec<u8>) {
    out.clear();
    let h = page.height;
    let mut in_text = false;
    let mut pending = Pending::None;
    let mut fill: Option<Color> = None;
    let mut stroke: Option<(f32, Color)> = None;
    let mut font: Option<(usize, f32)> = None;
    // Paints the open path (if any) before something else is drawn.
    let close = |out: &mut Vec<u8>, pending: &mut Pending| {
        match *pending {
            Pending::Fill => out.extend_from_slice(b"f\n"),
            Pending::Stroke => out.extend_from_slice(b"S\n"),
            Pending::None => {}
        }
        *pending = Pending::None;
    };
    for it in &page.items {
        match it {
            Item::Text {
                x,
                y,
                size,
                face,
                color: c,
                text,
            } => {
                close(out, &mut pending);
                let codes = res.fonts[*face].as_ref().expect("face embedded by emit");
                if !in_text {
                    out.extend_from_slice(b"BT\n");
                    in_text = true;
                    // Tf is part of the text state, which survives BT/ET, but be explicit.
                    font = None;
                }
                if font != Some((*face, *size)) {
                    out.push(b'/');
                    out.extend_from_slice(codes.name.as_bytes());
                    out.push(b' ');
                    num(out, *size);
                    out.extend_from_slice(b" Tf\n");
                    font = Some((*face, *size));
                }
                if fill != Some(*c) {
                    color(out, *c, b"rg");
                    fill = Some(*c);
                }
                out.extend_from_slice(b"1 0 0 1 ");
                nums(out, &[*x, h - *y]);
                out.extend_from_slice(b"Tm\n<");
                for ch in text.chars() {
                    let code = codes.code(ch);
                    for shift in [12, 8, 4, 0] {
                        out.push(HEX[((code >> shift) & 0xF) as usize]);
                    }
                }
                out.extend_from_slice(b"> Tj\n");
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color: c,
            } => {
                if in_text {
                    out.extend_from_slice(b"ET\n");
                    in_text = false;
                }
                if stroke != Some((*width, *c)) {
                    close(out, &mut pending);
                    color(out, *c, b"RG");
                    num(out, *width);
                    out.extend_from_slice(b" w\n");
                    stroke = Some((*width, *c));
                }
                if pending != Pending::Stroke {
                    close(out, &mut pending);
                    pending = Pending::Stroke;
                }
                nums(out, &[*x1, h - *y1]);
                out.extend_from_slice(b"m ");
                nums(out, &[*x2, h - *y2]);
                out.extend_from_slice(b"l\n");
            }
            Item::Rect {
                x,
                y,
                w,
                h: rh,
                fill: f,
                stroke: s,
            } => {
                if in_text {
                    out.extend_from_slice(b"ET\n");
                    in_text = false;
                }
                if f.is_none() && s.is_none() {
                    continue;
                }
                let fill_only = f.is_some() && s.is_none();
                let same_fill = f.is_none() || fill == *f;
                let same_stroke = s.is_none() || stroke == *s;
                if !(fill_only && pending == Pending::Fill && same_fill) {
                    close(out, &mut pending);
                }
                if let Some(c) = f {
                    if fill != Some(*c) {
                        color(out, *c, b"rg");
                        fill = Some(*c);
                    }
                }
                if let Some((width, c)) = s {
                    if !same_stroke {
                        color(out, *c, b"RG");
                        num(out, *width);
                        out.extend_from_slice(b" w\n");
                        stroke = Some((*width, *c));
                    }
                }
                nums(out, &[*x, h - *y - *rh, *w, *rh]);
                out.extend_from_slice(b"re\n");
                match (f, s) {
                    (Some(_), None) => pending = Pending::Fill,
                    (Some(_), Some(_)) => out.extend_from_slice(b"B\n"),
                    _ => out.extend_from_slice(b"S\n"),
                }
            }
            Item::Image {
                x,
                y,
                w,
                h: ih,
                logo,
            } => {
                close(out, &mut pending);
                if in_text {
                    out.extend_from_slice(b"ET\n");
                    in_text = false;
                }
                let name = res
                    .images
                    .iter()
                    .find(|(l, _)| l == logo)
                    .map(|(_, n)| n.as_str())
                    .expect("image embedded by emit");
                // An image fills the unit square: the matrix scales it to the laid-out box.
                out.extend_from_slice(b"q\n");
                nums(out, &[*w, 0.0, 0.0, *ih, *x, h - *y - *ih]);
                out.extend_from_slice(b"cm\n/");
                out.extend_from_slice(name.as_bytes());
                out.extend_from_slice(b" Do\nQ\n");
            }
        }
    }
    close(out, &mut pending);
    if in_text {
        out.extend_from_slice(b"ET\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(v: &[u8]) -> &str {
        std::str::from_utf8(v).unwrap()
    }

    fn number(v: f32) -> String {
        let mut out = Vec::new();
        num(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_the_shortest_decimal_of_the_layouts_figure() {
        assert_eq!(number(56.0), "56");
        assert_eq!(number(758.60004), "758.60004");
        assert_eq!(number(0.05), "0.05");
        assert_eq!(number(-12.5), "-12.5");
        assert_eq!(number(0.955), "0.955");
        assert_eq!(number(1e-7), "0.0000001", "never an exponent");
    }

    fn page(items: Vec<Item>) -> Page {
        Page {
            width: 100.0,
            height: 200.0,
            items,
        }
    }

    fn bar(x: f32, color: Color) -> Item {
        Item::Rect {
            x,
            y: 10.0,
            w: 1.0,
            h: 30.0,
            fill: Some(color),
            stroke: None,
        }
    }

    #[test]
    fn bars_of_one_colour_are_one_path_filled_once() {
        let fonts = [];
        let res = Resources {
            fonts: &fonts,
            images: &[],
        };
        let mut out = Vec::new();
        let bars = (0..5).map(|i| bar(i as f32 * 2.0, Color::BLACK)).collect();
        write_page(&page(bars), &res, &mut out);
        let s = text(&out);
        assert_eq!(s.matches(" re\n").count(), 5, "{s}");
        assert_eq!(s.matches("\nf\n").count(), 1, "{s}");
        assert!(s.starts_with("0 0 0 rg\n0 160 1 30 re\n"), "y flipped: {s}");
    }

    #[test]
    fn a_change_of_colour_paints_the_bars_before_it() {
        let res = Resources {
            fonts: &[],
            images: &[],
        };
        let mut out = Vec::new();
        let items = vec![
            bar(0.0, Color::BLACK),
            bar(2.0, Color::BLACK),
            bar(4.0, Color::ACCENT),
        ];
        write_page(&page(items), &res, &mut out);
        assert_eq!(
            text(&out),
            "0 0 0 rg\n0 160 1 30 re\n2 160 1 30 re\nf\n0.16 0.33 0.52 rg\n4 160 1 30 re\nf\n"
        );
    }

    #[test]
    fn text_is_glyph_codes_in_hex_at_its_baseline_with_font_and_colour_set_once() {
        let fonts = [Some(FaceCodes::new("F0".into(), [('A', 1), ('b', 0x2A)]))];
        let res = Resources {
            fonts: &fonts,
            images: &[],
        };
        let t = |x: f32, s: &str| Item::Text {
            x,
            y: 20.0,
            size: 9.0,
            face: 0,
            color: Color::INK,
            text: s.into(),
        };
        let mut out = Vec::new();
        write_page(&page(vec![t(10.0, "Ab"), t(30.0, "?")]), &res, &mut out);
        assert_eq!(
            text(&out),
            "BT\n/F0 9 Tf\n0.11 0.12 0.14 rg\n1 0 0 1 10 180 Tm\n<0001002A> Tj\n\
             1 0 0 1 30 180 Tm\n<0000> Tj\nET\n",
            "a character the face lacks is .notdef (code 0)"
        );
    }

    #[test]
    fn lines_of_one_stroke_are_one_path_and_text_after_them_starts_a_text_object() {
        let fonts = [Some(FaceCodes::new("F0".into(), [('a', 3)]))];
        let res = Resources {
            fonts: &fonts,
            images: &[],
        };
        let line = |y: f32| Item::Line {
            x1: 0.0,
            y1: y,
            x2: 50.0,
            y2: y,
            width: 0.4,
            color: Color::RULE,
        };
        let items = vec![
            line(10.0),
            line(20.0),
            Item::Text {
                x: 0.0,
                y: 30.0,
                size: 9.0,
                face: 0,
                color: Color::INK,
                text: "a".into(),
            },
        ];
        let mut out = Vec::new();
        write_page(&page(items), &res, &mut out);
        assert_eq!(
            text(&out),
            "0.82 0.83 0.85 RG\n0.4 w\n0 190 m 50 190 l\n0 180 m 50 180 l\nS\n\
             BT\n/F0 9 Tf\n0.11 0.12 0.14 rg\n1 0 0 1 0 170 Tm\n<0003> Tj\nET\n"
        );
    }
}
