//! The customer documents on both engines (issue 19): the data of a shipment's slip and shipped
//! notice, the PDFs (compared by their text), the day's slips, marking what a document answers
//! printed, and the backorder notices (which wait for the orders' substitutes on the server).
//! The shop is made on SQLite through the normal API and pushed to the server.

use stockroom_core::documents::{DocumentPdf, DocumentRequest};
use stockroom_core::i18n::Language;
use stockroom_core::Stockroom;

use crate::mail_support::pdf_text;
use crate::support::{pushed_shops_agree, shop_with_news, today, News};

fn news(shop: &mut Stockroom) -> News {
    shop_with_news(shop, None)
}

/// What a rendered document says and answers (its bytes carry the moment they were made).
fn read(doc: &DocumentPdf) -> (String, String, Vec<i64>, usize) {
    (
        doc.file_name.clone(),
        pdf_text(&doc.pdf.bytes),
        doc.notifications.clone(),
        doc.pdf.pages,
    )
}

#[test]
fn a_shipments_slip_and_shipped_notice_say_the_same_on_both_engines_issue19() {
    let ((document, slip, notice, in_german, by_request, day), made) =
        pushed_shops_agree(news, |shop, n| {
            // Shipment numbers are found whatever their case, as on a file.
            let document = shop.shipment_document(&n.shipment.to_lowercase()).unwrap();
            let slip = read(&shop.packing_slip_pdf(&n.shipment).unwrap());
            let notice = read(&shop.shipped_notice_pdf(&n.shipment).unwrap());
            let german = Language::parse("de").unwrap();
            let in_german = read(
                &shop
                    .shipped_notice_pdf_in(&n.shipment, Some(&german))
                    .unwrap(),
            );
            let by_request = read(
                &shop
                    .document_pdf(&DocumentRequest::Slip(n.shipment.clone()), None)
                    .unwrap(),
            );
            let day = read(&shop.packing_slips_pdf(today()).unwrap());
            (document, slip, notice, in_german, by_request, day)
        });
    assert_eq!(document.number, made.shipment);
    assert_eq!(document.customer.name, "Ann Ó Briain");
    assert_eq!(document.carrier.as_deref(), Some("An Post"));
    assert_eq!(document.tracking, "JD0123");
    assert_eq!(
        document
            .in_parcel
            .iter()
            .map(|i| (i.sku.as_str(), i.qty))
            .collect::<Vec<_>>(),
        vec![("KET-03", 1)]
    );
    assert!(document.still_waiting.is_empty());
    assert_eq!(document.notifications.len(), 1, "its shipped notice waits");
    assert!(slip.1.contains("Copper kettle") && slip.1.contains(&made.shipment));
    assert!(slip.2.is_empty(), "a slip answers no notification");
    assert_eq!(notice.2, document.notifications);
    assert_eq!(notice.0, format!("shipped-notice-{}.pdf", made.shipment));
    assert_ne!(in_german.1, notice.1, "written in German on request");
    assert_eq!(by_request, slip);
    assert_eq!(day.3, 1, "the day's one slip");
}

#[test]
fn a_printed_shipped_notice_is_marked_printed_once_issue19() {
    let (marks, _) = pushed_shops_agree(news, |shop, n| {
        let doc = shop.shipped_notice_pdf(&n.shipment).unwrap();
        let first = shop.mark_printed(&doc).unwrap();
        let again = shop.mark_printed(&doc).unwrap();
        let answers_now = shop.shipped_notice_pdf(&n.shipment).unwrap().notifications;
        (doc.notifications.len(), first, again, answers_now)
    });
    assert_eq!(
        marks,
        (1, 1, 0, vec![]),
        "printed once; then it answers nothing"
    );
}

#[test]
fn unknown_documents_are_refused_alike_on_both_engines_issue19() {
    let (codes, _) = pushed_shops_agree(news, |shop, _| {
        let code = |r: stockroom_core::Result<DocumentPdf>| r.unwrap_err().code();
        (
            code(shop.packing_slip_pdf("SH-9999")),
            code(shop.backorder_notice_pdf("SO-9999")),
            code(shop.packing_slips_pdf(today().succ_opt().unwrap())),
            code(shop.document_pdf(
                &DocumentRequest::Slips(today().succ_opt().unwrap()),
                Some(&Language::parse("de").unwrap()),
            )),
        )
    });
    assert_eq!(
        codes,
        ("not_found", "not_found", "invalid_input", "invalid_input")
    );
}

#[test]
fn a_backorder_notice_and_the_pending_notices_say_the_same_on_both_engines_issue19() {
    let ((notice, pdf, pending, marked), made) = pushed_shops_agree(news, |shop, n| {
        let notice = shop.backorder_notice(&n.cy_order).unwrap();
        let pdf = read(&shop.backorder_notice_pdf(&n.cy_order).unwrap());
        let all = shop.pending_notices_pdf().unwrap();
        let pending = read(&all);
        let marked = shop.mark_printed(&all).unwrap();
        (notice, pdf, pending, marked)
    });
    assert_eq!(notice.order.number, made.cy_order);
    assert_eq!(
        notice
            .waiting
            .iter()
            .map(|w| (w.sku.as_str(), w.qty))
            .collect::<Vec<_>>(),
        vec![("KET-03", 1)]
    );
    assert!(pdf.1.contains("Copper kettle"));
    assert_eq!(pdf.2, notice.notifications);
    assert_eq!(pending.2.len(), 2, "Cy's and Bob's notices are on paper");
    assert!(pending.1.contains(&made.cy_order) && pending.1.contains(&made.bob_order));
    assert_eq!(marked, 2);
}

#[test]
fn the_cli_prints_a_shipped_notice_of_a_server_shop_and_marks_it_printed_once_issue19() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = Stockroom::open(dir.path().join("shop.sqlite3"))
        .unwrap()
        .with_clock(stockroom_core::Clock::Fixed(today()));
    let n = news(&mut file);
    let server = crate::support::server();
    let url = crate::support::empty_database(&server);
    file.push_to_server(&url).unwrap();
    drop(file);
    let pdf = dir.path().join("notice.pdf");
    let print = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_stockroom"))
            .env_remove("STOCKROOM_DB")
            .args(["--db", &url.to_string(), "--today", "2026-03-02", "--json"])
            .args(["print", "shipped", &n.shipment.to_lowercase(), "-o"])
            .arg(&pdf)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["notifications_marked_printed"].as_i64().unwrap()
    };
    assert_eq!(print(), 1, "the printed notice answers Ann's shipped news");
    let text = pdf_text(&std::fs::read(&pdf).unwrap());
    assert!(
        text.contains(&n.shipment) && text.contains("Copper kettle"),
        "{text}"
    );
    assert_eq!(print(), 0, "printed again: nothing left to mark");
}
