//! The document model: what a caller describes (blocks of text, tables, drawings), with no
//! positions. [`super::layout`] turns it into positioned pages; [`super::emit`] writes them.
//!
//! Units are PDF points (1/72 inch). Inside a [`Drawing`], coordinates start at the drawing's
//! top-left corner and grow rightwards and downwards, like the page layout itself.

/// The paper the shop prints on (settings `paper_size`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            // 210 × 297 mm
            Paper::A4 => (595.276, 841.89),
            // 8.5 × 11 in
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// `A4` or `Letter` as stored in settings; anything else is A4.
    pub fn from_setting(s: &str) -> Paper {
        if s.eq_ignore_ascii_case("letter") {
            Paper::Letter
        } else {
            Paper::A4
        }
    }
}

/// An sRGB colour, each channel 0.0–1.0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color(pub f32, pub f32, pub f32);

impl Color {
    pub const BLACK: Color = Color(0.0, 0.0, 0.0);
    /// Body text: a very dark grey reads softer than pure black on paper.
    pub const INK: Color = Color(0.11, 0.12, 0.14);
    /// Labels, captions, footers.
    pub const MUTED: Color = Color(0.40, 0.42, 0.46);
    /// Hairline rules between table rows.
    pub const RULE: Color = Color(0.82, 0.83, 0.85);
    /// Background of table headers and notes.
    pub const TINT: Color = Color(0.95, 0.955, 0.96);
    /// The one accent colour (headings' rule, the note's left bar).
    pub const ACCENT: Color = Color(0.16, 0.33, 0.52);
    pub const WHITE: Color = Color(1.0, 1.0, 1.0);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

/// Text style of a paragraph or a drawing's text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    pub bold: bool,
    pub color: Color,
}

impl TextStyle {
    pub const BODY: TextStyle = TextStyle {
        size: 9.5,
        bold: false,
        color: Color::INK,
    };
    pub const SMALL: TextStyle = TextStyle {
        size: 8.0,
        bold: false,
        color: Color::MUTED,
    };
    pub const STRONG: TextStyle = TextStyle {
        size: 9.5,
        bold: true,
        color: Color::INK,
    };
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle::BODY
    }
}

/// A whole document: the letterhead printed at the top of the first page, a running head on
/// the following pages, the blocks in order, and a footer with "Page i of N" on every page.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The PDF's title (metadata) and, in the letterhead, the big document name.
    pub title: String,
    pub paper: Paper,
    pub letterhead: Letterhead,
    /// Left part of every page's footer (e.g. "Packing slip SHP-00012 · Order 1042").
    pub footer: String,
    pub blocks: Vec<Block>,
    /// The page number in the footer, with the markers `{page}` and `{pages}`, in the
    /// reader's language (issue 17); empty: "Page {page} of {pages}".
    pub page_of: String,
}

/// The store header: the logo (if any), store name and address on the left, the document
/// name and its reference figures (number, date) on the right.
#[derive(Debug, Clone, Default)]
pub struct Letterhead {
    pub store_name: String,
    /// Address lines then contact lines, printed small under the name.
    pub store_lines: Vec<String>,
    /// Label/value pairs under the document title, e.g. ("Order", "1042").
    pub reference: Vec<(String, String)>,
    /// The shop's logo, drawn left of the store name in a fixed box.
    pub logo: Option<super::logo::Logo>,
}

/// One piece of a document, laid out top to bottom.
#[derive(Debug, Clone)]
pub enum Block {
    /// A section heading with a fine rule under it. Kept with what follows it.
    Heading(String),
    /// Wrapped text.
    Paragraph {
        text: String,
        style: TextStyle,
    },
    /// Labels in a narrow muted column, values beside them.
    KeyValue(Vec<(String, String)>),
    /// Panels side by side (e.g. "Ship to" beside "Shipment"); never split across pages.
    Columns(Vec<Panel>),
    /// A highlighted box with a title (the incentive, an important notice).
    Note {
        title: String,
        text: String,
    },
    Table(Table),
    /// Vertical space in points.
    Spacer(f32),
    /// Vector graphics (charts, barcodes); never split across pages.
    Drawing(Drawing),
}

impl Block {
    pub fn paragraph(text: impl Into<String>) -> Block {
        Block::Paragraph {
            text: text.into(),
            style: TextStyle::BODY,
        }
    }

    pub fn small(text: impl Into<String>) -> Block {
        Block::Paragraph {
            text: text.into(),
            style: TextStyle::SMALL,
        }
    }
}

/// A titled panel inside [`Block::Columns`]: a small caps-like label and lines of text.
#[derive(Debug, Clone, Default)]
pub struct Panel {
    pub title: String,
    /// The first line is printed in bold (a name), the rest in the body style.
    pub lines: Vec<String>,
    /// Or label/value pairs; printed after `lines`.
    pub pairs: Vec<(String, String)>,
    /// A drawing under the text (e.g. the barcode).
    pub drawing: Option<Drawing>,
}

/// A table: its header row repeats at the top of every page it spans; cells wrap.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// Printed in one full-width row when there are no rows.
    pub empty: String,
    /// Rows printed in bold after the body with a rule above (totals).
    pub totals: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    /// Relative width: the table's width is shared in proportion to these.
    pub weight: f32,
    pub align: Align,
}

impl Column {
    pub fn new(title: impl Into<String>, weight: f32, align: Align) -> Column {
        Column {
            title: title.into(),
            weight,
            align,
        }
    }
}

/// Vector graphics in a box of `width` × `height` points.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Drawing {
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<Shape>,
}

/// A primitive of a [`Drawing`]; coordinates from the drawing's top-left corner, y downwards.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    /// An outlined rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        width: f32,
        color: Color,
    },
    FilledRect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Color,
    },
    /// Text whose baseline is at `y`; `align` says whether `x` is its left, centre or right.
    Text {
        x: f32,
        y: f32,
        text: String,
        style: TextStyle,
        align: Align,
    },
}
