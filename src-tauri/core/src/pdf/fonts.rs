//! Fonts: the bundled Noto Sans (Regular, Bold), their glyph advances for measuring text, and
//! system fonts found for characters Noto Sans lacks (Chinese, Japanese, Korean...).
//!
//! Looking for fallback fonts touches the file system, so it happens in [`FontSet::for_chars`]
//! before layout; the layout itself stays a pure function of the document and the `FontSet`.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Noto Sans Regular (OFL-1.1, licence in `assets/fonts/OFL.txt`).
pub static NOTO_SANS_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold (OFL-1.1).
pub static NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Index of a face in a [`FontSet`]: 0 regular, 1 bold, then fallbacks.
pub type FaceId = usize;
pub const REGULAR: FaceId = 0;
pub const BOLD: FaceId = 1;

/// Advances of the first code points are kept in a table: Latin, Greek and Cyrillic text is
/// measured without a cmap lookup per character (1,000 slips measure millions of them).
const TABLE_LEN: usize = 0x0530;

/// One font face: its bytes (kept for embedding) and its metrics.
pub struct Face {
    pub name: String,
    /// The file it came from (fallbacks only).
    pub path: Option<PathBuf>,
    pub bytes: &'static [u8],
    pub index: u32,
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Advance in font units per code point below TABLE_LEN; `u16::MAX` = no glyph.
    table: Vec<u16>,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("name", &self.name)
            .field("index", &self.index)
            .finish()
    }
}

impl Face {
    fn parse(
        name: String,
        path: Option<PathBuf>,
        bytes: &'static [u8],
        index: u32,
    ) -> Option<Face> {
        let face = ttf_parser::Face::parse(bytes, index).ok()?;
        let units_per_em = face.units_per_em() as f32;
        let table = (0..TABLE_LEN as u32)
            .map(|cp| {
                char::from_u32(cp)
                    .and_then(|c| face.glyph_index(c))
                    .map(|g| face.glyph_hor_advance(g).unwrap_or(0).min(u16::MAX - 1))
                    .unwrap_or(u16::MAX)
            })
            .collect();
        Some(Face {
            name,
            path,
            bytes,
            index,
            face,
            units_per_em,
            table,
        })
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        let cp = c as usize;
        if cp < TABLE_LEN {
            return self.table[cp] != u16::MAX;
        }
        self.face.glyph_index(c).is_some()
    }

    /// The glyph that draws `c`, if the face has one.
    pub fn glyph_id(&self, c: char) -> Option<u16> {
        self.face.glyph_index(c).map(|g| g.0)
    }

    /// Advance width of `c` in ems (0 for a character without a glyph... except that the
    /// layout never asks: it picks a face that has it, or reports it missing).
    pub fn advance_em(&self, c: char) -> f32 {
        let cp = c as usize;
        let units = if cp < TABLE_LEN {
            match self.table[cp] {
                u16::MAX => self.notdef_advance(),
                a => a,
            }
        } else {
            match self.face.glyph_index(c) {
                Some(g) => self.face.glyph_hor_advance(g).unwrap_or(0),
                None => self.notdef_advance(),
            }
        };
        units as f32 / self.units_per_em
    }

    fn notdef_advance(&self) -> u16 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(0))
            .unwrap_or(0)
    }
}

fn bundled() -> &'static [&'static Face; 2] {
    static BUNDLED: OnceLock<[&'static Face; 2]> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        let regular = Face::parse("Noto Sans".into(), None, NOTO_SANS_REGULAR, 0)
            .expect("bundled font parses");
        let bold = Face::parse("Noto Sans Bold".into(), None, NOTO_SANS_BOLD, 0)
            .expect("bundled font parses");
        [Box::leak(Box::new(regular)), Box::leak(Box::new(bold))]
    })
}

/// The faces a document is drawn with: the bundled pair and any fallbacks it needed.
#[derive(Debug, Clone)]
pub struct FontSet {
    faces: Vec<&'static Face>,
    /// Characters no face can draw (printed as the font's empty box, and reported).
    missing: BTreeSet<char>,
}

