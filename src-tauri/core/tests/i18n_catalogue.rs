//! Issue 17: the translation files and the figures by locale.
//!
//! Index: every file has every message and only the placeables the code passes; plurals by
//! CLDR in Polish and German; dates and money from ICU4X; the e-mail templates' markers.

use chrono::NaiveDate;
use stockroom_core::i18n::{self, Arg, Language, Locale, MailKind};

fn lang(code: &str) -> Language {
    Language::parse(code).unwrap()
}

/// Spaces as people see them: CLDR puts no-break and narrow no-break spaces in figures.
fn plain(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

#[test]
fn every_language_file_has_every_message_the_code_asks_for_issue17() {
    let known = i18n::known();
    for code in ["en", "de", "fr", "es", "it", "nl", "pl", "nb", "pt"] {
        assert!(known.contains(&code), "no locales/{code}.ftl");
    }
    for code in known {
        let l = lang(code);
        let (ids, errors) = i18n::message_ids(&l);
        assert!(
            errors.is_empty(),
            "{code}.ftl has syntax errors: {errors:?}"
        );
        for (id, _) in i18n::MESSAGES {
            assert!(ids.contains(*id), "{code}.ftl lacks the message {id}");
        }
        for id in &ids {
            assert!(
                i18n::MESSAGES.iter().any(|(m, _)| m == id),
                "{code}.ftl has {id}, which the code never asks for"
            );
        }
    }
}

#[test]
fn every_placeable_in_a_translation_is_one_the_code_passes_issue17() {
    for code in i18n::known() {
        let l = lang(code);
        for (id, passed) in i18n::MESSAGES {
            for var in i18n::placeables(&l, id) {
                assert!(
                    passed.contains(&var.as_str()),
                    "{code}.ftl: {id} uses ${var}, which the code does not pass"
                );
            }
        }
    }
    // And the English original uses every one it is given, so nothing passed is lost
    // (a translation may fold a count into its wording, English shows them all).
    // Mail templates are given every marker and each uses those it needs (a subject has no
    // room for the items), so they are left out here.
    let en = Language::english();
    for (id, passed) in i18n::MESSAGES
        .iter()
        .filter(|(id, _)| !id.starts_with("mail-"))
    {
        let used = i18n::placeables(&en, id);
        for p in *passed {
            assert!(used.contains(*p), "en.ftl: {id} never shows ${p}");
        }
    }
}

#[test]
fn units_take_the_cldr_plural_forms_in_polish_and_german_issue17() {
    let units = |code: &str, n: i64| i18n::t(&lang(code), "units", &[("count", Arg::Count(n))]);
    assert_eq!(units("pl", 1), "1 sztuka");
    assert_eq!(units("pl", 2), "2 sztuki");
    assert_eq!(units("pl", 5), "5 sztuk");
    assert_eq!(units("pl", 22), "22 sztuki");
    assert_eq!(units("pl", 12), "12 sztuk", "12–14 are 'many' in Polish");
    assert_eq!(units("de", 1), "1 Stück");
    assert_eq!(units("de", 2), "2 Stück");
    assert_eq!(units("de", 5), "5 Stück");
    assert_eq!(units("de", 22), "22 Stück");
    assert_eq!(units("en", 1), "1 item");
    assert_eq!(units("en", 22), "22 items");
}

#[test]
fn a_sentence_with_a_count_changes_with_it_issue17() {
    let intro = |n: i64| {
        i18n::t(
            &lang("de"),
            "notice-intro",
            &[("order", "SO-1".into()), ("units", Arg::Count(n))],
        )
    };
    assert!(
        intro(1).contains("Ein bestellter Artikel ist"),
        "{}",
        intro(1)
    );
    assert!(
        intro(5).contains("Einige der bestellten Artikel sind"),
        "{}",
        intro(5)
    );
}

#[test]
fn dates_and_money_follow_the_locale_from_cldr_issue17() {
    let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let de = Locale::new(&lang("de"), "de-DE", "EUR");
    assert_eq!(de.date(d), "1. Dezember 2026");
    assert_eq!(plain(&de.money(262_760)), "2.627,60 €");
    let pl = Locale::new(&lang("pl"), "de-DE", "EUR");
    assert_eq!(pl.date(d), "1 grudnia 2026");
    // CLDR's Polish groups only from five digits (minimumGroupingDigits = 2).
    assert_eq!(plain(&pl.money(262_760)), "2627,60 €");
    assert_eq!(plain(&pl.money(1_262_760)), "12 627,60 €");
    let fr = Locale::new(&lang("fr"), "en-GB", "EUR");
    assert_eq!(fr.date(d), "1 décembre 2026");
    assert_eq!(plain(&fr.money(262_760)), "2 627,60 €");
    let en = Locale::new(&lang("en"), "en-GB", "EUR");
    assert_eq!(en.date(d), "1 December 2026");
    assert_eq!(en.money(262_760), "€2,627.60");
    assert_eq!(
        en.tag(),
        "en-GB",
        "the shop's region is kept for its own language"
    );
    let us = Locale::new(&lang("en"), "en", "USD");
    assert_eq!(us.date(d), "December 1, 2026");
    assert_eq!(us.money(5), "$0.05");
    // Always the shop's currency, placed as the reader's locale places it.
    assert_eq!(
        plain(&Locale::new(&lang("pl"), "pl-PL", "PLN").money(1_262_760)),
        "12 627,60 zł"
    );
    assert_eq!(plain(&de.percent_figure(1250)), "12,5");
    assert_eq!(en.percent_figure(1000), "10");
}

#[test]
fn mail_templates_carry_the_markers_in_every_language_issue17() {
    for code in i18n::known() {
        for kind in MailKind::ALL {
            let (subject, body) = i18n::mail_template(&lang(code), kind);
            assert!(subject.contains("{order}"), "{code} {kind:?}: {subject}");
            for m in ["{customer}", "{order}", "{items}", "{shop}"] {
                assert!(body.contains(m), "{code} {kind:?} body lacks {m}: {body}");
            }
            assert!(
                !body.contains('\u{2068}'),
                "no isolation marks in a template"
            );
        }
    }
    let (_, shipped) = i18n::mail_template(&lang("de"), MailKind::ShippedNotice);
    assert!(shipped.starts_with("Guten Tag {customer},"), "{shipped}");
    assert!(shipped.contains("{tracking_link}"));
}

#[test]
fn an_unknown_language_is_refused_naming_the_known_ones_issue17() {
    let e = Language::parse("xx").unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert!(e.to_string().contains("de, en, es"), "{e}");
    assert_eq!(Language::parse("DE-at").unwrap().code(), "de");
}
