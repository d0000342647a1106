//! The words of each message (issue 16): per kind of news and per language, a subject and a
//! body with fields such as {customer}, {order}, {items}, {date}, {tracking_link}. The shop
//! may edit them (stored in `mail_templates`, see [`super::store`]); [`default_template`] is
//! the built-in wording, and the one place another language's defaults plug in.
//!
//! Rendering is pure: [`render`] turns a template and the [`Values`] of one order into the
//! plain text and the HTML alternative. The HTML is generated from the same rendered pieces
//! (paragraphs, the items as lists, the tracking link as a link) with every value escaped, so
//! no customer name or product name can add markup.
//!
//! The body is made of paragraphs separated by a blank line. A paragraph whose fields all
//! came out empty (no incentive, no tracking number) is left out, so one template serves an
//! order with and without them. `{{` and `}}` write a literal brace.

use serde::Serialize;

use super::rules::html;
use crate::notices::NoticeKind;
use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Template {
    pub subject: String,
    pub body: String,
}

/// A template as the Settings screen edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TemplateView {
    pub kind: NoticeKind,
    pub language: String,
    pub subject: String,
    pub body: String,
    /// The fields this kind of message may use, without braces.
    pub fields: Vec<String>,
    /// True when this is the built-in wording (nothing saved for this kind and language).
    pub is_default: bool,
}

/// A message as rendered (or as it was sent): what the Outbox viewer and the preview show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MailBody {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The attached PDF's file name.
    pub attachment: Option<String>,
}

/// The fields a message of `kind` may use.
pub fn fields(kind: NoticeKind) -> &'static [&'static str] {
    match kind {
        NoticeKind::Backordered | NoticeKind::PromiseMoved => &[
            "customer",
            "order",
            "placed",
            "date",
            "items",
            "incentive",
            "shop",
        ],
        NoticeKind::Shipped => &[
            "customer",
            "order",
            "placed",
            "date",
            "items",
            "carrier",
            "tracking",
            "tracking_link",
            "shop",
        ],
    }
}

/// The built-in wording of `kind` in `language`: the translation files' (issue 17), with
/// their placeables as this module's fields. A language without a file gets English.
pub fn default_template(kind: NoticeKind, language: &str) -> Template {
    let kind = match kind {
        NoticeKind::Backordered => crate::i18n::MailKind::BackorderNotice,
        NoticeKind::PromiseMoved => crate::i18n::MailKind::DateMoved,
        NoticeKind::Shipped => crate::i18n::MailKind::ShippedNotice,
    };
    let (subject, body) =
        crate::i18n::mail_template(&crate::i18n::Language::or_english(language), kind);
    Template { subject, body }
}

/// A language code as stored: `en`, `de`, `pt-BR`. Refused when it is not one.
pub fn check_language(language: &str) -> Result<String> {
    let l = language.trim();
    let ok = !l.is_empty()
        && l.len() <= 16
        && l.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && l.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    if !ok {
        return Err(Error::invalid(crate::msg!(
            "not-a-language-code",
            value = l.escape_debug().to_string()
        )));
    }
    Ok(l.to_string())
}

/// A template the shop typed, checked before it is saved: a subject (one line), and only
/// fields this kind knows (an unknown one is named).
pub fn check(kind: NoticeKind, subject: &str, body: &str) -> Result<()> {
    if subject.trim().is_empty() {
        return Err(Error::invalid(crate::msg!("subject-empty")));
    }
    if subject.contains(['\r', '\n']) {
        return Err(Error::invalid(crate::msg!("subject-one-line")));
    }
    if body.trim().is_empty() {
        return Err(Error::invalid(crate::msg!("body-empty")));
    }
    for (is_subject, text) in [(true, subject), (false, body)] {
        let what = || match is_subject {
            true => crate::msg!("in-the-subject"),
            false => crate::msg!("in-the-message-text"),
        };
        for t in tokens(text).map_err(|e| {
            Error::invalid(crate::msg!("template-where", place = what(), problem = e))
        })? {
            if let Token::Field(f) = t {
                if is_subject && f == "items" {
                    return Err(Error::invalid(crate::msg!("items-in-subject")));
                }
                if !fields(kind).contains(&f.as_str()) {
                    return Err(Error::invalid(crate::msg!(
                        "unknown-field",
                        field = format!("{{{f}}}"),
                        place = what(),
                        kind = kind.as_str(),
                        fields = fields(kind)
                            .iter()
                            .map(|f| format!("{{{f}}}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )));
                }
            }
        }
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Text(String),
    Field(String),
}

fn tokens(s: &str) -> std::result::Result<Vec<Token>, crate::i18n::Msg> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) if c.is_ascii_alphanumeric() || c == '_' => name.push(c),
                        _ => {
                            return Err(crate::msg!("field-not-closed", name = format!("{{{name}")))
                        }
                    }
                }
                if !text.is_empty() {
                    out.push(Token::Text(std::mem::take(&mut text)));
                }
                out.push(Token::Field(name));
            }
            '}' => return Err(crate::msg!("lone-brace")),
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        out.push(Token::Text(text));
    }
    Ok(out)
}

