//! Mail benchmark (issue 16): sending 1,000 queued notices, each built with its PDF, to a
//! real local SMTP server (aiosmtpd, the tests' tests/mail_support/smtp_server.py), against a
//! bare lettre loop sending the same 1,000 prebuilt messages over one connection to the same
//! server, in the same run. Goal: ≤ 1.5×.
//!
//! `cargo bench -p stockroom-core --bench mail` (needs python3-aiosmtpd). The shop is a file
//! (WAL, synchronous=FULL, as the app runs). Order: baseline, Stockroom, baseline again; the
//! table takes the faster baseline. Prints the figures and the load average.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use lettre::transport::smtp::client::SmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use stockroom_core::carriers::NewCarrier;
use stockroom_core::catalog::NewProduct;
use stockroom_core::customers::NewCustomer;
use stockroom_core::mail::{MailPatch, Security};
use stockroom_core::orders::{NewOrder, NewOrderLine};
use stockroom_core::settings::SettingsPatch;
use stockroom_core::{Clock, Stockroom};

const MESSAGES: usize = 1_000;

/// A Python that has aiosmtpd, as the tests pick it: $STOCKROOM_TEST_PYTHON, else python3,
/// else /usr/bin/python3 (a pyenv python3 on PATH may not see Debian's package).
fn python() -> String {
    let mut candidates: Vec<String> = std::env::var("STOCKROOM_TEST_PYTHON").into_iter().collect();
    candidates.extend(["python3".into(), "/usr/bin/python3".into()]);
    candidates
        .into_iter()
        .find(|p| {
            Command::new(p)
                .args(["-c", "import aiosmtpd"])
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .expect("a Python with aiosmtpd (apt-get install python3-aiosmtpd)")
}

fn main() {
    // `cargo bench` passes --bench; a filter that is not "mail" skips this bench.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && !"mail".contains(a.as_str()))
    {
        return;
    }
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mail_support/smtp_server.py");
    let mut server = Command::new(python())
        .arg(script)
        .args(["--port", &port.to_string()])
        .arg("--out")
        .arg(out.path())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 with aiosmtpd");
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "ready");
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(20));
    }

    let dir = tempfile::tempdir().unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let mut shop = Stockroom::open(dir.path().join("shop.sqlite3"))
        .unwrap()
        .with_clock(Clock::Fixed(day));
    shop.update_settings(&SettingsPatch {
        store_name: Some("Corner Shop".into()),
        mail: MailPatch {
            smtp_host: Some("127.0.0.1".into()),
            smtp_port: Some(port),
            smtp_security: Some(Security::None),
            mail_from: Some("shop@corner.example".into()),
            ..Default::default()
        },
        ..Default::default()
    })
    .unwrap();
    shop.add_carrier_with_tracking(
        &NewCarrier {
            name: "An Post".into(),
            transit_days: 2,
            is_default: true,
        },
        "https://track.example/{tracking}",
    )
    .unwrap();
    shop.add_product(&NewProduct {
        sku: "KET-03".into(),
        name: "Copper kettle".into(),
        price: 8900,
        lead_time_days: Some(10),
        ..Default::default()
    })
    .unwrap();
    for i in 0..MESSAGES {
        let c = shop
            .add_customer(&NewCustomer {
                name: format!("Customer {i}"),
                email: format!("c{i}@example.org"),
                ..Default::default()
            })
            .unwrap();
        shop.place_order(&NewOrder {
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

    // The same 1,000 messages, prebuilt (not timed).
    let mail = shop.settings().unwrap().mail;
    let due = stockroom_core::mail::store::due(shop.conn(), true, "").unwrap();
    assert_eq!(due.len(), MESSAGES);
    let prebuilt: Vec<lettre::Message> = due
        .iter()
        .map(|m| {
            stockroom_core::mail::message::build(shop.conn(), shop.clock().today(), &mail, m)
                .unwrap()
                .1
        })
        .collect();

    let bare = |label: &str| -> Duration {
        let t = Instant::now();
        let mut conn = SmtpConnection::connect(
            ("127.0.0.1", port),
            Some(Duration::from_secs(30)),
            &ClientId::default(),
            None,
            None,
        )
        .unwrap();
        for m in &prebuilt {
            conn.send(m.envelope(), &m.formatted()).unwrap();
        }
        conn.quit().unwrap();
        let d = t.elapsed();
        eprintln!("{label}: {:.2} s", d.as_secs_f64());
        d
    };
    let b1 = bare("bare lettre loop (1)");
    let t = Instant::now();
    let r = shop.send_queued(true).unwrap();
    let ours = t.elapsed();
    assert_eq!((r.sent, r.failed, r.queued), (MESSAGES, 0, 0));
    eprintln!("stockroom send_queued: {:.2} s", ours.as_secs_f64());
    let b2 = bare("bare lettre loop (2)");
    let base = b1.min(b2);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "mail: {MESSAGES} queued notices (PDF built each, read, sent, recorded): {:.2} s; \
         bare lettre loop, same messages prebuilt, one connection: {:.2} s (runs {:.2} / {:.2}); \
         ratio {:.2}× (goal ≤ 1.5×); load average {}",
        ours.as_secs_f64(),
        base.as_secs_f64(),
        b1.as_secs_f64(),
        b2.as_secs_f64(),
        ours.as_secs_f64() / base.as_secs_f64(),
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let _ = server.kill();
    let _ = server.wait();
}
