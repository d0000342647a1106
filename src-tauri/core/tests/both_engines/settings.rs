//! The settings row on both engines.

use stockroom_core::data::webshop::WebshopPatch;
use stockroom_core::mail::{MailPatch, Security};
use stockroom_core::settings::{Incentive, SettingsPatch};

use crate::support::for_each_engine;

#[test]
fn a_new_shop_has_the_default_settings_on_both_engines_issue19() {
    for_each_engine(|shop| {
        let s = shop.settings().unwrap();
        assert_eq!(s.store_name, "My Shop");
        assert_eq!(s.currency, "EUR");
        assert_eq!(s.handling_days, 1);
        assert_eq!(s.default_incentive, Incentive::None);
        assert_eq!(s.mail.smtp_port, 587);
        assert_eq!(s.mail.smtp_security, Security::Starttls);
        assert!(s.mail.mail_auto, "the 0/1 flag reads as true");
        assert!(!s.mail.configured);
        assert_eq!(s.promises_kept_pct, 95);
    });
}

#[test]
fn settings_are_read_back_as_they_were_written_issue19() {
    for_each_engine(|shop| {
        let patch = SettingsPatch {
            store_name: Some("Wool & Co".into()),
            currency: Some("chf".into()),
            handling_days: Some(3),
            default_incentive: Some(Incentive::Discount { percent_bp: 500 }),
            language: Some("DE".into()),
            mail: MailPatch {
                smtp_host: Some("mail.example.org".into()),
                smtp_port: Some(465),
                smtp_security: Some(Security::Tls),
                mail_from: Some("shop@example.org".into()),
                mail_auto: Some(false),
                ..MailPatch::default()
            },
            ..SettingsPatch::default()
        };
        let written = shop.update_settings(&patch).unwrap();
        let read = shop.settings().unwrap();
        assert_eq!(read, written, "what was stored is what was answered");
        assert_eq!(read.currency, "CHF", "stored in capitals");
        assert_eq!(read.language, "de", "stored canonical");
        assert_eq!(
            read.default_incentive,
            Incentive::Discount { percent_bp: 500 }
        );
        assert_eq!(read.mail.smtp_port, 465);
        assert!(!read.mail.mail_auto);
        assert!(
            read.mail.configured,
            "a host and a From address make it configured"
        );
        assert_eq!(shop.shop_words().unwrap().language(), "de");
    });
}

#[test]
fn a_refused_settings_change_stores_nothing_issue19() {
    for_each_engine(|shop| {
        let before = shop.settings().unwrap();
        let bad = SettingsPatch {
            store_name: Some("Renamed".into()),
            promises_kept_pct: Some(20),
            ..SettingsPatch::default()
        };
        let err = shop.update_settings(&bad).unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{err}");
        assert_eq!(
            shop.settings().unwrap(),
            before,
            "nothing of the patch was stored"
        );
    });
}

#[test]
fn the_web_shop_settings_round_trip_issue19() {
    for_each_engine(|shop| {
        let patch = WebshopPatch {
            webshop_statuses: Some(vec!["Paid".into()]),
            ..WebshopPatch::default()
        };
        let written = shop.update_webshop_settings(&patch).unwrap();
        assert_eq!(written.webshop_statuses, vec!["paid".to_string()]);
        assert_eq!(shop.webshop_settings().unwrap(), written);
    });
}
