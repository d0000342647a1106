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
        f.footer(&mut items, &doc.footer, i + 1, n);
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

/// Wraps `text` into lines no wider than `width` points. Breaks at spaces; a word longer than
/// the line is broken between characters; `\n` forces a break. Never returns no line.
pub fn wrap(text: &str, width: f32, size: f32, bold: bool, fonts: &FontSet) -> Vec<String> {
    let mut out = Vec::new();
    let space = fonts.width(" ", size, bold);
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0f32;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let ww = fonts.width(word, size, bold);
            let needed = if line.is_empty() {
                ww
            } else {
                line_w + space + ww
            };
            if needed <= width + 0.01 {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_w = needed;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                line_w = 0.0;
            }
            if ww <= width + 0.01 {
                line.push_str(word);
                line_w = ww;
            } else {
                // Longer than a whole line (a long SKU, or CJK text without spaces).
                for c in word.chars() {
                    let cw = fonts.width(c.encode_utf8(&mut [0; 4]), size, bold);
                    if line_w + cw > width + 0.01 && !line.is_empty() {
                        out.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            }
        }
        out.push(line);
    }
    out
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

    fn letterhead(&mut self, doc: &Document) {
        let lh = &doc.letterhead;
        let (left, right) = (self.left(), self.right());
        let fonts = self.fonts;
        let top = self.m.margin_top;
        let mut items = Vec::new();
        // Left: the store.
        let name_style = TextStyle {
            size: STORE_NAME_SIZE,
            bold: true,
            color: Color::INK,
        };
        let small = TextStyle {
            size: SMALL,
            bold: false,
            color: Color::MUTED,
        };
        let left_w = self.content_w() * 0.55;
        let mut y = top + STORE_NAME_SIZE;
        for line in wrap(&lh.store_name, left_w, STORE_NAME_SIZE, true, fonts) {
            Self::text_at(&mut items, fonts, left, y, &line, name_style);
            y += self.line_h(STORE_NAME_SIZE);
        }
        y += 1.0 - self.line_h(STORE_NAME_SIZE) + STORE_NAME_SIZE * 0.55;
        for l in &lh.store_lines {
            for line in wrap(l, left_w, SMALL, false, fonts) {
                y += self.line_h(SMALL);
                Self::text_at(&mut items, fonts, left, y, &line, small);
            }
        }
        // Right: the document's name and its reference figures.
        let title = TextStyle {
            size: TITLE_SIZE,
            bold: true,
            color: Color::INK,
        };
        let right_w = self.content_w() * 0.42;
        let mut ry = top + TITLE_SIZE;
        Self::text_aligned(
            &mut items,
            fonts,
            right - right_w,
            right_w,
            ry,
            &doc.title,
            title,
            Align::Right,
        );
        ry += TITLE_SIZE * 0.55;
        let label_style = TextStyle {
            size: SMALL,
            bold: false,
            color: Color::MUTED,
        };
        let value_style = TextStyle {
            size: 9.0,
            bold: true,
            color: Color::INK,
        };
        for (k, v) in &lh.reference {
            ry += self.line_h(9.0);
            let vw = fonts.width(v, 9.0, true);
            Self::text_at(&mut items, fonts, right - vw, ry, v, value_style);
            let kw = fonts.width(k, SMALL, false);
            Self::text_at(
                &mut items,
                fonts,
                right - vw - 10.0 - kw,
                ry,
                k,
                label_style,
            );
        }
        let bottom = y.max(ry) + 14.0;
        items.push(Item::Line {
            x1: left,
            y1: bottom,
            x2: right,
            y2: bottom,
            width: 1.2,
            color: Color::ACCENT,
        });
        self.items().extend(items);
        self.y = bottom + 20.0;
    }

    fn running_head(&self, items: &mut Vec<Item>, doc: &Document) {
        let y = self.m.margin_top + 9.0;
        let style = TextStyle {
            size: 8.5,
            bold: true,
            color: Color::INK,
        };
        Self::text_at(
            items,
            self.fonts,
            self.left(),
            y,
            &doc.letterhead.store_name,
            style,
        );
        let mut right = doc.title.clone();
        if let Some((k, v)) = doc.letterhead.reference.first() {
            right = format!("{right} · {k} {v}");
        }
        let muted = TextStyle {
            size: 8.5,
            bold: false,
            color: Color::MUTED,
        };
        Self::text_aligned(
            items,
            self.fonts,
            self.left(),
            self.content_w(),
            y,
            &right,
            muted,
            Align::Right,
        );
        let ly = y + 8.0;
        items.push(Item::Line {
            x1: self.left(),
            y1: ly,
            x2: self.right(),
            y2: ly,
            width: 0.5,
            color: Color::RULE,
        });
    }

    fn footer(&self, items: &mut Vec<Item>, text: &str, i: usize, n: usize) {
        let ly = self.h - self.m.margin_bottom + 22.0;
        items.push(Item::Line {
            x1: self.left(),
            y1: ly,
            x2: self.right(),
            y2: ly,
            width: 0.5,
            color: Color::RULE,
        });
        let y = ly + 13.0;
        let style = TextStyle {
            size: 7.5,
            bold: false,
            color: Color::MUTED,
        };
        let page = format!("Page {i} of {n}");
        let pw = self.fonts.width(&page, 7.5, false);
        let text = wrap(text, self.content_w() - pw - 20.0, 7.5, false, self.fonts)
            .into_iter()
            .next()
            .unwrap_or_default();
        Self::text_at(items, self.fonts, self.left(), y, &text, style);
        Self::text_at(items, self.fonts, self.right() - pw, y, &page, style);
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

    /// How much of the block after a heading must fit with it, so a heading never ends a page.
    fn keep_with_next(&self, next: Option<&Block>) -> f32 {
        match next {
            Some(Block::Table(_)) => 3.0 * self.line_h(TABLE_SIZE) + 4.0 * self.m.cell_pad_y,
            Some(Block::Drawing(d)) => d.height,
            Some(Block::Note { .. }) | Some(Block::Columns(_)) => 60.0,
            Some(_) => 2.0 * self.line_h(TextStyle::BODY.size),
            None => 0.0,
        }
    }

    fn heading(&mut self, text: &str, next: Option<&Block>) {
        let own = 8.0 + HEADING_SIZE + 10.0;
        self.ensure(own + self.keep_with_next(next));
        self.y += 8.0;
        let style = TextStyle {
            size: HEADING_SIZE,
            bold: true,
            color: Color::INK,
        };
        let (x, w, fonts) = (self.left(), self.content_w(), self.fonts);
        let base = self.y + HEADING_SIZE;
        for line in wrap(text, w, HEADING_SIZE, true, fonts) {
            let y = self.y + HEADING_SIZE;
            Self::text_at(self.items(), fonts, x, y, &line, style);
            self.y += self.line_h(HEADING_SIZE);
        }
        let _ = base;
        self.y += 10.0;
    }

    fn paragraph(&mut self, text: &str, style: TextStyle) {
        let (x, w, fonts) = (self.left(), self.content_w(), self.fonts);
        let lh = self.line_h(style.size);
        for line in wrap(text, w, style.size, style.bold, fonts) {
            self.ensure(lh);
            let y = self.y + style.size;
            Self::text_at(self.items(), fonts, x, y, &line, style);
            self.y += lh;
        }
        self.y += style.size * 0.6;
    }

    fn key_value(&mut self, pairs: &[(String, String)]) {
        let fonts = self.fonts;
        let size = TextStyle::BODY.size;
        let label_w = pairs
            .iter()
            .map(|(k, _)| fonts.width(k, SMALL + 0.5, false))
            .fold(0.0f32, f32::max)
            .min(self.content_w() * 0.35)
            + 14.0;
        let lh = self.line_h(size);
        for (k, v) in pairs {
            let lines = wrap(v, self.content_w() - label_w, size, false, fonts);
            self.ensure(lh * lines.len() as f32);
            let x = self.left();
            let ky = self.y + size;
            let label = TextStyle {
                size: SMALL + 0.5,
                bold: false,
                color: Color::MUTED,
            };
            Self::text_at(self.items(), fonts, x, ky, k, label);
            for line in lines {
                let y = self.y + size;
                Self::text_at(self.items(), fonts, x + label_w, y, &line, TextStyle::BODY);
                self.y += lh;
            }
            self.y += 3.0; // air between pairs
        }
        self.y += 4.0;
    }

    /// Lays a panel into `items` at (x, y) within width `w`; returns its height.
    fn panel(&self, items: &mut Vec<Item>, p: &Panel, x: f32, y0: f32, w: f32) -> f32 {
        let fonts = self.fonts;
        let mut y = y0;
        if !p.title.is_empty() {
            let style = TextStyle {
                size: PANEL_TITLE_SIZE,
                bold: true,
                color: Color::MUTED,
            };
            y += PANEL_TITLE_SIZE;
            Self::text_at(items, fonts, x, y, &p.title.to_uppercase(), style);
            y += 7.0;
        }
        let body = TextStyle::BODY;
        let lh = self.line_h(body.size);
        for (i, l) in p.lines.iter().enumerate() {
            let style = if i == 0 {
                TextStyle { bold: true, ..body }
            } else {
                body
            };
            for line in wrap(l, w, style.size, style.bold, fonts) {
                Self::text_at(items, fonts, x, y + body.size, &line, style);
                y += lh;
            }
        }
        if !p.pairs.is_empty() {
            let label = TextStyle {
                size: SMALL + 0.5,
                bold: false,
                color: Color::MUTED,
            };
            let label_w = p
                .pairs
                .iter()
                .map(|(k, _)| fonts.width(k, label.size, false))
                .fold(0.0f32, f32::max)
                + 10.0;
            let label_w = label_w.min(w * 0.45);
            for (k, v) in &p.pairs {
                Self::text_at(items, fonts, x, y + body.size, k, label);
                for line in wrap(v, w - label_w, body.size, false, fonts) {
                    Self::text_at(items, fonts, x + label_w, y + body.size, &line, body);
                    y += lh;
                }
            }
        }
        if let Some(d) = &p.drawing {
            y += 6.0;
            draw(items, fonts, d, x, y);
            y += d.height;
        }
        y - y0
    }

    fn columns(&mut self, panels: &[Panel]) {
        if panels.is_empty() {
            return;
        }
        let gap = 24.0;
        let n = panels.len() as f32;
        let pw = (self.content_w() - gap * (n - 1.0)) / n;
        // Measure first (into a scratch list) so the row of panels is never split.
        let mut scratch = Vec::new();
        let height = panels
            .iter()
            .enumerate()
            .map(|(i, p)| {
                self.panel(
                    &mut scratch,
                    p,
                    self.left() + i as f32 * (pw + gap),
                    0.0,
                    pw,
                )
            })
            .fold(0.0f32, f32::max);
        self.ensure(height);
        let y = self.y;
        let mut items = Vec::new();
        for (i, p) in panels.iter().enumerate() {
            self.panel(&mut items, p, self.left() + i as f32 * (pw + gap), y, pw);
        }
        self.items().extend(items);
        self.y += height + 14.0;
    }

    fn note(&mut self, title: &str, text: &str) {
        let fonts = self.fonts;
        let pad = 10.0;
        let inner = self.content_w() - 2.0 * pad - 3.0;
        let body = TextStyle::BODY;
        let lh = self.line_h(body.size);
        let title_lines = if title.is_empty() {
            vec![]
        } else {
            wrap(title, inner, body.size, true, fonts)
        };
        let lines = wrap(text, inner, body.size, false, fonts);
        let h = 2.0 * pad + lh * (title_lines.len() + lines.len()) as f32 - (lh - body.size) + 2.0;
        self.ensure(h + 10.0);
        let (x, y0, w) = (self.left(), self.y, self.content_w());
        let items = self.pages.last_mut().expect("a page");
        items.push(Item::Rect {
            x,
            y: y0,
            w,
            h,
            fill: Some(Color::TINT),
            stroke: None,
        });
        items.push(Item::Rect {
            x,
            y: y0,
            w: 3.0,
            h,
            fill: Some(Color::ACCENT),
            stroke: None,
        });
        let mut y = y0 + pad + body.size;
        for l in &title_lines {
            Self::text_at(
                items,
                fonts,
                x + 3.0 + pad,
                y,
                l,
                TextStyle { bold: true, ..body },
            );
            y += lh;
        }
        for l in &lines {
            Self::text_at(items, fonts, x + 3.0 + pad, y, l, body);
            y += lh;
        }
        self.y = y0 + h + 12.0;
    }

    fn table(&mut self, t: &Table) {
        let fonts = self.fonts;
        let m = self.m;
        let total_w = self.content_w();
        let weight: f32 = t
            .columns
            .iter()
            .map(|c| c.weight.max(0.0))
            .sum::<f32>()
            .max(f32::EPSILON);
        let widths: Vec<f32> = t
            .columns
            .iter()
            .map(|c| total_w * c.weight.max(0.0) / weight)
            .collect();
        let lh = self.line_h(TABLE_SIZE);
        let head_lh = self.line_h(TABLE_HEAD_SIZE);

        // The header's cells wrap too (narrow numeric columns).
        let head: Vec<Vec<String>> = t
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                wrap(
                    &c.title.to_uppercase(),
                    w - 2.0 * m.cell_pad_x,
                    TABLE_HEAD_SIZE,
                    true,
                    fonts,
                )
            })
            .collect();
        let head_h = head.iter().map(|l| l.len()).max().unwrap_or(1) as f32 * head_lh
            + 2.0 * m.cell_pad_y
            + 1.0;

        let draw_header = |flow: &mut Flow<'_>| {
            let (x0, y0) = (flow.left(), flow.y);
            let items = flow.pages.last_mut().expect("a page");
            items.push(Item::Rect {
                x: x0,
                y: y0,
                w: total_w,
                h: head_h,
                fill: Some(Color::TINT),
                stroke: None,
            });
            let mut x = x0;
            let style = TextStyle {
                size: TABLE_HEAD_SIZE,
                bold: true,
                color: Color::MUTED,
            };
            for ((c, lines), w) in t.columns.iter().zip(&head).zip(&widths) {
                let mut y = y0 + m.cell_pad_y + TABLE_HEAD_SIZE + 1.0;
                for l in lines {
                    Self::text_aligned(
                        items,
                        fonts,
                        x + m.cell_pad_x,
                        w - 2.0 * m.cell_pad_x,
                        y,
                        l,
                        style,
                        c.align,
                    );
                    y += head_lh;
                }
                x += w;
            }
            let by = y0 + head_h;
            items.push(Item::Line {
                x1: x0,
                y1: by,
                x2: x0 + total_w,
                y2: by,
                width: 0.6,
                color: Color::MUTED,
            });
            flow.y = by;
        };

        let row_cells = |row: &[String], bold: bool| -> Vec<Vec<String>> {
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let s = row.get(i).map(String::as_str).unwrap_or("");
                    wrap(s, w - 2.0 * m.cell_pad_x, TABLE_SIZE, bold, fonts)
                })
                .collect()
        };
        let row_h = |cells: &[Vec<String>]| {
            cells.iter().map(|c| c.len()).max().unwrap_or(1) as f32 * lh + 2.0 * m.cell_pad_y
        };

        // The header and the first row travel together.
        let first_h = match t.rows.first() {
            Some(r) => row_h(&row_cells(r, false)),
            None => lh + 2.0 * m.cell_pad_y,
        };
        self.ensure(head_h + first_h);
        draw_header(self);

        let draw_row = |flow: &mut Flow<'_>,
                        cells: &[Vec<String>],
                        h: f32,
                        style: TextStyle,
                        rule: Option<(f32, Color)>| {
            let (x0, y0) = (flow.left(), flow.y);
            let items = flow.pages.last_mut().expect("a page");
            let mut x = x0;
            for ((c, lines), w) in t.columns.iter().zip(cells).zip(&widths) {
                let mut y = y0 + m.cell_pad_y + TABLE_SIZE;
                for l in lines {
                    Self::text_aligned(
                        items,
                        fonts,
                        x + m.cell_pad_x,
                        w - 2.0 * m.cell_pad_x,
                        y,
                        l,
                        style,
                        c.align,
                    );
                    y += lh;
                }
                x += w;
            }
            if let Some((width, color)) = rule {
                let by = y0 + h;
                items.push(Item::Line {
                    x1: x0,
                    y1: by,
                    x2: x0 + total_w,
                    y2: by,
                    width,
                    color,
                });
            }
            flow.y = y0 + h;
        };

        if t.rows.is_empty() {
            let h = lh + 2.0 * m.cell_pad_y;
            let (x0, y0) = (self.left(), self.y);
            let items = self.items();
            Self::text_at(
                items,
                fonts,
                x0 + m.cell_pad_x,
                y0 + m.cell_pad_y + TABLE_SIZE,
                &t.empty,
                TextStyle {
                    size: TABLE_SIZE,
                    bold: false,
                    color: Color::MUTED,
                },
            );
            items.push(Item::Line {
                x1: x0,
                y1: y0 + h,
                x2: x0 + total_w,
                y2: y0 + h,
                width: 0.4,
                color: Color::RULE,
            });
            self.y += h;
        }
        let body = TextStyle {
            size: TABLE_SIZE,
            bold: false,
            color: Color::INK,
        };
        for row in &t.rows {
            let cells = row_cells(row, false);
            let h = row_h(&cells);
            if h > self.remaining() {
                self.new_page();
                draw_header(self);
            }
            draw_row(self, &cells, h, body, Some((0.4, Color::RULE)));
        }
        let strong = TextStyle {
            size: TABLE_SIZE,
            bold: true,
            color: Color::INK,
        };
        for (i, row) in t.totals.iter().enumerate() {
            let cells = row_cells(row, true);
            let h = row_h(&cells);
            if h > self.remaining() {
                self.new_page();
                draw_header(self);
            }
            if i == 0 {
                let (x0, y0) = (self.left(), self.y);
                self.items().push(Item::Line {
                    x1: x0,
                    y1: y0,
                    x2: x0 + total_w,
                    y2: y0,
                    width: 0.8,
                    color: Color::INK,
                });
            }
            draw_row(self, &cells, h, strong, None);
        }
        self.y += 12.0;
    }
}

