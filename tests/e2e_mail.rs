//! End to end, in the real window, against a real SMTP server (aiosmtpd) (issue 16): the
//! shopkeeper sets up e-mail in Settings and sees the server's answer to a test message;
//! "E-mail now" on Customers to tell sends a notice made before e-mail was set up; news made
//! afterwards (a later delivery date) reaches the customer by itself, from the app's
//! background sender; the Outbox, the order and the customer show each message as sent.

#[path = "../src-tauri/core/tests/mail_support/mod.rs"]
mod mail_support;
mod screens_support;
mod support;

use std::time::{Duration, Instant};

use chrono::Days;
use mail_parser::MimeHeaders;
use mail_support::{Received, SmtpServer};
use screens_support::*;
use stockroom_core::customers::CustomerChanges;
use support::{serial, App};

/// Waits (at most 20 s) until the server has `n` messages.
async fn arrived(server: &SmtpServer, n: usize) -> Vec<Received> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let got = server.received();
        if got.len() >= n {
            return got;
        }
        assert!(
            Instant::now() < deadline,
            "the server has {} messages, not {n}",
            got.len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn set_up_in_settings_the_customer_hears_by_e_mail_by_itself_issue16() {
    let _one = serial();
    let server = SmtpServer::plain();
    let (mut po, mut waiting) = (String::new(), String::new());
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        sh.s.update_customer(
            1,
            &CustomerChanges {
                email: Some("ada@example.org".into()),
                ..Default::default()
            },
        )
        .unwrap();
        // Placed before e-mail is set up: its notice waits on paper.
        waiting = order(&mut sh.s, 1, "DRL-20", 2);
        po = sh.po;
    })
    .await;

    // Settings → E-mail: the server on this computer, no login, the shop's address.
    app.go("#/settings").await;
    app.type_into("#mail-host", "127.0.0.1").await;
    clear_field(&app, "#mail-port").await;
    app.type_into("#mail-port", &server.port.to_string()).await;
    app.client
        .execute(
            "const s = document.querySelector('#mail-security'); s.value = 'none'; s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await
        .unwrap();
    app.type_into("#mail-from", "shop@corner.example").await;
    app.click("#mail-save").await;
    app.wait_text(".toast:not(.error)", |t| {
        t.contains("E-mail settings saved")
    })
    .await;
    app.wait_text("#mail-password-place", |t| {
        t.contains("No password is used")
    })
    .await;

    // The test message, and the server's own answer on screen.
    app.click("#mail-test").await;
    let answer = app
        .wait_text("#mail-test-answer", |t| t.contains("The server answered"))
        .await;
    assert!(answer.contains("250"), "{answer}");
    app.look("settings-email").await;
    let got = arrived(&server, 1).await;
    assert_eq!(got[0].rcpt_tos, vec!["shop@corner.example".to_string()]);

    // The notice made before set-up: "E-mail now" on Customers to tell.
    app.go("#/backorders/notify").await;
    app.wait_text("#to-tell-table tbody", |t| t.contains(&waiting))
        .await;
    app.click(&format!(
        "#to-tell-table tr[data-order='{waiting}'] button.email-now"
    ))
    .await;
    app.wait_text(".toast:not(.error)", |t| {
        t.contains("E-mailing ada@example.org")
    })
    .await;
    let got = arrived(&server, 2).await;
    let notice = got[1].parsed();
    assert_eq!(got[1].rcpt_tos, vec!["ada@example.org".to_string()]);
    assert!(notice.subject().unwrap_or("").contains(&waiting));
    assert!(notice.body_text(0).unwrap_or_default().contains("DRL-20"));
    assert!(notice
        .attachments()
        .any(|a| a.attachment_name().is_some_and(|n| n.ends_with(".pdf"))));
    // Told by e-mail: no longer on paper's to-do list.
    app.wait_text("#to-tell-table tbody", |t| !t.contains(&waiting))
        .await;

    // News made now goes by itself: a later delivery date moves the customer's promise.
    app.go(&format!("#/purchasing/{po}")).await;
    app.click("#po-expect").await;
    app.wait_text("#expect-dialog", |t| t.contains(&waiting))
        .await;
    let later = today() + Days::new(30);
    set_date(&app, "#expect-date", later).await;
    app.click("#expect-confirm").await;
    app.wait_text("#expect-moved", |t| t.contains(&waiting))
        .await;
    app.click("#expect-moved-ok").await;
    let got = arrived(&server, 3).await;
    let moved = got[2].parsed();
    assert_eq!(got[2].rcpt_tos, vec!["ada@example.org".to_string()]);
    assert!(moved.subject().unwrap_or("").contains(&waiting));

    // The Outbox shows both as sent, and the message as sent.
    app.go("#/outbox").await;
    app.wait_text("#outbox-table tbody", |t| t.matches("sent").count() >= 2)
        .await;
    app.click("#outbox-table tbody tr:first-child button.mail-show")
        .await;
    let subject = app.wait_text("#mail-view-subject", |t| !t.is_empty()).await;
    assert_eq!(subject, moved.subject().unwrap_or(""));
    app.wait_text("#mail-view-text", |t| t.contains("DRL-20"))
        .await;
    app.look("outbox-message").await;
    app.click("#mail-view-dialog button.primary").await;
    app.look("outbox").await;

    // The order and the customer list the messages with their status.
    app.go(&format!("#/orders/{waiting}")).await;
    app.wait_text("#order-messages tbody", |t| t.matches("sent").count() >= 2)
        .await;
    app.look("order-messages").await;
    app.go("#/customers/1").await;
    app.wait_text("#customer-messages tbody", |t| t.contains(&waiting))
        .await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn in_review_mode_nothing_goes_until_the_shopkeeper_sends_it_issue16() {
    let _one = serial();
    let server = SmtpServer::plain();
    let port = server.port;
    let mut waiting = String::new();
    let app = App::start_with(|dir| {
        let mut sh = shop(dir);
        sh.s.update_customer(
            1,
            &CustomerChanges {
                email: Some("ada@example.org".into()),
                ..Default::default()
            },
        )
        .unwrap();
        sh.s.update_settings(&stockroom_core::settings::SettingsPatch {
            mail: stockroom_core::mail::MailPatch {
                smtp_host: Some("127.0.0.1".into()),
                smtp_port: Some(port),
                smtp_security: Some(stockroom_core::mail::Security::None),
                mail_from: Some("shop@corner.example".into()),
                mail_auto: Some(false),
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap();
        // Queued with the order, in the same transaction; reviewed before it goes.
        waiting = order(&mut sh.s, 1, "DRL-20", 2);
    })
    .await;
    app.go("#/backorders/notify").await;
    app.wait_text("#to-tell-queued", |t| {
        t.contains("waiting for your review") && t.contains("ada@example.org")
    })
    .await;
    app.look("to-tell-review").await;
    // The sender looked at start and sent nothing.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(server.received().len(), 0);
    app.click("#to-tell-send-all").await;
    let got = arrived(&server, 1).await;
    assert!(got[0].parsed().subject().unwrap_or("").contains(&waiting));
    app.go("#/outbox").await;
    app.wait_text("#outbox-table tbody", |t| t.contains("sent"))
        .await;
    app.close().await;
}
