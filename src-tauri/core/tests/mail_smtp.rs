//! Issue 16: customers get their news by e-mail — against a real SMTP server (aiosmtpd,
//! started by each test on a free loopback port), through the `stockroom` CLI, with what
//! arrived read back as MIME and its PDF through pdftotext.
//!
//! Index:
//! - a backorder notice by e-mail (plain connection): recipient, subject, ETA, PDF, headers;
//! - a shipped notice over STARTTLS with AUTH: the tracking link, the PDF; the backorder
//!   message it supersedes is never sent;
//! - implicit TLS; an untrusted certificate and a server without STARTTLS send nothing;
//! - the server down: queued, then delivered exactly once; a crash resend keeps its Message-ID
//!   and its words; kill -9 in the middle of 200 messages loses none;
//! - 550 fails the message with the reply (not retried), 451 keeps it queued with backoff;
//! - a name with CR LF cannot add a header or a recipient;
//! - `mail test`, and a clear error when a password is needed and there is none.

mod cli_support;
mod mail_support;

use chrono::NaiveDate;
use cli_support::Cli;
use mail_parser::MimeHeaders;
use mail_support::{free_port, pdf_text, Options, SmtpServer, Tls};
use serde_json::Value;

const SHOP_FROM: &str = "shop@corner.example";

/// A shop whose e-mail goes to 127.0.0.1:`port`, with a kettle on a 10-day lead time and a
/// carrier with a tracking page.
fn shop(port: u16, security: &str, user: Option<&str>) -> Cli {
    let cli = Cli::on("2026-03-01");
    let port = port.to_string();
    let mut args = vec![
        "settings",
        "set",
        "--store-name",
        "Corner Shop",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        &port,
        "--smtp-security",
        security,
        "--mail-from",
        SHOP_FROM,
    ];
    if let Some(u) = user {
        args.extend(["--smtp-user", u]);
    }
    cli.json(&args);
    cli.json(&[
        "carrier",
        "add",
        "--name",
        "An Post",
        "--transit-days",
        "2",
        "--default",
        "--tracking-url",
        "https://track.example/{tracking}",
    ]);
    cli.json(&[
        "product",
        "add",
        "--sku",
        "KET-03",
        "--name",
        "Copper kettle",
        "--price",
        "89.00",
        "--lead-time-days",
        "10",
    ]);
    cli
}

fn customer(cli: &Cli, name: &str, email: &str) -> String {
    cli.json(&["customer", "add", "--name", name, "--email", email])["id"].to_string()
}

/// An order of one kettle that waits; returns its number.
fn waiting_order(cli: &Cli, customer: &str) -> String {
    let o = cli.json(&[
        "order",
        "create",
        "--customer",
        customer,
        "--line",
        "KET-03:1",
    ]);
    o["number"].as_str().unwrap().to_string()
}

fn outbox(cli: &Cli) -> Vec<Value> {
    cli.json(&["mail", "outbox"]).as_array().unwrap().clone()
}

/// `mail send --json` with `env`: its exit code and counts.
fn send(cli: &Cli, env: &[(&str, &str)]) -> (i32, Value) {
    let r = cli.run_with_env(cli.today(), env, &["--json", "mail", "send"]);
    let v = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("mail send: not JSON ({e}): {} / {}", r.stdout, r.stderr));
    (r.code, v)
}

fn counts(v: &Value) -> (i64, i64, i64) {
    (
        v["sent"].as_i64().unwrap(),
        v["failed"].as_i64().unwrap(),
        v["queued"].as_i64().unwrap(),
    )
}

fn pdf_attachment(m: &mail_parser::Message) -> (String, Vec<u8>) {
    let a = m.attachments().next().expect("a PDF is attached");
    assert_eq!(
        a.content_type()
            .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or(""))),
        Some("application/pdf".into())
    );
    (
        a.attachment_name().unwrap_or("").to_string(),
        a.contents().to_vec(),
    )
}

