//! Counts in words, as a shopkeeper reads them: "1 unit", "3 units", never "1 unit(s)".

/// `n` and its noun, singular for exactly one: `plural(3, "unit")` is "3 units". Every noun
/// Stockroom counts takes an "s".
pub fn plural<N>(n: N, noun: &str) -> String
where
    N: TryInto<i64> + Copy + std::fmt::Display,
{
    let one = n.try_into().ok() == Some(1);
    format!("{n} {noun}{}", if one { "" } else { "s" })
}

/// "is" for exactly one, else "are": "1 product is low", "2 products are low".
pub fn is_are<N: TryInto<i64>>(n: N) -> &'static str {
    if n.try_into().ok() == Some(1) {
        "is"
    } else {
        "are"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "unit"), "1 unit");
        assert_eq!(plural(0, "unit"), "0 units");
        assert_eq!(plural(2usize, "waiting line"), "2 waiting lines");
        assert_eq!(plural(-1i64, "unit"), "-1 units");
        assert_eq!(is_are(1u32), "is");
        assert_eq!(is_are(5), "are");
    }
}
