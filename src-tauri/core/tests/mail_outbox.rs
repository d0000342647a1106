//! Issue 16: the outbox without a server — what is queued, for whom, what replaces what, and
//! the CLI's checks of what is typed (exit 2, nothing stored).
//!
//! Index:
//! - nothing is queued until e-mail is set up; paper customers and customers without an
//!   address get no e-mail; "both" gets e-mail and stays in the print queue;
//! - an e-mail-only customer's notice leaves the print queue while its message is queued;
//! - a newer notice supersedes the queued message of the same order (one per order and moment);
//! - addresses, security, tracking links and statuses are checked when entered;
//! - the outbox JSON has the documented fields.

mod cli_support;

use cli_support::Cli;
use serde_json::Value;

/// A shop whose e-mail goes to a loopback port where nothing listens.
fn shop_with_mail() -> Cli {
    let cli = shop_without_mail();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
        .to_string();
    cli.json(&[
        "settings",
        "set",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        &port,
        "--smtp-security",
        "none",
        "--mail-from",
        "shop@corner.example",
    ]);
    cli
}

fn shop_without_mail() -> Cli {
    cli_support::kettle_shop()
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

fn outbox(cli: &Cli, status: Option<&str>) -> Vec<Value> {
    let mut a = vec!["mail", "outbox"];
    if let Some(s) = status {
        a.extend(["--status", s]);
    }
    cli.json(&a).as_array().unwrap().clone()
}

fn to_do(cli: &Cli) -> Vec<Value> {
    cli.json(&["notifications", "--pending"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn nothing_is_queued_until_email_is_set_up() {
    let cli = shop_without_mail();
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    waiting_order(&cli, &zoe);
    assert!(outbox(&cli, None).is_empty());
    assert_eq!(to_do(&cli).len(), 1, "the notice is on paper, as before");
    cli.refused(&["mail", "send"], "e-mail is not set up");
}

#[test]
fn each_customer_gets_their_news_the_way_they_chose() {
    let cli = shop_with_mail();
    let by_mail = customer(&cli, &["--name", "Ann", "--email", "ann@example.org"]);
    let paper = customer(
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
    let both = customer(
        &cli,
        &[
            "--name",
            "Cy",
            "--email",
            "cy@example.org",
            "--contact",
            "both",
        ],
    );
    let no_address = customer(&cli, &["--name", "Di"]);
    assert_eq!(
        cli.json(&["customer", "list"])[0]["contact"],
        "email",
        "default with an address"
    );
    for c in [&by_mail, &paper, &both, &no_address] {
        waiting_order(&cli, c);
    }
    let queued: Vec<String> = outbox(&cli, Some("queued"))
        .iter()
        .map(|m| m["to"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(queued.len(), 2, "{queued:?}");
    assert!(
        queued.contains(&"ann@example.org".into()) && queued.contains(&"cy@example.org".into())
    );
    // The print queue: Bob and Di (paper), Cy (both); not Ann, whose e-mail is on its way.
    let mut paper_names: Vec<String> = to_do(&cli)
        .iter()
        .map(|n| n["customer"].as_str().unwrap().to_string())
        .collect();
    paper_names.sort();
    assert_eq!(paper_names, vec!["Bob", "Cy", "Di"]);
    let dashboard = stockroom_core::Stockroom::open(&cli.db)
        .unwrap()
        .dashboard()
        .unwrap();
    assert_eq!(
        dashboard.customers_to_notify, 3,
        "the Dashboard counts as the list does"
    );
}

#[test]
fn a_newer_notice_supersedes_the_queued_message_of_the_same_order() {
    let cli = shop_with_mail();
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    let order = waiting_order(&cli, &zoe);
    cli.json(&[
        "po",
        "create",
        "--supplier",
        "Copperworks",
        "--expected",
        "2026-03-06",
        "--line",
        "KET-03:5",
    ]);
    cli.json(&["po", "expect", "PO-1001", "2026-03-09"]);
    cli.json(&["po", "expect", "PO-1001", "2026-03-12"]);

    let all = outbox(&cli, None);
    let queued: Vec<&Value> = all.iter().filter(|m| m["status"] == "queued").collect();
    assert_eq!(
        queued.len(),
        1,
        "one message per order and moment: {all:#?}"
    );
    assert_eq!(queued[0]["order"], order.as_str());
    let superseded: Vec<&Value> = all.iter().filter(|m| m["status"] == "superseded").collect();
    assert!(!superseded.is_empty(), "the older ones are kept: {all:#?}");
    for m in &superseded {
        assert!(m["superseded_by"].is_i64(), "{m}");
        assert_eq!(m["attempts"], 0, "never sent");
    }
    // The last one superseded points at the queued one.
    assert!(superseded
        .iter()
        .any(|m| m["superseded_by"] == queued[0]["id"]));
    // Their Message-IDs differ: each is its own message.
    assert_ne!(superseded[0]["message_id"], queued[0]["message_id"]);
}

#[test]
fn a_customer_told_by_phone_is_not_emailed_the_same_news() {
    let cli = shop_with_mail();
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    waiting_order(&cli, &zoe);
    let queued = outbox(&cli, None);
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0]["status"], "queued");
    let notification = queued[0]["notification"].as_i64().unwrap().to_string();
    cli.json(&["notifications", "told", &notification, "--by", "phone"]);
    let after = outbox(&cli, None);
    assert_eq!(after[0]["status"], "superseded", "{after:#?}");
    assert!(after[0]["last_error"]
        .as_str()
        .unwrap()
        .contains("told in person or by phone"));
}

#[test]
fn the_outbox_lists_the_documented_fields() {
    let cli = shop_with_mail();
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    let order = waiting_order(&cli, &zoe);
    let m = &outbox(&cli, None)[0];
    for field in [
        "id",
        "kind",
        "order",
        "to",
        "subject",
        "status",
        "attempts",
        "last_error",
        "message_id",
        "queued_at",
        "sent_at",
    ] {
        assert!(m.get(field).is_some(), "{field} in {m}");
    }
    assert_eq!(m["order"], order.as_str());
    assert!(m["subject"].as_str().unwrap().contains(&order));
    let id = m["message_id"].as_str().unwrap();
    assert!(
        id.starts_with('<') && id.ends_with("@corner.example>"),
        "{id}"
    );
    assert!(m["sent_at"].is_null());
}

#[test]
fn what_is_typed_is_checked_and_a_refusal_stores_nothing() {
    let cli = shop_with_mail();
    cli.refused(
        &["customer", "add", "--name", "X", "--email", "x at home"],
        "not an email address",
    );
    cli.refused(
        &[
            "customer",
            "add",
            "--name",
            "X",
            "--email",
            "a@b.example, c@d.example",
        ],
        "not an e-mail address",
    );
    cli.refused(
        &["customer", "add", "--name", "X", "--contact", "email"],
        "needs an e-mail address",
    );
    cli.refused(
        &["customer", "add", "--name", "X", "--contact", "pigeon"],
        "not a way to reach",
    );
    let x = customer(&cli, &["--name", "X"]);
    cli.refused(
        &["customer", "edit", &x, "--contact", "both"],
        "needs an e-mail address",
    );
    cli.refused(
        &[
            "settings",
            "set",
            "--smtp-host",
            "smtp.example.com",
            "--smtp-security",
            "none",
        ],
        "only allowed to a server on this computer",
    );
    cli.refused(
        &["settings", "set", "--mail-from", "shop"],
        "not an e-mail address",
    );
    cli.refused(
        &["settings", "set", "--smtp-security", "ssl3"],
        "not a connection security",
    );
    cli.refused(
        &["settings", "set", "--mail-auto", "maybe"],
        "not on or off",
    );
    cli.refused(
        &[
            "carrier",
            "add",
            "--name",
            "DHL",
            "--transit-days",
            "1",
            "--tracking-url",
            "https://dhl.example/",
        ],
        "{tracking}",
    );
    cli.refused(
        &[
            "carrier",
            "edit",
            "An Post",
            "--tracking-url",
            "ftp://x/{tracking}",
        ],
        "not a tracking link",
    );
    cli.refused(
        &["carrier", "edit", "Nobody", "--transit-days", "1"],
        "not found",
    );
    cli.refused(
        &["mail", "outbox", "--status", "lost"],
        "not an outbox status",
    );

    // And what is right is stored.
    let c = cli.json(&[
        "carrier",
        "edit",
        "An Post",
        "--tracking-url",
        "https://track.example/{tracking}",
    ]);
    assert_eq!(c["tracking_url"], "https://track.example/{tracking}");
    assert_eq!(c["transit_days"], 2);
    let s = cli.json(&[
        "settings",
        "set",
        "--mail-auto",
        "off",
        "--smtp-user",
        "corner",
    ]);
    assert_eq!(s["mail"]["mail_auto"], false);
    assert_eq!(s["mail"]["smtp_user"], "corner");
    assert_eq!(s["mail"]["configured"], true);
    assert!(
        s["mail"].get("password").is_none(),
        "no password in settings"
    );
}

#[test]
fn the_password_goes_to_the_keyring_only_once_the_server_and_user_are_set() {
    let cli = shop_with_mail();
    let shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let e = shop.store_smtp_password("s3cret").unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert!(
        e.to_string().contains("set the SMTP server and user"),
        "{e}"
    );
    // Storing it for real touches the OS keyring: only checked where there is none (a
    // headless machine, CI), where the error must say what to do instead.
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        cli.json(&["settings", "set", "--smtp-user", "corner"]);
        let shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
        let e = shop.store_smtp_password("s3cret").unwrap_err();
        assert!(e.to_string().contains("STOCKROOM_SMTP_PASSWORD"), "{e}");
        let db = std::fs::read(&cli.db).unwrap();
        assert!(
            !db.windows(6).any(|w| w == b"s3cret"),
            "never in the database"
        );
    }
}

#[test]
fn a_queued_message_follows_the_customer_to_a_new_address_or_back_to_paper() {
    let cli = shop_with_mail();
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    waiting_order(&cli, &zoe);
    cli.json(&[
        "customer",
        "edit",
        &zoe,
        "--email",
        "zoe@new.example",
        "--name",
        "Zoë Müller",
    ]);
    let m = &outbox(&cli, Some("queued"))[0];
    assert_eq!(m["to"], "zoe@new.example");
    assert_eq!(m["to_name"], "Zoë Müller");
    assert!(to_do(&cli).is_empty(), "on its way by e-mail");

    cli.json(&["customer", "edit", &zoe, "--contact", "paper"]);
    assert!(outbox(&cli, Some("queued")).is_empty());
    let withdrawn = &outbox(&cli, Some("superseded"))[0];
    assert!(withdrawn["last_error"]
        .as_str()
        .unwrap()
        .contains("no longer gets e-mail"));
    assert_eq!(
        to_do(&cli).len(),
        1,
        "the notice is back in the print queue"
    );
    cli.refused(
        &["mail", "retry", &withdrawn["id"].to_string()],
        "only a failed message",
    );
    cli.refused(&["mail", "retry", "999"], "not found");
}

#[test]
fn review_before_sending_leaves_the_queue_to_a_person() {
    let cli = shop_with_mail();
    cli.json(&["settings", "set", "--mail-auto", "off"]);
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    waiting_order(&cli, &zoe);
    let mut shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    // The background sender sends nothing and tries nothing...
    let r = shop.send_queued(false).unwrap();
    assert_eq!((r.sent, r.failed, r.queued), (0, 0, 1));
    assert_eq!(outbox(&cli, None)[0]["attempts"], 0, "not even tried");
    // ..."Send now" does (nothing listens on the port here: it stays queued, tried once).
    let r = shop.send_queued(true).unwrap();
    assert_eq!((r.sent, r.failed, r.queued), (0, 0, 1));
    assert_eq!(outbox(&cli, None)[0]["attempts"], 1);
    // Automatic again: the failed try waits for its backoff before the background tries.
    cli.json(&["settings", "set", "--mail-auto", "on"]);
    shop.send_queued(false).unwrap();
    assert_eq!(outbox(&cli, None)[0]["attempts"], 1, "not due yet");
}

// ---- What the window calls (issue 16): "E-mail now", send some, "don't send", histories ----

fn notice_of(
    shop: &stockroom_core::Stockroom,
    order: &str,
) -> stockroom_core::notices::Notification {
    shop.notifications(&stockroom_core::notices::NoticeFilter {
        order: Some(order.into()),
        ..Default::default()
    })
    .unwrap()
    .into_iter()
    .last()
    .unwrap()
}

#[test]
fn email_now_queues_a_paper_customers_notice_due_now_and_keeps_the_letter_issue16() {
    let cli = shop_with_mail();
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
    let order = waiting_order(&cli, &bob);
    assert!(
        outbox(&cli, None).is_empty(),
        "paper: nothing queued by itself"
    );
    let mut shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let n = notice_of(&shop, &order);
    let m = shop.email_now(n.id).unwrap();
    assert_eq!(m.status, stockroom_core::mail::OutboxStatus::Queued);
    assert_eq!(
        (m.to.as_str(), m.order.as_str()),
        ("bob@example.org", order.as_str())
    );
    assert_eq!(m.next_attempt_at, m.queued_at, "due now");
    assert_eq!(
        to_do(&cli).len(),
        1,
        "the letter still prints for a paper customer"
    );
    // Again: the same message, no second one.
    let again = shop.email_now(n.id).unwrap();
    assert_eq!((again.id, &again.message_id), (m.id, &m.message_id));
    assert_eq!(outbox(&cli, None).len(), 1);
}

#[test]
fn email_now_requeues_a_withdrawn_message_with_its_message_id_even_in_review_mode_issue16() {
    let cli = shop_with_mail();
    cli.json(&["settings", "set", "--mail-auto", "off"]);
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    let order = waiting_order(&cli, &zoe);
    let mut shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let queued = shop.outbox(None).unwrap().remove(0);
    let withdrawn = shop.withdraw_mail(queued.id).unwrap();
    assert_eq!(
        withdrawn.status,
        stockroom_core::mail::OutboxStatus::Superseded
    );
    assert_eq!(withdrawn.last_error, "withdrawn: not sent (reviewed)");
    assert_eq!(withdrawn.superseded_by, None, "superseded by nothing");
    assert_eq!(to_do(&cli).len(), 1, "back on paper");
    let err = shop.withdraw_mail(queued.id).unwrap_err();
    assert_eq!(err.code(), "refused", "only a queued message: {err}");
    assert_eq!(shop.withdraw_mail(999).unwrap_err().code(), "not_found");

    let n = notice_of(&shop, &order);
    let back = shop.email_now(n.id).unwrap();
    assert_eq!(back.id, queued.id);
    assert_eq!(
        back.message_id, queued.message_id,
        "a resend keeps its Message-ID"
    );
    assert_eq!(back.status, stockroom_core::mail::OutboxStatus::Queued);
    assert_eq!(
        back.last_error, "withdrawn: not sent (reviewed)",
        "history says what happened"
    );
    assert!(to_do(&cli).is_empty(), "on its way by e-mail again");
}

#[test]
fn email_now_is_refused_without_mail_an_address_or_a_live_notice_issue16() {
    let cli = shop_without_mail();
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    let order = waiting_order(&cli, &zoe);
    let mut shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let n = notice_of(&shop, &order);
    let err = shop.email_now(n.id).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(err.to_string().contains("not set up"), "{err}");
    drop(shop);

    let cli = shop_with_mail();
    let di = customer(&cli, &["--name", "Di"]);
    let di_order = waiting_order(&cli, &di);
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    let zoe_order = waiting_order(&cli, &zoe);
    let mut shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let err = shop.email_now(notice_of(&shop, &di_order).id).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(err.to_string().contains("no e-mail address"), "{err}");
    assert_eq!(shop.email_now(9999).unwrap_err().code(), "not_found");
    let told = notice_of(&shop, &zoe_order);
    shop.mark_told(told.id, stockroom_core::notices::ToldHow::Phone, "rang her")
        .unwrap();
    let err = shop.email_now(told.id).unwrap_err();
    assert_eq!(err.code(), "refused");
    assert!(err.to_string().contains("told"), "{err}");
    assert_eq!(
        shop.outbox(Some(stockroom_core::mail::OutboxStatus::Queued))
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn prepare_mail_only_takes_exactly_the_picked_queued_messages_whatever_the_mode_issue16() {
    let cli = shop_with_mail();
    cli.json(&["settings", "set", "--mail-auto", "off"]);
    let ann = customer(&cli, &["--name", "Ann", "--email", "ann@example.org"]);
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    waiting_order(&cli, &ann);
    waiting_order(&cli, &zoe);
    let mut shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let all = shop.outbox(None).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(
        shop.prepare_mail(false).unwrap().remaining(),
        0,
        "review mode"
    );
    assert_eq!(shop.prepare_mail_only(&[all[0].id]).unwrap().remaining(), 1);
    assert_eq!(
        shop.prepare_mail_only(&[all[0].id, all[1].id, 999])
            .unwrap()
            .remaining(),
        2,
        "an unknown id is left out"
    );
    shop.withdraw_mail(all[1].id).unwrap();
    assert_eq!(
        shop.prepare_mail_only(&[all[1].id]).unwrap().remaining(),
        0,
        "a withdrawn message is not sent"
    );
}

#[test]
fn order_and_customer_pages_list_their_own_messages_issue16() {
    let cli = shop_with_mail();
    let ann = customer(&cli, &["--name", "Ann", "--email", "ann@example.org"]);
    let zoe = customer(&cli, &["--name", "Zoë", "--email", "zoe@example.org"]);
    let a1 = waiting_order(&cli, &ann);
    waiting_order(&cli, &ann);
    waiting_order(&cli, &zoe);
    let shop = stockroom_core::Stockroom::open(&cli.db).unwrap();
    let ann_id: i64 = ann.parse().unwrap();
    let of_ann = shop.outbox_for_customer(ann_id).unwrap();
    assert_eq!(of_ann.len(), 2);
    assert!(of_ann
        .iter()
        .all(|m| m.customer_id == ann_id && m.customer == "Ann"));
    let order_id: i64 = shop
        .conn()
        .query_row("SELECT id FROM orders WHERE number = ?1", [&a1], |r| {
            r.get(0)
        })
        .unwrap();
    let of_order = shop.outbox_for_order(order_id).unwrap();
    assert_eq!(of_order.len(), 1);
    assert_eq!(of_order[0].order, a1);
    assert_eq!(shop.outbox_for_order(9999).unwrap_err().code(), "not_found");
    assert_eq!(
        shop.outbox_for_customer(9999).unwrap_err().code(),
        "not_found"
    );
}