#[test]
fn a_backorder_notice_is_emailed_with_the_eta_and_the_pdf() {
    let server = SmtpServer::plain();
    let cli = shop(server.port, "none", None);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    let order = waiting_order(&cli, &zoe);

    let queued = outbox(&cli);
    assert_eq!(queued.len(), 1, "the order queued one message: {queued:#?}");
    assert_eq!(queued[0]["status"], "queued");
    assert_eq!(queued[0]["order"], order.as_str());
    assert_eq!(queued[0]["kind"], "backordered");
    let message_id = queued[0]["message_id"].as_str().unwrap().to_string();

    let (code, report) = send(&cli, &[]);
    assert_eq!((code, counts(&report)), (0, (1, 0, 0)), "{report}");

    let got = server.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].rcpt_tos, vec!["zoe@example.org"]);
    assert_eq!(got[0].mail_from, SHOP_FROM);
    let m = got[0].parsed();
    assert!(m.subject().unwrap().contains(&order), "{:?}", m.subject());
    assert_eq!(
        m.reply_to()
            .and_then(|a| a.first())
            .and_then(|a| a.address()),
        Some(SHOP_FROM),
        "replies go to the shop"
    );
    assert_eq!(
        Some(m.message_id().unwrap()),
        message_id
            .strip_prefix('<')
            .and_then(|s| s.strip_suffix('>')),
        "the Message-ID made when it was queued"
    );
    // The promise the engine gave, as the letter prints it.
    let notices = cli.json(&["notifications"]);
    let eta =
        NaiveDate::parse_from_str(notices[0]["lines"][0]["eta"].as_str().unwrap(), "%Y-%m-%d")
            .unwrap()
            .format("%-d %B %Y")
            .to_string();
    let text = m.body_text(0).unwrap();
    assert!(text.contains("Zoë Müller"), "{text}");
    assert!(
        text.contains(&format!("1 × Copper kettle (KET-03) — {eta}")),
        "{text}"
    );
    let html = m.body_html(0).unwrap();
    assert!(
        html.contains(&eta),
        "the HTML alternative says the same: {html}"
    );
    let (name, pdf) = pdf_attachment(&m);
    assert_eq!(name, format!("backorder-notice-{order}.pdf"));
    let letter = pdf_text(&pdf);
    assert!(
        letter.contains(&order),
        "the attached letter is the order's: {letter}"
    );
    // The letter writes the date as its reader's locale does (issue 17): "15 March 2026".
    let letter_eta = stockroom_core::i18n::Locale::new(
        &stockroom_core::i18n::Language::english(),
        "en-GB",
        "EUR",
    )
    .date(
        NaiveDate::parse_from_str(notices[0]["lines"][0]["eta"].as_str().unwrap(), "%Y-%m-%d")
            .unwrap(),
    );
    assert!(letter.contains(&letter_eta), "{letter}");

    // Who was told what and when: the notification is sent, the message too.
    assert_eq!(notices[0]["status"], "sent");
    assert!(notices[0]["sent_at"].is_string());
    let after = outbox(&cli);
    assert_eq!(after[0]["status"], "sent");
    assert_eq!(after[0]["attempts"], 1);
    assert!(after[0]["sent_at"].is_string());
}

