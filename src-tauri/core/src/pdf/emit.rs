//! Emit: positioned pages → PDF bytes. No decisions about where things go are made here;
//! this only translates [`Item`]s into PDF operators (flipping y: PDF counts from the bottom,
//! in [`content`]) and embeds the fonts that the pages use, subset to the glyphs they use
//! (printpdf), and the logo.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use printpdf::{
    FontId, ImageCompression, ImageOptimizationOptions, Op, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Pt, TextItem, XObjectTransform,
};

use super::fonts::{Face, FontSet};
use super::layout::{Item, Layout};
use super::logo::{FlateImage, Logo, Pixels};
use crate::{Error, Result};

mod content;

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
            Error::other(format!(
                "the font {} could not be read for embedding",
                face.name
            ))
        },
    )?;
    map.lock().unwrap().insert(key, p.clone());
    Ok(p)
}

/// A face handed to printpdf and the Identity-H code of each character it draws.
struct Embedded {
    font: ParsedFont,
    codes: Vec<(char, u16)>,
}

/// Parses `face` for embedding (cut down to `chars` where it can be) and works out the code
/// printpdf gives each character. printpdf subsets again when it writes: the glyphs it keeps
/// are .notdef then the used glyph ids in ascending order, each renumbered to its position in
/// that list (`printpdf::font::subset_font`), and for a CID-keyed CFF font the code is the
/// glyph's CID, which the subsetter preserves. The carrier page (see [`emit`]) shows every
/// character, so the used glyphs are exactly these.
fn embed(face: &'static Face, chars: &BTreeSet<char>) -> Result<Embedded> {
    let font = match parsed_subset(face, chars) {
        Some(f) => f,
        None => parsed(face)?,
    };
    let gid = |c: char| font.lookup_glyph_index(c as u32);
    let used: BTreeSet<u16> = chars.iter().filter_map(|&c| gid(c)).collect();
    let kept: Vec<u16> = std::iter::once(0)
        .chain(used.into_iter().filter(|g| *g != 0))
        .collect();
    let cids = font
        .source_bytes()
        .and_then(|b| printpdf::font::cff_charset_gid_to_cid_map(b.as_slice(), 0));
    let code = |g: u16| match &cids {
        Some(map) => map.get(&g).copied().unwrap_or(g),
        None => kept.binary_search(&g).map(|i| i as u16).unwrap_or(0),
    };
    let codes = chars
        .iter()
        .map(|&c| (c, gid(c).map(code).unwrap_or(0)))
        .collect();
    Ok(Embedded { font, codes })
}

/// Page contents are compressed as they are written, with one reused compressor. Level 6
/// (zlib's default, what ReportLab uses) keeps the file smaller than ReportLab's for the
/// same slips; 9, lopdf's choice, costs several times the CPU for ~1% fewer bytes on text.
const LEVEL: u32 = 6;

fn deflate(z: &mut flate2::Compress, input: &[u8], out: &mut Vec<u8>) -> Result<()> {
    z.reset();
    out.clear();
    out.reserve(input.len() / 2 + 64);
    loop {
        let consumed = z.total_in() as usize;
        let status = z
            .compress_vec(&input[consumed..], out, flate2::FlushCompress::Finish)
            .map_err(|e| Error::other(format!("the PDF could not be compressed: {e}")))?;
        if status == flate2::Status::StreamEnd {
            return Ok(());
        }
        out.reserve(out.capacity().max(1024));
    }
}

/// Adds a lossless logo's image XObject (and its /SMask) to `pdf`, its streams written as
/// they are: already deflated, PNG-filtered rows.
fn flate_xobject(pdf: &mut lopdf::Document, w: u32, h: u32, img: &FlateImage) -> lopdf::ObjectId {
    use lopdf::{Dictionary, Stream};
    let image = |colors: u8| {
        let mut parms = Dictionary::new();
        parms.set("Predictor", 15);
        parms.set("Colors", colors as i64);
        parms.set("BitsPerComponent", 8);
        parms.set("Columns", w as i64);
        let mut dict = Dictionary::new();
        dict.set("Type", "XObject");
        dict.set("Subtype", "Image");
        dict.set("Width", w as i64);
        dict.set("Height", h as i64);
        dict.set(
            "ColorSpace",
            if colors == 1 {
                "DeviceGray"
            } else {
                "DeviceRGB"
            },
        );
        dict.set("BitsPerComponent", 8);
        dict.set("Filter", "FlateDecode");
        dict.set("DecodeParms", parms);
        dict
    };
    let mut dict = image(img.colors);
    if let Some(alpha) = &img.alpha {
        let mask = Stream::new(image(1), alpha.clone()).with_compression(false);
        dict.set("SMask", pdf.add_object(mask));
    }
    pdf.add_object(Stream::new(dict, img.color.clone()).with_compression(false))
}