/// A group of item lines, with the line that introduces it ("In this parcel:").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemGroup {
    pub heading: Option<String>,
    pub lines: Vec<String>,
}

/// The values of one message's fields.
#[derive(Debug, Clone, Default)]
pub struct Values {
    /// Plain fields: name → value ("" = nothing to say).
    pub fields: Vec<(&'static str, String)>,
    pub items: Vec<ItemGroup>,
    /// The tracking number and, when the carrier has a template, its page.
    pub tracking: String,
    pub tracking_url: Option<String>,
}

impl Values {
    fn get(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    fn is_empty(&self, name: &str) -> bool {
        match name {
            "items" => self.items.iter().all(|g| g.lines.is_empty()),
            "tracking" | "tracking_link" => self.tracking.trim().is_empty(),
            other => self.get(other).trim().is_empty(),
        }
    }

    fn text(&self, name: &str) -> String {
        match name {
            "tracking" => self.tracking.clone(),
            "tracking_link" => match &self.tracking_url {
                Some(url) => format!("{} ({url})", self.tracking),
                None => self.tracking.clone(),
            },
            other => self.get(other).to_string(),
        }
    }
}

/// The subject of `t` with `v` (one line: a value's line breaks become spaces).
pub fn render_subject(t: &Template, v: &Values) -> Result<String> {
    let mut s = String::new();
    for tok in tokens(&t.subject).map_err(Error::invalid)? {
        match tok {
            Token::Text(x) => s.push_str(&x),
            Token::Field(f) => s.push_str(&v.text(&f)),
        }
    }
    Ok(super::rules::header_text(&s))
}

/// The body of `t` with `v`: (plain text, HTML fragment).
pub fn render_body(t: &Template, v: &Values) -> Result<(String, String)> {
    let body = t.body.replace("\r\n", "\n");
    let mut text_paras: Vec<String> = Vec::new();
    let mut html = String::new();
    for para in split_paragraphs(&body) {
        let toks = tokens(&para).map_err(Error::invalid)?;
        let has_fields = toks.iter().any(|t| matches!(t, Token::Field(_)));
        if has_fields
            && toks.iter().all(|t| {
                matches!(t, Token::Text(_)) || matches!(t, Token::Field(f) if v.is_empty(f))
            })
        {
            continue; // Nothing to say here for this order.
        }
        let mut text = String::new();
        let mut open = String::new(); // HTML of the paragraph being written
        let flush = |open: &mut String, html: &mut String| {
            let p = std::mem::take(open);
            let p = p.trim_matches(|c: char| c == '\n' || c == ' ');
            if !p.is_empty() {
                html.push_str(&format!("<p>{}</p>\n", p.replace('\n', "<br>\n")));
            }
        };
        for tok in toks {
            match tok {
                Token::Text(x) => {
                    text.push_str(&x);
                    open.push_str(&self::html(&x));
                }
                Token::Field(f) if f == "items" => {
                    flush(&mut open, &mut html);
                    let mut lines = Vec::new();
                    for g in v.items.iter().filter(|g| !g.lines.is_empty()) {
                        if let Some(h) = &g.heading {
                            // A group after another stands apart: a blank line, then its heading.
                            if !lines.is_empty() {
                                lines.push(String::new());
                            }
                            lines.push(h.clone());
                            html.push_str(&format!("<p>{}</p>\n", self::html(h)));
                        }
                        html.push_str("<ul>\n");
                        for l in &g.lines {
                            lines.push(format!("  - {l}"));
                            html.push_str(&format!("<li>{}</li>\n", self::html(l)));
                        }
                        html.push_str("</ul>\n");
                    }
                    if !text.is_empty() && !text.ends_with('\n') {
                        text.push('\n');
                    }
                    text.push_str(&lines.join("\n"));
                }
                Token::Field(f) if f == "tracking_link" => {
                    text.push_str(&v.text(&f));
                    match &v.tracking_url {
                        Some(url) => open.push_str(&format!(
                            "<a href=\"{}\">{}</a>",
                            self::html(url),
                            self::html(&v.tracking)
                        )),
                        None => open.push_str(&self::html(&v.tracking)),
                    }
                }
                Token::Field(f) => {
                    let value = v.text(&f);
                    text.push_str(&value);
                    open.push_str(&self::html(&value));
                }
            }
        }
        flush(&mut open, &mut html);
        text_paras.push(text.trim_end().to_string());
    }
    let mut text = text_paras.join("\n\n");
    text.push('\n');
    Ok((text, html))
}

/// Paragraphs: runs of lines separated by one or more blank lines.
fn split_paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(cur.join("\n"));
                cur.clear();
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur.join("\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values() -> Values {
        Values {
            fields: vec![
                ("customer", "Tom & <Jerry>".into()),
                ("order", "SO-00042".into()),
                ("date", "9 Mar 2026".into()),
                ("carrier", "An Post".into()),
                ("incentive", String::new()),
                ("shop", "Corner".into()),
            ],
            items: vec![
                ItemGroup {
                    heading: Some("In this parcel:".into()),
                    lines: vec!["1 × Kettle <big> (KET-03)".into()],
                },
                ItemGroup {
                    heading: Some("Still on backorder:".into()),
                    lines: vec![],
                },
            ],
            tracking: "JD0123".into(),
            tracking_url: Some("https://track.example/JD0123?a=1&b=2".into()),
        }
    }