/// Places a drawing's shapes with its top-left corner at (x0, y0).
fn draw(items: &mut Vec<Item>, fonts: &FontSet, d: &Drawing, x0: f32, y0: f32) {
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
mod tests {
    use super::*;

    fn fonts() -> FontSet {
        FontSet::bundled()
    }

    fn table(rows: usize) -> Table {
        Table {
            columns: vec![
                Column::new("SKU", 1.0, Align::Left),
                Column::new("Description", 4.0, Align::Left),
                Column::new("Qty", 0.8, Align::Right),
            ],
            rows: (1..=rows)
                .map(|i| {
                    vec![
                        format!("SKU-{i:03}"),
                        format!("Item number {i}"),
                        i.to_string(),
                    ]
                })
                .collect(),
            empty: "Nothing".into(),
            totals: vec![],
        }
    }

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            title: "Packing slip".into(),
            paper: Paper::A4,
            letterhead: Letterhead {
                store_name: "Corner Shop".into(),
                store_lines: vec!["1 High Street".into()],
                reference: vec![("Shipment".into(), "SHP-1".into())],
            },
            footer: "Corner Shop".into(),
            blocks,
        }
    }

    #[test]
    fn wrapping_keeps_every_line_within_the_width_and_loses_no_word() {
        let f = fonts();
        let text = "A long description of a handmade ceramic teapot with a bamboo handle and a matching lid";
        let lines = wrap(text, 120.0, 9.0, false, &f);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(f.width(l, 9.0, false) <= 120.01, "{l:?} is too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_between_characters() {
        let f = fonts();
        let lines = wrap("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 50.0, 9.0, false, &f);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        for l in &lines {
            assert!(f.width(l, 9.0, false) <= 50.01);
        }
    }

    #[test]
    fn newlines_force_breaks_and_empty_text_gives_one_empty_line() {
        let f = fonts();
        assert_eq!(wrap("a\nb", 500.0, 9.0, false, &f), vec!["a", "b"]);
        assert_eq!(wrap("", 500.0, 9.0, false, &f), vec![""]);
    }

    #[test]
    fn a_long_table_paginates_with_its_header_on_every_page_and_page_numbers_of_n() {
        let f = fonts();
        let l = layout(
            &doc(vec![
                Block::Heading("In this parcel".into()),
                Block::Table(table(80)),
            ]),
            &f,
        );
        let n = l.pages.len();
        assert!(n >= 2, "80 rows need more than one page");
        let mut seen = Vec::new();
        for (i, p) in l.pages.iter().enumerate() {
            let texts: Vec<&str> = p.texts().collect();
            assert!(
                texts.contains(&"DESCRIPTION"),
                "page {} has the header row",
                i + 1
            );
            assert!(texts.contains(&format!("Page {} of {n}", i + 1).as_str()));
            seen.extend(
                texts
                    .iter()
                    .filter(|t| t.starts_with("SKU-"))
                    .map(|t| t.to_string()),
            );
            // Nothing is drawn below the content area except the footer.
            for it in &p.items {
                if let Item::Text { y, text, .. } = it {
                    if !text.starts_with("Page ") && text != "Corner Shop" {
                        assert!(
                            *y <= p.height - Metrics::default().margin_bottom + 0.01,
                            "{text} at {y}"
                        );
                    }
                }
            }
        }
        let expected: Vec<String> = (1..=80).map(|i| format!("SKU-{i:03}")).collect();
        assert_eq!(seen, expected, "every row once, in order");
    }

    #[test]
    fn a_short_table_fits_on_one_page() {
        let l = layout(&doc(vec![Block::Table(table(5))]), &fonts());
        assert_eq!(l.pages.len(), 1);
        assert!(l.pages[0].texts().any(|t| t == "Page 1 of 1"));
    }

    #[test]
    fn letter_paper_is_narrower_and_shorter_than_a4() {
        let mut d = doc(vec![Block::Table(table(80))]);
        d.paper = Paper::Letter;
        let l = layout(&d, &fonts());
        assert_eq!((l.pages[0].width, l.pages[0].height), (612.0, 792.0));
        let a4 = layout(&doc(vec![Block::Table(table(80))]), &fonts());
        assert!(l.pages.len() >= a4.pages.len());
    }

    #[test]
    fn long_cells_wrap_inside_their_column_and_make_the_row_taller() {
        let f = fonts();
        let mut t = table(1);
        t.rows[0][1] = "word ".repeat(60);
        let l = layout(&doc(vec![Block::Table(t)]), &f);
        let words: Vec<(f32, f32)> = l.pages[0]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { x, y, text, .. } if text.starts_with("word") => Some((*x, *y)),
                _ => None,
            })
            .collect();
        assert!(words.len() > 1, "the description wrapped");
        let x = words[0].0;
        assert!(
            words.iter().all(|w| (w.0 - x).abs() < 0.01),
            "all lines start at the cell's left edge"
        );
    }

    #[test]
    fn a_heading_is_never_left_alone_at_the_bottom_of_a_page() {
        let f = fonts();
        let mut blocks = vec![
            Block::Spacer(560.0),
            Block::Heading("Still on backorder".into()),
            Block::Table(table(3)),
        ];
        blocks.insert(0, Block::paragraph("x"));
        let l = layout(&doc(blocks), &f);
        let page_of = |s: &str| l.pages.iter().position(|p| p.texts().any(|t| t == s));
        assert_eq!(page_of("Still on backorder"), page_of("SKU-001"));
    }

    #[test]
    fn drawings_are_placed_relative_to_their_box() {
        let d = Drawing {
            width: 100.0,
            height: 50.0,
            shapes: vec![Shape::FilledRect {
                x: 10.0,
                y: 5.0,
                w: 2.0,
                h: 40.0,
                color: Color::BLACK,
            }],
        };
        let l = layout(&doc(vec![Block::Drawing(d)]), &fonts());
        let rect = l.pages[0].items.iter().find_map(|i| match i {
            Item::Rect {
                x,
                w,
                fill: Some(c),
                ..
            } if *c == Color::BLACK => Some((*x, *w)),
            _ => None,
        });
        assert_eq!(rect, Some((Metrics::default().margin_x + 10.0, 2.0)));
    }
}
