//! Customer documents (issue 4), read back the way a person or a printer would: the PDF's
//! text through `pdftotext`, its fonts through `pdffonts`, and the CLI's files and exit codes.
//!
//! Index:
//! - fixture: a shop with a split shipment (in the parcel / still waiting / cancelled), an
//!   incentive, customers named in Latin with diacritics, Greek and Cyrillic.
//! - packing slip, shipped notice, backorder notice: the right items under the right headings.
//! - fonts embedded and subset; size of a one-page slip; an 80-line multi-page slip.
//! - batches, marking notifications printed, fallback fonts, the CLI contract.

mod documents_support;

use std::process::Command;

use documents_support::*;
use stockroom_core::Stockroom;

#[test]
fn the_packing_slip_lists_the_parcel_what_still_waits_with_its_dates_and_what_was_cancelled() {
    let f = fixture();
    let doc = f.shop.packing_slip_pdf("SHP-0001").unwrap();
    let t = text(&doc.pdf.bytes);
    let parcel = section(&t, "In this parcel", &["Still on backorder"]);
    assert!(
        line_of(parcel, "TEA-01").trim_end().ends_with('2'),
        "two teapots in the parcel:\n{parcel}"
    );
    assert!(
        line_of(parcel, "CUP-02").trim_end().ends_with('1'),
        "one mug in the parcel"
    );
    assert!(!parcel.contains("KET-03") && !parcel.contains("SPN-04"));

    let waiting = section(&t, "Still on backorder", &["Cancelled"]);
    let mugs = line_of(waiting, "CUP-02");
    assert!(
        mugs.contains("12 December 2026") && mugs.contains(" 3 "),
        "three mugs by 12 Dec: {mugs}"
    );
    assert!(line_of(waiting, "KET-03").contains("date to be confirmed"));
    assert!(!waiting.contains("TEA-01"));

    let cancelled = section(&t, "Cancelled", &["Thank you for waiting"]);
    assert!(line_of(cancelled, "SPN-04").trim_end().ends_with('2'));

    assert!(t.contains("RR123456789IE"), "tracking number");
    assert!(t.contains("An Post"));
    assert!(
        t.contains("Zoë Müller") && t.contains("90-001 Łódź"),
        "the name and address exactly as entered"
    );
    assert!(t.contains("10% off these items, already deducted"));
    // 10% of 3 mugs at €12.50 and one kettle at €89.00 = €12.65.
    assert!(
        t.contains("€12.65"),
        "the deducted amount in the shop currency"
    );
    assert!(t.contains("Ironbark Hardware") && t.contains("Page 1 of 1"));
    assert_eq!(doc.pdf.pages, 1);
    assert!(
        doc.notifications.is_empty(),
        "a slip answers no notification"
    );
}

#[test]
fn the_shipped_notice_names_carrier_tracking_contents_and_what_is_still_to_come() {
    let f = fixture();
    let doc = f.shop.shipped_notice_pdf("SHP-0001").unwrap();
    let t = text(&doc.pdf.bytes);
    assert!(t.contains("left us on 3 December 2026 with An Post"), "{t}");
    assert!(t.contains("RR123456789IE"));
    let parcel = section(&t, "In this parcel", &["Still to come"]);
    assert!(parcel.contains("TEA-01") && parcel.contains("CUP-02"));
    let rest = section(&t, "Still to come", &["Cancelled"]);
    assert!(line_of(rest, "CUP-02").contains("12 December 2026"));
    assert!(line_of(rest, "KET-03").contains("date to be confirmed"));
    assert!(t.contains("Dear Zoë Müller,"));
    assert_eq!(
        doc.notifications,
        vec![2],
        "answers the shipment's 'shipped' notification"
    );
}

