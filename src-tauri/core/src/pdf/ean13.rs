//! EAN-13 symbols, drawn from the standard's tables (pure; the bars are checked against the
//! `barcoders` crate and, in the label tests, read back by zbarimg).
//!
//! A symbol is 95 modules: the start guard 101, six left digits (each 7 modules, in the L or
//! G set as the first digit's parity pattern says), the centre guard 01010, six right digits
//! (R set) and the end guard 101. The first digit has no bars of its own: it is the pattern.

use super::model::{Align, Color, Drawing, Shape, TextStyle};
use crate::{Error, Result};

/// L-set codes of 0–9 (the R set is their complement, the G set the R set reversed).
const L: [&str; 10] = [
    "0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011",
    "0110111", "0001011",
];
/// Which of the six left digits use the G set, by the first digit.
const PARITY: [&str; 10] = [
    "LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL",
    "LGGLGL",
];

/// Light quiet zones the standard asks for, in modules: 11 before, 7 after.
const QUIET_LEFT: f32 = 11.0;
const QUIET_RIGHT: f32 = 7.0;

/// The 95 modules (1 = bar) of the EAN-13 of `digits` (13 digits, check digit verified).
pub fn modules(digits: &str) -> Result<Vec<u8>> {
    let g = crate::barcodes::gtin::parse(digits)?;
    if g.code.len() != 13 {
        return Err(Error::invalid(format!(
            "{digits} is not an EAN-13 (it has {} digits)",
            g.code.len()
        )));
    }
    let d: Vec<usize> = g.code.bytes().map(|b| (b - b'0') as usize).collect();
    let bits = |s: &str| s.bytes().map(|b| b - b'0').collect::<Vec<u8>>();
    let mut m = vec![1, 0, 1];
    for (i, set) in PARITY[d[0]].bytes().enumerate() {
        let l = bits(L[d[i + 1]]);
        m.extend(match set {
            b'L' => l,
            // G: the R code (L inverted) read backwards.
            _ => l.iter().rev().map(|b| 1 - b).collect(),
        });
    }
    m.extend([0, 1, 0, 1, 0]);
    for &x in &d[7..13] {
        m.extend(bits(L[x]).iter().map(|b| 1 - b));
    }
    m.extend([1, 0, 1]);
    Ok(m)
}

/// An EAN-13 symbol as vector bars `height` points tall (guards a little longer), modules
/// `module` points wide, quiet zones included, with the digits under it as printed on goods:
/// the first left of the bars, then two groups of six.
pub fn ean13(digits: &str, module: f32, height: f32) -> Result<Drawing> {
    let m = modules(digits)?;
    let code: String = digits.chars().filter(char::is_ascii_digit).collect();
    let x0 = QUIET_LEFT * module;
    let digit_size = (module * 7.0 * 1.2).clamp(6.0, 11.0);
    let guard = digit_size * 0.55;
    let mut shapes = Vec::new();
    let mut i = 0;
    while i < m.len() {
        if m[i] == 1 {
            let start = i;
            while i < m.len() && m[i] == 1 {
                i += 1;
            }
            // Guards (start, centre, end) run down between the digit groups.
            let is_guard = start < 3 || (45..50).contains(&start) || start >= 92;
            shapes.push(Shape::FilledRect {
                x: x0 + start as f32 * module,
                y: 0.0,
                w: (i - start) as f32 * module,
                h: if is_guard { height + guard } else { height },
                color: Color::BLACK,
            });
        } else {
            i += 1;
        }
    }
    let style = TextStyle {
        size: digit_size,
        bold: false,
        color: Color::BLACK,
    };
    let base = height + digit_size * 0.95;
    shapes.push(Shape::Text {
        x: x0 - 2.0 * module,
        y: base,
        text: code[..1].to_string(),
        style,
        align: Align::Right,
    });
    shapes.push(Shape::Text {
        x: x0 + (3.0 + 21.0) * module,
        y: base,
        text: code[1..7].to_string(),
        style,
        align: Align::Center,
    });
    shapes.push(Shape::Text {
        x: x0 + (50.0 + 21.0) * module,
        y: base,
        text: code[7..].to_string(),
        style,
        align: Align::Center,
    });
    Ok(Drawing {
        width: (QUIET_LEFT + 95.0 + QUIET_RIGHT) * module,
        height: base + digit_size * 0.25,
        shapes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ean_13_is_95_modules_with_its_guards() {
        let m = modules("4006381333931").unwrap();
        assert_eq!(m.len(), 95);
        assert_eq!(&m[..3], &[1, 0, 1]);
        assert_eq!(&m[45..50], &[0, 1, 0, 1, 0]);
        assert_eq!(&m[92..], &[1, 0, 1]);
    }

    #[test]
    fn the_bars_match_an_independent_encoder() {
        for code in [
            "4006381333931",
            "5901234123457",
            "0036000291452",
            "9780201379624",
        ] {
            let ours = modules(code).unwrap();
            let theirs = barcoders::sym::ean13::EAN13::new(&code[..12])
                .unwrap()
                .encode();
            assert_eq!(ours, theirs, "{code}");
        }
    }

    #[test]
    fn a_wrong_check_digit_or_another_length_is_not_drawn() {
        assert!(modules("4006381333932").is_err());
        assert!(modules("96385074").is_err());
    }

    #[test]
    fn the_digits_are_printed_under_the_bars_in_three_groups() {
        let d = ean13("4006381333931", 1.0, 40.0).unwrap();
        let texts: Vec<&str> = d
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["4", "006381", "333931"]);
        assert_eq!(d.width, 113.0);
    }
}
