//! Wrapping text to a width with the fonts' glyph advances.

use super::super::fonts::FontSet;

/// Wraps `text` into lines no wider than `width` points. Breaks at spaces; a word longer than
/// the line is broken between characters; `\n` forces a break. Never returns no line.
pub fn wrap(text: &str, width: f32, size: f32, bold: bool, fonts: &FontSet) -> Vec<String> {
    let mut out = Vec::new();
    let space = fonts.width(" ", size, bold);
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0f32;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let ww = fonts.width(word, size, bold);
            let needed = if line.is_empty() {
                ww
            } else {
                line_w + space + ww
            };
            if needed <= width + 0.01 {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_w = needed;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                line_w = 0.0;
            }
            if ww <= width + 0.01 {
                line.push_str(word);
                line_w = ww;
            } else {
                // Longer than a whole line (a long SKU, or CJK text without spaces).
                for c in word.chars() {
                    let cw = fonts.width(c.encode_utf8(&mut [0; 4]), size, bold);
                    if line_w + cw > width + 0.01 && !line.is_empty() {
                        out.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            }
        }
        out.push(line);
    }
    out
}

/// The smallest a label shrinks to, as a share of its size, before its words are broken.
const MIN_SHRINK: f32 = 0.75;

/// Long words fit (issue 17: "Voraussichtlich", "Zawiadomienie o opóźnieniu dostawy"): the
/// size shrinks, by half points down to three quarters of `size`, until the longest word fits
/// the width; then the text wraps at that size. Returns the size used and the lines.
pub fn fit(text: &str, width: f32, size: f32, bold: bool, fonts: &FontSet) -> (f32, Vec<String>) {
    let longest = |sz: f32| {
        text.split([' ', '\n'])
            .map(|w| fonts.width(w, sz, bold))
            .fold(0.0f32, f32::max)
    };
    let mut sz = size;
    while sz - 0.5 >= size * MIN_SHRINK && longest(sz) > width + 0.01 {
        sz -= 0.5;
    }
    (sz, wrap(text, width, sz, bold, fonts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> FontSet {
        FontSet::bundled()
    }

    #[test]
    fn a_long_label_shrinks_or_wraps_within_its_width_issue17() {
        let f = fonts();
        let (size, lines) = fit("Voraussichtlich", 60.0, 9.0, true, &f);
        assert!((9.0 * MIN_SHRINK..9.0).contains(&size), "{size}");
        assert_eq!(
            lines,
            vec!["Voraussichtlich".to_string()],
            "one word is not broken"
        );
        let (size, lines) = fit("Zawiadomienie o opóźnieniu dostawy", 150.0, 20.0, true, &f);
        assert!(size >= 20.0 * MIN_SHRINK);
        assert!(lines.len() >= 2, "{lines:?}");
        for l in &lines {
            assert!(f.width(l, size, true) <= 150.01, "{l:?} is too wide");
        }
        assert_eq!(
            fit("Qty", 60.0, 9.0, true, &f).0,
            9.0,
            "what fits keeps its size"
        );
    }

    #[test]
    fn wrapping_keeps_every_line_within_the_width_and_loses_no_word() {
        let f = fonts();
        let text = "A long description of a handmade ceramic teapot with a bamboo handle and a matching lid";
        let lines = wrap(text, 120.0, 9.0, false, &f);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(f.width(l, 9.0, false) <= 120.01, "{l:?} is too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_between_characters() {
        let f = fonts();
        let lines = wrap("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 50.0, 9.0, false, &f);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        for l in &lines {
            assert!(f.width(l, 9.0, false) <= 50.01);
        }
    }

    #[test]
    fn newlines_force_breaks_and_empty_text_gives_one_empty_line() {
        let f = fonts();
        assert_eq!(wrap("a\nb", 500.0, 9.0, false, &f), vec!["a", "b"]);
        assert_eq!(wrap("", 500.0, 9.0, false, &f), vec![""]);
    }
}
