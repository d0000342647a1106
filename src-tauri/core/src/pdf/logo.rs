//! The shop's logo (settings `logo_path`): a PNG or JPEG file read once per document (or per
//! batch), downsized to what the letterhead can show, and kept ready for emit.
//!
//! Reading the file is the only impure step and happens before layout, like finding fonts:
//! the layout only asks the logo's size in pixels ([`Logo::width`], [`Logo::height`]) to
//! decide where it goes and how big it is drawn.
//!
//! A PNG is turned into PDF image streams here, not by printpdf: a one-slip run with the demo
//! shop's 600×200 RGBA logo spent most of its time copying, then deflating 480 KB of decoded
//! pixels at level 6. A grey or RGB PNG that needs no resize goes in without being decoded at
//! all: its IDAT data is a zlib stream of PNG-filtered rows, which is exactly what a PDF
//! /FlateDecode stream with the PNG predictor (/Predictor 15) holds. A PNG with alpha is
//! decoded once; its colour and alpha go into two streams (the alpha as the image's /SMask),
//! each Paeth-filtered and deflated by the PNG encoder's fastest setting, which on drawn logos
//! costs little size because the filter leaves mostly zeros.

use std::path::Path;
use std::sync::Arc;

mod cache;

use image::{DynamicImage, GenericImageView, ImageFormat};
use printpdf::RawImage;

/// The longest side a logo keeps, in pixels. The letterhead box is at most 110 × 48 points;
/// 660 pixels across is 430 dpi there: sharp on any office printer, and a camera-sized JPEG
/// does not make a 5 MB packing slip.
pub const MAX_PIXELS: u32 = 660;

/// A decoded logo. Cheap to clone (the pixels are shared), so a batch of 1,000 slips reads
/// and decodes the file once.
#[derive(Clone)]
pub struct Logo {
    width: u32,
    height: u32,
    /// Whether the file was a JPEG: a photograph stays JPEG-compressed in the PDF, anything
    /// else (drawn logos, flat colours, sharp edges) is stored losslessly.
    photo: bool,
    image: Arc<Pixels>,
}

/// What emit embeds for a logo.
pub enum Pixels {
    /// A photograph (JPEG): printpdf embeds it, keeping it JPEG.
    Photo(RawImage),
    /// A drawn logo (PNG): image streams ready for the PDF, written by emit as they are.
    Flate(FlateImage),
}

/// A lossless image as PDF streams: each a zlib stream of PNG-filtered rows (a filter-type
/// byte, then the row), to be decoded with
/// `/FlateDecode /DecodeParms << /Predictor 15 /Colors n /BitsPerComponent 8 /Columns w >>`.
pub struct FlateImage {
    /// Components per pixel of `color`: 1 (DeviceGray) or 3 (DeviceRGB).
    pub colors: u8,
    pub color: Vec<u8>,
    /// One component per pixel (0 transparent … 255 opaque), the image's /SMask. None when
    /// the file has no alpha or every pixel is opaque.
    pub alpha: Option<Vec<u8>>,
    /// Whether `color` is the file's own IDAT data, not decoded (the fast path).
    pub passed_through: bool,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}×{} px)", self.width, self.height)
    }
}

/// Two logos are the same when they share their pixels (layout items compare by this).
impl PartialEq for Logo {
    fn eq(&self, other: &Logo) -> bool {
        Arc::ptr_eq(&self.image, &other.image)
    }
}