impl FontSet {
    /// Just Noto Sans Regular and Bold.
    pub fn bundled() -> FontSet {
        let [r, b] = *bundled();
        FontSet {
            faces: vec![r, b],
            missing: BTreeSet::new(),
        }
    }

    /// The bundled faces plus a system font for each character in `chars` they lack, where
    /// the machine has one. Characters no font covers are listed by [`FontSet::missing`].
    pub fn for_chars(chars: impl IntoIterator<Item = char>) -> FontSet {
        let mut set = FontSet::bundled();
        let regular = set.faces[REGULAR];
        let bold = set.faces[BOLD];
        let lacking: BTreeSet<char> = chars
            .into_iter()
            .filter(|&c| !c.is_control() && !(regular.has(c) && bold.has(c)))
            .collect();
        for c in lacking {
            if regular.has(c) {
                continue; // bold lacks it; bold text falls back to regular for it
            }
            if set.faces[2..].iter().any(|f| f.has(c)) {
                continue;
            }
            match system_face_for(c) {
                Some(face) => set.faces.push(face),
                None => {
                    set.missing.insert(c);
                }
            }
        }
        set
    }

    pub fn face(&self, id: FaceId) -> &'static Face {
        self.faces[id]
    }

    pub fn faces(&self) -> &[&'static Face] {
        &self.faces
    }

    /// Characters that no available font can draw.
    pub fn missing(&self) -> Vec<char> {
        self.missing.iter().copied().collect()
    }

    /// The face that draws `c` in text whose style asks for `bold`.
    pub fn face_for(&self, c: char, bold: bool) -> FaceId {
        let primary = if bold { BOLD } else { REGULAR };
        if self.faces[primary].has(c) {
            return primary;
        }
        if self.faces[REGULAR].has(c) {
            return REGULAR;
        }
        for (i, f) in self.faces.iter().enumerate().skip(2) {
            if f.has(c) {
                return i;
            }
        }
        primary
    }

    /// Splits `text` into runs drawn by one face each: `(face, byte range)`.
    pub fn runs(&self, text: &str, bold: bool) -> Vec<(FaceId, std::ops::Range<usize>)> {
        let mut runs: Vec<(FaceId, std::ops::Range<usize>)> = Vec::new();
        for (i, c) in text.char_indices() {
            let f = self.face_for(c, bold);
            match runs.last_mut() {
                Some((lf, r)) if *lf == f => r.end = i + c.len_utf8(),
                _ => runs.push((f, i..i + c.len_utf8())),
            }
        }
        runs
    }

    /// Width of `text` in points at `size`.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let primary = self.faces[if bold { BOLD } else { REGULAR }];
        let mut em = 0.0;
        for c in text.chars() {
            em += if primary.has(c) {
                primary.advance_em(c)
            } else {
                self.faces[self.face_for(c, bold)].advance_em(c)
            };
        }
        em * size
    }
}

/// System fonts already found, by character (None: looked, nothing has it).
fn cache() -> &'static Mutex<HashMap<char, Option<&'static Face>>> {
    static CACHE: OnceLock<Mutex<HashMap<char, Option<&'static Face>>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Loaded system font files, by (path, face index), so each is read and parsed once.
fn loaded() -> &'static Mutex<Vec<&'static Face>> {
    static LOADED: OnceLock<Mutex<Vec<&'static Face>>> = OnceLock::new();
    LOADED.get_or_init(|| Mutex::new(Vec::new()))
}

/// A system font face that has `c`: first one already loaded, then fontconfig's answer
/// (`fc-list :charset=HEX`), then a scan of the usual font folders.
fn system_face_for(c: char) -> Option<&'static Face> {
    if let Some(hit) = cache().lock().unwrap().get(&c) {
        return *hit;
    }
    // The lock on the loaded list must be released before load_face takes it again.
    let already = loaded().lock().unwrap().iter().copied().find(|f| f.has(c));
    let found = already.or_else(|| {
        let candidates = fontconfig_candidates(c).unwrap_or_else(scan_font_folders);
        candidates
            .into_iter()
            .find_map(|(path, index)| load_face(&path, index).filter(|f| f.has(c)))
    });
    cache().lock().unwrap().insert(c, found);
    found
}

