//! Reports (issue 6): metric queries → report data → CSV or PDF.
//!
//! Each report has its own module with its pure computation ([`backorders`], [`aging`],
//! [`fill_rate`], [`reorder`], [`valuation`], [`promises`], [`ledger`]); all their SQL is in
//! [`store`]. A report's data turns into [`table::Piece`]s (tables, charts, notes), which
//! [`table::csv`] writes as CSV and [`pdf`] lays out with the documents' PDF engine. Every
//! figure is defined in the report's `DEFINITIONS` (printed as its footnote) and in
//! `docs/reports.md`, so it can be checked by hand.

pub mod aging;
pub mod backorders;
pub mod calibration;
pub mod chart;
pub mod fill_rate;
pub mod ledger;
pub mod pdf;
pub mod promises;
pub mod reorder;
pub mod screen;
pub mod store;
pub mod table;
pub mod valuation;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::db::conn::Conn;
use crate::purchasing::NewPo;
use crate::{Error, Result};

/// Which report, and (for the ledger) of which product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "name", rename_all = "kebab-case")]
pub enum ReportName {
    Backorders,
    Aging,
    FillRate,
    Reorder,
    Valuation,
    Promises,
    Ledger { sku: String },
}

/// How a report reads its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dating {
    /// The state of the shop today: no range.
    Snapshot,
    /// As of a day (`--to`, default today), from the ledger.
    AsOf,
    /// Over a range of days (`--from`..`--to`, inclusive).
    Range,
}

/// The CLI names, in the order `stockroom report --help` lists them.
pub const REPORT_NAMES: [&str; 7] = [
    "backorders",
    "aging",
    "fill-rate",
    "reorder",
    "valuation",
    "promises",
    "ledger",
];

/// Length of the default range of range reports: the last 12 weeks, ending `to`.
pub const DEFAULT_RANGE_DAYS: u64 = 84;

impl ReportName {
    /// The report called `name` (`ledger` needs `sku`).
    pub fn parse(name: &str, sku: Option<&str>) -> Result<ReportName> {
        let n = match name.trim() {
            "backorders" => ReportName::Backorders,
            "aging" => ReportName::Aging,
            "fill-rate" => ReportName::FillRate,
            "reorder" => ReportName::Reorder,
            "valuation" => ReportName::Valuation,
            "promises" => ReportName::Promises,
            "ledger" => match sku.map(str::trim).filter(|s| !s.is_empty()) {
                Some(s) => ReportName::Ledger { sku: s.to_string() },
                None => return Err(Error::invalid(crate::msg!("ledger-needs-sku"))),
            },
            other => {
                return Err(Error::invalid(crate::msg!(
                    "not-a-report",
                    value = other,
                    known = REPORT_NAMES.join(", ")
                )))
            }
        };
        if sku.is_some() && !matches!(n, ReportName::Ledger { .. }) {
            return Err(Error::invalid(crate::msg!("sku-only-for-ledger")));
        }
        Ok(n)
    }

    /// The CLI name (`fill-rate`), also the CSV/JSON `report` field.
    pub fn key(&self) -> &'static str {
        match self {
            ReportName::Backorders => "backorders",
            ReportName::Aging => "aging",
            ReportName::FillRate => "fill-rate",
            ReportName::Reorder => "reorder",
            ReportName::Valuation => "valuation",
            ReportName::Promises => "promises",
            ReportName::Ledger { .. } => "ledger",
        }
    }

    /// The report's title in English.
    pub fn title(&self) -> String {
        self.title_msg().in_english()
    }

    /// The report's title as a message of the app catalogue (issue 17).
    pub fn title_msg(&self) -> crate::i18n::Msg {
        match self {
            ReportName::Backorders => crate::msg!("report-backorders"),
            ReportName::Aging => crate::msg!("report-aging"),
            ReportName::FillRate => crate::msg!("report-fill-rate"),
            ReportName::Reorder => crate::msg!("report-reorder"),
            ReportName::Valuation => crate::msg!("report-valuation"),
            ReportName::Promises => crate::msg!("report-promises"),
            ReportName::Ledger { sku } => crate::msg!("report-ledger", sku = sku),
        }
    }

    fn dating(&self) -> Dating {
        match self {
            ReportName::Backorders | ReportName::Aging | ReportName::Reorder => Dating::Snapshot,
            ReportName::Valuation => Dating::AsOf,
            ReportName::FillRate | ReportName::Promises | ReportName::Ledger { .. } => {
                Dating::Range
            }
        }
    }
}