impl Logo {
    /// Reads a PNG or JPEG file. The error says why in words for the shop owner (it ends up
    /// in a warning on screen or on stderr). What a decoded PNG becomes is kept in
    /// `cache_dir` for the next print (see the `cache` module): while the file is unchanged, a
    /// print reads its prepared streams instead of decoding and compressing it again.
    pub fn load(path: &Path, cache_dir: &Path) -> Result<Logo, String> {
        let bytes = std::fs::read(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                format!("the logo file {} does not exist", path.display())
            } else {
                format!("the logo file {} cannot be read: {e}", path.display())
            }
        })?;
        let source = cache::Source::of(&bytes);
        if let Some(logo) = cache::read(cache_dir, &source) {
            return Ok(logo);
        }
        let logo = Logo::from_bytes(&bytes)
            .map_err(|e| format!("the logo file {}: {e}", path.display()))?;
        cache::write(cache_dir, &source, &logo);
        Ok(logo)
    }

    /// Decodes PNG or JPEG bytes; anything else is refused.
    pub fn from_bytes(bytes: &[u8]) -> Result<Logo, String> {
        let format = image::guess_format(bytes)
            .ok()
            .filter(|f| matches!(f, ImageFormat::Png | ImageFormat::Jpeg))
            .ok_or("it is not a PNG or JPEG image")?;
        if format == ImageFormat::Png {
            if let Some(logo) = passthrough(bytes) {
                return Ok(logo);
            }
        }
        let img = image::load_from_memory_with_format(bytes, format)
            .map_err(|e| format!("the image cannot be decoded ({e})"))?;
        let (w, h) = img.dimensions();
        if w == 0 || h == 0 {
            return Err("the image is empty".into());
        }
        let img = if w.max(h) > MAX_PIXELS {
            // Triangle (bilinear) is plenty for a downscale this size and several times
            // faster than Lanczos on a large photo.
            img.resize(
                MAX_PIXELS,
                MAX_PIXELS,
                image::imageops::FilterType::Triangle,
            )
        } else {
            img
        };
        let (width, height) = img.dimensions();
        let pixels = if format == ImageFormat::Jpeg {
            // printpdf takes 8-bit grey, grey+alpha, RGB or RGBA.
            let img = match img {
                DynamicImage::ImageLuma8(_)
                | DynamicImage::ImageLumaA8(_)
                | DynamicImage::ImageRgb8(_)
                | DynamicImage::ImageRgba8(_) => img,
                other if other.color().has_alpha() => DynamicImage::ImageRgba8(other.to_rgba8()),
                other => DynamicImage::ImageRgb8(other.to_rgb8()),
            };
            Pixels::Photo(RawImage::from_dynamic_image(img)?)
        } else {
            Pixels::Flate(flate_image(img)?)
        };
        Ok(Logo {
            width,
            height,
            photo: format == ImageFormat::Jpeg,
            image: Arc::new(pixels),
        })
    }

    /// Width in pixels (after downsizing).
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels (after downsizing).
    pub fn height(&self) -> u32 {
        self.height
    }

    pub fn is_photo(&self) -> bool {
        self.photo
    }

    pub fn pixels(&self) -> &Pixels {
        &self.image
    }
}

/// The IHDR data and the concatenated IDAT data of a PNG file; None if a chunk is cut short
/// or the file has a transparent colour (tRNS), which a bare IDAT stream would lose.
fn png_chunks(bytes: &[u8]) -> Option<(&[u8], Vec<u8>)> {
    let mut rest = bytes.strip_prefix(b"\x89PNG\r\n\x1a\n")?;
    let mut header = None;
    let mut idat = Vec::new();
    loop {
        let len = u32::from_be_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let kind = rest.get(4..8)?;
        let data = rest.get(8..8usize.checked_add(len)?)?;
        rest = rest.get(len + 12..)?; // past the data and the CRC
        match kind {
            b"IHDR" if data.len() == 13 => header = Some(data),
            b"IDAT" => idat.extend_from_slice(data),
            b"tRNS" => return None,
            b"IEND" => break,
            _ => {}
        }
    }
    Some((header?, idat))
}

/// An 8-bit, non-interlaced grey or RGB PNG without a transparent colour, small enough to
/// need no resize: its IDAT data, untouched. Anything else (alpha, palette, 16-bit,
/// interlaced, a damaged chunk list) is None and is decoded instead, which also reports a
/// damaged file.
fn passthrough(bytes: &[u8]) -> Option<Logo> {
    let (ihdr, idat) = png_chunks(bytes)?;
    let width = u32::from_be_bytes(ihdr[0..4].try_into().ok()?);
    let height = u32::from_be_bytes(ihdr[4..8].try_into().ok()?);
    let (depth, colour, compression, filter, interlace) =
        (ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]);
    let colors = match colour {
        0 => 1,
        2 => 3,
        _ => return None,
    };
    let fits = width > 0 && height > 0 && width.max(height) <= MAX_PIXELS;
    if !fits || depth != 8 || compression != 0 || filter != 0 || interlace != 0 || idat.is_empty() {
        return None;
    }
    Some(Logo {
        width,
        height,
        photo: false,
        image: Arc::new(Pixels::Flate(FlateImage {
            colors,
            color: idat,
            alpha: None,
            passed_through: true,
        })),
    })
}

