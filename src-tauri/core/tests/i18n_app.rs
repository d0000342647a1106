//! Issue 17: the app's own words for the shop (locales/app/<code>.ftl) — errors, reports,
//! import problems — in the shop's language, while the CLI keeps its English word for word.
//!
//! Index: the catalogue (every language has every message with the same placeables; every
//! message the code names exists, with the arguments it passes; none unused); a German shop's
//! errors, report data and report PDF; an English shop unchanged; CSV unchanged.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::data::{ImportKind, ImportOptions};
use stockroom_core::i18n::app;
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::reports::table::Piece;
use stockroom_core::reports::{ReportName, ReportRange};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::Stockroom;

// ---- the catalogue -------------------------------------------------------------------------

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The text of a macro call after its `(`, up to its matching `)`, strings skipped.
fn call_body(s: &str) -> &str {
    let (mut depth, mut in_str, mut escaped) = (0i32, false, false);
    for (i, c) in s.char_indices() {
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return &s[..i],
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    panic!("an unclosed msg!( call: {s:.80}")
}

/// The call's top-level arguments, split at commas outside brackets and strings.
fn arguments(body: &str) -> Vec<String> {
    let (mut out, mut cur) = (Vec::new(), String::new());
    let (mut depth, mut in_str, mut escaped) = (0i32, false, false);
    for c in body.chars() {
        if in_str {
            cur.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur);
    out.into_iter()
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .collect()
}

/// Every `msg!("id", name = value, ...)` in the core's sources, outside comments:
/// (where, id, the names of its arguments).
fn uses_in_code() -> Vec<(String, String, BTreeSet<String>)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut out = Vec::new();
    for f in files {
        let text: String = std::fs::read_to_string(&f)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rest = text.as_str();
        while let Some(i) = rest.find("msg!(") {
            let after = &rest[i + "msg!(".len()..];
            let body = call_body(after);
            let args = arguments(body);
            let id = args[0].trim_matches('"').to_string();
            assert!(
                args[0].starts_with('"'),
                "{}: msg! takes a literal id, not {}",
                f.display(),
                args[0]
            );
            let names = args[1..]
                .iter()
                .map(|a| a.split('=').next().unwrap().trim().to_string())
                .collect();
            out.push((f.display().to_string(), id, names));
            rest = &after[body.len()..];
        }
    }
    assert!(out.len() > 200, "the scan found the code's messages");
    out
}

#[test]
fn every_app_language_has_every_english_message_with_the_same_placeables_issue17() {
    let languages = app::languages();
    assert!(
        languages.contains(&"en") && languages.contains(&"de"),
        "{languages:?}"
    );
    let (en, errors) = app::message_ids("en");
    assert!(
        errors.is_empty(),
        "app/en.ftl has syntax errors: {errors:?}"
    );
    for code in languages {
        let (ids, errors) = app::message_ids(code);
        assert!(
            errors.is_empty(),
            "app/{code}.ftl has syntax errors: {errors:?}"
        );
        assert_eq!(
            ids.symmetric_difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "app/{code}.ftl and app/en.ftl differ in their messages"
        );
        for id in &en {
            assert_eq!(
                app::placeables(code, id),
                app::placeables("en", id),
                "app/{code}.ftl: {id} has other placeables than in English"
            );
        }
    }
}

#[test]
fn every_message_the_code_names_is_in_english_with_the_arguments_it_passes_issue17() {
    let mut used = BTreeSet::new();
    for (file, id, names) in uses_in_code() {
        assert!(
            app::has_message("en", &id),
            "{file}: msg!(\"{id}\") is not in locales/app/en.ftl"
        );
        assert_eq!(
            app::placeables("en", &id)
                .into_iter()
                .collect::<BTreeSet<_>>(),
            names,
            "{file}: msg!(\"{id}\") passes other arguments than app/en.ftl uses"
        );
        used.insert(id);
    }
    // "<what> <key> not found": one message per thing a caller can name.
    for (_, id) in stockroom_core::error::NOT_FOUND {
        assert!(app::has_message("en", id), "{id} is not in app/en.ftl");
        assert_eq!(
            app::placeables("en", id),
            BTreeSet::from(["key".to_string()])
        );
        used.insert(id.to_string());
    }
    let (en, _) = app::message_ids("en");
    let unused: Vec<_> = en.difference(&used).collect();
    assert!(
        unused.is_empty(),
        "app/en.ftl has messages no code uses: {unused:?}"
    );
}

#[test]
fn every_thing_the_code_says_is_not_found_has_its_message_issue17() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let known: Vec<&str> = stockroom_core::error::NOT_FOUND
        .iter()
        .map(|(w, _)| *w)
        .collect();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for marker in ["not_found(\"", "what: \""] {
            for (i, _) in text.match_indices(marker) {
                let what = text[i + marker.len()..].split('"').next().unwrap();
                assert!(
                    known.contains(&what),
                    "{}: \"{what}\" not found has no message in error::NOT_FOUND",
                    f.display()
                );
            }
        }
    }
}