    #[test]
    fn the_default_shipped_message_renders_items_as_a_list_and_the_tracking_as_a_link() {
        let t = default_template(NoticeKind::Shipped, "en");
        let (text, html) = render_body(&t, &values()).unwrap();
        assert!(text.contains("Dear Tom & <Jerry>,"), "{text}");
        assert!(
            text.contains("In this parcel:\n  - 1 × Kettle <big> (KET-03)"),
            "{text}"
        );
        assert!(
            !text.contains("Still on backorder"),
            "an empty group is left out: {text}"
        );
        assert!(
            text.contains("Follow it here: JD0123 (https://track.example/JD0123?a=1&b=2)"),
            "{text}"
        );
        assert!(
            html.contains("<p>Dear Tom &amp; &lt;Jerry&gt;,</p>"),
            "{html}"
        );
        assert!(
            html.contains("<li>1 × Kettle &lt;big&gt; (KET-03)</li>"),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="https://track.example/JD0123?a=1&amp;b=2">JD0123</a>"#),
            "{html}"
        );
    }

    #[test]
    fn a_paragraph_whose_fields_are_all_empty_is_left_out() {
        let t = Template {
            subject: "S".into(),
            body: "Hello {customer}\n\nYou get {incentive}.\n\nBye".into(),
        };
        let (text, _) = render_body(&t, &values()).unwrap();
        assert_eq!(text, "Hello Tom & <Jerry>\n\nBye\n");
    }

    #[test]
    fn saving_checks_fields_the_subject_and_braces() {
        let k = NoticeKind::Backordered;
        assert!(check(k, "Order {order}", "Hi {customer}\n\n{items}").is_ok());
        let e = check(k, "Order {order}", "Hi {custmer}").unwrap_err();
        assert!(e.to_string().contains("{custmer}"), "{e}");
        let e = check(k, "Order", "Link {tracking_link}").unwrap_err();
        assert!(
            e.to_string().contains("{tracking_link}"),
            "not for backorder news: {e}"
        );
        assert!(check(k, "  ", "Hi").is_err());
        assert!(check(k, "Order {order}\r\nBcc: x@example.org", "Hi").is_err());
        assert!(check(k, "Order {order", "Hi").is_err());
        assert!(check(k, "Order {{not a field}}", "Hi").is_ok());
        assert!(
            check(k, "Order {items}", "Hi").is_err(),
            "a list is not a subject"
        );
        for kind in [
            NoticeKind::Backordered,
            NoticeKind::PromiseMoved,
            NoticeKind::Shipped,
        ] {
            let d = default_template(kind, "en");
            assert!(check(kind, &d.subject, &d.body).is_ok(), "{kind:?}");
        }
    }

    #[test]
    fn a_subject_value_cannot_break_the_header_line() {
        let t = Template {
            subject: "Order {order} for {customer}".into(),
            body: "x".into(),
        };
        let mut v = values();
        v.fields[0].1 = "Eve\r\nBcc: x@example.org".into();
        assert_eq!(
            render_subject(&t, &v).unwrap(),
            "Order SO-00042 for Eve Bcc: x@example.org"
        );
    }
}
