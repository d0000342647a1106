//! Layout tests: pagination, tables, headings, drawings — all without writing a PDF.

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
            logo: None,
        },
        page_of: String::new(),
        footer: "Corner Shop".into(),
        blocks,
    }
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
