//! Tables: column widths from weights, wrapped cells, rows that never split, and the header
//! row repeated at the top of every page the table spans.

use super::*;

impl Flow<'_> {
    pub(super) fn table(&mut self, t: &Table) {
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

        // The header's cells wrap too (narrow numeric columns), and a word too long for its
        // column ("VORAUSSICHTLICH", "PRZEWIDYWANA") shrinks a little first (issue 17).
        let head: Vec<(f32, Vec<String>)> = t
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                fit(
                    &c.title.to_uppercase(),
                    w - 2.0 * m.cell_pad_x,
                    TABLE_HEAD_SIZE,
                    true,
                    fonts,
                )
            })
            .collect();
        let head_h = head.iter().map(|(_, l)| l.len()).max().unwrap_or(1) as f32 * head_lh
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
            for ((c, (size, lines)), w) in t.columns.iter().zip(&head).zip(&widths) {
                let mut y = y0 + m.cell_pad_y + TABLE_HEAD_SIZE + 1.0;
                let style = TextStyle {
                    size: *size,
                    ..style
                };
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
