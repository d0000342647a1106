//! Pure rules of e-mail: which addresses are accepted, what a server may be, how long to wait
//! before trying again, the subject of each kind of news, and escaping.

use chrono::{Duration, NaiveDateTime};

use super::model::{MailSettings, Security};
use crate::{Error, Result};

/// An address as typed, checked the way the mail will use it: one mailbox `user@domain`,
/// nothing that could add a header or a recipient (no line breaks, spaces, commas, `<>`).
/// Returns it trimmed.
pub fn check_address(s: &str) -> Result<String> {
    let a = s.trim();
    let bad = || {
        Error::invalid(crate::msg!(
            "not-an-e-mail-address",
            address = a.escape_debug().to_string()
        ))
    };
    if a.is_empty()
        || a.chars().any(|c| {
            c.is_control() || c.is_whitespace() || matches!(c, ',' | ';' | '<' | '>' | '"')
        })
    {
        return Err(bad());
    }
    a.parse::<lettre::Address>().map_err(|_| bad())?;
    Ok(a.to_string())
}

/// Text that goes into a header as a display name (a customer's or the shop's name): line
/// breaks and other control characters become spaces, so no value can start a new header.
/// lettre encodes what is left.
pub fn header_text(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes a value for HTML text or a quoted attribute.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `host` is this computer: the only place a plain-text connection may go.
pub fn is_this_computer(host: &str) -> bool {
    let h = host.trim().trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

/// A set of e-mail settings the sender can use, or why not. An empty host or From address
/// is allowed (e-mail not set up yet); a filled-in one must be right.
pub fn validate(m: &MailSettings) -> Result<()> {
    let host = m.smtp_host.trim();
    if host
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '/' || c == '@')
    {
        return Err(Error::invalid(crate::msg!(
            "not-a-server-name",
            value = host.escape_debug().to_string()
        )));
    }
    if m.smtp_port == 0 {
        return Err(Error::invalid(crate::msg!("smtp-port-range")));
    }
    if m.smtp_security == Security::None && !host.is_empty() && !is_this_computer(host) {
        return Err(Error::invalid(crate::msg!("smtp-unencrypted", host = host)));
    }
    if m.smtp_user.chars().any(|c| c.is_control()) {
        return Err(Error::invalid(crate::msg!("smtp-user-line-breaks")));
    }
    if !m.mail_from.trim().is_empty() {
        check_address(&m.mail_from)?;
    }
    if !m.mail_reply_to.trim().is_empty() {
        check_address(&m.mail_reply_to)?;
    }
    Ok(())
}

/// Before attempt `attempts + 1`: 1 min after the first failure, doubling, at most 1 hour.
pub fn backoff(attempts: i64) -> Duration {
    let minutes = 1i64 << attempts.saturating_sub(1).clamp(0, 6);
    Duration::minutes(minutes.min(60))
}

pub fn next_attempt(now: NaiveDateTime, attempts: i64) -> NaiveDateTime {
    now + backoff(attempts)
}

/// The domain of the Message-IDs: the From address's.
pub fn message_id_domain(mail_from: &str) -> String {
    mail_from
        .rsplit_once('@')
        .map(|(_, d)| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "stockroom.invalid".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_single_mailboxes_with_nothing_that_adds_a_header() {
        let table = [
            ("ann@example.com", true),
            ("  ann@example.com ", true),
            ("ann.lee+shop@mail.example.co.uk", true),
            ("ann", false),
            ("ann@", false),
            ("", false),
            ("ann@example.com\r\nBcc: x@example.org", false),
            ("ann@example.com, x@example.org", false),
            ("Ann <ann@example.com>", false),
            ("ann lee@example.com", false),
        ];
        for (a, ok) in table {
            assert_eq!(check_address(a).is_ok(), ok, "{a:?}");
        }
    }

    #[test]
    fn a_name_with_line_breaks_becomes_one_line_in_a_header() {
        assert_eq!(
            header_text("Eve\r\nBcc: x@example.org"),
            "Eve Bcc: x@example.org"
        );
        assert_eq!(header_text("  Ann\tLee "), "Ann Lee");
    }

    #[test]
    fn html_escapes_every_markup_character() {
        assert_eq!(
            html(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn retries_wait_one_minute_then_double_up_to_an_hour() {
        let table = [
            (1, 1),
            (2, 2),
            (3, 4),
            (4, 8),
            (5, 16),
            (6, 32),
            (7, 60),
            (8, 60),
            (50, 60),
        ];
        for (attempts, minutes) in table {
            assert_eq!(
                backoff(attempts),
                Duration::minutes(minutes),
                "after {attempts}"
            );
        }
    }

    fn settings(host: &str, security: Security) -> MailSettings {
        MailSettings {
            smtp_host: host.into(),
            smtp_port: 587,
            smtp_security: security,
            smtp_user: String::new(),
            mail_from: "shop@example.com".into(),
            mail_reply_to: String::new(),
            mail_auto: true,
            configured: true,
        }
    }

    #[test]
    fn plain_text_smtp_is_only_for_a_server_on_this_computer() {
        let table = [
            ("127.0.0.1", Security::None, true),
            ("localhost", Security::None, true),
            ("::1", Security::None, true),
            ("smtp.example.com", Security::None, false),
            ("10.0.0.5", Security::None, false),
            ("smtp.example.com", Security::Starttls, true),
            ("smtp.example.com", Security::Tls, true),
            ("smtp example.com", Security::Tls, false),
        ];
        for (host, sec, ok) in table {
            assert_eq!(validate(&settings(host, sec)).is_ok(), ok, "{host} {sec:?}");
        }
    }
}