fn load_face(path: &Path, index: u32) -> Option<&'static Face> {
    let mut loaded = loaded().lock().unwrap();
    if let Some(f) = loaded
        .iter()
        .find(|f| f.path.as_deref() == Some(path) && f.index == index)
    {
        return Some(*f);
    }
    // Only TrueType outlines or CFF in an sfnt; printpdf embeds both.
    let bytes: &'static [u8] = match loaded.iter().find(|f| f.path.as_deref() == Some(path)) {
        Some(f) => f.bytes,
        None => Box::leak(std::fs::read(path).ok()?.into_boxed_slice()),
    };
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let face: &'static Face = Box::leak(Box::new(Face::parse(
        name,
        Some(path.to_path_buf()),
        bytes,
        index,
    )?));
    loaded.push(face);
    Some(face)
}

/// Fonts that fontconfig says contain `c`, regular styles and "Sans" families first.
/// None when fontconfig is not installed.
fn fontconfig_candidates(c: char) -> Option<Vec<(PathBuf, u32)>> {
    let out = std::process::Command::new("fc-list")
        .arg(format!(":charset={:x}", c as u32))
        .args(["file", "index", "style"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let mut found: Vec<(PathBuf, u32, i32)> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| {
            // "/usr/share/fonts/x.ttc: :index=2:style=Regular"
            let (file, rest) = line.split_once(": ")?;
            let index = rest
                .split(':')
                .find_map(|kv| kv.strip_prefix("index="))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            let style = rest
                .split(':')
                .find_map(|kv| kv.strip_prefix("style="))
                .unwrap_or("");
            let mut rank = 0;
            if !(style.contains("Regular") || style.is_empty()) {
                rank += 10;
            }
            if !file.contains("Sans") {
                rank += 5;
            }
            rank += index as i32;
            Some((PathBuf::from(file), index, rank))
        })
        .collect();
    found.sort_by(|a, b| a.2.cmp(&b.2).then_with(|| a.0.cmp(&b.0)));
    Some(found.into_iter().map(|(p, i, _)| (p, i)).collect())
}

/// Every font file under the usual folders (used when fontconfig is not there).
fn scan_font_folders() -> Vec<(PathBuf, u32)> {
    let mut roots: Vec<PathBuf> = [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/System/Library/Fonts",
        "/Library/Fonts",
        "C:\\Windows\\Fonts",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    if let Some(home) = std::env::var_os("HOME") {
        roots.push(Path::new(&home).join(".fonts"));
        roots.push(Path::new(&home).join(".local/share/fonts"));
    }
    let mut files = Vec::new();
    let mut stack = roots;
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Some(ext) = p.extension().and_then(|e| e.to_str()) {
                if matches!(ext.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc") {
                    files.push((p, 0));
                }
            }
        }
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_font_covers_latin_greek_cyrillic_and_the_currency_signs() {
        let set =
            FontSet::for_chars("Zoë Müller Łódź Γιώργος Παπαδόπουλος Анна Иванова €£₴$".chars());
        assert!(set.missing().is_empty());
        assert_eq!(set.faces().len(), 2, "no fallback font needed");
    }

    #[test]
    fn widths_come_from_the_glyph_advances() {
        let set = FontSet::bundled();
        let i = set.width("iiii", 10.0, false);
        let m = set.width("MMMM", 10.0, false);
        assert!(i > 0.0 && m > 2.0 * i, "M is much wider than i: {i} vs {m}");
        assert!(set.width("Total", 10.0, true) > set.width("Total", 10.0, false));
        assert!((set.width("ab", 20.0, false) - 2.0 * set.width("ab", 10.0, false)).abs() < 1e-3);
    }
}
