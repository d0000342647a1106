//! Emit: positioned pages → PDF bytes with printpdf. No decisions about where things go are
//! made here; this only translates [`Item`]s into PDF operators (flipping y: PDF counts from
//! the bottom) and embeds the fonts that the pages use, subset to the glyphs they use.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use printpdf::{
    Color as PdfColor, ImageCompression, ImageOptimizationOptions, Line, LinePoint, Op, PaintMode,
    ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb,
    TextItem, TextMatrix, XObjectId, XObjectTransform,
};

use super::fonts::{Face, FontSet};
use super::layout::{Item, Layout};
use super::logo::Logo;
use super::model::Color;
use crate::{Error, Result};

/// The face cut down to the glyphs of `chars` (and .notdef), with a Unicode cmap, parsed by
/// printpdf. Parsing a whole 550 KB face was most of the time of a one-slip run (~3 ms of
/// glyph and cmap tables a slip never uses); a subset of a hundred glyphs parses in a fraction
/// of that. printpdf subsets again when it writes, which on a small font costs little. None
/// when the face cannot be cut (then the whole face is used, see [`parsed`]).
fn parsed_subset(face: &Face, chars: &BTreeSet<char>) -> Option<ParsedFont> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{subset, CmapTarget, SubsetProfile};

    let mut glyphs: BTreeSet<u16> = chars.iter().filter_map(|&c| face.glyph_id(c)).collect();
    glyphs.insert(0); // .notdef must be there, first
    let glyphs: Vec<u16> = glyphs.into_iter().collect();
    let data = ReadScope::new(face.bytes).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(face.index as usize).ok()?;
    let program = subset(
        &provider,
        &glyphs,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .ok()?;
    ParsedFont::from_bytes(&program, 0, &mut Vec::new())
}

/// printpdf's parsed form of a whole face, parsed once per process and cloned into each
/// document: the fallback when a face cannot be subset.
fn parsed(face: &'static Face) -> Result<ParsedFont> {
    static PARSED: OnceLock<Mutex<HashMap<usize, ParsedFont>>> = OnceLock::new();
    let key = face as *const Face as usize;
    let map = PARSED.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(p) = map.lock().unwrap().get(&key) {
        return Ok(p.clone());
    }
    let p = ParsedFont::from_bytes(face.bytes, face.index as usize, &mut Vec::new()).ok_or_else(
        || {
            Error::Other(format!(
                "the font {} could not be read for embedding",
                face.name
            ))
        },
    )?;
    map.lock().unwrap().insert(key, p.clone());
    Ok(p)
}

