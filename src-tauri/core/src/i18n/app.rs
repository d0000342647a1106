//! The app's own words for the shop (issue 17): error messages, report titles, headings,
//! notes and definitions, import problems. The words the *customer* reads are the other
//! catalogue (`locales/<code>.ftl`, nine languages); these are what the *shop* reads on its
//! screens and its own PDFs, in `locales/app/<code>.ftl` (found by `build.rs`: a new language
//! for the window is one file here plus one in `ui/locales/`).
//!
//! The code never writes such a sentence itself: it names a message and its arguments
//! ([`Msg`], made with [`msg!`](crate::msg)). The sentence is written when it is read:
//! - [`Msg::in_english`] (and `Display`) from `app/en.ftl` with plain figures and ISO dates:
//!   what the CLI prints and logs show, word for word what they showed before;
//! - [`Msg::in_words`] for one shop ([`ShopWords`]): in the shop's language (when there is an
//!   app file for it, else English), with numbers and dates as the shop's locale writes them.
//!
//! A message missing in one language reads in English (a test keeps that from happening).

use std::cell::RefCell;
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentValue};

use super::{bundles_of, Arg, Bundles, Language, Locale, FALLBACK};

mod files {
    include!(concat!(env!("OUT_DIR"), "/app_locales.rs"));
}

/// The codes of the languages the app speaks to the shop in (one `locales/app/<code>.ftl`
/// each), sorted.
pub fn languages() -> Vec<&'static str> {
    files::FILES.iter().map(|(k, _)| *k).collect()
}

/// The text of the app file of language `code` ("" when there is none).
pub fn source(code: &str) -> &'static str {
    files::FILES
        .iter()
        .find(|(k, _)| *k == code)
        .map(|(_, s)| *s)
        .unwrap_or("")
}

/// The language the app speaks to a shop whose setting `language` is `shop_language`: that
/// one when there is an app file for it, else English. The one place this choice is made.
pub fn language_for(shop_language: &str) -> &'static str {
    let c = shop_language.trim().replace('_', "-").to_ascii_lowercase();
    let base = c.split('-').next().unwrap_or("");
    files::FILES
        .iter()
        .find(|(k, _)| *k == base)
        .map(|(k, _)| *k)
        .unwrap_or(FALLBACK)
}

thread_local! {
    /// The locale whose figures a message being written on this thread uses (None: plain).
    static FIGURES: RefCell<Option<Locale>> = const { RefCell::new(None) };
}

/// Fluent's hook for numbers: a whole number as the current locale groups it ("1.250" in
/// German), or Fluent's own plain form ("1250") when no locale is set (English for the CLI).
/// Plural selectors still read the number itself.
fn figure<M>(v: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    if n.value.fract() != 0.0 {
        return None;
    }
    FIGURES.with(|f| f.borrow().as_ref().map(|loc| loc.number(n.value as i64)))
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut b = bundles_of(files::FILES);
        for bundle in b.values_mut() {
            bundle.set_formatter(Some(figure));
        }
        b
    })
}

fn format_in(lang: &str, id: &str, args: &FluentArgs) -> Option<String> {
    let b = bundles().get(lang)?;
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        b.format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

/// The message ids of the app file of language `code`, and its syntax errors (as text).
pub fn message_ids(code: &str) -> (std::collections::BTreeSet<String>, Vec<String>) {
    super::catalogue::ids_in(source(code))
}

/// The variables (`$name`) message `id` uses in the app file of language `code`.
pub fn placeables(code: &str, id: &str) -> std::collections::BTreeSet<String> {
    super::catalogue::placeables_in(source(code), id)
}

/// Whether the app file of language `code` has message `id` (no fallback).
pub fn has_message(code: &str, id: &str) -> bool {
    bundles().get(code).is_some_and(|b| b.has_message(id))
}

/// Words for the shop: a message of the app catalogue with its arguments, or a text made
/// elsewhere (a library's or the OS's error, a name) that reads the same in every language.
#[derive(Debug, Clone)]
pub enum Msg {
    Text(String),
    Id {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
}

/// A message of the app catalogue: `msg!("order-not-enough", sku = sku, qty = n)`. The id is
/// a literal and each argument is `name = value` (text, a count, a date, another `Msg`), so
/// tests/i18n_app.rs can check every use against `locales/app/en.ftl`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::i18n::Msg::new($id, vec![$((stringify!($k), $crate::i18n::Arg::from($v))),*])
    };
}

