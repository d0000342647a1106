//! What the customer reads, in their language (issue 17).
//!
//! Words come from Fluent files, one per language (`src-tauri/core/locales/<code>.ftl`, found
//! at build time by `build.rs`: a new language is one new file). Figures come from ICU4X's
//! compiled CLDR data: dates ([`Locale::date`]), amounts in the shop's currency
//! ([`Locale::money`]) and plain numbers ([`Locale::number`]). Nothing here knows a month
//! name, a separator or where a currency symbol goes.
//!
//! English is the fallback: a message missing in one language is taken from `en.ftl` (a test
//! makes sure none is missing).

pub mod app;
mod catalogue;
mod format;

pub use app::{Msg, ShopWords};
pub use catalogue::{message_ids, passed, placeables, MESSAGES};
pub use format::{parse_tag, Locale};

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The language every other one falls back to.
pub const FALLBACK: &str = "en";

/// A language a customer can be written to in: the code of one of the `.ftl` files
/// (BCP 47 language, e.g. `de`, `pl`, `nb`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Language(&'static str);

impl Language {
    /// A known language from its code (`de`, `DE`, `de-AT` → `de`); an unknown one is refused
    /// with `invalid_input`, naming the known codes.
    pub fn parse(code: &str) -> Result<Language> {
        let c = code.trim().replace('_', "-").to_ascii_lowercase();
        let base = c.split('-').next().unwrap_or("");
        files::FILES
            .iter()
            .find(|(k, _)| *k == base)
            .map(|(k, _)| Language(k))
            .ok_or_else(|| {
                Error::invalid(crate::msg!(
                    "not-a-known-language",
                    value = code.trim(),
                    known = known().join(", ")
                ))
            })
    }

    pub fn english() -> Language {
        Language(FALLBACK)
    }

    pub fn code(&self) -> &'static str {
        self.0
    }

    /// A stored code as a language; an unknown one (a file removed since) reads as English.
    pub fn or_english(code: &str) -> Language {
        Language::parse(code).unwrap_or_else(|_| Language::english())
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl TryFrom<String> for Language {
    type Error = Error;
    fn try_from(s: String) -> Result<Language> {
        Language::parse(&s)
    }
}

impl From<Language> for String {
    fn from(l: Language) -> String {
        l.0.to_string()
    }
}

/// The codes of every language there is a file for, sorted.
pub fn known() -> Vec<&'static str> {
    files::FILES.iter().map(|(k, _)| *k).collect()
}

/// The text of a language's file (for tests and tools).
pub fn source(lang: &Language) -> &'static str {
    files::FILES
        .iter()
        .find(|(k, _)| *k == lang.0)
        .map(|(_, s)| *s)
        .unwrap_or("")
}

/// A value for a placeable: text (already formatted: names, dates, amounts) or a count that
/// plural selectors read by CLDR rules. The app's own messages ([`app`]) also take a day (as
/// the reader's locale writes it) and another message (in the same language).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Count(i64),
    Date(chrono::NaiveDate),
    Msg(Box<Msg>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Count(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(n as i64)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Count(n as i64)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Count(n.into())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Count(n.into())
    }
}

impl From<chrono::NaiveDate> for Arg {
    fn from(d: chrono::NaiveDate) -> Arg {
        Arg::Date(d)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

type Bundles = HashMap<&'static str, FluentBundle<FluentResource>>;

/// One bundle per file of a catalogue (the customers' or the app's), by language code.
fn bundles_of(files: &'static [(&'static str, &'static str)]) -> Bundles {
    files
        .iter()
        .map(|(code, text)| {
            let id: unic_langid::LanguageIdentifier = code
                .parse()
                .expect("a .ftl file is named by a language code");
            let mut b = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around placeables: they would print as boxes
            // on paper, and a mail template wants its markers plain.
            b.set_use_isolating(false);
            // A file with a syntax error keeps the messages that parsed; the test of
            // the catalogue fails on it, so it never ships.
            let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = b.add_resource(res);
            (*code, b)
        })
        .collect()
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| bundles_of(files::FILES))
}

fn format_in(lang: &str, id: &str, args: &FluentArgs) -> Option<String> {
    let b = bundles().get(lang)?;
    let msg = b.get_message(id)?;
    let pattern = msg.value()?;
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(args), &mut errors);
    Some(text.into_owned())
}

/// The message `id` in `lang`, with its placeables filled from `args`; from English when the
/// language lacks it; the id itself when no file has it (a test keeps that from happening).
pub fn t(lang: &Language, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(s) => fa.set(*k, FluentValue::from(s.as_str())),
            Arg::Count(n) => fa.set(*k, FluentValue::from(*n)),
            Arg::Date(d) => fa.set(*k, FluentValue::from(d.to_string())),
            Arg::Msg(m) => fa.set(*k, FluentValue::from(m.to_string())),
        }
    }
    format_in(lang.0, id, &fa)
        .or_else(|| format_in(FALLBACK, id, &fa))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang`'s own file has message `id` (no fallback).
pub fn has_message(lang: &Language, id: &str) -> bool {
    bundles().get(lang.0).is_some_and(|b| b.has_message(id))
}

/// The kinds of e-mail a customer gets, each with a subject and a body in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailKind {
    /// Items of the order wait for stock.
    BackorderNotice,
    /// A promised date moved.
    DateMoved,
    /// A parcel left.
    ShippedNotice,
}

impl MailKind {
    pub const ALL: [MailKind; 3] = [
        MailKind::BackorderNotice,
        MailKind::DateMoved,
        MailKind::ShippedNotice,
    ];

    fn ids(self) -> (&'static str, &'static str) {
        match self {
            MailKind::BackorderNotice => ("mail-backorder-subject", "mail-backorder-body"),
            MailKind::DateMoved => ("mail-moved-subject", "mail-moved-body"),
            MailKind::ShippedNotice => ("mail-shipped-subject", "mail-shipped-body"),
        }
    }
}

/// The placeables a mail template may use, as the markers it carries: `{customer}` ...
pub const MAIL_MARKERS: [&str; 7] = [
    "customer",
    "order",
    "items",
    "date",
    "incentive",
    "tracking_link",
    "shop",
];

/// The default e-mail of `kind` in `lang` as (subject, body), with its placeables left as
/// the literal markers `{customer}`, `{order}`, `{items}`, `{date}`, `{incentive}`,
/// `{tracking_link}`, `{shop}`: the shop's editable templates start from these and fill the markers when sending.
pub fn mail_template(lang: &Language, kind: MailKind) -> (String, String) {
    let args: Vec<(&str, Arg)> = MAIL_MARKERS
        .iter()
        .map(|m| (*m, Arg::Text(format!("{{{m}}}"))))
        .collect();
    let (subject, body) = kind.ids();
    (t(lang, subject, &args), t(lang, body, &args))
}
