//! The store header on the first page, the running head on the others, and the footer.

use super::super::logo;
use super::*;

/// The logo's box in the letterhead, in points. Wide enough for a wordmark, and no taller than
/// the store name with three lines under it, so a shop with an address and a contact line gets
/// a letterhead no taller with its logo than without: the page's content does not move.
pub const LOGO_BOX_W: f32 = 110.0;
pub const LOGO_BOX_H: f32 = 48.0;
/// Space between the logo and the store name.
const LOGO_GAP: f32 = 12.0;
/// The logo's top sits on the store name's cap height rather than above it.
const LOGO_DROP: f32 = 4.0;

impl Flow<'_> {
    pub(super) fn letterhead(&mut self, doc: &Document) {
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
        // The store's side gets at least 55% of the width, and whatever the document's name
        // and reference figures on the right leave free (a logo takes part of it).
        let right_needed = lh
            .reference
            .iter()
            .map(|(k, v)| fonts.width(v, 9.0, true) + 10.0 + fonts.width(k, SMALL, false))
            .fold(fonts.width(&doc.title, TITLE_SIZE, true), f32::max);
        let mut left_w = (self.content_w() * 0.55).max(self.content_w() - right_needed - 24.0);
        // The logo, if any, left of the store's name; the text moves right by its drawn width
        // (a tall narrow logo leaves more room for the address than a wide one).
        let mut text_x = left;
        let mut logo_bottom = top;
        if let Some(logo) = &lh.logo {
            let (w, h) = logo::fit(logo.width(), logo.height(), LOGO_BOX_W, LOGO_BOX_H);
            items.push(Item::Image {
                x: left,
                y: top + LOGO_DROP,
                w,
                h,
                logo: logo.clone(),
            });
            text_x = left + w + LOGO_GAP;
            left_w -= w + LOGO_GAP;
            logo_bottom = top + LOGO_DROP + h;
        }
        let mut y = top + STORE_NAME_SIZE;
        for line in wrap(&lh.store_name, left_w, STORE_NAME_SIZE, true, fonts) {
            Self::text_at(&mut items, fonts, text_x, y, &line, name_style);
            y += self.line_h(STORE_NAME_SIZE);
        }
        y += 1.0 - self.line_h(STORE_NAME_SIZE) + STORE_NAME_SIZE * 0.55;
        for l in &lh.store_lines {
            for line in wrap(l, left_w, SMALL, false, fonts) {
                y += self.line_h(SMALL);
                Self::text_at(&mut items, fonts, text_x, y, &line, small);
            }
        }
        // Right: the document's name and its reference figures.
        let title = TextStyle {
            size: TITLE_SIZE,
            bold: true,
            color: Color::INK,
        };
        let right_w = self.content_w() * 0.42;
        // A long name shrinks by up to a quarter to stay on one line ("Your parcel is on its
        // way"); a longer one ("Zawiadomienie o opóźnieniu dostawy") wraps within the right
        // side instead: it never runs into the store's name (issue 17).
        let one_line = (0..=((TITLE_SIZE * 0.25) / 0.5) as usize)
            .map(|i| TITLE_SIZE - 0.5 * i as f32)
            .find(|&sz| fonts.width(&doc.title, sz, true) <= right_w);
        let (title_size, title_lines) = match one_line {
            Some(sz) => (sz, vec![doc.title.clone()]),
            None => fit(&doc.title, right_w, TITLE_SIZE, true, fonts),
        };
        let title = TextStyle {
            size: title_size,
            ..title
        };
        let mut ry = top + title_size;
        for (i, line) in title_lines.iter().enumerate() {
            if i > 0 {
                ry += self.line_h(title_size);
            }
            Self::text_aligned(
                &mut items,
                fonts,
                right - right_w,
                right_w,
                ry,
                line,
                title,
                Align::Right,
            );
        }
        ry += title_size * 0.55;
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
        let bottom = y.max(ry).max(logo_bottom) + 14.0;
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

    pub(super) fn running_head(&self, items: &mut Vec<Item>, doc: &Document) {
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

    pub(super) fn footer(
        &self,
        items: &mut Vec<Item>,
        text: &str,
        page_of: &str,
        i: usize,
        n: usize,
    ) {
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
        let page = if page_of.is_empty() {
            format!("Page {i} of {n}")
        } else {
            page_of
                .replace("{page}", &i.to_string())
                .replace("{pages}", &n.to_string())
        };
        let pw = self.fonts.width(&page, 7.5, false);
        let text = wrap(text, self.content_w() - pw - 20.0, 7.5, false, self.fonts)
            .into_iter()
            .next()
            .unwrap_or_default();
        Self::text_at(items, self.fonts, self.left(), y, &text, style);
        Self::text_at(items, self.fonts, self.right() - pw, y, &page, style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::logo::{test_png, Logo};

    fn letter(logo: Option<Logo>, rows: usize) -> Document {
        Document {
            title: "Packing slip".into(),
            paper: Paper::A4,
            letterhead: Letterhead {
                store_name: "Corner Shop".into(),
                store_lines: vec![
                    "1 High Street".into(),
                    "Galway H91 X2Y3".into(),
                    "091 123 456 · hello@corner.example".into(),
                ],
                reference: vec![("Shipment".into(), "SHP-1".into())],
                logo,
            },
            page_of: String::new(),
            footer: "Corner Shop".into(),
            blocks: vec![Block::Table(Table {
                columns: vec![Column::new("SKU", 1.0, Align::Left)],
                rows: (0..rows).map(|i| vec![format!("SKU-{i}")]).collect(),
                ..Default::default()
            })],
        }
    }

    fn logo(w: u32, h: u32) -> Logo {
        Logo::from_bytes(&test_png(w, h)).unwrap()
    }

    /// The accent rule that closes the letterhead.
    fn header_bottom(page: &Page) -> f32 {
        page.items
            .iter()
            .find_map(|i| match i {
                Item::Line { y1, color, .. } if *color == Color::ACCENT => Some(*y1),
                _ => None,
            })
            .expect("the letterhead's rule")
    }

    fn image(page: &Page) -> Option<(f32, f32, f32, f32)> {
        page.items.iter().find_map(|i| match i {
            Item::Image { x, y, w, h, .. } => Some((*x, *y, *w, *h)),
            _ => None,
        })
    }

    fn store_name_x(page: &Page) -> f32 {
        page.items
            .iter()
            .find_map(|i| match i {
                Item::Text { x, text, .. } if text == "Corner Shop" => Some(*x),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn the_logo_is_drawn_at_the_top_left_and_the_store_name_moves_beside_it() {
        let fonts = FontSet::bundled();
        let page = &layout(&letter(Some(logo(600, 200)), 1), &fonts).pages[0];
        let m = Metrics::default();
        let (x, y, w, h) = image(page).expect("the logo is on the page");
        assert_eq!((x, y), (m.margin_x, m.margin_top + LOGO_DROP));
        assert_eq!((w, h), (LOGO_BOX_W, LOGO_BOX_W / 3.0), "600×200 keeps 3:1");
        assert_eq!(store_name_x(page), x + w + LOGO_GAP);
    }

    #[test]
    fn a_logo_does_not_make_the_letterhead_taller() {
        let fonts = FontSet::bundled();
        let without = &layout(&letter(None, 1), &fonts).pages[0];
        for (w, h) in [(600, 200), (200, 600), (48, 48), (4000, 100)] {
            let with = &layout(&letter(Some(logo(w, h)), 1), &fonts).pages[0];
            assert_eq!(
                header_bottom(with),
                header_bottom(without),
                "a {w}×{h} logo keeps the header height"
            );
        }
    }

    #[test]
    fn logos_of_any_shape_fit_the_box_and_keep_their_aspect_ratio() {
        let fonts = FontSet::bundled();
        for (pw, ph) in [(600, 200), (200, 600), (30, 20), (4000, 100), (640, 640)] {
            let l = logo(pw, ph);
            let page = &layout(&letter(Some(l.clone()), 1), &fonts).pages[0];
            let (_, _, w, h) = image(page).unwrap();
            assert!(
                w <= LOGO_BOX_W + 1e-3 && h <= LOGO_BOX_H + 1e-3,
                "{pw}×{ph}"
            );
            let aspect = l.width() as f32 / l.height() as f32;
            assert!((w / h - aspect).abs() / aspect < 0.01, "{pw}×{ph}");
        }
    }

    #[test]
    fn without_a_logo_the_store_name_starts_at_the_margin() {
        let page = &layout(&letter(None, 1), &FontSet::bundled()).pages[0];
        assert!(image(page).is_none());
        assert_eq!(store_name_x(page), Metrics::default().margin_x);
    }

    #[test]
    fn only_the_first_page_carries_the_logo() {
        let l = layout(&letter(Some(logo(600, 200)), 120), &FontSet::bundled());
        assert!(l.pages.len() > 1);
        assert!(image(&l.pages[0]).is_some());
        assert!(l.pages[1..].iter().all(|p| image(p).is_none()));
    }
}