fn rgb(c: Color) -> PdfColor {
    PdfColor::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn pt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// Writes the laid-out pages as a PDF. Fonts are embedded and subset.
pub fn emit(layout: &Layout, fonts: &FontSet) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&layout.title);
    // Only the faces that some text uses are embedded, each with only the characters drawn.
    let mut used: Vec<BTreeSet<char>> = vec![BTreeSet::new(); fonts.faces().len()];
    for p in &layout.pages {
        for it in &p.items {
            if let Item::Text { face, text, .. } = it {
                used[*face].extend(text.chars());
            }
        }
    }
    let mut handles: Vec<Option<PdfFontHandle>> = vec![None; used.len()];
    for (i, chars) in used.iter().enumerate() {
        if !chars.is_empty() {
            let face = fonts.face(i);
            let font = match parsed_subset(face, chars) {
                Some(f) => f,
                None => parsed(face)?,
            };
            handles[i] = Some(PdfFontHandle::External(doc.add_font(&font)));
        }
    }

    // Each distinct logo is embedded once, however many pages of a batch show it.
    let mut images: Vec<(Logo, XObjectId)> = Vec::new();
    for p in &layout.pages {
        for it in &p.items {
            if let Item::Image { logo, .. } = it {
                if !images.iter().any(|(l, _)| l == logo) {
                    images.push((logo.clone(), doc.add_image(logo.image())));
                }
            }
        }
    }

    let mut pages = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        let h = page.height;
        let mut ops = Vec::with_capacity(page.items.len() * 3);
        let mut in_text = false;
        let mut fill: Option<Color> = None;
        let mut stroke: Option<(f32, Color)> = None;
        let mut font: Option<(usize, f32)> = None;
        for it in &page.items {
            match it {
                Item::Text {
                    x,
                    y,
                    size,
                    face,
                    color,
                    text,
                } => {
                    if !in_text {
                        ops.push(Op::StartTextSection);
                        in_text = true;
                        // Tf is part of the text state, which survives BT/ET, but be explicit.
                        font = None;
                    }
                    if font != Some((*face, *size)) {
                        let handle = handles[*face].clone().expect("face registered above");
                        ops.push(Op::SetFont {
                            font: handle,
                            size: Pt(*size),
                        });
                        font = Some((*face, *size));
                    }
                    if fill != Some(*color) {
                        ops.push(Op::SetFillColor { col: rgb(*color) });
                        fill = Some(*color);
                    }
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(*x), Pt(h - *y)),
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(text.clone())],
                    });
                }
                Item::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    color,
                } => {
                    if in_text {
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    if stroke != Some((*width, *color)) {
                        ops.push(Op::SetOutlineColor { col: rgb(*color) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        stroke = Some((*width, *color));
                    }
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![pt(*x1, h - *y1), pt(*x2, h - *y2)],
                            is_closed: false,
                        },
                    });
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
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    let mode = match (f, s) {
                        (Some(_), Some(_)) => PaintMode::FillStroke,
                        (Some(_), None) => PaintMode::Fill,
                        (None, Some(_)) => PaintMode::Stroke,
                        (None, None) => continue,
                    };
                    if let Some(c) = f {
                        if fill != Some(*c) {
                            ops.push(Op::SetFillColor { col: rgb(*c) });
                            fill = Some(*c);
                        }
                    }
                    if let Some((width, c)) = s {
                        if stroke != Some((*width, *c)) {
                            ops.push(Op::SetOutlineColor { col: rgb(*c) });
                            ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                            stroke = Some((*width, *c));
                        }
                    }
                    ops.push(Op::DrawRectangle {
                        rectangle: Rect {
                            x: Pt(*x),
                            y: Pt(h - *y - *rh),
                            width: Pt(*w),
                            height: Pt(*rh),
                            mode: Some(mode),
                            winding_order: None,
                        },
                    });
                }
                Item::Image {
                    x,
                    y,
                    w,
                    h: ih,
                    logo,
                } => {
                    if in_text {
                        ops.push(Op::EndTextSection);
                        in_text = false;
                    }
                    let id = images
                        .iter()
                        .find(|(l, _)| l == logo)
                        .map(|(_, id)| id.clone())
                        .expect("image registered above");
                    // At 72 dpi one pixel is one point; the scale then fits the laid-out box.
                    ops.push(Op::UseXobject {
                        id,
                        transform: XObjectTransform {
                            translate_x: Some(Pt(*x)),
                            translate_y: Some(Pt(h - *y - *ih)),
                            scale_x: Some(*w / logo.width() as f32),
                            scale_y: Some(*ih / logo.height() as f32),
                            dpi: Some(72.0),
                            ..Default::default()
                        },
                    });
                }
            }
        }
        if in_text {
            ops.push(Op::EndTextSection);
        }
        pages.push(PdfPage::new(Pt(page.width).into(), Pt(h).into(), ops));
    }
    // A drawn logo (PNG) stays lossless: JPEG artefacts round sharp edges and flat colours.
    // A photograph (a JPEG logo) stays JPEG, at a quality that does not show on paper.
    let photo = images.iter().any(|(l, _)| l.is_photo());
    let opts = PdfSaveOptions {
        subset_fonts: true,
        optimize: true,
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(if photo {
                ImageCompression::Jpeg
            } else {
                ImageCompression::Flate
            }),
            quality: Some(0.9),
            // Logo::load has already downsized it; printpdf's own limit would resample again.
            max_image_size: None,
            ..Default::default()
        }),
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let bytes = doc.with_pages(pages).save(&opts, &mut warnings);
    if bytes.is_empty() {
        return Err(Error::Other(format!(
            "the PDF could not be written: {warnings:?}"
        )));
    }
    Ok(bytes)
}