#[test]
fn a_shipped_notice_is_emailed_with_the_tracking_link_and_the_pdf_over_starttls_with_login() {
    let dir = tempfile::tempdir().unwrap();
    let tls = Tls::make(dir.path());
    let port = free_port();
    let server = SmtpServer::start(
        port,
        Options {
            starttls: Some(&tls),
            auth: Some(("corner", "s3cret")),
            ..Default::default()
        },
    );
    let cli = shop(port, "starttls", Some("corner"));
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    let order = waiting_order(&cli, &zoe);
    // The kettle arrives before anyone sent the backorder e-mail, and leaves the same day.
    cli.json(&["stock", "adjust", "KET-03", "1", "--reason", "delivery"]);
    let shipment = cli.json(&["ship", &order, "--tracking", "JD0123"]);
    let shipment = shipment["shipment"].as_str().unwrap().to_string();

    let env = [
        ("STOCKROOM_SMTP_PASSWORD", "s3cret"),
        ("STOCKROOM_SMTP_CA_FILE", tls.cert.to_str().unwrap()),
    ];
    let (code, report) = send(&cli, &env);
    assert_eq!((code, counts(&report)), (0, (1, 0, 0)), "{report}");

    let got = server.received();
    assert_eq!(got.len(), 1, "only the latest news goes: the parcel left");
    assert!(got[0].authenticated, "the shop logged in");
    assert_eq!(got[0].rcpt_tos, vec!["zoe@example.org"]);
    let m = got[0].parsed();
    let subject = m.subject().unwrap();
    assert!(
        subject.contains(&order) && subject.contains("on its way"),
        "{subject}"
    );
    let text = m.body_text(0).unwrap();
    assert!(text.contains("Follow it here: JD0123"), "{text}");
    assert!(text.contains("https://track.example/JD0123"), "{text}");
    let html = m.body_html(0).unwrap();
    assert!(
        html.contains(r#"<a href="https://track.example/JD0123">JD0123</a>"#),
        "the tracking number is a link: {html}"
    );
    let (name, pdf) = pdf_attachment(&m);
    assert_eq!(name, format!("shipped-notice-{shipment}.pdf"));
    assert!(pdf_text(&pdf).contains(&order));

    // The backorder message was superseded by the shipped one, never sent.
    let all = outbox(&cli);
    let shipped = all.iter().find(|m| m["kind"] == "shipped").unwrap();
    let backorder = all.iter().find(|m| m["kind"] == "backordered").unwrap();
    assert_eq!(shipped["status"], "sent");
    assert_eq!(backorder["status"], "superseded");
    assert_eq!(backorder["superseded_by"], shipped["id"]);
    assert_eq!(backorder["attempts"], 0);
}

#[test]
fn the_connection_can_be_tls_from_the_first_byte() {
    let dir = tempfile::tempdir().unwrap();
    let tls = Tls::make(dir.path());
    let port = free_port();
    let server = SmtpServer::start(
        port,
        Options {
            implicit_tls: Some(&tls),
            ..Default::default()
        },
    );
    let cli = shop(port, "tls", None);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    waiting_order(&cli, &zoe);
    let (code, report) = send(
        &cli,
        &[("STOCKROOM_SMTP_CA_FILE", tls.cert.to_str().unwrap())],
    );
    assert_eq!((code, counts(&report)), (0, (1, 0, 0)), "{report}");
    assert_eq!(server.received().len(), 1);
}

#[test]
fn a_certificate_that_is_not_trusted_sends_nothing_and_keeps_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let tls = Tls::make(dir.path());
    let port = free_port();
    let server = SmtpServer::start(
        port,
        Options {
            starttls: Some(&tls),
            ..Default::default()
        },
    );
    let cli = shop(port, "starttls", None);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    waiting_order(&cli, &zoe);
    // No STOCKROOM_SMTP_CA_FILE: the self-signed certificate is nobody's.
    let (code, report) = send(&cli, &[]);
    assert_eq!((code, counts(&report)), (1, (0, 0, 1)), "{report}");
    assert!(server.received().is_empty());
    let m = &outbox(&cli)[0];
    assert_eq!(m["status"], "queued");
    assert!(
        m["last_error"]
            .as_str()
            .unwrap()
            .contains("STARTTLS failed"),
        "{}",
        m["last_error"]
    );
}

#[test]
fn starttls_is_never_skipped_when_the_server_does_not_offer_it() {
    let server = SmtpServer::plain();
    let cli = shop(server.port, "starttls", None);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    waiting_order(&cli, &zoe);
    let (code, report) = send(&cli, &[]);
    assert_eq!((code, counts(&report)), (1, (0, 0, 1)), "{report}");
    assert!(server.received().is_empty(), "nothing went in plain text");
    assert!(outbox(&cli)[0]["last_error"]
        .as_str()
        .unwrap()
        .contains("does not offer STARTTLS"));
}

