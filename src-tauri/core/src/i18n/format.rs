//! Figures by locale, from ICU4X's compiled CLDR data (offline): dates, amounts of money in
//! the shop's currency, plain numbers. No month name, separator or symbol placement is
//! written here.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use fixed_decimal::Decimal;
use icu_calendar::Date;
use icu_datetime::fieldsets::{MD, YMD};
use icu_datetime::DateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use icu_locale_core::Locale as IcuLocale;
use writeable::Writeable;

use super::Language;

/// How one reader's figures look: a language for the words, and a locale (language and
/// region, e.g. `de-DE`, `en-GB`) for dates, numbers and money, with the shop's currency.
/// Built once per document (the formatters load their data here), then used for every figure.
#[derive(Clone)]
pub struct Locale {
    lang: Language,
    tag: String,
    currency: String,
    long_dates: Arc<DateTimeFormatter<YMD>>,
    short_dates: Arc<DateTimeFormatter<YMD>>,
    day_month: Arc<DateTimeFormatter<MD>>,
    numbers: Arc<DecimalFormatter>,
    money: Option<Arc<CurrencyFormatter<DecimalFormatter>>>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locale({}, {}, {})", self.lang, self.tag, self.currency)
    }
}

/// Checks a locale tag as settings store it (`de-DE`, `en-GB`, `pl`); refuses anything ICU
/// cannot read, naming it. Returns the canonical form.
pub fn parse_tag(tag: &str) -> crate::Result<String> {
    let t = tag.trim().replace('_', "-");
    IcuLocale::try_from_str(&t)
        .map(|l| l.to_string())
        .map_err(|_| crate::Error::invalid(crate::msg!("not-a-locale", value = tag.trim())))
}

impl Locale {
    /// The figures of a letter in `lang`, for a shop whose own locale is `shop_locale` and
    /// whose currency is `currency`. The shop's region is kept when the shop's locale is in
    /// the same language (a German shop writing German: `de-DE`; an English customer of a
    /// shop set to `en-GB`: `en-GB`); otherwise the language's own CLDR defaults apply (a
    /// Polish customer reads Polish dates and "2 627,60 €").
    pub fn new(lang: &Language, shop_locale: &str, currency: &str) -> Locale {
        let shop = IcuLocale::try_from_str(shop_locale.trim()).ok();
        let tag = match shop {
            Some(l) if l.id.language.as_str() == lang.code() => l.to_string(),
            _ => lang.code().to_string(),
        };
        let icu: IcuLocale = IcuLocale::try_from_str(&tag).unwrap_or(IcuLocale::UNKNOWN);
        // Compiled data covers every CLDR locale; these cannot fail for a parsed locale, but
        // an unexpected miss falls back to the root locale rather than refusing to print.
        let long_dates = DateTimeFormatter::try_new((&icu).into(), YMD::long())
            .or_else(|_| DateTimeFormatter::try_new(Default::default(), YMD::long()))
            .expect("root locale date data is compiled in");
        let short_dates = DateTimeFormatter::try_new((&icu).into(), YMD::medium())
            .or_else(|_| DateTimeFormatter::try_new(Default::default(), YMD::medium()))
            .expect("root locale date data is compiled in");
        let day_month = DateTimeFormatter::try_new((&icu).into(), MD::medium())
            .or_else(|_| DateTimeFormatter::try_new(Default::default(), MD::medium()))
            .expect("root locale date data is compiled in");
        let numbers = DecimalFormatter::try_new((&icu).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("root locale number data is compiled in");
        let code = currency.trim().to_ascii_uppercase();
        let money = CurrencyType::try_from_str(&code.to_ascii_lowercase())
            .ok()
            .and_then(|c| {
                CurrencyFormatter::try_new_symbol((&icu).into(), c, Default::default()).ok()
            })
            .map(Arc::new);
        Locale {
            lang: lang.clone(),
            tag,
            currency: code,
            long_dates: Arc::new(long_dates),
            short_dates: Arc::new(short_dates),
            day_month: Arc::new(day_month),
            numbers: Arc::new(numbers),
            money,
        }
    }

    /// The language of the words.
    pub fn language(&self) -> &Language {
        &self.lang
    }

    /// The locale the figures follow, e.g. `de-DE` or `pl`.
    /// The shop's currency code.
    pub fn currency(&self) -> &str {
        &self.currency
    }

    pub fn tag(&self) -> &str {
        &self.tag
    }

    fn icu_date(d: NaiveDate) -> Option<Date<icu_calendar::Iso>> {
        Date::try_new_iso(d.year(), d.month() as u8, d.day() as u8).ok()
    }

    /// A date in a letter: "1 December 2026", "1. Dezember 2026", "1 grudnia 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        match Self::icu_date(d) {
            Some(x) => self.long_dates.format(&x).write_to_string().into_owned(),
            None => d.to_string(),
        }
    }

    /// A date where space is short: "1 Dec 2026", "01.12.2026".
    pub fn short_date(&self, d: NaiveDate) -> String {
        match Self::icu_date(d) {
            Some(x) => self.short_dates.format(&x).write_to_string().into_owned(),
            None => d.to_string(),
        }
    }

    /// Day and month only, for dates within the year: "12 Dec", "12.12.".
    pub fn day_month(&self, d: NaiveDate) -> String {
        match Self::icu_date(d) {
            Some(x) => self.day_month.format(&x).write_to_string().into_owned(),
            None => d.to_string(),
        }
    }

    /// An amount in minor units, in the shop's currency: "€2,627.60", "2.627,60 €",
    /// "2 627,60 €".
    pub fn money(&self, minor: i64) -> String {
        let value = decimal_of_minor(minor);
        match &self.money {
            Some(f) => f
                .format_fixed_decimal(&value)
                .write_to_string()
                .into_owned(),
            // A code ICU has no data for: the locale's number and the code after it.
            None => format!(
                "{} {}",
                self.numbers.format(&value).write_to_string(),
                self.currency
            ),
        }
    }

    /// A whole number with the locale's grouping: "1,250", "1.250", "1 250".
    pub fn number(&self, n: i64) -> String {
        self.numbers
            .format(&Decimal::from(n))
            .write_to_string()
            .into_owned()
    }

    /// Basis points as a percentage figure without the sign ("12.5", "12,5", "10"): the sign
    /// and its spacing belong to the message (`{ $percent } %` in German and French).
    pub fn percent_figure(&self, bp: i64) -> String {
        let mut d = decimal_of_minor(bp);
        d.trim_end();
        self.numbers.format(&d).write_to_string().into_owned()
    }
}

/// Minor units (hundredths) as an exact decimal: no floats for money.
fn decimal_of_minor(minor: i64) -> Decimal {
    let mut d = Decimal::from(minor);
    d.multiply_pow10(-2);
    d
}