/// A decoded (and perhaps resized) image as colour and alpha streams.
fn flate_image(img: DynamicImage) -> Result<FlateImage, String> {
    let (w, h) = img.dimensions();
    // 8-bit grey, grey+alpha, RGB or RGBA; other kinds (16-bit, float) are converted.
    let img = match img {
        DynamicImage::ImageLuma8(_)
        | DynamicImage::ImageLumaA8(_)
        | DynamicImage::ImageRgb8(_)
        | DynamicImage::ImageRgba8(_) => img,
        other if other.color().has_alpha() => DynamicImage::ImageRgba8(other.to_rgba8()),
        other => DynamicImage::ImageRgb8(other.to_rgb8()),
    };
    let (colors, has_alpha) = match &img {
        DynamicImage::ImageLuma8(_) => (1, false),
        DynamicImage::ImageLumaA8(_) => (1, true),
        DynamicImage::ImageRgb8(_) => (3, false),
        _ => (3, true),
    };
    let src = img.as_bytes();
    let kind = |n| match n {
        1 => image::ExtendedColorType::L8,
        _ => image::ExtendedColorType::Rgb8,
    };
    if !has_alpha {
        return Ok(FlateImage {
            colors: colors as u8,
            color: png_idat(src, w, h, kind(colors))?,
            alpha: None,
            passed_through: false,
        });
    }
    // One pass splits the interleaved pixels into colour and alpha planes.
    let step = colors + 1;
    let mut color = Vec::with_capacity(src.len() / step * colors);
    let mut alpha = Vec::with_capacity(src.len() / step);
    for p in src.chunks_exact(step) {
        color.extend_from_slice(&p[..colors]);
        alpha.push(p[colors]);
    }
    let opaque = alpha.iter().all(|&a| a == 255);
    Ok(FlateImage {
        colors: colors as u8,
        color: png_idat(&color, w, h, kind(colors))?,
        alpha: if opaque {
            None
        } else {
            Some(png_idat(&alpha, w, h, kind(1))?)
        },
        passed_through: false,
    })
}

/// 8-bit pixels as PNG IDAT data: Paeth-filtered rows (flat colour and smooth edges leave
/// mostly zeros) deflated by the PNG encoder's fastest setting (fdeflate, tuned for exactly
/// such rows). Measured on the demo shop's 600×200 logo, whole `print slip` process: this
/// adds ~2 ms to a slip and makes it 78 KB; miniz level 1 or 2 (unfiltered rows compress
/// better there: 68 and 58 KB) cost 3–5 ms more, which would break the 10 ms goal.
fn png_idat(
    pixels: &[u8],
    w: u32,
    h: u32,
    kind: image::ExtendedColorType,
) -> Result<Vec<u8>, String> {
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    use image::ImageEncoder;
    let mut file = Vec::with_capacity(pixels.len() / 4 + 1024);
    PngEncoder::new_with_quality(&mut file, CompressionType::Fast, FilterType::Paeth)
        .write_image(pixels, w, h, kind)
        .map_err(|e| format!("the image could not be compressed ({e})"))?;
    png_chunks(&file)
        .map(|(_, idat)| idat)
        .ok_or_else(|| "the image could not be compressed".into())
}

/// The size a `px_w` × `px_h` image is drawn at to fit in a `box_w` × `box_h` box, keeping
/// its aspect ratio, and never more than one point per pixel (a small image blown up to fill
/// the box would print blurred).
pub fn fit(px_w: u32, px_h: u32, box_w: f32, box_h: f32) -> (f32, f32) {
    let (w, h) = (px_w.max(1) as f32, px_h.max(1) as f32);
    let scale = (box_w / w).min(box_h / h).min(1.0);
    (w * scale, h * scale)
}

