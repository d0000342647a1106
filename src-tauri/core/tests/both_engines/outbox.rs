//! The outbox on both engines (issue 19): what is queued and listed, the sender's three steps
//! (prepare, send, record), retry, withdraw, queueing the notices made before e-mail was set
//! up, and `stockroom mail send` against a real SMTP server on a server shop. The shop is made
//! on SQLite through the normal API and pushed to the server (`support::pushed_pair`): placing
//! and shipping orders move onto the server in another part of the work.

use std::process::Command;

use stockroom_core::customers::{Contact, CustomerChanges};
use stockroom_core::mail::smtp::Outcome;
use stockroom_core::mail::{MailAttempt, OutboxFilter, OutboxMessage, OutboxStatus, SendReport};
use stockroom_core::notices::NoticeKind;
use stockroom_core::Stockroom;

use crate::mail_support::{pdf_text, SmtpServer};
use crate::support::{
    closed_port, empty_database, pushed_shops_agree, server, set_up_mail, shop_with_news, today,
    News,
};

fn summary(m: &OutboxMessage) -> (NoticeKind, String, String, OutboxStatus, i64) {
    (m.kind, m.order.clone(), m.to.clone(), m.status, m.attempts)
}

/// The shop of `shop_with_news` with its e-mail going nowhere; its news.
fn news(shop: &mut Stockroom) -> News {
    shop_with_news(shop, Some(closed_port()))
}

#[test]
fn the_outbox_lists_the_same_messages_in_the_same_order_on_both_engines_issue19() {
    let (lists, made) = pushed_shops_agree(news, |shop, n| {
        let all = shop.outbox(None).unwrap();
        let queued = shop.outbox(Some(OutboxStatus::Queued)).unwrap();
        let sent = shop.outbox(Some(OutboxStatus::Sent)).unwrap();
        let anns = shop.outbox_for_customer(n.ann).unwrap();
        let cys_order = shop
            .outbox_where(&OutboxFilter {
                order_id: Some(n.cy_order_id),
                ..OutboxFilter::default()
            })
            .unwrap();
        let one = shop.outbox_message(all[0].id).unwrap();
        let unknown = shop.outbox_message(999).unwrap_err().code();
        let no_order = shop.outbox_for_order(999).unwrap_err().code();
        let no_customer = shop.outbox_for_customer(999).unwrap_err().code();
        (
            all,
            queued,
            sent,
            anns,
            cys_order,
            one,
            (unknown, no_order, no_customer),
        )
    });
    let (all, queued, sent, anns, cys_order, one, errors) = lists;
    assert_eq!(
        all.iter().map(summary).collect::<Vec<_>>(),
        vec![
            (
                NoticeKind::Shipped,
                made.ann_order.clone(),
                "ann@example.org".to_string(),
                OutboxStatus::Queued,
                0
            ),
            (
                NoticeKind::Backordered,
                made.cy_order.clone(),
                "cy@example.org".to_string(),
                OutboxStatus::Queued,
                0
            ),
        ],
        "newest first; Bob, on paper without an address, gets no e-mail"
    );
    assert_eq!(all[0].shipment.as_deref(), Some(made.shipment.as_str()));
    assert!(
        all[0].subject.contains(&made.ann_order),
        "a message not built yet shows the subject it will have: {}",
        all[0].subject
    );
    assert!(all[0].message_id.ends_with("@corner.example>"));
    assert_eq!(queued, all, "both are queued");
    assert!(sent.is_empty());
    assert_eq!(anns, all[..1], "Ann's messages");
    assert_eq!(cys_order, all[1..], "the messages of Cy's order");
    assert_eq!(one, all[0]);
    assert_eq!(errors, ("not_found", "not_found", "not_found"));
}

