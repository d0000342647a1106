//! Headings, paragraphs, key/value pairs, panels side by side and notes.

use super::*;

impl Flow<'_> {
    /// How much of the block after a heading must fit with it, so a heading never ends a page.
    pub(super) fn keep_with_next(&self, next: Option<&Block>) -> f32 {
        match next {
            Some(Block::Table(_)) => 3.0 * self.line_h(TABLE_SIZE) + 4.0 * self.m.cell_pad_y,
            Some(Block::Drawing(d)) => d.height,
            Some(Block::Note { .. }) | Some(Block::Columns(_)) => 60.0,
            Some(_) => 2.0 * self.line_h(TextStyle::BODY.size),
            None => 0.0,
        }
    }

    pub(super) fn heading(&mut self, text: &str, next: Option<&Block>) {
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

    pub(super) fn paragraph(&mut self, text: &str, style: TextStyle) {
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

    pub(super) fn key_value(&mut self, pairs: &[(String, String)]) {
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
            // A label longer than its column wraps under itself (issue 17).
            let (ksize, klines) = fit(k, label_w - 14.0, SMALL + 0.5, false, fonts);
            self.ensure(lh * lines.len().max(klines.len()) as f32);
            let x = self.left();
            let label = TextStyle {
                size: ksize,
                bold: false,
                color: Color::MUTED,
            };
            let mut ky = self.y + size;
            for kl in &klines {
                Self::text_at(self.items(), fonts, x, ky, kl, label);
                ky += self.line_h(ksize);
            }
            let top = self.y;
            for line in lines {
                let y = self.y + size;
                Self::text_at(self.items(), fonts, x + label_w, y, &line, TextStyle::BODY);
                self.y += lh;
            }
            self.y = self.y.max(top + self.line_h(ksize) * klines.len() as f32);
            self.y += 3.0; // air between pairs
        }
        self.y += 4.0;
    }

    /// Lays a panel into `items` at (x, y) within width `w`; returns its height.
    pub(super) fn panel(&self, items: &mut Vec<Item>, p: &Panel, x: f32, y0: f32, w: f32) -> f32 {
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
                // A label longer than its column wraps under itself (issue 17: German and
                // Polish labels) rather than running into the value.
                let (ksize, klines) = fit(k, label_w - 6.0, label.size, false, fonts);
                let label = TextStyle {
                    size: ksize,
                    ..label
                };
                let mut ky = y;
                for kl in &klines {
                    Self::text_at(items, fonts, x, ky + body.size, kl, label);
                    ky += self.line_h(ksize);
                }
                for line in wrap(v, w - label_w, body.size, false, fonts) {
                    Self::text_at(items, fonts, x + label_w, y + body.size, &line, body);
                    y += lh;
                }
                y = y.max(ky);
            }
        }
        if let Some(d) = &p.drawing {
            y += 6.0;
            draw(items, fonts, d, x, y);
            y += d.height;
        }
        y - y0
    }

    pub(super) fn columns(&mut self, panels: &[Panel]) {
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

    pub(super) fn note(&mut self, title: &str, text: &str) {
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
}
