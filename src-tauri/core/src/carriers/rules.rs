use super::model::NewCarrier;
use crate::{Error, Result};

pub fn validate(c: &NewCarrier) -> Result<()> {
    if c.name.trim().is_empty() {
        return Err(Error::invalid(crate::msg!("carrier-needs-name")));
    }
    if c.transit_days < 0 {
        return Err(Error::invalid(crate::msg!(
            "transit-days-negative",
            got = c.transit_days
        )));
    }
    Ok(())
}

/// A tracking link template: "" (no link), or an http(s) address with `{tracking}` where the
/// number goes, e.g. `https://track.example.com/{tracking}`.
pub fn check_tracking_url(t: &str) -> Result<String> {
    let t = t.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    if !(t.starts_with("https://") || t.starts_with("http://")) {
        return Err(Error::invalid(crate::msg!("not-a-tracking-link", link = t)));
    }
    if !t.contains("{tracking}") {
        return Err(Error::invalid(crate::msg!(
            "tracking-link-no-marker",
            link = t
        )));
    }
    if t.chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        return Err(Error::invalid(crate::msg!(
            "tracking-link-bad-characters",
            link = t
        )));
    }
    Ok(t.to_string())
}

/// The link to a parcel: the template with the number put in (percent-encoded, so a number
/// can never change the link's shape). `None` without a template or a number.
pub fn tracking_link(template: &str, tracking: &str) -> Option<String> {
    let tracking = tracking.trim();
    if template.is_empty() || tracking.is_empty() {
        return None;
    }
    let encoded: String = tracking
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    Some(template.replace("{tracking}", &encoded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carrier_needs_a_name_and_non_negative_transit_days() {
        let c = |name: &str, t| NewCarrier {
            name: name.into(),
            transit_days: t,
            is_default: false,
        };
        assert!(validate(&c("DHL", 2)).is_ok());
        assert!(validate(&c("DHL", 0)).is_ok());
        assert!(validate(&c(" ", 2)).is_err());
        assert!(validate(&c("DHL", -1)).is_err());
    }

    #[test]
    fn a_tracking_link_needs_a_web_address_with_the_number_placeholder() {
        let table = [
            ("", Some("")),
            (
                "https://t.example/{tracking}",
                Some("https://t.example/{tracking}"),
            ),
            (
                " http://t.example/?n={tracking} ",
                Some("http://t.example/?n={tracking}"),
            ),
            ("t.example/{tracking}", None),
            ("https://t.example/", None),
            ("javascript:alert(1)//{tracking}", None),
            ("https://t.example/{tracking} x", None),
        ];
        for (input, want) in table {
            assert_eq!(check_tracking_url(input).ok().as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn the_tracking_number_goes_into_the_link_encoded() {
        assert_eq!(
            tracking_link("https://t.example/{tracking}", "JD0123").as_deref(),
            Some("https://t.example/JD0123")
        );
        assert_eq!(
            tracking_link("https://t.example/?n={tracking}", "a b&c").as_deref(),
            Some("https://t.example/?n=a%20b%26c")
        );
        assert_eq!(tracking_link("", "JD0123"), None);
        assert_eq!(tracking_link("https://t.example/{tracking}", " "), None);
    }
}