#[test]
fn a_refused_message_fails_is_retried_with_its_message_id_and_a_queued_one_is_withdrawn_issue19() {
    let (answers, _) = pushed_shops_agree(news, |shop, _| {
        let due = stockroom_core::mail::store::due(shop.db(), true, "").unwrap();
        let shipped = due
            .iter()
            .find(|d| d.kind == NoticeKind::Shipped)
            .unwrap()
            .clone();
        shop.record_mail(&MailAttempt {
            due: shipped.clone(),
            subject: "Your kettle is on its way".into(),
            outcome: Outcome::Refused("550 5.1.1 no such mailbox".into()),
        })
        .unwrap();
        let failed = shop.outbox_message(shipped.id).unwrap();
        let retry_queued = shop
            .retry_mail(
                due.iter()
                    .find(|d| d.kind == NoticeKind::Backordered)
                    .unwrap()
                    .id,
            )
            .unwrap_err()
            .code();
        let retried = shop.retry_mail(shipped.id).unwrap();
        let withdrawn = shop.withdraw_mail(shipped.id).unwrap();
        let withdraw_again = shop.withdraw_mail(shipped.id).unwrap_err().code();
        let unknown = (
            shop.retry_mail(999).unwrap_err().code(),
            shop.withdraw_mail(999).unwrap_err().code(),
        );
        (
            shipped.message_id,
            failed,
            retried,
            withdrawn,
            (retry_queued, withdraw_again, unknown),
        )
    });
    let (message_id, failed, retried, withdrawn, errors) = answers;
    assert_eq!(
        (failed.status, failed.attempts, failed.last_error.as_str()),
        (OutboxStatus::Failed, 1, "550 5.1.1 no such mailbox")
    );
    assert_eq!(failed.subject, "Your kettle is on its way");
    assert_eq!(
        (retried.status, retried.message_id.as_str()),
        (OutboxStatus::Queued, message_id.as_str()),
        "queued again with the same Message-ID"
    );
    assert!(retried.next_attempt_at.starts_with("2026-03-02"), "due now");
    assert_eq!(withdrawn.status, OutboxStatus::Superseded);
    assert_eq!(
        withdrawn.superseded_by, None,
        "withdrawn, replaced by nothing"
    );
    assert!(
        withdrawn.last_error.contains("not sent"),
        "{}",
        withdrawn.last_error
    );
    assert_eq!(errors, ("refused", "refused", ("not_found", "not_found")));
}

#[test]
fn a_send_to_a_server_that_cannot_be_reached_keeps_the_message_queued_with_its_words_issue19() {
    // Only Ann's shipped notice: a backorder message's letter needs the orders' substitutes,
    // which reach the server with the engine's part of the work (see the JOIN test below).
    let ((report, message, body), _) = pushed_shops_agree(
        |shop| {
            let n = news(shop);
            let cy = shop.outbox_for_customer(n.cy).unwrap()[0].id;
            shop.withdraw_mail(cy).unwrap();
        },
        |shop, _| {
            let report = shop.send_queued(true).unwrap();
            let m = shop.outbox(Some(OutboxStatus::Queued)).unwrap().remove(0);
            let body = shop.outbox_message_body(m.id).unwrap();
            (report, m, body)
        },
    );
    assert_eq!(
        report,
        SendReport {
            sent: 0,
            failed: 0,
            queued: 1
        }
    );
    assert_eq!((message.kind, message.attempts), (NoticeKind::Shipped, 1));
    assert!(!message.last_error.is_empty(), "it says why it waits");
    assert!(
        message.next_attempt_at.as_str() > "2026-03-02",
        "it backs off"
    );
    assert_eq!(
        body.subject, message.subject,
        "the words were fixed when it was built"
    );
    assert!(body.text.contains("JD0123"), "{}", body.text);
    assert!(body.text.contains("https://track.example/JD0123"));
    assert!(body.html.contains("Copper kettle"));
    assert_eq!(
        body.attachment.as_deref(),
        Some(
            format!(
                "shipped-notice-{}.pdf",
                message.shipment.as_deref().unwrap()
            )
            .as_str()
        )
    );
}

#[test]
fn notices_made_before_email_was_set_up_are_queued_when_asked_issue19() {
    let (answers, made) = pushed_shops_agree(
        // The news is made while e-mail is not set up: nothing is queued by itself.
        |shop| shop_with_news(shop, None),
        |shop, _| {
            let not_set_up = shop.queue_pending_notices().unwrap_err().code();
            set_up_mail(shop, closed_port());
            let before = shop.outbox(None).unwrap().len();
            let queued = shop.queue_pending_notices().unwrap();
            let again = shop.queue_pending_notices().unwrap();
            (
                not_set_up,
                before,
                queued.iter().map(summary).collect::<Vec<_>>(),
                again.len(),
            )
        },
    );
    let (not_set_up, before, queued, again) = answers;
    assert_eq!(not_set_up, "invalid_input", "e-mail must be set up first");
    assert_eq!(before, 0);
    assert_eq!(
        queued,
        vec![
            (
                NoticeKind::Backordered,
                made.cy_order,
                "cy@example.org".to_string(),
                OutboxStatus::Queued,
                0
            ),
            (
                NoticeKind::Shipped,
                made.ann_order,
                "ann@example.org".to_string(),
                OutboxStatus::Queued,
                0
            ),
        ],
        "in the notices' order (Cy's kettle went on backorder before Ann's shipped); Bob has \
         no address"
    );
    assert_eq!(again, 0, "once");
}

#[test]
fn a_message_sent_through_the_cli_on_a_server_shop_reaches_the_smtp_server_issue19() {
    // Ann wants the letter too: her notice stays in the print queue once the e-mail went.
    let (shop, _server) = mail_send_through_the_cli_on_a_server(Contact::Both);
    assert!(shop.outbox(Some(OutboxStatus::Queued)).unwrap().is_empty());
}

