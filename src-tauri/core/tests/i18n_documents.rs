//! Issue 17: every customer document renders in every language for the demo shop's Zoë
//! Müller (Łódź: Polish), Hannah Schmidt (Freiburg: German) and Ingrid Berg (Bergen:
//! Norwegian), read back with pdftotext: the translated headings, the locale's dates, plural
//! forms and money, and no English heading on a German document.

mod documents_support;

use chrono::NaiveDate;
use documents_support::tool;
use stockroom_core::i18n::{self, Arg, Language, Locale};
use stockroom_core::{Clock, Stockroom};

fn demo() -> (tempfile::TempDir, Stockroom) {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut shop = Stockroom::open(dir.path().join("demo.sqlite3"))
        .unwrap()
        .with_clock(Clock::Fixed(today));
    assert!(shop.load_demo_if_empty().unwrap());
    (dir, shop)
}

/// Spaces as pdftotext gives them: CLDR's no-break spaces as plain ones.
fn plain(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

/// The PDF's words in reading order, every run of spaces and line breaks as one space.
fn words(pdf: &[u8]) -> String {
    tool("pdftotext", &[], pdf)
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// (language, newest order, newest order with a shipment, that shipment) of a demo customer.
fn papers_of(shop: &Stockroom, name: &str) -> (String, String, String) {
    let conn = shop.conn();
    let q = |sql: &str| -> String {
        conn.query_row(sql, [name], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let language = q("SELECT language FROM customers WHERE name = ?1");
    let order = q("SELECT o.number FROM orders o JOIN customers c ON c.id = o.customer_id
                   WHERE c.name = ?1 ORDER BY
                   (SELECT sum(backordered) FROM order_lines l WHERE l.order_id = o.id) DESC, o.id DESC LIMIT 1");
    let shipment = q("SELECT s.number FROM shipments s JOIN orders o ON o.id = s.order_id
                      JOIN customers c ON c.id = o.customer_id WHERE c.name = ?1 ORDER BY s.id DESC LIMIT 1");
    (language, order, shipment)
}

#[test]
fn demo_customers_have_the_language_of_their_address_issue17() {
    let (_dir, shop) = demo();
    for (name, lang) in [
        ("Zoë Müller", "pl"),
        ("Hannah Schmidt", "de"),
        ("Ingrid Berg", "nb"),
        ("François Dubois", "fr"),
        ("Ana Ferreira", "pt"),
        ("Oliver Bennett", "en"),
    ] {
        let stored: String = shop
            .conn()
            .query_row(
                "SELECT language FROM customers WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stored, lang, "{name}");
    }
    let s = shop.settings().unwrap();
    assert_eq!(
        (s.language.as_str(), s.locale.as_str()),
        ("en", "en-GB"),
        "the shop stays English"
    );
}

#[test]
fn every_customer_document_renders_in_every_language_issue17() {
    let (_dir, shop) = demo();
    for name in ["Zoë Müller", "Hannah Schmidt", "Ingrid Berg"] {
        let (_, order, shipment) = papers_of(&shop, name);
        let notice = shop.backorder_notice(&order).unwrap();
        let parcel = shop.shipment_document(&shipment).unwrap();
        let waiting: i64 = notice.waiting.iter().map(|w| w.qty).sum();
        for code in i18n::known() {
            let lang = Language::parse(code).unwrap();
            let loc = Locale::new(&lang, "en-GB", "EUR");
            let t = |id: &str| i18n::t(&lang, id, &[]);
            let says = |text: &str, what: &str, doc: &str| {
                let what = plain(what);
                assert!(
                    text.contains(&what),
                    "{name} {doc} in {code} lacks {what:?}:\n{text}"
                )
            };

            let n = words(
                &shop
                    .backorder_notice_pdf_in(&order, Some(&lang))
                    .unwrap()
                    .pdf
                    .bytes,
            );
            says(&n, &t("notice-your-order").to_uppercase(), "notice");
            says(&n, &t("ref-order-date"), "notice");
            says(&n, &loc.date(notice.order.placed_on), "notice");
            says(
                &n,
                &loc.date(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
                "notice",
            );
            says(
                &n,
                &i18n::t(&lang, "units", &[("count", Arg::Count(waiting))]),
                "notice",
            );
            if waiting > 0 {
                says(&n, &t("choices-heading"), "notice");
                says(&n, &t("col-expected").to_uppercase(), "notice");
            }
            for s in notice.substitutes.iter().flat_map(|o| &o.substitutes) {
                says(&n, &loc.money(s.price), "notice");
            }

            let slip = words(
                &shop
                    .packing_slip_pdf_in(&shipment, Some(&lang))
                    .unwrap()
                    .pdf
                    .bytes,
            );
            says(&slip, &t("slip-title"), "slip");
            says(&slip, &t("in-this-parcel"), "slip");
            says(&slip, &t("slip-ship-to").to_uppercase(), "slip");
            says(&slip, &loc.date(parcel.shipped_on), "slip");
            says(&slip, &t("col-qty").to_uppercase(), "slip");

            let shipped = words(
                &shop
                    .shipped_notice_pdf_in(&shipment, Some(&lang))
                    .unwrap()
                    .pdf
                    .bytes,
            );
            says(
                &shipped,
                &t("shipped-delivering-to").to_uppercase(),
                "shipped notice",
            );
            says(&shipped, &t("shipped-sign-off"), "shipped notice");
            says(&shipped, &loc.date(parcel.shipped_on), "shipped notice");
            says(
                &shipped,
                &i18n::t(&lang, "greeting", &[("name", Arg::from(name))]),
                "shipped notice",
            );
        }
    }
}

/// Headings and phrases of the English documents that must not appear on a German one.
const ENGLISH: &[&str] = &[
    "Backorder notice",
    "Packing slip",
    "Your parcel",
    "Order date",
    "In this parcel",
    "Still on backorder",
    "Still to come",
    "Your choices",
    "Thank you",
    "Questions?",
    "Page ",
    "Carrier",
    "Tracking",
    "Ship to",
    "Delivering to",
    "Dear ",
    "to be confirmed",
    "EXPECTED",
    "QTY",
    "Good news",
    "ready to ship",
    "already shipped",
    "Nothing to do",
    "Shipped",
    "Shipment",
    "Placed",
    "Items waiting",
    "SKU",
];

#[test]
fn a_german_document_has_no_english_words_issue17() {
    let (_dir, shop) = demo();
    let (lang, order, shipment) = papers_of(&shop, "Hannah Schmidt");
    assert_eq!(lang, "de");
    // In her own language by default: no --language needed.
    for (doc, pdf) in [
        ("notice", shop.backorder_notice_pdf(&order).unwrap()),
        ("slip", shop.packing_slip_pdf(&shipment).unwrap()),
        (
            "shipped notice",
            shop.shipped_notice_pdf(&shipment).unwrap(),
        ),
    ] {
        let text = words(&pdf.pdf.bytes);
        for e in ENGLISH {
            assert!(!text.contains(e), "the German {doc} says {e:?}:\n{text}");
        }
        assert!(text.contains("Seite 1 von"), "{doc}: {text}");
        assert!(
            pdf.pdf.missing_chars.is_empty(),
            "{doc}: {:?}",
            pdf.pdf.missing_chars
        );
    }
    let notice = words(&shop.backorder_notice_pdf(&order).unwrap().pdf.bytes);
    assert!(notice.contains("Lieferverzugsmitteilung"), "{notice}");
    assert!(
        notice.contains("Dezember 2026"),
        "German month names: {notice}"
    );
    // Money as German writes it: a decimal comma and the sign after the amount.
    let euros: Vec<&str> = notice.split(" €").collect();
    assert!(euros.len() > 1, "an amount in euros: {notice}");
    let before = euros[0].rsplit(' ').next().unwrap();
    assert!(before.contains(','), "{before:?} has a decimal comma");
}

#[test]
fn a_polish_notice_counts_units_the_polish_way_issue17() {
    let (_dir, shop) = demo();
    let (_, order, _) = papers_of(&shop, "Ingrid Berg");
    let pl = Language::parse("pl").unwrap();
    let n = shop.backorder_notice(&order).unwrap();
    let waiting: i64 = n.waiting.iter().map(|w| w.qty).sum();
    let text = words(
        &shop
            .backorder_notice_pdf_in(&order, Some(&pl))
            .unwrap()
            .pdf
            .bytes,
    );
    let form = match waiting {
        1 => "sztuka",
        w if (2..=4).contains(&(w % 10)) && !(12..=14).contains(&(w % 100)) => "sztuki",
        _ => "sztuk",
    };
    assert!(text.contains(&format!(" {waiting} {form} ")), "{text}");
    assert!(text.contains("grudnia 2026"), "{text}");
    assert!(text.contains("Strona 1 z 1"), "{text}");
}