/// A PNG of `w` × `h` pixels (test fixtures: a coloured band with a darker stripe).
#[cfg(test)]
pub(crate) fn test_png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        if y > h / 3 && y < h / 2 {
            image::Rgb([20, 60, 110])
        } else {
            image::Rgb([(x * 255 / w.max(1)) as u8, 140, 90])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wide_logo_fills_the_box_width_and_keeps_its_shape() {
        let (w, h) = fit(600, 200, 110.0, 48.0);
        assert!((w - 110.0).abs() < 1e-3);
        assert!((w / h - 3.0).abs() < 1e-3, "3:1 stays 3:1");
    }

    #[test]
    fn a_tall_logo_fills_the_box_height() {
        let (w, h) = fit(100, 400, 110.0, 48.0);
        assert!((h - 48.0).abs() < 1e-3);
        assert!((w - 12.0).abs() < 1e-3);
    }

    #[test]
    fn a_small_logo_is_not_blown_up() {
        assert_eq!(fit(32, 16, 110.0, 48.0), (32.0, 16.0));
    }

    #[test]
    fn png_and_jpeg_decode_and_big_images_are_downsized() {
        let logo = Logo::from_bytes(&test_png(1200, 400)).unwrap();
        assert_eq!((logo.width(), logo.height()), (MAX_PIXELS, MAX_PIXELS / 3));
        assert!(!logo.is_photo());

        let mut jpeg = std::io::Cursor::new(Vec::new());
        image::RgbImage::from_pixel(60, 20, image::Rgb([200, 30, 30]))
            .write_to(&mut jpeg, ImageFormat::Jpeg)
            .unwrap();
        let logo = Logo::from_bytes(jpeg.get_ref()).unwrap();
        assert_eq!((logo.width(), logo.height()), (60, 20));
        assert!(logo.is_photo());
    }

    fn png_of(img: DynamicImage) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn a_small_opaque_png_goes_in_undecoded_and_other_pngs_are_decoded() {
        let flate = |logo: &Logo| match logo.pixels() {
            Pixels::Flate(f) => (f.passed_through, f.colors, f.alpha.is_some()),
            Pixels::Photo(_) => panic!("a PNG is not a photo"),
        };
        let small = Logo::from_bytes(&test_png(300, 100)).unwrap();
        assert_eq!(flate(&small), (true, 3, false), "RGB, no resize: undecoded");
        let big = Logo::from_bytes(&test_png(1200, 400)).unwrap();
        assert_eq!(flate(&big), (false, 3, false), "resized, so decoded");

        let see_through = image::RgbaImage::from_fn(60, 20, |x, _| {
            image::Rgba([20, 60, 110, if x < 30 { 0 } else { 255 }])
        });
        let logo = Logo::from_bytes(&png_of(DynamicImage::ImageRgba8(see_through))).unwrap();
        assert_eq!(flate(&logo), (false, 3, true), "alpha becomes a mask");
        let opaque = image::RgbaImage::from_pixel(60, 20, image::Rgba([20, 60, 110, 255]));
        let logo = Logo::from_bytes(&png_of(DynamicImage::ImageRgba8(opaque))).unwrap();
        assert_eq!(
            flate(&logo),
            (false, 3, false),
            "an alpha that hides nothing is dropped"
        );
        let grey = image::GrayImage::from_pixel(60, 20, image::Luma([90]));
        let logo = Logo::from_bytes(&png_of(DynamicImage::ImageLuma8(grey))).unwrap();
        assert_eq!(flate(&logo), (true, 1, false), "grey, undecoded");
    }

    /// A logo with see-through parts: decoded and compressed on every print without the cache.
    fn see_through_png(w: u32, h: u32) -> Vec<u8> {
        png_of(DynamicImage::ImageRgba8(image::RgbaImage::from_fn(
            w,
            h,
            |x, y| {
                image::Rgba([
                    (x % 256) as u8,
                    (y % 256) as u8,
                    110,
                    if x < w / 2 { 0 } else { 255 },
                ])
            },
        )))
    }

    fn streams(logo: &Logo) -> (u32, u32, u8, Vec<u8>, Option<Vec<u8>>) {
        match logo.pixels() {
            Pixels::Flate(f) => (
                logo.width(),
                logo.height(),
                f.colors,
                f.color.clone(),
                f.alpha.clone(),
            ),
            Pixels::Photo(_) => panic!("a PNG is not a photo"),
        }
    }

    /// The logo as a print without a cache makes it.
    fn decoded(file: &Path) -> Logo {
        Logo::from_bytes(&std::fs::read(file).unwrap()).unwrap()
    }

    fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default()
    }

    /// Issue 4 (one slip ≤ 10 ms): a decoded logo is prepared once, then read back.
    #[test]
    fn a_decoded_logo_is_prepared_once_and_the_next_print_reads_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let (file, cache) = (dir.path().join("logo.png"), dir.path().join("cache"));
        std::fs::write(&file, see_through_png(120, 40)).unwrap();
        let first = Logo::load(&file, &cache).unwrap();
        assert_eq!(
            streams(&first),
            streams(&decoded(&file)),
            "the same as without a cache"
        );
        let kept = entries(&cache);
        assert_eq!(kept.len(), 1, "one entry: {kept:?}");
        // Proof that the next load reads the entry rather than decoding: change a byte of the
        // kept colour stream (the entry's last bytes are the alpha stream, its first the header).
        let mut entry = std::fs::read(&kept[0]).unwrap();
        let alpha_len = streams(&first).4.unwrap().len();
        let at = entry.len() - alpha_len - 1;
        entry[at] ^= 0xff;
        std::fs::write(&kept[0], &entry).unwrap();
        let (.., color, alpha) = streams(&Logo::load(&file, &cache).unwrap());
        assert_ne!(color, streams(&first).3, "read from the cache");
        assert_eq!(alpha, streams(&first).4);
    }

    #[test]
    fn a_changed_or_damaged_entry_or_file_is_prepared_again() {
        let dir = tempfile::tempdir().unwrap();
        let (file, cache) = (dir.path().join("logo.png"), dir.path().join("cache"));
        std::fs::write(&file, see_through_png(120, 40)).unwrap();
        Logo::load(&file, &cache).unwrap();
        // The shop replaces the file with another logo under the same name.
        std::fs::write(&file, see_through_png(90, 30)).unwrap();
        let other = Logo::load(&file, &cache).unwrap();
        assert_eq!((other.width(), other.height()), (90, 30));
        assert_eq!(entries(&cache).len(), 2);
        // A cut-short entry (a full disk, a crash) is ignored and written again.
        for entry in entries(&cache) {
            let data = std::fs::read(&entry).unwrap();
            std::fs::write(&entry, &data[..data.len() / 2]).unwrap();
        }
        let again = Logo::load(&file, &cache).unwrap();
        assert_eq!(streams(&again), streams(&decoded(&file)));
        assert_eq!(
            streams(&Logo::load(&file, &cache).unwrap()),
            streams(&again)
        );
    }

    #[test]
    fn a_cache_folder_that_cannot_be_written_only_costs_time() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("logo.png");
        std::fs::write(&file, see_through_png(120, 40)).unwrap();
        let not_a_folder = dir.path().join("taken");
        std::fs::write(&not_a_folder, b"a file where the cache folder would be").unwrap();
        let logo = Logo::load(&file, &not_a_folder).unwrap();
        assert_eq!(streams(&logo), streams(&decoded(&file)));
        // An opaque RGB logo goes in undecoded: nothing worth keeping.
        let cache = dir.path().join("cache");
        std::fs::write(&file, test_png(300, 100)).unwrap();
        Logo::load(&file, &cache).unwrap();
        assert!(entries(&cache).is_empty());
    }

    #[test]
    fn other_files_are_refused_with_a_reason() {
        let err = Logo::from_bytes(b"GIF89a not really").unwrap_err();
        assert!(err.contains("not a PNG or JPEG"), "{err}");
        let err = Logo::from_bytes(b"\x89PNG\r\n\x1a\n truncated").unwrap_err();
        assert!(err.contains("cannot be decoded"), "{err}");
        let err = Logo::load(
            Path::new("/nonexistent/logo.png"),
            Path::new("/nonexistent/cache"),
        )
        .unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
    }
}