/// The dates asked for; either may be left out (see [`ReportRange::resolve`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// The dates a report covers, after defaults: `from` is None for snapshot and as-of reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
}

impl ReportRange {
    pub fn new(from: Option<NaiveDate>, to: Option<NaiveDate>) -> ReportRange {
        ReportRange { from, to }
    }

    /// Applies the defaults and refuses ranges that make no sense for the report:
    /// - snapshot reports (backorders, aging, reorder) describe today: no `--from`, and `--to`
    ///   only if it is today (the engine keeps no history of past queues);
    /// - valuation is as of `--to` (default today, not in the future); no `--from`;
    /// - range reports default to the 12 weeks ending `--to` (default today); `from ≤ to`.
    fn resolve(&self, name: &ReportName, today: NaiveDate) -> Result<Period> {
        let key = name.key();
        match name.dating() {
            Dating::Snapshot => {
                if self.from.is_some() || self.to.is_some_and(|t| t != today) {
                    return Err(Error::invalid(crate::msg!(
                        "report-is-a-snapshot",
                        report = key,
                        today = today
                    )));
                }
                Ok(Period {
                    from: None,
                    to: today,
                })
            }
            Dating::AsOf => {
                if self.from.is_some() {
                    return Err(Error::invalid(crate::msg!("report-is-as-of", report = key)));
                }
                let to = self.to.unwrap_or(today);
                if to > today {
                    return Err(Error::invalid(crate::msg!(
                        "valuation-in-future",
                        day = to,
                        today = today
                    )));
                }
                Ok(Period { from: None, to })
            }
            Dating::Range => {
                let to = self.to.unwrap_or(today);
                let from = self.from.unwrap_or_else(|| {
                    to.checked_sub_days(Days::new(DEFAULT_RANGE_DAYS - 1))
                        .unwrap_or(to)
                });
                if from > to {
                    return Err(Error::invalid(crate::msg!(
                        "range-reversed",
                        from = from,
                        to = to
                    )));
                }
                Ok(Period {
                    from: Some(from),
                    to,
                })
            }
        }
    }
}

/// The figures of one report, ready for the screen (JSON), CSV or PDF.
#[derive(Debug, Clone, Serialize)]
pub struct ReportData {
    /// The report's CLI name, e.g. `fill-rate`.
    pub report: &'static str,
    pub title: String,
    /// First day of the range (None: a snapshot or an as-of report).
    pub from: Option<NaiveDate>,
    /// Last day of the range, or the as-of day.
    pub to: NaiveDate,
    /// The day the report was made.
    pub today: NaiveDate,
    pub currency: String,
    /// The shop's locale (issue 17): the PDF's dates, numbers and money read in it.
    pub locale: String,
    /// The language of the report's words (issue 17): the shop's, when the app speaks it.
    /// The title, definitions, headings and notes are in it, on screen and on paper alike.
    pub language: &'static str,
    /// How each figure is computed: the report's footnote.
    pub definitions: Vec<String>,
    #[serde(flatten)]
    pub body: ReportBody,
}

/// The report-specific part of [`ReportData`] (its fields are flattened into it in JSON).
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum ReportBody {
    Backorders(backorders::BackordersReport),
    Aging(aging::AgingReport),
    FillRate(fill_rate::FillRateReport),
    Reorder(reorder::ReorderReport),
    Valuation(valuation::ValuationReport),
    Promises(promises::PromisesReport),
    Ledger(ledger::LedgerReport),
}

impl ReportData {
    /// How the report's figures read: the shop's locale, in the shop's currency.
    pub fn figures(&self) -> crate::i18n::Locale {
        crate::i18n::app::figures(&self.locale, &self.currency)
    }

    /// How the report speaks: its language's words and the shop's figures.
    pub fn words(&self) -> crate::i18n::ShopWords {
        crate::i18n::ShopWords::new(self.language, &self.locale, &self.currency)
    }

    /// The tables, charts and notes of the report, in print order, in the report's words.
    pub fn pieces(&self) -> Vec<table::Piece> {
        let w = &self.words();
        match &self.body {
            ReportBody::Backorders(r) => r.pieces(w),
            ReportBody::Aging(r) => r.pieces(w),
            ReportBody::FillRate(r) => r.pieces(w),
            ReportBody::Reorder(r) => r.pieces(w),
            ReportBody::Valuation(r) => r.pieces(w),
            ReportBody::Promises(r) => r.pieces(w),
            ReportBody::Ledger(r) => r.pieces(w),
        }
    }

