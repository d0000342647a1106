//! Issue 21: the web shop's name of an order reaches the customer: on the backorder notice,
//! the packing slip and the shipped notice ("Your order #1043" beside our number), in every
//! document language, and in the notice e-mail.

mod documents_support;
mod io_support;

use documents_support::tool;
use io_support::{import, shop, ALL_OR_NOTHING};
use stockroom_core::data::ImportKind;
use stockroom_core::i18n::{self, Arg, Language};
use stockroom_core::notices::NoticeKind;
use stockroom_core::Stockroom;

const SHOPIFY: &str = include_str!("fixtures/webshop/shopify-orders.csv");

/// The PDF's words in reading order, every run of spaces and line breaks as one space.
fn words(pdf: &[u8]) -> String {
    tool("pdftotext", &[], pdf)
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Shopify export imported: #1043 waits for tea, #1042 was sent by the web shop.
fn imported() -> Stockroom {
    let mut s = shop();
    import(
        &mut s,
        ImportKind::Products,
        "sku,name,price,on_hand,backorders\nKET-03,Copper kettle,89.00,5,notify\n\
         MUG-1,Mug,12.50,10,notify\nTEA-SNC,Sencha tea,8.00,0,notify\n",
        ALL_OR_NOTHING,
    );
    let r = import(&mut s, ImportKind::Orders, SHOPIFY, ALL_OR_NOTHING);
    assert!(r.committed, "{r:?}");
    s
}

#[test]
fn the_backorder_notice_names_the_web_shop_order_in_every_language_issue21() {
    let s = imported();
    let ours = s.order("#1043").unwrap().number;
    for code in i18n::known() {
        let lang = Language::parse(code).unwrap();
        let text = words(
            &s.backorder_notice_pdf_in("#1043", Some(&lang))
                .unwrap()
                .pdf
                .bytes,
        );
        // Labels in one column, values in the next: "Order · Your order" beside
        // "SO-1002 · #1043".
        let (order, your_order) = (
            i18n::t(&lang, "ref-order", &[]),
            i18n::t(&lang, "notice-your-order", &[]),
        );
        assert!(
            text.contains(&format!("{order} {your_order}"))
                && text.contains(&format!("{ours} #1043")),
            "{code}: the web shop's name under its label, beside ours:\n{text}"
        );
        let intro = i18n::t(
            &lang,
            "notice-intro",
            &[
                ("order", Arg::from(format!("#1043 ({ours})").as_str())),
                ("units", Arg::Count(2)),
            ],
        );
        let first_words: String = intro
            .replace(['\u{a0}', '\u{202f}'], " ")
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(&first_words),
            "{code}: the letter thanks them for #1043 ({first_words:?}):\n{text}"
        );
    }
}

#[test]
fn the_packing_slip_and_shipped_notice_say_your_order_beside_our_number_issue21() {
    let s = imported();
    let o = s.order("#1042").unwrap();
    let shipment = &o.shipments[0].shipment;
    for code in i18n::known() {
        let lang = Language::parse(code).unwrap();
        let (order, your_order) = (
            i18n::t(&lang, "ref-order", &[]),
            i18n::t(&lang, "notice-your-order", &[]),
        );
        let slip = words(
            &s.packing_slip_pdf_in(shipment, Some(&lang))
                .unwrap()
                .pdf
                .bytes,
        );
        assert!(
            slip.contains(&format!("{order} {your_order}"))
                && slip.contains(&format!("{} #1042", o.number)),
            "{code} slip:\n{slip}"
        );
        let letter = words(
            &s.shipped_notice_pdf_in(shipment, Some(&lang))
                .unwrap()
                .pdf
                .bytes,
        );
        assert!(
            letter.contains(&format!("#1042 ({})", o.number)),
            "{code} shipped notice:\n{letter}"
        );
    }
}

#[test]
fn a_counter_order_keeps_its_documents_as_they_were_issue21() {
    let mut s = imported();
    let c = s.order("#1043").unwrap().customer_id;
    let o = s
        .place_order(&stockroom_core::orders::NewOrder {
            customer_id: c,
            lines: vec![stockroom_core::orders::NewOrderLine {
                sku: "TEA-SNC".into(),
                qty: 1,
                unit_price: None,
            }],
            ..Default::default()
        })
        .unwrap();
    let text = words(&s.backorder_notice_pdf(&o.number).unwrap().pdf.bytes);
    assert!(
        text.contains(&format!("Thank you for your order {}.", o.number)),
        "{text}"
    );
    assert!(!text.contains('#'), "no web shop reference: {text}");
}

#[test]
fn the_notice_e_mail_names_the_web_shop_order_issue21() {
    let s = imported();
    let ours = s.order("#1043").unwrap().number;
    let mail = s
        .preview_mail(NoticeKind::Backordered, "en", None, Some(&ours))
        .unwrap();
    assert!(
        mail.subject.contains(&format!("#1043 ({ours})")),
        "{}",
        mail.subject
    );
    assert!(
        mail.text
            .contains(&format!("thank you for your order #1043 ({ours})")),
        "{}",
        mail.text
    );
    let de = s
        .preview_mail(NoticeKind::Backordered, "de", None, Some(&ours))
        .unwrap();
    assert!(de.subject.contains("#1043"), "{}", de.subject);
}
