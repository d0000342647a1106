//! GTIN rules (EAN-8, UPC-A, EAN-13, GTIN-14), pure: what a valid code is, its check digit,
//! and the one key every form of a code is stored and looked up under.
//!
//! Why GTIN-14 as the key: GS1 defines the shorter GTINs as the same number padded with
//! leading zeros, and the mod-10 check digit does not change under that padding. So the UPC-A
//! `036000291452`, the EAN-13 `0036000291452` and the GTIN-14 `00036000291452` are one code;
//! padding all of them to 14 digits makes "unique across products" hold across the forms
//! without a special case. The digits as the shop gave them are kept beside the key (what the
//! screens show and the labels print).

use crate::{Error, Result};

/// A checked code: its digits as given (8, 12, 13 or 14 of them) and its GTIN-14 key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gtin {
    /// The digits as given, spaces and hyphens removed.
    pub code: String,
    /// The same number padded to 14 digits: the key it is stored and looked up under.
    pub key: String,
}

impl Gtin {
    /// The 13 digits of an EAN-13 symbol, when the code is an EAN-13 or a UPC-A (a UPC-A is
    /// an EAN-13 beginning with 0). EAN-8 and GTIN-14 codes are printed otherwise.
    pub fn ean13(&self) -> Option<String> {
        match self.code.len() {
            13 => Some(self.code.clone()),
            12 => Some(format!("0{}", self.code)),
            _ => None,
        }
    }
}

/// The mod-10 check digit GS1 puts last, computed over the digits before it: from the right,
/// weights 3, 1, 3, 1... (so leading zeros never change it).
pub fn check_digit(body: &[u8]) -> u8 {
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| u32::from(*d) * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Checks a barcode as typed or scanned: digits only (spaces and hyphens between them are
/// dropped), 8, 12, 13 or 14 of them, and the last one the right check digit. A wrong check
/// digit is refused naming the expected one, so a typo is found at once.
pub fn parse(input: &str) -> Result<Gtin> {
    let code: String = input
        .trim()
        .chars()
        .filter(|c| *c != ' ' && *c != '-')
        .collect();
    if code.is_empty() {
        return Err(Error::invalid(crate::msg!("barcode-empty")));
    }
    if let Some(c) = code.chars().find(|c| !c.is_ascii_digit()) {
        return Err(Error::invalid(crate::msg!(
            "barcode-not-digits",
            code = input.trim(),
            char = c.to_string()
        )));
    }
    if ![8, 12, 13, 14].contains(&code.len()) {
        return Err(Error::invalid(crate::msg!(
            "barcode-length",
            code = &code,
            digits = code.len()
        )));
    }
    let digits: Vec<u8> = code.bytes().map(|b| b - b'0').collect();
    let (body, last) = digits.split_at(digits.len() - 1);
    let expected = check_digit(body);
    if last[0] != expected {
        return Err(Error::invalid(crate::msg!(
            "barcode-check-digit",
            code = &code,
            expected = expected.to_string(),
            fixed = format!("{}{expected}", &code[..code.len() - 1])
        )));
    }
    Ok(Gtin {
        key: format!("{code:0>14}"),
        code,
    })
}

/// The code completed with its check digit: `with_check_digit("400638133393")` is
/// `4006381333931` (the demo shop makes its codes this way).
pub fn with_check_digit(body: &str) -> String {
    let digits: Vec<u8> = body.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    format!("{body}{}", check_digit(&digits))
}

/// Whether `input` looks like a barcode at all (only digits, spaces and hyphens, at least one
/// digit): a scan that does is checked as a GTIN; anything else is a SKU or a document number.
pub fn looks_like_barcode(input: &str) -> bool {
    let t = input.trim();
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_codes_of_every_length_are_accepted() {
        for (code, kind) in [
            ("4006381333931", "EAN-13"),
            ("5901234123457", "EAN-13"),
            ("036000291452", "UPC-A"),
            ("96385074", "EAN-8"),
            ("00012345600012", "GTIN-14"),
            ("10614141000415", "GTIN-14"),
        ] {
            let g = parse(code).unwrap_or_else(|e| panic!("{kind} {code}: {e}"));
            assert_eq!(g.code, code);
            assert_eq!(g.key.len(), 14, "{kind} {code} is keyed by 14 digits");
        }
    }

    #[test]
    fn a_wrong_check_digit_is_refused_naming_the_expected_digit() {
        for (code, expected) in [
            ("4006381333932", 1),
            ("5901234123450", 7),
            ("036000291459", 2),
            ("96385070", 4),
        ] {
            let err = parse(code).unwrap_err();
            assert_eq!(err.code(), "invalid_input");
            assert!(
                err.to_string()
                    .contains(&format!("check digit should be {expected}")),
                "{code}: {err}"
            );
        }
    }

    #[test]
    fn lengths_other_than_8_12_13_14_and_letters_are_refused() {
        for bad in [
            "",
            "1234567",
            "12345678901",
            "123456789012345",
            "40063813339X1",
            "ABC",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should be refused");
        }
        let msg = parse("1234567").unwrap_err().to_string();
        assert!(msg.contains("7 digits"), "{msg}");
    }

    #[test]
    fn spaces_and_hyphens_between_digits_are_dropped() {
        assert_eq!(parse(" 4 006381-333931 ").unwrap().code, "4006381333931");
    }

    #[test]
    fn a_upc_a_and_its_ean_13_form_are_the_same_code() {
        let upc = parse("036000291452").unwrap();
        let ean = parse("0036000291452").unwrap();
        let gtin14 = parse("00036000291452").unwrap();
        assert_eq!(upc.key, ean.key);
        assert_eq!(ean.key, gtin14.key);
        assert_ne!(upc.code, ean.code, "what was given is kept for the screens");
        assert_eq!(upc.ean13().as_deref(), Some("0036000291452"));
        assert_eq!(parse("96385074").unwrap().ean13(), None);
    }

    #[test]
    fn check_digits_are_computed_for_bodies_of_any_length() {
        assert_eq!(with_check_digit("400638133393"), "4006381333931");
        assert_eq!(with_check_digit("590123412345"), "5901234123457");
        assert_eq!(with_check_digit("9638507"), "96385074");
        assert_eq!(with_check_digit("03600029145"), "036000291452");
    }

    #[test]
    fn only_digit_strings_look_like_barcodes() {
        assert!(looks_like_barcode("4006381333931"));
        assert!(looks_like_barcode("4006-3813"));
        assert!(!looks_like_barcode("MUG-BLUE"));
        assert!(!looks_like_barcode("SHP-000042"));
        assert!(!looks_like_barcode(""));
    }
}
