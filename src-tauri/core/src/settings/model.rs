//! The shop's settings and the backorder incentive they default to.

use serde::{Deserialize, Serialize};

use crate::{money, Error, Result};

/// What a customer is offered for accepting a backorder. Tied to the units that were
/// backordered when the order was placed; a cancelled unit loses it first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Incentive {
    #[default]
    None,
    /// A percentage (basis points, 1000 = 10%) off the price of each backordered unit.
    Discount { percent_bp: i64 },
    /// A fixed credit off the order, kept in proportion to the incentive units still alive.
    Credit {
        #[serde(with = "crate::json::money")]
        amount: i64,
    },
    /// A gift note (a free sample, a voucher): shown on the order, no money effect.
    Gift { note: String },
}

impl Incentive {
    /// Parses the CLI form: `none`, `discount:PCT`, `credit:AMOUNT`, `gift:TEXT`.
    pub fn parse(s: &str) -> Result<Incentive> {
        let s = s.trim();
        let bad = || Error::invalid(crate::msg!("not-an-incentive", value = s));
        if s.eq_ignore_ascii_case("none") {
            return Ok(Incentive::None);
        }
        let (kind, value) = s.split_once(':').ok_or_else(bad)?;
        match kind.trim().to_ascii_lowercase().as_str() {
            "discount" => Ok(Incentive::Discount {
                percent_bp: money::parse_percent(value)?,
            }),
            "credit" => Ok(Incentive::Credit {
                amount: money::parse(value)?,
            }),
            "gift" if !value.trim().is_empty() => Ok(Incentive::Gift {
                note: value.trim().to_string(),
            }),
            _ => Err(bad()),
        }
    }

    /// The three columns it is stored in: kind, amount, note.
    pub fn to_columns(&self) -> (&'static str, i64, String) {
        match self {
            Incentive::None => ("none", 0, String::new()),
            Incentive::Discount { percent_bp } => ("discount", *percent_bp, String::new()),
            Incentive::Credit { amount } => ("credit", *amount, String::new()),
            Incentive::Gift { note } => ("gift", 0, note.clone()),
        }
    }

    /// The incentive stored in three columns; an unknown kind is an error, never "none".
    pub fn from_columns(kind: &str, amount: i64, note: String) -> Result<Incentive> {
        match kind {
            "none" => Ok(Incentive::None),
            "discount" => Ok(Incentive::Discount { percent_bp: amount }),
            "credit" => Ok(Incentive::Credit { amount }),
            "gift" => Ok(Incentive::Gift { note }),
            other => Err(Error::invalid(format!(
                "'{other}' is not an incentive kind (expected none, discount, credit or gift)"
            ))),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Incentive::None)
    }

    /// As the shop reads it (issue 17): "10% off backordered units", "5,00 € Gutschrift".
    pub fn describe_in(&self, w: &crate::i18n::ShopWords) -> String {
        w.say(&match self {
            Incentive::None => crate::msg!("incentive-none"),
            Incentive::Discount { percent_bp } => crate::msg!(
                "incentive-discount-text",
                percent = w.figures().percent_figure(*percent_bp)
            ),
            Incentive::Credit { amount } => {
                crate::msg!("incentive-credit-text", amount = w.figures().money(*amount))
            }
            Incentive::Gift { note } => crate::msg!("incentive-gift-text", note = note),
        })
    }

    /// For people: "10% off backordered units", "€5.00 credit", "gift: a free sample".
    pub fn describe(&self, currency: &str) -> String {
        match self {
            Incentive::None => "none".into(),
            Incentive::Discount { percent_bp } => {
                format!(
                    "{}% off backordered units",
                    money::percent_display(*percent_bp)
                )
            }
            Incentive::Credit { amount } => format!("{} credit", money::display(*amount, currency)),
            Incentive::Gift { note } => format!("gift: {note}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub store_name: String,
    pub store_address: String,
    pub store_contact: String,
    pub currency: String,
    /// Days to pick and pack an order (H in the promise rule).
    pub handling_days: i64,
    pub default_incentive: Incentive,
    pub paper_size: String,
    pub printer: String,
    pub backup_folder: String,
    pub logo_path: String,
    pub backorder_wording: String,
    /// E-mail to customers (issue 16). No password here: see [`crate::mail::secret`].
    pub mail: crate::mail::MailSettings,
    /// The shop's language (issue 17): new customers get it, and the availability feed is
    /// worded in it. A code of one of the translation files.
    pub language: String,
    /// The shop's locale for figures (issue 17): dates, numbers and money, e.g. `de-DE`.
    pub locale: String,
    /// Promises kept (issue 20): the share of deliveries, 50-100 %, that the learned supplier
    /// buffer must cover (see [`crate::reliability`]).
    pub promises_kept_pct: i64,
    /// How many days of receipts the supplier buffer learns from; 0 = no learning.
    pub promise_history_days: i64,
}

/// A change to the settings: `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsPatch {
    pub store_name: Option<String>,
    pub store_address: Option<String>,
    pub store_contact: Option<String>,
    pub currency: Option<String>,
    pub handling_days: Option<i64>,
    pub default_incentive: Option<Incentive>,
    pub paper_size: Option<String>,
    pub printer: Option<String>,
    pub backup_folder: Option<String>,
    pub logo_path: Option<String>,
    pub backorder_wording: Option<String>,
    /// E-mail settings to change (issue 16).
    pub mail: crate::mail::MailPatch,
    /// Issue 17.
    pub language: Option<String>,
    pub locale: Option<String>,
    /// Issue 20.
    pub promises_kept_pct: Option<i64>,
    pub promise_history_days: Option<i64>,
}