#[test]
fn the_backorder_notice_explains_what_waits_until_when_what_ships_now_the_gift_and_the_options() {
    let f = fixture();
    let doc = f.shop.backorder_notice_pdf("ORD-1002").unwrap();
    let t = text(&doc.pdf.bytes);
    assert!(
        t.contains("Γιώργος Παπαδόπουλος") && t.contains("105 63 Αθήνα"),
        "{t}"
    );
    let waiting = section(&t, "On backorder", &["Shipping now"]);
    let kettles = line_of(waiting, "KET-03");
    assert!(
        kettles.contains("20 January 2027") && kettles.contains(" 2 "),
        "{kettles}"
    );
    let now = section(&t, "Shipping now", &["Thank you for waiting"]);
    assert!(now.contains("CUP-02"));
    assert!(t.contains("A gift for your patience: a linen tea towel."));
    let choices = section(&t, "Your choices", &["Questions?"]);
    assert!(
        choices.contains("Wait") && choices.contains("Swap") && choices.contains("Cancel"),
        "the customer's three choices: {choices}"
    );
    assert!(choices.contains("only part of what waits"), "{choices}");
    assert!(t.contains("+353 56 777 1234"), "the shop's contact");
    assert_eq!(doc.notifications, vec![3]);
}

#[test]
fn a_moved_promise_shows_the_new_date_and_the_old_one_and_a_credit() {
    let f = fixture();
    let t = text(&f.shop.backorder_notice_pdf("ORD-1003").unwrap().pdf.bytes);
    assert!(
        t.contains("Анна Иванова") && t.contains("Москва 125009"),
        "{t}"
    );
    let waiting = section(&t, "On backorder", &["Thank you for waiting"]);
    assert!(
        waiting.contains("18 December 2026") && waiting.contains("(was 10 December 2026)"),
        "{waiting}"
    );
    assert!(t.contains("A credit of €5.00"));
}

#[test]
fn fonts_are_embedded_and_subset_and_a_one_page_slip_is_small() {
    let f = fixture();
    let pdf = f.shop.packing_slip_pdf("SHP-0001").unwrap().pdf.bytes;
    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "regular and bold: {fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let name = cols[0];
        assert!(
            name.len() > 7 && name.as_bytes()[6] == b'+',
            "subset fonts are named XXXXXX+Name: {row}"
        );
        // name type encoding emb sub uni object ID
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "embedded, subset, unicode: {row}"
        );
    }
    assert!(
        pdf.len() < 100 * 1024,
        "a one-page slip is {} bytes",
        pdf.len()
    );
}

#[test]
fn an_80_line_order_gives_a_multi_page_slip_with_the_header_row_on_every_page() {
    let f = fixture();
    let mut shop = f.shop;
    shop.write(|tx, _| {
        let tx = tx.sqlite()?;
        tx.execute(
            "INSERT INTO orders (id, number, customer_id, placed_at) VALUES (10, 'ORD-BIG', 1, '2026-12-02 08:00:00')",
            [],
        )?;
        tx.execute(
            "INSERT INTO shipments (id, number, order_id, carrier_id, tracking, shipped_on, created_at)
             VALUES (10, 'SHP-BIG', 10, 1, 'BIG123', '2026-12-03', '2026-12-03 16:00:00')",
            [],
        )?;
        for i in 1..=80 {
            tx.execute(
                "INSERT INTO products (id, sku, name, description, price, created_at)
                 VALUES (?1, ?2, ?3, ?4, 100, '2026-11-01 09:00:00')",
                rusqlite::params![
                    100 + i,
                    format!("BULK-{i:03}"),
                    format!("Bulk item {i}"),
                    if i % 7 == 0 { "A longer description that has to wrap inside its table cell, because it is long" } else { "" }
                ],
            )?;
            tx.execute(
                "INSERT INTO order_lines (id, order_id, line_no, product_id, unit_price, ordered, shipped, placed_at)
                 VALUES (?1, 10, ?2, ?3, 100, 1, 1, '2026-12-02 08:00:00')",
                rusqlite::params![100 + i, i, 100 + i],
            )?;
            tx.execute(
                "INSERT INTO shipment_lines (shipment_id, order_line_id, qty) VALUES (10, ?1, 1)",
                [100 + i],
            )?;
        }
        Ok(())
    })
    .unwrap();
    let doc = shop.packing_slip_pdf("SHP-BIG").unwrap();
    let n = doc.pdf.pages;
    assert!(n >= 3, "80 lines take several pages, got {n}");
    let t = text(&doc.pdf.bytes);
    let pages: Vec<&str> = t.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
    assert_eq!(pages.len(), n);
    let mut skus = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        let head = p
            .lines()
            .find(|l| l.contains("SKU") && l.contains("ITEM") && l.contains("QTY"));
        assert!(
            head.is_some(),
            "page {} repeats the table header:\n{p}",
            i + 1
        );
        assert!(
            p.contains(&format!("Page {} of {n}", i + 1)),
            "page {} says 'Page {} of {n}'",
            i + 1,
            i + 1
        );
        skus.extend(
            p.lines()
                .filter_map(|l| l.split_whitespace().find(|w| w.starts_with("BULK-")))
                .map(str::to_string),
        );
    }
    let expected: Vec<String> = (1..=80).map(|i| format!("BULK-{i:03}")).collect();
    assert_eq!(
        skus, expected,
        "every line once, in order, across the pages"
    );
}

