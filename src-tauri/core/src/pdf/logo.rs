//! The shop's logo (settings `logo_path`): a PNG or JPEG file read once per document (or per
//! batch), downsized to what the letterhead can show, and kept as pixels for emit.
//!
//! Reading the file is the only impure step and happens before layout, like finding fonts:
//! the layout only asks the logo's size in pixels ([`Logo::width`], [`Logo::height`]) to
//! decide where it goes and how big it is drawn.

use std::path::Path;
use std::sync::Arc;

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
    image: Arc<RawImage>,
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
    /// in a warning on screen or on stderr).
    pub fn load(path: &Path) -> Result<Logo, String> {
        let bytes = std::fs::read(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                format!("the logo file {} does not exist", path.display())
            } else {
                format!("the logo file {} cannot be read: {e}", path.display())
            }
        })?;
        Logo::from_bytes(&bytes).map_err(|e| format!("the logo file {}: {e}", path.display()))
    }

    /// Decodes PNG or JPEG bytes; anything else is refused.
    pub fn from_bytes(bytes: &[u8]) -> Result<Logo, String> {
        let format = image::guess_format(bytes)
            .ok()
            .filter(|f| matches!(f, ImageFormat::Png | ImageFormat::Jpeg))
            .ok_or("it is not a PNG or JPEG image")?;
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
        // printpdf takes 8-bit grey, grey+alpha, RGB or RGBA.
        let img = match img {
            DynamicImage::ImageLuma8(_)
            | DynamicImage::ImageLumaA8(_)
            | DynamicImage::ImageRgb8(_)
            | DynamicImage::ImageRgba8(_) => img,
            other if other.color().has_alpha() => DynamicImage::ImageRgba8(other.to_rgba8()),
            other => DynamicImage::ImageRgb8(other.to_rgb8()),
        };
        let (width, height) = img.dimensions();
        let raw = RawImage::from_dynamic_image(img)?;
        Ok(Logo {
            width,
            height,
            photo: format == ImageFormat::Jpeg,
            image: Arc::new(raw),
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

    pub fn image(&self) -> &RawImage {
        &self.image
    }
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

    #[test]
    fn other_files_are_refused_with_a_reason() {
        let err = Logo::from_bytes(b"GIF89a not really").unwrap_err();
        assert!(err.contains("not a PNG or JPEG"), "{err}");
        let err = Logo::from_bytes(b"\x89PNG\r\n\x1a\n truncated").unwrap_err();
        assert!(err.contains("cannot be decoded"), "{err}");
        let err = Logo::load(Path::new("/nonexistent/logo.png")).unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
    }
}