    /// The report as CSV (see [`table::csv`]).
    pub fn csv(&self) -> Result<String> {
        table::csv(&self.pieces())
    }

    /// A file name to suggest when saving, e.g. `report-fill-rate-2026-03-01.pdf`.
    pub fn file_name(&self, ext: &str) -> String {
        match self.from {
            Some(f) => format!("report-{}-{f}-to-{}.{ext}", self.report, self.to),
            None => format!("report-{}-{}.{ext}", self.report, self.to),
        }
    }
}

/// The figures of a report over a range (see [`ReportRange::resolve`] for the defaults).
pub fn report(
    conn: Conn<'_>,
    today: NaiveDate,
    name: &ReportName,
    range: &ReportRange,
) -> Result<ReportData> {
    let period = range.resolve(name, today)?;
    let (body, definitions): (ReportBody, Vec<crate::i18n::Msg>) = match name {
        ReportName::Backorders => (
            ReportBody::Backorders(backorders::build(&store::waiting_lines(conn)?, today)),
            backorders::definitions(),
        ),
        ReportName::Aging => (
            ReportBody::Aging(aging::build(&store::waiting_lines(conn)?, today)),
            aging::definitions(),
        ),
        ReportName::FillRate => {
            let from = period.from.expect("a range");
            (
                ReportBody::FillRate(fill_rate::build(
                    &store::fill_rate_lines(conn, from, period.to)?,
                    &store::fills_between(conn, from, period.to)?,
                    from,
                    period.to,
                )),
                fill_rate::definitions(),
            )
        }
        ReportName::Reorder => (
            ReportBody::Reorder(reorder::build(&store::stock_positions(conn)?)),
            reorder::definitions(),
        ),
        ReportName::Valuation => (
            ReportBody::Valuation(valuation::build(&store::valuation_rows(
                conn, period.to, today,
            )?)),
            valuation::definitions(),
        ),
        ReportName::Promises => {
            let from = period.from.expect("a range");
            let mut report = promises::build(
                &store::finished_backorder_lines(conn, from, period.to)?,
                from,
                period.to,
            );
            // Issue 20: how the first promises compare with the likely arrivals.
            report.calibration =
                calibration::build(&store::calibration_lines(conn, from, period.to)?);
            (ReportBody::Promises(report), promises::definitions())
        }
        ReportName::Ledger { sku } => {
            let from = period.from.expect("a range");
            let p = crate::catalog::store::require(conn, sku)?;
            let (opening, moves) = store::ledger_between(conn, p.id, from, period.to)?;
            (
                ReportBody::Ledger(ledger::build(&p.sku, &p.name, opening, &moves)),
                ledger::definitions(),
            )
        }
    };
    // The shop's currency and locale (the settings, read as the documents' shop reads them).
    let shop = crate::settings::store::load(conn)?;
    // The shop's words (issue 17): the title and definitions are written here, once, so
    // that the screen and the PDF say the same.
    let words = crate::settings::shop_words(conn)?;
    let title = match &body {
        // The SKU as stored, not as typed.
        ReportBody::Ledger(l) => ReportName::Ledger { sku: l.sku.clone() }.title_msg(),
        _ => name.title_msg(),
    };
    Ok(ReportData {
        report: name.key(),
        title: words.say(&title),
        from: period.from,
        to: period.to,
        today,
        currency: shop.currency,
        locale: shop.locale,
        language: words.language(),
        definitions: definitions.iter().map(|m| words.say(m)).collect(),
        body,
    })
}

/// The PDF of report data already computed (the screen shows the data, then saves it).
pub fn pdf_of(conn: Conn<'_>, data: &ReportData) -> Result<Vec<u8>> {
    let shop = crate::documents::store::shop(conn)?;
    Ok(crate::pdf::render(&pdf::document(data, &shop))?.bytes)
}

/// The draft purchase order the reorder report suggests for one supplier, not stored.
/// `expected_on` defaults to today + the longest lead time of its products.
pub fn reorder_draft(
    conn: Conn<'_>,
    today: NaiveDate,
    supplier: &str,
    expected_on: Option<NaiveDate>,
) -> Result<NewPo> {
    let report = reorder::build(&store::stock_positions(conn)?);
    reorder::draft(&report, supplier, expected_on, today)
}