#[test]
fn printing_a_notice_marks_its_notifications_printed_only_when_asked_after_it_was_delivered() {
    let f = fixture();
    let mut shop = f.shop;
    let doc = shop.backorder_notice_pdf("ORD-1001").unwrap();
    assert_eq!(doc.notifications, vec![1]);
    let status = |shop: &Stockroom, id: i64| -> String {
        shop.conn()
            .query_row(
                "SELECT status FROM notifications WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(
        status(&shop, 1),
        "pending",
        "rendering alone changes nothing"
    );
    assert_eq!(shop.mark_printed(&doc).unwrap(), 1);
    assert_eq!(status(&shop, 1), "printed");
    let at: String = shop
        .conn()
        .query_row(
            "SELECT printed_at FROM notifications WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(at.starts_with(TODAY));
    assert_eq!(shop.mark_printed(&doc).unwrap(), 0, "already printed");
    assert_eq!(
        status(&shop, 2),
        "pending",
        "the shipped notice's notification is another paper"
    );
}

#[test]
fn batches_hold_every_slip_of_a_day_and_every_pending_notice() {
    let f = fixture();
    let mut shop = f.shop;
    let slips = shop
        .packing_slips_pdf(chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap())
        .unwrap();
    assert!(text(&slips.pdf.bytes).contains("SHP-0001"));
    assert!(shop
        .packing_slips_pdf(chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap())
        .unwrap_err()
        .is_user_error());

    let notices = shop.pending_notices_pdf().unwrap();
    let t = text(&notices.pdf.bytes);
    for name in ["Zoë Müller", "Γιώργος Παπαδόπουλος", "Анна Иванова"]
    {
        assert!(t.contains(name), "{name} has a notice in the batch");
    }
    assert_eq!(notices.pdf.pages, 3, "one page each");
    assert_eq!(notices.notifications, vec![1, 3, 4]);
    shop.mark_printed(&notices).unwrap();
    assert!(
        shop.pending_notices_pdf().unwrap_err().is_user_error(),
        "none pending any more"
    );
}

#[test]
fn unknown_orders_and_shipments_are_not_found() {
    let f = fixture();
    assert_eq!(
        f.shop.packing_slip_pdf("SHP-9999").unwrap_err().code(),
        "not_found"
    );
    assert_eq!(
        f.shop.backorder_notice_pdf("ORD-9999").unwrap_err().code(),
        "not_found"
    );
}

#[test]
fn characters_outside_the_bundled_font_use_a_system_font_or_are_reported() {
    let f = fixture();
    let mut shop = f.shop;
    // Chinese needs a system font (fonts-noto-cjk here); U+E000 is a private-use character
    // that no font draws.
    shop.write(|tx, _| {
        let tx = tx.sqlite()?;
        tx.execute(
            "UPDATE customers SET name = '王小明 Wang' || char(57344) WHERE id = 1",
            [],
        )?;
        Ok(())
    })
    .unwrap();
    let doc = shop.packing_slip_pdf("SHP-0001").unwrap();
    assert_eq!(
        doc.pdf.missing_chars,
        vec!['\u{E000}'],
        "the unprintable character is reported"
    );
    let has_cjk_font = Command::new("fc-list")
        .arg(":charset=738b")
        .output()
        .map(|o| !o.stdout.is_empty())
        .unwrap_or(false);
    if has_cjk_font {
        assert!(
            text(&doc.pdf.bytes).contains("王小明 Wang"),
            "drawn with the system's CJK font"
        );
        assert!(
            tool("pdffonts", &[], &doc.pdf.bytes).lines().count() >= 5,
            "a third font was embedded"
        );
    } else {
        eprintln!("skipped the CJK drawing check: no font on this machine has 王");
    }
}

// ---- The CLI contract -------------------------------------------------------------------

#[test]
fn cli_prints_each_document_to_a_file() {
    let f = fixture();
    drop(f.shop);
    let dir = tempfile::tempdir().unwrap();
    for (args, expect) in [
        (vec!["print", "slip", "SHP-0001"], "In this parcel"),
        (
            vec!["print", "shipped", "SHP-0001"],
            "Your parcel is on its way",
        ),
        (vec!["print", "notice", "ORD-1001"], "On backorder"),
        (vec!["print", "slips", "--date", TODAY], "SHP-0001"),
        (vec!["print", "notices", "--pending"], "Анна Иванова"),
    ] {
        let file = dir.path().join(format!("{}.pdf", args[1]));
        let mut a = args.clone();
        a.extend(["-o", file.to_str().unwrap()]);
        let out = cli(&f.db, &a);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let t = text(&std::fs::read(&file).unwrap());
        assert!(t.contains(expect), "{args:?} wrote a PDF with {expect:?}");
    }
    // Printing the notices marked them printed.
    let shop = Stockroom::open(&f.db).unwrap();
    let pending: i64 = shop
        .conn()
        .query_row(
            "SELECT count(*) FROM notifications WHERE status = 'pending'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        pending, 0,
        "notices and the shipped notice were all marked printed"
    );
}

#[test]
fn cli_exits_2_on_an_unknown_shipment_or_order_and_writes_nothing() {
    let f = fixture();
    drop(f.shop);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.pdf");
    for args in [
        ["print", "slip", "SHP-404"],
        ["print", "notice", "ORD-404"],
        ["print", "shipped", "SHP-404"],
    ] {
        let mut a = args.to_vec();
        a.extend(["-o", file.to_str().unwrap()]);
        let out = cli(&f.db, &a);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("404") && err.contains("not found"), "{err}");
        assert!(!file.exists());
    }
    // Neither -o nor --printer: a usage error.
    assert_eq!(
        cli(&f.db, &["print", "slip", "SHP-0001"]).status.code(),
        Some(2)
    );
}

#[test]
fn cli_to_an_unknown_printer_exits_with_a_clear_message() {
    let f = fixture();
    drop(f.shop);
    let out = cli(
        &f.db,
        &["print", "slip", "SHP-0001", "--printer", "No-Such-Printer"],
    );
    assert_ne!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("No-Such-Printer") || err.contains("CUPS"),
        "{err}"
    );
}

/// The real print path through CUPS. Runs only when a CUPS scheduler with a printer named PDF
/// (CUPS-PDF) is up, as `.ci/print-test.sh` sets up; otherwise says why it was skipped.
#[test]
fn printing_through_cups_when_a_pdf_printer_is_installed() {
    let running = Command::new("lpstat")
        .arg("-r")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("is running"));
    if running.as_ref().map(|r| !r).unwrap_or(true) {
        eprintln!(
            "skipped: no CUPS scheduler is running (.ci/print-test.sh tests printing for real)"
        );
        return;
    }
    let printers = stockroom_core::print::printers().unwrap();
    if !printers.iter().any(|p| p.name == "PDF") {
        eprintln!("skipped: CUPS has no printer named PDF (.ci/print-test.sh adds one)");
        return;
    }
    let f = fixture();
    let doc = f.shop.packing_slip_pdf("SHP-0001").unwrap();
    let job = stockroom_core::print::print_pdf(&doc.pdf.bytes, Some("PDF"), "stockroom-test-slip")
        .unwrap();
    assert!(job.starts_with("PDF-"), "a CUPS job id: {job}");
}
