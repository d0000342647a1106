//! Money is an integer count of minor units (cents). Parsing and formatting live here and
//! nowhere else.

use crate::{Error, Result};

/// Parses a decimal amount such as `12.50`, `12.5`, `12` or `0.99` into minor units.
/// Negative amounts, more than two decimals, and anything else are refused.
pub fn parse(s: &str) -> Result<i64> {
    let t = s.trim();
    let bad = || Error::invalid(crate::msg!("not-an-amount", value = s));
    let (whole, frac) = match t.split_once('.') {
        Some((w, f)) => (w, f),
        None => (t, ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return Err(bad());
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    if frac.len() > 2 || (t.contains('.') && frac.is_empty()) {
        return Err(bad());
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let frac_val: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| bad())? * 10,
        _ => frac.parse().map_err(|_| bad())?,
    };
    whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(frac_val))
        .ok_or_else(bad)
}

/// Formats minor units as a plain decimal string, e.g. `1250` → `"12.50"` (the JSON and CSV form).
pub fn decimal(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.unsigned_abs();
    format!("{sign}{}.{:02}", m / 100, m % 100)
}

/// Formats minor units for people, with the shop currency: `€12.50`, `£3.00`, `12.50 CHF`.
pub fn display(minor: i64, currency: &str) -> String {
    let amount = decimal(minor.abs());
    let sign = if minor < 0 { "−" } else { "" };
    match currency.to_ascii_uppercase().as_str() {
        "EUR" => format!("{sign}€{amount}"),
        "USD" => format!("{sign}${amount}"),
        "GBP" => format!("{sign}£{amount}"),
        "UAH" => format!("{sign}₴{amount}"),
        other => format!("{sign}{amount} {other}"),
    }
}

/// `pct_bp` percent (in basis points, 1000 = 10%) of `minor`, rounded half up to the cent.
pub fn percent_of(minor: i64, pct_bp: i64) -> i64 {
    (minor * pct_bp + 5_000) / 10_000
}

/// Parses a percentage such as `10` or `7.5` into basis points (1000 = 10%). At most 100%.
pub fn parse_percent(s: &str) -> Result<i64> {
    let bp = parse(s).map_err(|_| Error::invalid(crate::msg!("not-a-percentage", value = s)))?;
    if bp > 10_000 {
        return Err(Error::invalid(crate::msg!("percentage-over-100", got = s)));
    }
    Ok(bp)
}

/// Basis points as a percentage for people: 1000 → "10", 750 → "7.5".
pub fn percent_display(bp: i64) -> String {
    let s = decimal(bp);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_to_minor_units() {
        assert_eq!(parse("12.50").unwrap(), 1250);
        assert_eq!(parse("12.5").unwrap(), 1250);
        assert_eq!(parse("12").unwrap(), 1200);
        assert_eq!(parse("0.99").unwrap(), 99);
        assert_eq!(parse(".99").unwrap(), 99);
    }

    #[test]
    fn malformed_amounts_are_refused() {
        for bad in ["", "abc", "-1", "1.234", "1,50", "1.", "1e3", " . "] {
            assert!(parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn amounts_format_with_two_decimals_and_the_currency() {
        assert_eq!(decimal(1250), "12.50");
        assert_eq!(decimal(5), "0.05");
        assert_eq!(display(1250, "EUR"), "€12.50");
        assert_eq!(display(1250, "CHF"), "12.50 CHF");
    }

    #[test]
    fn percentages_round_half_up_to_the_cent() {
        assert_eq!(percent_of(1999, 1000), 200); // 199.9 → 200
        assert_eq!(percent_of(1000, 750), 75);
        assert_eq!(parse_percent("7.5").unwrap(), 750);
        assert!(parse_percent("101").is_err());
        assert_eq!(percent_display(750), "7.5");
        assert_eq!(percent_display(1000), "10");
    }
}
