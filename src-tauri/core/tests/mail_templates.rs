//! Issue 16: the shop's own wording of each message, the preview, the message as it will be
//! sent, notices made before e-mail was set up, and the customers CSV's `contact` column —
//! all without a server.
//!
//! Index:
//! - a template is shown with its fields, saved only when it is right (an unknown field is
//!   named, exit 2, nothing stored), used by the preview, and reset to the built-in wording;
//! - the preview escapes every value in the HTML and lists the items;
//! - notices made before e-mail was set up are queued only when asked (`mail queue-pending`);
//! - the customers CSV imports and exports `contact`; a bad value stores nothing.

mod cli_support;

use cli_support::Cli;
use stockroom_core::notices::NoticeKind;
use stockroom_core::Stockroom;

fn set_up_mail(cli: &Cli) {
    cli.json(&[
        "settings",
        "set",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        "2525",
        "--smtp-security",
        "none",
        "--mail-from",
        "shop@corner.example",
    ]);
}

fn customer(cli: &Cli, args: &[&str]) -> String {
    let mut a = vec!["customer", "add"];
    a.extend_from_slice(args);
    cli.json(&a)["id"].to_string()
}

fn waiting_order(cli: &Cli, customer: &str) -> String {
    cli.json(&[
        "order",
        "create",
        "--customer",
        customer,
        "--line",
        "KET-03:1",
    ])["number"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_template_is_shown_saved_when_right_previewed_and_reset_issue16() {
    let cli = cli_support::kettle_shop();
    let zoe = customer(
        &cli,
        &["--name", "Zoë <b>&</b>", "--email", "zoe@example.org"],
    );
    let order = waiting_order(&cli, &zoe);

    let shown = cli.json(&["mail", "template", "show", "backordered"]);
    assert_eq!(shown["is_default"], true);
    assert_eq!(shown["language"], "en");
    assert!(shown["subject"].as_str().unwrap().contains("{order}"));
    let fields: Vec<&str> = shown["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"items") && fields.contains(&"customer"),
        "{fields:?}"
    );
    assert!(
        !fields.contains(&"tracking_link"),
        "no parcel in a backorder notice"
    );

    let body = cli.dir().join("body.txt");
    std::fs::write(&body, "Hello {custmer}").unwrap();
    let b = body.to_str().unwrap();
    cli.refused(
        &[
            "mail",
            "template",
            "set",
            "backordered",
            "--subject",
            "News on {order}",
            "--body-file",
            b,
        ],
        "{custmer}",
    );
    std::fs::write(
        &body,
        "Hello {customer}, about {order}:\n\n{items}\n\nUntil {date}!",
    )
    .unwrap();
    cli.refused(
        &[
            "mail",
            "template",
            "set",
            "backordered",
            "--subject",
            "",
            "--body-file",
            b,
        ],
        "subject",
    );
    cli.refused(
        &[
            "mail",
            "template",
            "set",
            "backordered",
            "--subject",
            "a\r\nBcc: x@example.org",
            "--body-file",
            b,
        ],
        "one line",
    );
    let saved = cli.json(&[
        "mail",
        "template",
        "set",
        "backordered",
        "--subject",
        "News on {order} for {customer}",
        "--body-file",
        b,
    ]);
    assert_eq!(saved["is_default"], false);

    let preview = cli.json(&["mail", "preview", "backordered", "--order", &order]);
    let subject = preview["subject"].as_str().unwrap();
    assert_eq!(subject, format!("News on {order} for Zoë <b>&</b>"));
    let text = preview["text"].as_str().unwrap();
    assert!(
        text.starts_with(&format!("Hello Zoë <b>&</b>, about {order}:")),
        "{text}"
    );
    assert!(
        text.contains("  - 1 × Copper kettle (KET-03) — 14 March 2026"),
        "{text}"
    );
    assert!(text.contains("Until 14 March 2026!"), "{text}");
    let html = preview["html"].as_str().unwrap();
    assert!(
        html.contains("Hello Zoë &lt;b&gt;&amp;&lt;/b&gt;"),
        "every value escaped: {html}"
    );
    assert!(!html.contains("<b>&</b>"), "{html}");
    assert!(
        html.contains("<li>1 × Copper kettle (KET-03) — 14 March 2026</li>"),
        "{html}"
    );
    assert_eq!(
        preview["attachment"],
        format!("backorder-notice-{order}.pdf")
    );

    let reset = cli.json(&["mail", "template", "reset", "backordered"]);
    assert_eq!(reset["is_default"], true);
    let preview = cli.json(&["mail", "preview", "backordered"]);
    assert!(
        preview["text"]
            .as_str()
            .unwrap()
            .contains("Some items are not in stock right now"),
        "the built-in wording is back, on the latest waiting order: {preview}"
    );
    cli.refused(&["mail", "preview", "shipped"], "no shipment");
    cli.refused(
        &["mail", "template", "show", "parcel"],
        "not a notification kind",
    );
}

#[test]
fn a_draft_is_previewed_without_being_saved_and_the_outbox_shows_the_words_to_come_issue16() {
    let cli = cli_support::kettle_shop();
    set_up_mail(&cli);
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    let order = waiting_order(&cli, &zoe);
    let mut shop = Stockroom::open(&cli.db).unwrap();
    let draft = shop
        .preview_mail(
            NoticeKind::PromiseMoved,
            "en",
            Some((
                "Moved: {order}".into(),
                "{customer}, new date {date}.".into(),
            )),
            Some(&order),
        )
        .unwrap();
    assert_eq!(draft.subject, format!("Moved: {order}"));
    assert!(
        draft.text.starts_with("Zoë, new date 14 March 2026."),
        "{}",
        draft.text
    );
    assert!(
        shop.mail_template(NoticeKind::PromiseMoved, "en")
            .unwrap()
            .is_default,
        "not saved"
    );
    let err = shop
        .preview_mail(
            NoticeKind::PromiseMoved,
            "en",
            Some(("S".into(), "{nope}".into())),
            None,
        )
        .unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(err.to_string().contains("{nope}"), "{err}");

    shop.save_mail_template(
        NoticeKind::Backordered,
        "en",
        "Waiting: {order}",
        "{customer}: {items}",
    )
    .unwrap();
    let queued = shop.outbox(None).unwrap().remove(0);
    assert_eq!(
        queued.subject,
        format!("Waiting: {order}"),
        "the list shows the subject to come"
    );
    let body = shop.outbox_message_body(queued.id).unwrap();
    assert_eq!(body.subject, format!("Waiting: {order}"));
    assert!(
        body.text.starts_with("Zoë: \n  - 1 × Copper kettle")
            || body.text.starts_with("Zoë:\n  - 1 × Copper kettle"),
        "{}",
        body.text
    );
    assert_eq!(
        shop.outbox_message_body(999).unwrap_err().code(),
        "not_found"
    );
    let err = shop
        .save_mail_template(NoticeKind::Shipped, "e n", "S", "B")
        .unwrap_err();
    assert_eq!(err.code(), "invalid_input", "a language code is checked");
}

#[test]
fn notices_made_before_email_was_set_up_are_queued_only_when_asked_issue16() {
    let cli = cli_support::kettle_shop();
    let ann = customer(&cli, &["--name", "Ann", "--email", "ann@example.org"]);
    let bob = customer(
        &cli,
        &[
            "--name",
            "Bob",
            "--email",
            "bob@example.org",
            "--contact",
            "paper",
        ],
    );
    let di = customer(&cli, &["--name", "Di"]);
    let a1 = waiting_order(&cli, &ann);
    waiting_order(&cli, &ann); // a second order: its own message
    waiting_order(&cli, &bob);
    waiting_order(&cli, &di);
    cli.refused(&["mail", "queue-pending"], "not set up");
    set_up_mail(&cli);
    assert!(
        cli.json(&["mail", "outbox"]).as_array().unwrap().is_empty(),
        "nothing by itself"
    );

    let queued = cli.json(&["mail", "queue-pending"]);
    let queued = queued.as_array().unwrap();
    assert_eq!(
        queued.len(),
        2,
        "Ann's two orders; not paper Bob, not Di without address"
    );
    assert!(queued
        .iter()
        .all(|m| m["to"] == "ann@example.org" && m["status"] == "queued"));
    assert_eq!(queued[0]["order"], a1.as_str());
    let again = cli.json(&["mail", "queue-pending"]);
    assert!(again.as_array().unwrap().is_empty(), "once only");
    let pending = cli.json(&["notifications", "--pending"]);
    let names: Vec<&str> = pending
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["customer"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        vec!["Bob", "Di"],
        "Ann's notices left the print queue"
    );
}

#[test]
fn the_customers_csv_carries_each_customers_contact_and_a_bad_one_stores_nothing_issue16() {
    let cli = cli_support::kettle_shop();
    let csv = cli.dir().join("customers.csv");
    std::fs::write(
        &csv,
        "name,email,contact\nAnn,ann@example.org,both\nBob,bob@example.org,paper\nCy,cy@example.org,\n",
    )
    .unwrap();
    cli.json(&["import", "customers", csv.to_str().unwrap()]);
    let list = cli.json(&["customer", "list"]);
    let contact = |name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap()["contact"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        (contact("Ann"), contact("Bob"), contact("Cy")),
        ("both".into(), "paper".into(), "email".into())
    );

    let out = cli.dir().join("out.csv");
    cli.json(&["export", "customers", "--output", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    let header = text.lines().next().unwrap();
    assert!(header.ends_with(",contact,language"), "{header}");
    assert!(
        text.lines()
            .any(|l| l.contains("Ann") && l.ends_with(",both,en")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.contains("Cy") && l.ends_with(",,en")),
        "not chosen stays empty: {text}"
    );

    std::fs::write(
        &csv,
        "name,email,contact\nDi,di@example.org,email\nEd,ed@example.org,pigeon\n",
    )
    .unwrap();
    cli.refused(&["import", "customers", csv.to_str().unwrap()], "pigeon");
    std::fs::write(&csv, "name,email,contact\nFay,,email\n").unwrap();
    let r = cli.run(&["import", "customers", csv.to_str().unwrap()]);
    assert_ne!(
        r.code, 0,
        "e-mail without an address: {} {}",
        r.stdout, r.stderr
    );
    assert_eq!(
        cli.json(&["customer", "list"]).as_array().unwrap().len(),
        3,
        "nothing stored"
    );
}

/// Issues 16 and 17: a customer is e-mailed in their own language — the translation file's
/// words, the locale's dates, money and plural forms — while the shop's own wording of a
/// language is used for the customers of that language only.
#[test]
fn each_customer_is_emailed_in_their_own_language_issue17() {
    let cli = cli_support::kettle_shop();
    set_up_mail(&cli);
    let hanna = customer(
        &cli,
        &[
            "--name",
            "Hanna Schmidt",
            "--email",
            "hanna@example.de",
            "--language",
            "de",
        ],
    );
    let ola = customer(
        &cli,
        &[
            "--name",
            "Ola Nowak",
            "--email",
            "ola@example.pl",
            "--language",
            "pl",
        ],
    );
    let german = waiting_order(&cli, &hanna);
    let polish = waiting_order(&cli, &ola);
    let shop = Stockroom::open(&cli.db).unwrap();
    let outbox = shop.outbox(None).unwrap();
    let body_of = |order: &str| {
        let m = outbox.iter().find(|m| m.order == order).unwrap();
        shop.outbox_message_body(m.id).unwrap()
    };

    let de = body_of(&german);
    assert!(de.subject.contains(&german), "{}", de.subject);
    assert!(de.text.contains("Hanna Schmidt"), "{}", de.text);
    assert!(de.text.contains("Ihre Bestellung"), "{}", de.text);
    // The promise as a German date: "12. Dezember 2026" (a day, a dot, the month's name).
    let promise = de.text.lines().find(|l| l.contains("KET-03")).unwrap();
    assert!(cli_support::has_german_date(promise), "{promise}");
    for english in ["Dear", "order", "expected", "Kind regards"] {
        assert!(!de.text.contains(english), "{english:?} in {}", de.text);
    }

    let pl = body_of(&polish);
    assert!(pl.text.contains("Ola Nowak"), "{}", pl.text);
    assert!(!pl.text.contains("Dear"), "{}", pl.text);

    // The shop rewords its German message: only German customers get it.
    drop(shop);
    let mut shop = Stockroom::open(&cli.db).unwrap();
    shop.save_mail_template(
        NoticeKind::Backordered,
        "de",
        "Bestellung {order}: bitte etwas Geduld",
        "Hallo {customer},\n\n{items}",
    )
    .unwrap();
    let outbox = shop.outbox(None).unwrap();
    let subject_of = |order: &str| {
        outbox
            .iter()
            .find(|m| m.order == order)
            .unwrap()
            .subject
            .clone()
    };
    assert_eq!(
        subject_of(&german),
        format!("Bestellung {german}: bitte etwas Geduld")
    );
    assert!(!subject_of(&polish).contains("Geduld"));
}