impl Msg {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg::Id { id, args }
    }

    /// The message id (None for a text made elsewhere).
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Msg::Text(_) => None,
            Msg::Id { id, .. } => Some(id),
        }
    }

    /// In English with plain figures and ISO dates: the CLI's and the logs' words.
    pub fn in_english(&self) -> String {
        self.render(FALLBACK, None)
    }

    /// As the shop reads it: in its language, with its figures.
    pub fn in_words(&self, w: &ShopWords) -> String {
        self.render(w.language, Some(&w.figures))
    }

    fn render(&self, lang: &str, loc: Option<&Locale>) -> String {
        let (id, args) = match self {
            Msg::Text(s) => return s.clone(),
            Msg::Id { id, args } => (*id, args),
        };
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(s) => fa.set(*k, FluentValue::from(s.as_str())),
                Arg::Count(n) => fa.set(*k, FluentValue::from(*n)),
                Arg::Date(d) => fa.set(
                    *k,
                    FluentValue::from(match loc {
                        Some(l) => l.short_date(*d),
                        None => d.to_string(),
                    }),
                ),
                Arg::Msg(m) => fa.set(*k, FluentValue::from(m.render(lang, loc))),
            }
        }
        let previous = FIGURES.with(|f| f.replace(loc.cloned()));
        let text = format_in(lang, id, &fa)
            .or_else(|| format_in(FALLBACK, id, &fa))
            .unwrap_or_else(|| id.to_string());
        FIGURES.with(|f| f.replace(previous));
        text
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_english())
    }
}

/// Two messages are equal when they say the same in English.
impl PartialEq for Msg {
    fn eq(&self, other: &Msg) -> bool {
        self.in_english() == other.in_english()
    }
}

impl Eq for Msg {}

impl From<String> for Msg {
    fn from(s: String) -> Msg {
        Msg::Text(s)
    }
}

impl From<&str> for Msg {
    fn from(s: &str) -> Msg {
        Msg::Text(s.to_string())
    }
}

impl From<&String> for Msg {
    fn from(s: &String) -> Msg {
        Msg::Text(s.clone())
    }
}

/// How the app speaks to one shop: the language of its words (the setting `language`, when
/// the app has a file for it, else English) and the locale of its figures (the setting
/// `locale`). The two are apart: an English-speaking shop may write its money "37,50 €".
#[derive(Debug, Clone)]
pub struct ShopWords {
    language: &'static str,
    figures: Locale,
}

impl ShopWords {
    pub fn new(shop_language: &str, shop_locale: &str, currency: &str) -> ShopWords {
        ShopWords {
            language: language_for(shop_language),
            figures: figures(shop_locale, currency),
        }
    }

    /// English words and figures (a shop whose settings cannot be read).
    pub fn english() -> ShopWords {
        ShopWords::new(FALLBACK, FALLBACK, "EUR")
    }

    /// The code of the words' language (`en`, `de`).
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The figures: dates, numbers, money in the shop's locale and currency.
    pub fn figures(&self) -> &Locale {
        &self.figures
    }

    /// Message `m` as this shop reads it.
    pub fn say(&self, m: &Msg) -> String {
        m.in_words(self)
    }
}

/// The figures of a shop's own papers and screens: its locale's, in the language of that
/// locale where the customers' catalogue has it (`de-DE` → German figures; the words are
/// another matter, see [`ShopWords`]).
pub fn figures(shop_locale: &str, currency: &str) -> Locale {
    let language = shop_locale.split(['-', '_']).next().unwrap_or(FALLBACK);
    Locale::new(&Language::or_english(language), shop_locale, currency)
}
