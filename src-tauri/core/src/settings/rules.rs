//! What a valid set of settings is.

use super::model::Settings;
use crate::{Error, Result};

pub fn validate(s: &Settings) -> Result<()> {
    if s.store_name.trim().is_empty() {
        return Err(Error::invalid(crate::msg!("store-name-empty")));
    }
    if s.handling_days < 0 {
        return Err(Error::invalid(crate::msg!(
            "handling-days-negative",
            got = s.handling_days
        )));
    }
    let c = s.currency.trim();
    if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
        return Err(Error::invalid(crate::msg!(
            "not-a-currency",
            value = &s.currency
        )));
    }
    if !matches!(s.paper_size.as_str(), "A4" | "Letter") {
        return Err(Error::invalid(crate::msg!(
            "paper-size",
            got = &s.paper_size
        )));
    }
    if !(50..=100).contains(&s.promises_kept_pct) {
        return Err(Error::invalid(crate::msg!(
            "promises-kept-range",
            got = s.promises_kept_pct
        )));
    }
    if !(0..=3650).contains(&s.promise_history_days) {
        return Err(Error::invalid(crate::msg!(
            "promise-history-range",
            got = s.promise_history_days
        )));
    }
    crate::mail::rules::validate(&s.mail)?;
    crate::i18n::Language::parse(&s.language)?;
    crate::i18n::parse_tag(&s.locale)?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::type_complexity)] // the tables of cases
mod tests {
    use super::*;
    use crate::settings::model::Incentive;

    fn base() -> Settings {
        Settings {
            store_name: "Shop".into(),
            store_address: String::new(),
            store_contact: String::new(),
            currency: "EUR".into(),
            handling_days: 1,
            default_incentive: Incentive::None,
            paper_size: "A4".into(),
            printer: String::new(),
            backup_folder: String::new(),
            logo_path: String::new(),
            backorder_wording: String::new(),
            mail: crate::settings::store::mail_from_columns(crate::settings::store::MailColumns {
                host: String::new(),
                port: 587,
                security: "starttls".into(),
                user: String::new(),
                from: String::new(),
                reply_to: String::new(),
                auto: true,
            })
            .unwrap(),
            language: "en".into(),
            locale: "en-GB".into(),
            promises_kept_pct: 95,
            promise_history_days: 180,
        }
    }

    #[test]
    fn settings_are_checked_field_by_field() {
        let cases: Vec<(fn(&mut Settings), bool)> = vec![
            (|_| {}, true),
            (|s| s.store_name = "  ".into(), false),
            (|s| s.handling_days = -1, false),
            (|s| s.currency = "EURO".into(), false),
            (|s| s.currency = "gbp".into(), true),
            (|s| s.paper_size = "A5".into(), false),
            (|s| s.language = "de".into(), true),
            (|s| s.language = "xx".into(), false),
            (|s| s.locale = "de-DE".into(), true),
            (|s| s.locale = "not a locale!".into(), false),
            (|s| s.promises_kept_pct = 100, true),
            (|s| s.promises_kept_pct = 49, false),
            (|s| s.promises_kept_pct = 101, false),
            (|s| s.promise_history_days = 0, true),
            (|s| s.promise_history_days = -1, false),
        ];
        for (i, (change, ok)) in cases.into_iter().enumerate() {
            let mut s = base();
            change(&mut s);
            assert_eq!(validate(&s).is_ok(), ok, "case {i}");
        }
    }

    #[test]
    fn incentives_parse_from_the_cli_form() {
        assert_eq!(Incentive::parse("none").unwrap(), Incentive::None);
        assert_eq!(
            Incentive::parse("discount:10").unwrap(),
            Incentive::Discount { percent_bp: 1000 }
        );
        assert_eq!(
            Incentive::parse("credit:5.00").unwrap(),
            Incentive::Credit { amount: 500 }
        );
        assert_eq!(
            Incentive::parse("gift:a mug").unwrap(),
            Incentive::Gift {
                note: "a mug".into()
            }
        );
        for bad in [
            "",
            "discount",
            "discount:abc",
            "credit:-1",
            "gift:",
            "bonus:3",
            "discount:150",
        ] {
            assert!(Incentive::parse(bad).is_err(), "{bad:?}");
        }
    }
}