// ---- a German shop and an English one ---------------------------------------------------

fn shop(language: &str, locale: &str) -> Stockroom {
    let mut s = Stockroom::open_in_memory().unwrap();
    s.update_settings(&SettingsPatch {
        store_name: Some("Eckladen".into()),
        language: Some(language.into()),
        locale: Some(locale.into()),
        ..Default::default()
    })
    .unwrap();
    s.add_product(&NewProduct {
        sku: "MUG-1".into(),
        name: "Blue mug".into(),
        price: 1250,
        cost: 500,
        on_hand: 1,
        supplier: Some("Potter".into()),
        reorder_point: 4,
        reorder_qty: 12,
        ..Default::default()
    })
    .unwrap();
    let ann = s
        .add_customer(&NewCustomer {
            name: "Ann Smith".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    s.place_order(&NewOrder {
        customer_id: ann,
        lines: vec![line("MUG-1", 3)],
        ..Default::default()
    })
    .unwrap();
    s
}

fn line(sku: &str, qty: i64) -> NewOrderLine {
    NewOrderLine {
        sku: sku.into(),
        qty,
        unit_price: None,
    }
}

fn order_of_unknown_sku(s: &mut Stockroom) -> stockroom_core::Error {
    let customer = s.customers("").unwrap()[0].id;
    s.place_order(&NewOrder {
        customer_id: customer,
        lines: vec![line("NOPE-9", 1)],
        ..Default::default()
    })
    .unwrap_err()
}

#[test]
fn a_german_shop_reads_an_unknown_sku_on_an_order_in_german_and_the_cli_in_english_issue17() {
    let mut s = shop("de", "de-DE");
    let err = order_of_unknown_sku(&mut s);
    assert_eq!(err.code(), "not_found");
    assert_eq!(
        err.message_in(&s.shop_words().unwrap()),
        "Artikel NOPE-9 nicht gefunden"
    );
    assert_eq!(
        err.to_string(),
        "SKU NOPE-9 not found",
        "the CLI's words stay"
    );
}

#[test]
fn a_german_shops_error_writes_its_figures_as_the_locale_does_issue17() {
    let mut s = shop("de", "de-DE");
    let err = s.adjust_stock("MUG-1", -12500, "broken").unwrap_err();
    let words = s.shop_words().unwrap();
    assert_eq!(
        err.message_in(&words),
        "MUG-1 hat 1 am Lager; 12.500 abzubuchen würde den Bestand negativ machen"
    );
    assert_eq!(
        err.to_string(),
        "MUG-1 has 1 on hand; removing 12500 would make it negative"
    );
}

#[test]
fn an_english_shop_reads_the_clis_words_issue17() {
    let mut s = shop("en", "en-GB");
    let err = order_of_unknown_sku(&mut s);
    assert_eq!(err.message_in(&s.shop_words().unwrap()), err.to_string());
    let err = s
        .update_settings(&SettingsPatch {
            language: Some("xx".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.message_in(&s.shop_words().unwrap()), err.to_string());
    assert!(err
        .to_string()
        .starts_with("'xx' is not a known language (known: de, en"));
}

#[test]
fn a_shop_in_a_language_the_app_lacks_reads_english_issue17() {
    // Polish has a customers' catalogue but no app file: the window speaks English.
    let mut s = shop("pl", "pl-PL");
    assert_eq!(s.shop_words().unwrap().language(), "en");
    let err = order_of_unknown_sku(&mut s);
    assert_eq!(
        err.message_in(&s.shop_words().unwrap()),
        "SKU NOPE-9 not found"
    );
}

#[test]
fn a_german_shop_reads_its_import_problems_in_german_and_the_cli_in_english_issue17() {
    let mut s = shop("de", "de-DE");
    let csv = "sku,name,price,reorder_point\nCUP-1,Cup,abc,2\nCUP-2,Cup,3.50,-4\n";
    let r = s
        .import_bytes(
            ImportKind::Products,
            csv.as_bytes(),
            ImportOptions::default(),
            |_, _| {},
        )
        .unwrap();
    assert!(!r.committed);
    assert_eq!(
        r.summary_in(&s.shop_words().unwrap()),
        "Nichts importiert (Stockroom-Datei, 2 Zeilen): 0 Artikel neu, 0 geändert, 0 unverändert, \
         0 Zeilen übersprungen, 2 Zeilen mit Problemen — bitte beheben oder „Die guten Zeilen \
         importieren und die fehlerhaften auslassen“ wählen\n\
         Zeile 2, price: „abc“ ist kein Preis (erwartet z. B. 12.50)\n\
         Zeile 3, reorder_point: „-4“ ist negativ; Meldebestand darf nicht negativ sein"
    );
    assert_eq!(
        r.summary(),
        "Nothing imported (Stockroom file, 2 rows): 0 products created, 0 updated, 0 unchanged, \
         0 rows skipped, 2 rows with problems — fix them or import with --skip-bad-rows\n\
         line 2, price: 'abc' is not a price (expected e.g. 12.50)\n\
         line 3, reorder_point: '-4' is negative; reorder point cannot be negative",
        "the CLI's words stay"
    );
    assert_eq!(
        r.problems[0].message,
        "'abc' is not a price (expected e.g. 12.50)"
    );
}

#[test]
fn a_german_counter_reads_the_backorder_incentive_in_german_issue17() {
    use stockroom_core::i18n::ShopWords;
    use stockroom_core::settings::Incentive;
    let de = ShopWords::new("de", "de-DE", "EUR");
    let plain = |s: String| s.replace('\u{a0}', " ");
    assert_eq!(
        Incentive::Discount { percent_bp: 1250 }.describe_in(&de),
        "12,5 % Rabatt auf nachgelieferte Einheiten"
    );
    assert_eq!(
        plain(Incentive::Credit { amount: 500 }.describe_in(&de)),
        "5,00 € Gutschrift"
    );
    let en = ShopWords::new("en", "en-GB", "EUR");
    for i in [
        Incentive::Discount { percent_bp: 1250 },
        Incentive::Credit { amount: 500 },
        Incentive::Gift {
            note: "a free sample".into(),
        },
    ] {
        assert_eq!(i.describe_in(&en), i.describe("EUR"), "English as before");
    }
}

/// Every heading, title, note and word of a report as the screen gets it (`ReportData::screen`),
/// and the captions of its charts (on paper).
fn screen_words(s: &Stockroom, name: ReportName) -> Vec<String> {
    let data = s.report(&name, &ReportRange::default()).unwrap();
    let screen = data.screen();
    let mut out = vec![screen.title];
    out.extend(screen.definitions);
    for t in screen.tables {
        out.push(t.title);
        out.extend(t.columns.into_iter().map(|c| c.title));
        out.extend(t.total.into_iter().flatten());
        out.extend(t.rows.into_iter().flatten());
    }
    out.extend(screen.notes);
    for p in data.pieces() {
        if let Piece::Chart { caption, .. } = p {
            out.push(caption);
        }
    }
    out
}

#[test]
fn a_german_shops_report_data_for_the_screen_is_german_issue17() {
    let s = shop("de", "de-DE");
    let words = screen_words(&s, ReportName::Backorders);
    for german in [
        "Offene Rückstände",
        "Nach Artikel",
        "Nach Kunde",
        "Wert",
        "Zusage",
        "Summe",
        "wird noch bestätigt",
        "1 wartende Position: 2 Einheiten für 1 Kunden über 1 Artikel.",
    ] {
        assert!(
            words.iter().any(|w| w == german),
            "no {german:?} in {words:#?}"
        );
    }
    for english in ["Open backorders", "By product", "Value", "Promise", "Total"] {
        assert!(
            !words.iter().any(|w| w == english),
            "{english:?} in {words:#?}"
        );
    }
    let ledger = screen_words(
        &s,
        ReportName::Ledger {
            sku: "MUG-1".into(),
        },
    );
    assert_eq!(ledger[0], "Lagerjournal von MUG-1");
}

#[test]
fn an_english_shops_report_reads_as_before_issue17() {
    let s = shop("en", "en-GB");
    let words = screen_words(&s, ReportName::Backorders);
    for english in [
        "Open backorders",
        "By product",
        "Oldest (days)",
        "Total",
        "to be confirmed",
        "1 waiting line: 2 units for 1 customer across 1 product.",
    ] {
        assert!(
            words.iter().any(|w| w == english),
            "no {english:?} in {words:#?}"
        );
    }
}

#[test]
fn a_german_shops_csv_keeps_its_english_headers_and_words_issue17() {
    let de = shop("de", "de-DE");
    let en = shop("en", "en-GB");
    for name in [
        ReportName::Backorders,
        ReportName::Reorder,
        ReportName::Valuation,
    ] {
        let range = ReportRange::default();
        assert_eq!(
            de.report_csv(&name, &range).unwrap(),
            en.report_csv(&name, &range).unwrap(),
            "{name:?}"
        );
    }
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_german_shops_report_pdf_is_german_issue17() {
    let s = shop("de", "de-DE");
    let dir = tempfile::tempdir().unwrap();
    for (name, german) in [
        (
            ReportName::Backorders,
            vec!["Offene Rückstände", "NACH ARTIKEL", "ZUSAGE"],
        ),
        (
            ReportName::Reorder,
            vec!["Nachbestellvorschläge", "VORSCHLAG", "Potter"],
        ),
    ] {
        let pdf = dir.path().join(format!("{}.pdf", name.key()));
        std::fs::write(&pdf, s.report_pdf(&name, &ReportRange::default()).unwrap()).unwrap();
        let text = pdftotext(&pdf);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for g in german {
            assert!(
                flat.contains(g) || flat.to_uppercase().contains(&g.to_uppercase()),
                "no {g:?} in {text}"
            );
        }
        assert!(flat.contains("So werden diese Zahlen berechnet"), "{text}");
        assert!(flat.contains("Seite 1 von 1"), "{text}");
        for english in [
            "Open backorders",
            "By product",
            "VALUE",
            "PROMISE",
            "Total",
            "How these figures",
            "Page 1",
            "Printed",
            "Suggestions",
        ] {
            assert!(
                !flat.contains(english),
                "{english:?} in the German PDF: {text}"
            );
        }
    }
}

#[test]
fn an_import_of_one_row_says_one_row_and_one_product_in_both_languages() {
    for (language, locale, said) in [
        (
            "en",
            "en-GB",
            "Imported (Stockroom file, 1 row): 1 product created, 0 updated, 0 unchanged, \
             0 rows skipped, 0 rows with problems",
        ),
        (
            "de",
            "de-DE",
            "Importiert (Stockroom-Datei, 1 Zeile): 1 Artikel neu, 0 geändert, 0 unverändert, \
             0 Zeilen übersprungen, 0 Zeilen mit Problemen",
        ),
    ] {
        let mut s = shop(language, locale);
        let r = s
            .import_bytes(
                ImportKind::Products,
                "sku,name,price\nLMP-1,Desk lamp,39.00\n".as_bytes(),
                ImportOptions::default(),
                |_, _| {},
            )
            .unwrap();
        assert_eq!(r.summary_in(&s.shop_words().unwrap()), said, "{language}");
    }
}
