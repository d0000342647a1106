//! Layout: a pure function from a [`Document`] and a [`FontSet`] to positioned pages.
//!
//! Text is measured with the fonts' glyph advances, wrapped to its box, and flowed down the
//! page; tables break between rows and repeat their header row on every page; a drawing, a
//! note or a row of panels is never split. The footer's "Page i of N" needs N, so the flow is
//! done first and the running heads and footers are added in a second pass. Nothing here
//! writes a file, so all of it is tested without a PDF.
//!
//! Coordinates: points from the page's top-left corner, y downwards (emit flips them).

use super::fonts::{FaceId, FontSet, BOLD, REGULAR};
use super::model::*;

mod blocks;
mod letterhead;
mod table;
mod wrap;

pub use letterhead::{LOGO_BOX_H, LOGO_BOX_W};
pub use wrap::{fit, wrap};

/// A positioned page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

/// What emit draws. Text is one run of one face; `y` is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: FaceId,
        color: Color,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Color>,
        stroke: Option<(f32, Color)>,
    },
    /// The logo, drawn into the box whose top-left corner is (x, y).
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        logo: super::logo::Logo,
    },
}

impl Page {
    /// The page's text runs in drawing order (tests read pages through this).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }

    /// The page's text as lines: runs on the same baseline joined left to right with spaces.
    pub fn lines(&self) -> Vec<String> {
        let mut runs: Vec<(f32, f32, &str)> = self
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { x, y, text, .. } => Some((*y, *x, text.as_str())),
                _ => None,
            })
            .collect();
        runs.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut lines: Vec<(f32, String)> = Vec::new();
        for (y, _, t) in runs {
            match lines.last_mut() {
                Some((ly, s)) if (*ly - y).abs() < 0.5 => {
                    s.push(' ');
                    s.push_str(t);
                }
                _ => lines.push((y, t.to_string())),
            }
        }
        lines.into_iter().map(|(_, s)| s).collect()
    }
}

/// The result of laying out a document.
#[derive(Debug, Clone)]
pub struct Layout {
    pub title: String,
    pub pages: Vec<Page>,
}

/// Page geometry and the type scale. One place for the look of every document.
#[derive(Debug, Clone, Copy)]
pub struct Metrics {
    pub margin_x: f32,
    pub margin_top: f32,
    /// From the bottom edge to the lowest line of content (the footer lives below it).
    pub margin_bottom: f32,
    pub line: f32,
    pub cell_pad_x: f32,
    pub cell_pad_y: f32,
}

impl Default for Metrics {
    fn default() -> Self {
        // ~20 mm side margins: generous, and still room for six table columns.
        Metrics {
            margin_x: 56.0,
            margin_top: 48.0,
            margin_bottom: 64.0,
            line: 1.38,
            cell_pad_x: 6.0,
            cell_pad_y: 4.5,
        }
    }
}

const STORE_NAME_SIZE: f32 = 15.0;
const TITLE_SIZE: f32 = 17.0;
const SMALL: f32 = 8.0;
const HEADING_SIZE: f32 = 10.5;
const TABLE_SIZE: f32 = 9.0;
const TABLE_HEAD_SIZE: f32 = 7.5;
const PANEL_TITLE_SIZE: f32 = 7.0;
/// Height of the running head on pages after the first.
const RUNNING_HEAD: f32 = 30.0;

/// Lays out `doc` with the default [`Metrics`].
pub fn layout(doc: &Document, fonts: &FontSet) -> Layout {
    layout_with(doc, fonts, Metrics::default())
}

pub fn layout_with(doc: &Document, fonts: &FontSet, m: Metrics) -> Layout {
    let (w, h) = doc.paper.size();
    let mut f = Flow {
        fonts,
        m,
        w,
        h,
        pages: vec![Vec::new()],
        y: m.margin_top,
    };
    f.letterhead(doc);
    for (i, block) in doc.blocks.iter().enumerate() {
        let next = doc.blocks.get(i + 1);
        f.block(block, next);
    }
    // Second pass: N is known; add the running heads and the footers.
    let n = f.pages.len();
    let mut pages = Vec::with_capacity(n);
    for (i, mut items) in std::mem::take(&mut f.pages).into_iter().enumerate() {
        if i > 0 {
            f.running_head(&mut items, doc);
        }
        f.footer(&mut items, &doc.footer, &doc.page_of, i + 1, n);
        pages.push(Page {
            width: w,
            height: h,
            items,
        });
    }
    Layout {
        title: doc.title.clone(),
        pages,
    }
}

struct Flow<'a> {
    fonts: &'a FontSet,
    m: Metrics,
    w: f32,
    h: f32,
    pages: Vec<Vec<Item>>,
    /// The top of the free space on the current page.
    y: f32,
}