#[test]
fn a_message_sent_through_the_cli_on_a_server_shop_marks_its_notice_sent_issue19() {
    // Ann wants e-mail only: her notice is told by the e-mail, and so marked sent.
    let (shop, _server) = mail_send_through_the_cli_on_a_server(Contact::Email);
    let notices = shop
        .notifications(&stockroom_core::notices::NoticeFilter::default())
        .unwrap();
    let shipped = notices
        .iter()
        .find(|n| n.kind == NoticeKind::Shipped)
        .unwrap();
    assert_eq!(shipped.status, stockroom_core::notices::NoticeStatus::Sent);
}

/// The shop is made in a file through the normal API, its e-mail going to a real SMTP server,
/// Ann choosing `ann_contact`, and pushed to the shop server; then `stockroom --db
/// postgres://… mail send` sends Ann's shipped news. Checks what arrived; returns the server
/// shop (and its server, to keep it running).
fn mail_send_through_the_cli_on_a_server(
    ann_contact: Contact,
) -> (Stockroom, std::sync::Arc<crate::pg_support::PgServer>) {
    let smtp = SmtpServer::plain();
    let dir = tempfile::tempdir().unwrap();
    let mut file = Stockroom::open(dir.path().join("shop.sqlite3"))
        .unwrap()
        .with_clock(stockroom_core::Clock::Fixed(today()));
    let n = shop_with_news(&mut file, Some(smtp.port));
    file.update_customer_with_contact(n.ann, &CustomerChanges::default(), Some(ann_contact))
        .unwrap();
    // Cy's backorder letter needs the orders' substitutes on the server (a JOIN below): only
    // Ann's shipped news goes here.
    let cy = file.outbox_for_customer(n.cy).unwrap()[0].id;
    file.withdraw_mail(cy).unwrap();
    let server = server();
    let url = empty_database(&server);
    file.push_to_server(&url).unwrap();
    drop(file);

    let out = Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .env_remove("STOCKROOM_DB")
        .args(["--db", &url.to_string(), "--today", "2026-03-02"])
        .args(["--json", "mail", "send"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "mail send: not JSON ({e}): {stdout} / {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(
        (report["sent"].as_i64(), report["queued"].as_i64()),
        (Some(1), Some(0)),
        "{report} / {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));

    let received = smtp.received();
    assert_eq!(received.len(), 1, "one message, once");
    assert_eq!(received[0].rcpt_tos, vec!["ann@example.org".to_string()]);
    let parsed = received[0].parsed();
    let attachment = mail_parser::MimeHeaders::attachment_name(
        parsed.attachments().next().expect("the letter is attached"),
    )
    .unwrap()
    .to_string();
    assert_eq!(attachment, format!("shipped-notice-{}.pdf", n.shipment));
    let pdf = pdf_text(parsed.attachments().next().unwrap().contents());
    assert!(pdf.contains("Copper kettle"), "{pdf}");

    let shop = Stockroom::open_url(&url, stockroom_core::Clock::Fixed(today())).unwrap();
    let sent = shop.outbox(Some(OutboxStatus::Sent)).unwrap();
    assert_eq!(sent.len(), 1, "the server shop records it sent");
    assert_eq!(
        parsed.message_id().map(|m| format!("<{m}>")),
        Some(sent[0].message_id.clone()),
        "with the Message-ID it was queued with"
    );
    (shop, server)
}

#[test]
fn a_shipped_message_is_previewed_and_shown_alike_before_it_is_built_issue19() {
    let ((preview, draft, body, not_shipped), made) = pushed_shops_agree(news, |shop, n| {
        let preview = shop
            .preview_mail(NoticeKind::Shipped, "en", None, None)
            .unwrap();
        // Order numbers are found whatever their case, as on a file.
        let draft = shop
            .preview_mail(
                NoticeKind::Shipped,
                "en",
                Some(("On its way: {order}".into(), "{items}".into())),
                Some(&n.ann_order.to_lowercase()),
            )
            .unwrap();
        let anns = shop.outbox_for_customer(n.ann).unwrap()[0].id;
        let body = shop.outbox_message_body(anns).unwrap();
        let not_shipped = shop
            .preview_mail(NoticeKind::Shipped, "en", None, Some(&n.cy_order))
            .unwrap_err()
            .code();
        (preview, draft, body, not_shipped)
    });
    assert_eq!(
        body, preview,
        "Ann's message, not built yet, reads as the preview of the latest shipment"
    );
    assert!(
        body.text.contains("https://track.example/JD0123"),
        "{}",
        body.text
    );
    assert!(body.text.contains("1 Quay Street"), "signed by the shop");
    assert_eq!(draft.subject, format!("On its way: {}", made.ann_order));
    assert!(draft.text.contains("Copper kettle"));
    assert_eq!(not_shipped, "invalid_input", "Cy's order has not shipped");
}

#[test]
fn e_mail_now_queues_a_new_message_with_its_own_message_id_issue19() {
    // The store's part of "E-mail now" (the use case reads the notice through the notices'
    // store, which reaches the server with the engine's part: the JOIN test below).
    let ((first, again), bob_notice) = pushed_shops_agree(
        |shop| {
            let n = news(shop);
            bob_notice(shop, &n)
        },
        |shop, bob_notice| {
            let first = shop
                .write(|tx, _| {
                    stockroom_core::mail::store::email_now_in_tx(
                        tx,
                        *bob_notice,
                        "Bob",
                        "bob@example.org",
                        true,
                        "corner.example",
                        "2026-03-02 10:00:00",
                    )
                })
                .unwrap()
                .unwrap();
            let again = shop
                .write(|tx, _| {
                    stockroom_core::mail::store::email_now_in_tx(
                        tx,
                        *bob_notice,
                        "Bob",
                        "bob@example.org",
                        true,
                        "corner.example",
                        "2026-03-02 10:05:00",
                    )
                })
                .unwrap();
            let m = shop.outbox_message(first).unwrap();
            let id_shape = m.message_id.starts_with('<')
                && m.message_id
                    .ends_with(&format!(".{bob_notice}@corner.example>"))
                && m.message_id.len() == format!("<.{bob_notice}@corner.example>").len() + 24;
            (
                (m.status, m.to.clone(), m.next_attempt_at.clone(), id_shape),
                again == Some(first),
            )
        },
    );
    assert_eq!(
        first,
        (
            OutboxStatus::Queued,
            "bob@example.org".to_string(),
            "2026-03-02 10:05:00".to_string(),
            true
        ),
        "a new message for notice {bob_notice}, with a random Message-ID naming its notice, \
         due when \"E-mail now\" was last pressed"
    );
    assert!(
        again,
        "a second \"E-mail now\" makes the same message due now"
    );
}

#[test]
fn e_mail_now_on_a_paper_customers_notice_queues_it_and_keeps_the_letter_issue19() {
    let ((message, no_address), _) = pushed_shops_agree(
        |shop| {
            let n = news(shop);
            bob_notice(shop, &n)
        },
        |shop, bob_notice| {
            let no_address = shop.email_now(*bob_notice).unwrap_err().code();
            let bob = shop
                .customers("Bob")
                .unwrap()
                .into_iter()
                .next()
                .unwrap()
                .id;
            shop.update_customer(
                bob,
                &CustomerChanges {
                    email: Some("bob@example.org".into()),
                    ..CustomerChanges::default()
                },
            )
            .unwrap();
            let m = shop.email_now(*bob_notice).unwrap();
            ((m.status, m.to, m.notification), no_address)
        },
    );
    assert_eq!(message.0, OutboxStatus::Queued);
    assert_eq!(message.1, "bob@example.org");
    assert_eq!(no_address, "invalid_input", "no address, no e-mail");
}

/// The id of Bob's backorder notice (read on the SQLite shop before the push: the ids are the
/// same on the server).
fn bob_notice(shop: &Stockroom, n: &News) -> i64 {
    shop.notifications(&stockroom_core::notices::NoticeFilter {
        order: Some(n.bob_order.clone()),
        ..Default::default()
    })
    .unwrap()[0]
        .id
}

#[test]
fn the_picked_messages_are_prepared_and_no_others_issue19() {
    let ((picked, tried, after), _) = pushed_shops_agree(news, |shop, n| {
        let anns = shop.outbox_for_customer(n.ann).unwrap()[0].id;
        let cys = shop.outbox_for_customer(n.cy).unwrap()[0].id;
        shop.withdraw_mail(cys).unwrap();
        // Ann's queued message, Cy's withdrawn one and one that does not exist.
        let mut batch = shop.prepare_mail_only(&[anns, cys, 999]).unwrap();
        let picked = batch.remaining();
        let mut tried = Vec::new();
        while let Some(attempt) = batch.send_next() {
            tried.push((attempt.due.id, attempt.subject.clone()));
            shop.record_mail(&attempt).unwrap();
        }
        let after = shop
            .outbox(None)
            .unwrap()
            .iter()
            .map(summary)
            .collect::<Vec<_>>();
        (picked, tried, after)
    });
    assert_eq!(picked, 1, "only Ann's message is still queued");
    assert_eq!(tried.len(), 1);
    assert!(!tried[0].1.is_empty(), "it was built: {tried:?}");
    assert_eq!(
        after.iter().map(|m| (m.3, m.4)).collect::<Vec<_>>(),
        vec![(OutboxStatus::Queued, 1), (OutboxStatus::Superseded, 0)],
        "Ann's tried once (nothing listens), still queued; Cy's withdrawn, never tried"
    );
}
