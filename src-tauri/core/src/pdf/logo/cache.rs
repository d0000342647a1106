//! Prepared logos kept between prints. A PNG with transparency is decoded and its colour and
//! alpha compressed on every print otherwise: ~2 ms of a one-slip `print slip` process whose
//! goal is 10 ms (issue 4). What comes out depends only on the file's bytes and this code, so
//! it is kept in the cache folder under a name made of the bytes' hash, and the next print
//! reads it back instead (~0.1 ms).
//!
//! Only a cache: a file that is missing, damaged, from another version of this code or for
//! other bytes (the name is a 64-bit hash; the file also holds the length and CRC-32 of the
//! bytes it was made from) is ignored and made again; one that cannot be written is skipped.
//! Two processes writing the same entry each write a file of their own and rename it into
//! place, so a reader never sees half of one.

use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{FlateImage, Logo, Pixels, MAX_PIXELS};

/// The first bytes of an entry. The last one is the format's version: bump it whenever what
/// `Logo::from_bytes` makes of a PNG changes (filters, compression, resizing), so entries made
/// by older code are never read.
const MAGIC: &[u8; 16] = b"stockroom-logo\x00\x01";

/// What an entry records of the file it was made from.
pub(super) struct Source {
    len: u64,
    crc: u32,
    hash: u64,
}

impl Source {
    pub(super) fn of(bytes: &[u8]) -> Source {
        let mut hash = std::hash::DefaultHasher::new();
        hash.write(MAGIC);
        hash.write_u32(MAX_PIXELS);
        hash.write(bytes);
        let mut crc = flate2::Crc::new();
        crc.update(bytes);
        Source {
            len: bytes.len() as u64,
            crc: crc.sum(),
            hash: hash.finish(),
        }
    }

    fn entry(&self, dir: &Path) -> PathBuf {
        dir.join(format!("logo-{:016x}.bin", self.hash))
    }
}

/// The logo prepared from `source`'s bytes, if an entry for them is in `dir`.
pub(super) fn read(dir: &Path, source: &Source) -> Option<Logo> {
    let data = std::fs::read(source.entry(dir)).ok()?;
    let mut r = Reader(&data);
    if r.take(MAGIC.len())? != MAGIC || r.u64()? != source.len || r.u32()? != source.crc {
        return None;
    }
    let (width, height, colors, alpha) = (r.u32()?, r.u32()?, r.u8()?, r.u8()?);
    let color_len = r.u32()? as usize;
    let alpha_len = r.u32()? as usize;
    let color = r.take(color_len)?.to_vec();
    let alpha = if alpha == 1 {
        Some(r.take(alpha_len)?.to_vec())
    } else {
        None
    };
    let whole = r.0.is_empty() && matches!(colors, 1 | 3) && width > 0 && height > 0;
    whole.then(|| Logo {
        width,
        height,
        photo: false,
        image: Arc::new(Pixels::Flate(FlateImage {
            colors,
            color,
            alpha,
            passed_through: false,
        })),
    })
}

/// Keeps `logo` for the next print, when preparing it cost something: a PNG that was decoded
/// (one whose bytes go in as they are, and a JPEG, are as quick to read again).
pub(super) fn write(dir: &Path, source: &Source, logo: &Logo) {
    let Pixels::Flate(image) = logo.pixels() else {
        return;
    };
    if image.passed_through {
        return;
    }
    let alpha = image.alpha.as_deref().unwrap_or_default();
    let mut data = Vec::with_capacity(64 + image.color.len() + alpha.len());
    data.extend_from_slice(MAGIC);
    data.extend_from_slice(&source.len.to_le_bytes());
    data.extend_from_slice(&source.crc.to_le_bytes());
    data.extend_from_slice(&logo.width.to_le_bytes());
    data.extend_from_slice(&logo.height.to_le_bytes());
    data.push(image.colors);
    data.push(u8::from(image.alpha.is_some()));
    data.extend_from_slice(&(image.color.len() as u32).to_le_bytes());
    data.extend_from_slice(&(alpha.len() as u32).to_le_bytes());
    data.extend_from_slice(&image.color);
    data.extend_from_slice(alpha);
    let entry = source.entry(dir);
    let mine = entry.with_extension(format!("{}.part", std::process::id()));
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&mine, &data))
        .and_then(|()| std::fs::rename(&mine, &entry));
    if written.is_err() {
        let _ = std::fs::remove_file(&mine);
    }
}

/// Reads an entry front to back; None when it ends early.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = (self.0.get(..n)?, self.0.get(n..)?);
        self.0 = rest;
        Some(head)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}