#[test]
fn a_message_waits_while_the_server_is_down_and_goes_exactly_once_when_it_is_up() {
    let port = free_port();
    let cli = shop(port, "none", None);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    waiting_order(&cli, &zoe);

    let (code, report) = send(&cli, &[]);
    assert_eq!(
        (code, counts(&report)),
        (1, (0, 0, 1)),
        "server down: {report}"
    );
    let m = outbox(&cli)[0].clone();
    assert_eq!(m["status"], "queued");
    assert_eq!(m["attempts"], 1);
    assert!(
        m["last_error"].as_str().unwrap().contains("cannot connect"),
        "{m}"
    );
    assert_eq!(
        cli.json(&["notifications"])[0]["status"],
        "pending",
        "the customer was not told yet"
    );

    let server = SmtpServer::start(port, Options::default());
    let (code, report) = send(&cli, &[]);
    assert_eq!(
        (code, counts(&report)),
        (0, (1, 0, 0)),
        "server up: {report}"
    );
    let (code, report) = send(&cli, &[]);
    assert_eq!(
        (code, counts(&report)),
        (0, (0, 0, 0)),
        "nothing left: {report}"
    );
    let got = server.received();
    assert_eq!(got.len(), 1, "delivered exactly once");
    let sent = outbox(&cli)[0].clone();
    assert_eq!(
        sent["message_id"], m["message_id"],
        "the retry kept its Message-ID"
    );
    assert_eq!(sent["attempts"], 2);
    assert_eq!(sent["last_error"], "");
}

/// Issue 16: "a long outage with hundreds queued sends them in order once the server is back".
/// A server that cannot be reached is no message's fault: no message's backoff grows with it,
/// so the oldest message (tried many times) and a new one (tried once) are due together, and
/// the background sender sends them in the order they were queued.
#[test]
fn after_an_outage_the_queue_goes_again_together_in_the_order_it_was_queued_issue16() {
    let port = free_port();
    let cli = shop(port, "none", None);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    let ann = customer(&cli, "Ann Lee", "ann@example.org");
    let first = waiting_order(&cli, &zoe);
    for _ in 0..5 {
        send(&cli, &[]);
    }
    let second = waiting_order(&cli, &ann);
    let (code, _) = send(&cli, &[]);
    assert_eq!(code, 1, "the server is still down");
    let all = outbox(&cli);
    let of = |order: &str| all.iter().find(|m| m["order"] == order).unwrap().clone();
    assert_eq!(
        (
            of(&first)["attempts"].as_i64(),
            of(&second)["attempts"].as_i64()
        ),
        (Some(6), Some(1))
    );
    assert_eq!(
        of(&first)["next_attempt_at"],
        of(&second)["next_attempt_at"],
        "both wait the first step only"
    );

    let server = SmtpServer::start(port, Options::default());
    let today = NaiveDate::parse_from_str(cli.today(), "%Y-%m-%d").unwrap();
    let mut shop = stockroom_core::Stockroom::open(&cli.db)
        .unwrap()
        .with_clock(stockroom_core::clock::Clock::Fixed(
            today.succ_opt().unwrap(),
        ));
    // The background sender's round (due messages only, as the window's sender does).
    let report = shop.send_queued(false).unwrap();
    assert_eq!((report.sent, report.queued), (2, 0));
    let subjects: Vec<String> = server
        .received()
        .iter()
        .map(|m| m.parsed().subject().unwrap().to_string())
        .collect();
    assert!(
        subjects[0].contains(&first) && subjects[1].contains(&second),
        "{subjects:?}"
    );
}

#[test]
fn a_message_sent_again_after_a_crash_keeps_its_message_id() {
    let server = SmtpServer::plain();
    let cli = shop(server.port, "none", None);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    waiting_order(&cli, &zoe);
    send(&cli, &[]);
    // A crash between the server's "250" and the record leaves the message queued: simulate
    // exactly that state.
    rusqlite::Connection::open(&cli.db)
        .unwrap()
        .execute("UPDATE outbox SET status = 'queued', sent_at = NULL", [])
        .unwrap();
    // Meanwhile the shop rewords its template: the resend still says what the first said.
    let body = cli.dir().join("body.txt");
    std::fs::write(&body, "New words for {customer}.\n\n{items}").unwrap();
    cli.json(&[
        "mail",
        "template",
        "set",
        "backordered",
        "--subject",
        "Changed {order}",
        "--body-file",
        body.to_str().unwrap(),
    ]);
    let (code, _) = send(&cli, &[]);
    assert_eq!(code, 0);
    let got = server.received();
    assert_eq!(got.len(), 2, "at least once: it may go twice");
    let (first, again) = (got[0].parsed(), got[1].parsed());
    assert_eq!(
        first.message_id(),
        again.message_id(),
        "the duplicate is recognisable"
    );
    assert_eq!(
        first.subject(),
        again.subject(),
        "the same words (issue 16)"
    );
    assert_eq!(first.body_text(0), again.body_text(0));
    // The Outbox's viewer shows the message as sent.
    let shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let id = outbox(&cli)[0]["id"].as_i64().unwrap();
    let as_sent = shop.outbox_message_body(id).unwrap();
    assert_eq!(Some(as_sent.subject.as_str()), first.subject());
    assert_eq!(
        as_sent.text.replace("\r\n", "\n").trim_end(),
        first.body_text(0).unwrap().replace("\r\n", "\n").trim_end()
    );
    assert_eq!(
        as_sent.attachment.as_deref(),
        Some(pdf_attachment(&first).0.as_str())
    );
}