/// Writes the laid-out pages as a PDF. Fonts are embedded and subset.
///
/// printpdf writes the fonts (subset program, widths, ToUnicode) and the images, for one
/// carrier page that shows each embedded face's characters once and draws each image: that
/// is what tells printpdf which glyphs and images to embed. The carrier page is then
/// removed from the lopdf document and the real pages are added, their content streams
/// written by [`content`] straight from the layout and compressed here. All pages share one
/// resource dictionary; fonts are renamed /F0, /F1… so every text run names its font short.
pub fn emit(layout: &Layout, fonts: &FontSet) -> Result<Vec<u8>> {
    use lopdf::{Dictionary, Object, Stream};

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
    let mut carrier = vec![Op::StartTextSection];
    let mut faces: Vec<Option<(FontId, Vec<(char, u16)>)>> = Vec::with_capacity(used.len());
    for (i, chars) in used.iter().enumerate() {
        if chars.is_empty() {
            faces.push(None);
            continue;
        }
        let e = embed(fonts.face(i), chars)?;
        let id = doc.add_font(&e.font);
        carrier.push(Op::SetFont {
            font: PdfFontHandle::External(id.clone()),
            size: Pt(10.0),
        });
        carrier.push(Op::ShowText {
            items: vec![TextItem::Text(chars.iter().collect())],
        });
        faces.push(Some((id, e.codes)));
    }
    carrier.push(Op::EndTextSection);

    // Each distinct logo is embedded once, however many pages of a batch show it. A drawn
    // logo (PNG) arrives as ready PDF streams (see logo.rs) and is added after printpdf has
    // written the document; a photograph goes through printpdf, which keeps it JPEG at a
    // quality that does not show on paper.
    let mut images: Vec<(Logo, String)> = Vec::new();
    let mut drawn: Vec<Logo> = Vec::new();
    for p in &layout.pages {
        for it in &p.items {
            if let Item::Image { logo, .. } = it {
                let known = |l: &Logo| l == logo;
                if images.iter().any(|(l, _)| known(l)) || drawn.iter().any(known) {
                    continue;
                }
                match logo.pixels() {
                    Pixels::Photo(raw) => {
                        let id = doc.add_image(raw);
                        carrier.push(Op::UseXobject {
                            id: id.clone(),
                            transform: XObjectTransform::default(),
                        });
                        images.push((logo.clone(), id.0));
                    }
                    Pixels::Flate(_) => drawn.push(logo.clone()),
                }
            }
        }
    }
    let photo = images.iter().any(|(l, _)| l.is_photo());
    let opts = PdfSaveOptions {
        subset_fonts: true,
        optimize: true,
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(if photo {
                ImageCompression::Jpeg
            } else {
                ImageCompression::None
            }),
            quality: Some(0.9),
            // Logo::load has already downsized it; printpdf's own limit would resample again.
            max_image_size: None,
            ..Default::default()
        }),
        ..Default::default()
    };
    let (w0, h0) = layout
        .pages
        .first()
        .map(|p| (p.width, p.height))
        .unwrap_or((595.276, 841.89));
    let carrier = PdfPage::new(Pt(w0).into(), Pt(h0).into(), carrier);
    let mut warnings = Vec::new();
    let mut pdf = doc
        .with_pages(vec![carrier])
        .to_lopdf_document(&opts, &mut warnings);
    let broken = |what: &str| {
        Error::other(format!(
            "the PDF could not be written ({what}): {warnings:?}"
        ))
    };

    // The carrier page: its resources become everyone's, the page and its content go.
    let root = pdf
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| broken("no catalog"))?;
    let pages_id = pdf
        .get_dictionary(root)
        .and_then(|c| c.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(|_| broken("no page tree"))?;
    let carrier_id = *pdf
        .get_pages()
        .values()
        .next()
        .ok_or_else(|| broken("no carrier page"))?;
    let (resources_id, carrier_content) = {
        let page = pdf
            .get_dictionary(carrier_id)
            .map_err(|_| broken("carrier page"))?;
        let r = page.get(b"Resources").and_then(Object::as_reference);
        let c = page.get(b"Contents").and_then(Object::as_reference);
        (r.map_err(|_| broken("resources"))?, c.ok())
    };
    pdf.objects.remove(&carrier_id);
    if let Some(c) = carrier_content {
        pdf.objects.remove(&c);
    }
    // Short font names: the content streams repeat them at every change of font or size.
    let font_dict = pdf
        .get_dictionary(resources_id)
        .and_then(|r| r.get(b"Font"))
        .and_then(Object::as_reference)
        .map_err(|_| broken("font resources"))?;
    let mut codes: Vec<Option<content::FaceCodes>> = Vec::with_capacity(faces.len());
    for (i, f) in faces.into_iter().enumerate() {
        codes.push(match f {
            None => None,
            Some((id, chars)) => {
                let name = format!("F{i}");
                let dict = pdf
                    .get_dictionary_mut(font_dict)
                    .map_err(|_| broken("font resources"))?;
                let font = dict
                    .remove(id.0.as_bytes())
                    .ok_or_else(|| broken("a font was not embedded"))?;
                dict.set(name.clone(), font);
                Some(content::FaceCodes::new(name, chars))
            }
        });
    }
    // What printpdf left uncompressed (font programs, ToUnicode maps, a photo's pixels if it
    // ever leaves them raw, which printpdf marks as not to be compressed):
    // deflated as lopdf's compress() would, kept only where smaller, at the pages' level.
    let mut z = flate2::Compress::new(flate2::Compression::new(LEVEL), true);
    let (mut raw, mut packed) = (Vec::with_capacity(16 * 1024), Vec::new());
    for obj in pdf.objects.values_mut() {
        if let Object::Stream(s) = obj {
            let image = s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image");
            if (s.allows_compression || image) && s.dict.get(b"Filter").is_err() {
                deflate(&mut z, &s.content, &mut packed)?;
                if packed.len() + 19 < s.content.len() {
                    s.dict.set("Filter", "FlateDecode");
                    s.set_content(packed.clone());
                }
            }
        }
    }

    if !drawn.is_empty() {
        let xobjects = pdf
            .get_dictionary(resources_id)
            .and_then(|r| r.get(b"XObject"))
            .and_then(Object::as_reference)
            .map_err(|_| broken("image resources"))?;
        for (i, logo) in drawn.into_iter().enumerate() {
            let Pixels::Flate(img) = logo.pixels() else {
                continue;
            };
            let id = flate_xobject(&mut pdf, logo.width(), logo.height(), img);
            let name = format!("Im{i}");
            pdf.get_dictionary_mut(xobjects)
                .map_err(|_| broken("image resources"))?
                .set(name.clone(), id);
            images.push((logo, name));
        }
    }

    let res = content::Resources {
        fonts: &codes,
        images: &images,
    };
    let mut kids = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        content::write_page(page, &res, &mut raw);
        deflate(&mut z, &raw, &mut packed)?;
        let mut dict = Dictionary::new();
        dict.set("Filter", "FlateDecode");
        let stream = Stream::new(dict, packed.clone()).with_compression(false);
        let contents = pdf.add_object(stream);
        let mut page_dict = Dictionary::new();
        page_dict.set("Type", "Page");
        page_dict.set("Parent", pages_id);
        page_dict.set(
            "MediaBox",
            vec![0.into(), 0.into(), page.width.into(), page.height.into()],
        );
        page_dict.set("Resources", resources_id);
        page_dict.set("Contents", contents);
        kids.push(Object::Reference(pdf.add_object(page_dict)));
    }
    let tree = pdf
        .get_dictionary_mut(pages_id)
        .map_err(|_| broken("page tree"))?;
    tree.set("Count", kids.len() as i64);
    tree.set("Kids", kids);

    let mut bytes = Vec::with_capacity(layout.pages.len() * 3 * 1024 + 64 * 1024);
    pdf.save_to(&mut bytes)
        .map_err(|e| Error::other(format!("the PDF could not be written: {e}")))?;
    Ok(bytes)
}