impl Flow<'_> {
    fn left(&self) -> f32 {
        self.m.margin_x
    }
    fn right(&self) -> f32 {
        self.w - self.m.margin_x
    }
    fn content_w(&self) -> f32 {
        self.w - 2.0 * self.m.margin_x
    }
    fn bottom(&self) -> f32 {
        self.h - self.m.margin_bottom
    }
    fn items(&mut self) -> &mut Vec<Item> {
        self.pages.last_mut().expect("a page")
    }
    fn remaining(&self) -> f32 {
        self.bottom() - self.y
    }
    /// The top of the content area on a continuation page (below the running head).
    fn top_of_next_page(&self) -> f32 {
        self.m.margin_top + RUNNING_HEAD
    }
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top_of_next_page();
    }
    /// Starts a new page unless `h` points fit (and the page is not already fresh).
    fn ensure(&mut self, h: f32) {
        if h > self.remaining() && self.y > self.top_of_next_page() + 0.5 {
            self.new_page();
        }
    }
    fn line_h(&self, size: f32) -> f32 {
        size * self.m.line
    }

    /// Text at (x, baseline y), split into runs by face. Returns its width.
    fn text_at(
        items: &mut Vec<Item>,
        fonts: &FontSet,
        x: f32,
        y: f32,
        text: &str,
        style: TextStyle,
    ) -> f32 {
        let mut cx = x;
        for (face, range) in fonts.runs(text, style.bold) {
            let run = &text[range];
            let bold_face = face == BOLD;
            items.push(Item::Text {
                x: cx,
                y,
                size: style.size,
                face,
                color: style.color,
                text: run.to_string(),
            });
            cx += fonts.width(run, style.size, bold_face && style.bold);
        }
        cx - x
    }

    fn text_aligned(
        items: &mut Vec<Item>,
        fonts: &FontSet,
        x: f32,
        w: f32,
        y: f32,
        text: &str,
        style: TextStyle,
        align: Align,
    ) {
        let tw = if align == Align::Left {
            0.0
        } else {
            fonts.width(text, style.size, style.bold)
        };
        let tx = match align {
            Align::Left => x,
            Align::Center => x + (w - tw) / 2.0,
            Align::Right => x + w - tw,
        };
        Self::text_at(items, fonts, tx, y, text, style);
    }

    fn block(&mut self, block: &Block, next: Option<&Block>) {
        match block {
            Block::Heading(text) => self.heading(text, next),
            Block::Paragraph { text, style } => self.paragraph(text, *style),
            Block::KeyValue(pairs) => self.key_value(pairs),
            Block::Columns(panels) => self.columns(panels),
            Block::Note { title, text } => self.note(title, text),
            Block::Table(t) => self.table(t),
            Block::Spacer(h) => {
                self.y += h;
            }
            Block::Drawing(d) => {
                self.ensure(d.height);
                let (x, y) = (self.left(), self.y);
                let fonts = self.fonts;
                let items = self.pages.last_mut().expect("a page");
                draw(items, fonts, d, x, y);
                self.y += d.height;
            }
        }
    }
}

/// Places a drawing's shapes with its top-left corner at (x0, y0) (blocks, and the labels of
/// `pdf::labels`, which place drawings themselves).
pub fn draw(items: &mut Vec<Item>, fonts: &FontSet, d: &Drawing, x0: f32, y0: f32) {
    for s in &d.shapes {
        match s {
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => items.push(Item::Line {
                x1: x0 + x1,
                y1: y0 + y1,
                x2: x0 + x2,
                y2: y0 + y2,
                width: *width,
                color: *color,
            }),
            Shape::Rect {
                x,
                y,
                w,
                h,
                width,
                color,
            } => items.push(Item::Rect {
                x: x0 + x,
                y: y0 + y,
                w: *w,
                h: *h,
                fill: None,
                stroke: Some((*width, *color)),
            }),
            Shape::FilledRect { x, y, w, h, color } => items.push(Item::Rect {
                x: x0 + x,
                y: y0 + y,
                w: *w,
                h: *h,
                fill: Some(*color),
                stroke: None,
            }),
            Shape::Text {
                x,
                y,
                text,
                style,
                align,
            } => {
                let tw = fonts.width(text, style.size, style.bold);
                let tx = match align {
                    Align::Left => *x,
                    Align::Center => x - tw / 2.0,
                    Align::Right => x - tw,
                };
                Flow::text_at(items, fonts, x0 + tx, y0 + y, text, *style);
            }
        }
    }
}

// Keep REGULAR referenced for readers: faces 0/1 are the bundled pair.
const _: FaceId = REGULAR;

#[cfg(test)]
mod tests;