/// Issue 16: `stockroom mail send` killed with SIGKILL in the middle of 200 messages, then run
/// again. Every message arrives at least once, a duplicate keeps its Message-ID, and the outbox
/// says sent for exactly the messages the server has.
#[test]
fn kill_9_during_a_200_message_send_loses_nothing_and_the_outbox_agrees_with_the_server_issue16() {
    use std::collections::{BTreeMap, BTreeSet};
    use stockroom_core::customers::NewCustomer;
    use stockroom_core::orders::{NewOrder, NewOrderLine};
    let server = SmtpServer::plain();
    let cli = shop(server.port, "none", None);
    {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut s = stockroom_core::Stockroom::open(&cli.db)
            .unwrap()
            .with_clock(stockroom_core::Clock::Fixed(day));
        for i in 0..200 {
            let c = s
                .add_customer(&NewCustomer {
                    name: format!("Customer {i}"),
                    email: format!("c{i}@example.org"),
                    ..Default::default()
                })
                .unwrap();
            s.place_order(&NewOrder {
                customer_id: c.id,
                lines: vec![NewOrderLine {
                    sku: "KET-03".into(),
                    qty: 1,
                    unit_price: None,
                }],
                ..Default::default()
            })
            .unwrap();
        }
    }
    assert_eq!(outbox(&cli).len(), 200);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_stockroom"))
        .arg("--db")
        .arg(&cli.db)
        .args(["--today", cli.today(), "mail", "send"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while server.received().len() < 20 {
        assert!(std::time::Instant::now() < deadline, "nothing arrived");
        assert!(
            child.try_wait().unwrap().is_none(),
            "it finished before the kill"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let before_rerun = server.received().len();
    assert!(
        before_rerun < 200,
        "killed in the middle ({before_rerun} arrived)"
    );
    let still_queued = outbox(&cli)
        .iter()
        .filter(|m| m["status"] == "queued")
        .count();
    assert!(still_queued > 0, "the kill left work to do");

    let (code, report) = send(&cli, &[]);
    assert_eq!(code, 0, "{report}");
    let rows = outbox(&cli);
    assert!(rows.iter().all(|m| m["status"] == "sent"), "all sent");
    let got = server.received();
    let mut by_id: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &got {
        let m = r.parsed();
        by_id
            .entry(m.message_id().unwrap().to_string())
            .or_default()
            .push(r.rcpt_tos.join(","));
    }
    let outbox_ids: BTreeSet<String> = rows
        .iter()
        .map(|m| {
            m["message_id"]
                .as_str()
                .unwrap()
                .trim_matches(['<', '>'])
                .to_string()
        })
        .collect();
    let server_ids: BTreeSet<String> = by_id.keys().cloned().collect();
    assert_eq!(
        outbox_ids, server_ids,
        "every message arrived at least once, nothing else did"
    );
    for (id, to) in &by_id {
        assert!(
            to.iter().all(|t| t == &to[0]),
            "a duplicate of {id} went to the same customer"
        );
    }
    let duplicates = got.len() - by_id.len();
    assert!(
        duplicates <= 1,
        "at most the one in flight at the kill goes twice: {duplicates}"
    );
    for m in &rows {
        let to = m["to"].as_str().unwrap();
        let id = m["message_id"].as_str().unwrap().trim_matches(['<', '>']);
        assert_eq!(by_id[id][0], to, "the outbox agrees with the server");
    }
}

#[test]
fn a_refusal_fails_the_message_with_the_reply_and_a_temporary_one_is_retried_later() {
    let server = SmtpServer::plain();
    let cli = shop(server.port, "none", None);
    let rex = customer(&cli, "Rex", "reject@example.org");
    let lea = customer(&cli, "Lea", "later@example.org");
    let rex_order = waiting_order(&cli, &rex);
    waiting_order(&cli, &lea);

    let (code, report) = send(&cli, &[]);
    assert_eq!((code, counts(&report)), (1, (0, 1, 1)), "{report}");
    let (code, report) = send(&cli, &[]);
    assert_eq!(
        (code, counts(&report)),
        (1, (0, 0, 1)),
        "the refused one is not tried again: {report}"
    );

    let all = outbox(&cli);
    let refused = all
        .iter()
        .find(|m| m["order"] == rex_order.as_str())
        .unwrap();
    assert_eq!(refused["status"], "failed");
    assert_eq!(refused["attempts"], 1, "tried once, not forever");
    let reply = refused["last_error"].as_str().unwrap();
    assert!(
        reply.contains("550") && reply.contains("mailbox unavailable"),
        "{reply}"
    );
    let later = all
        .iter()
        .find(|m| m["order"] != rex_order.as_str())
        .unwrap();
    assert_eq!(later["status"], "queued");
    assert_eq!(later["attempts"], 2);
    assert!(
        later["last_error"].as_str().unwrap().contains("451"),
        "{later}"
    );
    assert!(
        later["next_attempt_at"].as_str().unwrap() > later["queued_at"].as_str().unwrap(),
        "it waits before the next try"
    );
    assert!(server.received().is_empty());
    assert_eq!(
        cli.json(&["mail", "outbox", "--status", "failed"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Staff may put a failed message back in the queue (the mailbox was fixed): same
    // Message-ID, due now.
    let again = cli.json(&["mail", "retry", &refused["id"].to_string()]);
    assert_eq!(again["status"], "queued");
    assert_eq!(again["message_id"], refused["message_id"]);
}

#[test]
fn a_name_with_a_line_break_cannot_add_a_header_or_a_recipient() {
    let server = SmtpServer::plain();
    let cli = shop(server.port, "none", None);
    // An address with a line break is refused when entered, nothing stored...
    cli.refused(
        &[
            "customer",
            "add",
            "--name",
            "Eve",
            "--email",
            "eve@example.org\r\nBcc: x@example.org",
        ],
        "not an e-mail address",
    );
    // ...and a name with one is only a name.
    let eve = customer(&cli, "Eve\r\nBcc: x@example.org", "eve@example.org");
    waiting_order(&cli, &eve);
    let (code, _) = send(&cli, &[]);
    assert_eq!(code, 0);
    let got = server.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].rcpt_tos, vec!["eve@example.org"], "exactly one RCPT");
    let raw = String::from_utf8_lossy(&got[0].raw);
    let head = raw.split("\r\n\r\n").next().unwrap();
    assert!(
        !head
            .lines()
            .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
        "no Bcc header: {head}"
    );
    let m = got[0].parsed();
    assert_eq!(m.to().unwrap().iter().count(), 1);
    assert!(m.bcc().is_none());
}

#[test]
fn a_test_message_goes_now_and_a_missing_password_is_a_clear_error() {
    let server = SmtpServer::plain();
    let cli = shop(server.port, "none", None);
    let r = cli.json(&["mail", "test", "--to", "owner@corner.example"]);
    assert_eq!(r["sent"], true);
    let got = server.received();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].rcpt_tos, vec!["owner@corner.example"]);
    cli.refused(&["mail", "test", "--to", "owner"], "not an e-mail address");

    // A user is set but no password is anywhere (no keyring here, no variable).
    cli.json(&["settings", "set", "--smtp-user", "corner"]);
    let zoe = customer(&cli, "Zoë Müller", "zoe@example.org");
    waiting_order(&cli, &zoe);
    let r = cli.run(&["mail", "send"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("STOCKROOM_SMTP_PASSWORD"), "{}", r.stderr);
    assert_eq!(outbox(&cli)[0]["status"], "queued", "nothing lost");
}
