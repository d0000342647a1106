//! `stockroom mail …` (issue 16): send the outbox now, list it, send a test message.
//!
//! `mail send` exits 0 when every message was sent and 1 when any is still queued or failed;
//! with `--json` it prints `{"sent":N,"failed":N,"queued":N}` either way.

use clap::Subcommand;
use stockroom_core::mail::OutboxStatus;
use stockroom_core::{Error, Stockroom};

use crate::output::Out;

#[derive(Subcommand)]
pub enum MailCmd {
    /// Try every queued message now, whatever its backoff; prints the counts.
    Send,
    /// The outbox, newest first.
    Outbox {
        #[arg(long, value_name = "queued|sent|failed|superseded")]
        status: Option<String>,
    },
    /// Put a failed message back in the queue (same Message-ID); prints it.
    Retry { id: i64 },
    /// Send a test message now through the e-mail settings (nothing is queued).
    Test {
        #[arg(long, value_name = "ADDR")]
        to: String,
    },
}

impl MailCmd {
    /// See `Command::writes` in main.rs.
    pub fn writes(&self) -> bool {
        match self {
            MailCmd::Send | MailCmd::Retry { .. } => true,
            MailCmd::Outbox { .. } | MailCmd::Test { .. } => false,
        }
    }
}

/// Ok(false): the command ran but did not fully succeed (exit 1, nothing on stderr but the
/// counts' own line).
pub fn run(cmd: MailCmd, shop: &mut Stockroom, out: &Out) -> Result<bool, Error> {
    match cmd {
        MailCmd::Send => {
            let r = shop.send_queued(true)?;
            out.print(&r, || {
                format!(
                    "{} sent, {} failed, {} still queued",
                    r.sent, r.failed, r.queued
                )
            });
            let all_sent = r.queued == 0 && r.failed == 0;
            if !all_sent {
                eprintln!(
                    "stockroom: not every message was sent ({} failed, {} still queued); see `stockroom mail outbox`",
                    r.failed, r.queued
                );
            }
            Ok(all_sent)
        }
        MailCmd::Outbox { status } => {
            let status = status.as_deref().map(OutboxStatus::parse).transpose()?;
            let v = shop.outbox(status)?;
            out.print(&v, || {
                v.iter()
                    .map(|m| {
                        format!(
                            "{}\t{}\t{}\t{}\t{}\t{}",
                            m.id,
                            m.status.as_str(),
                            m.order,
                            m.to,
                            m.subject,
                            m.last_error
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            Ok(true)
        }
        MailCmd::Retry { id } => {
            let m = shop.retry_mail(id)?;
            out.print(&m, || {
                format!("Message {} to {} is queued again", m.id, m.to)
            });
            Ok(true)
        }
        MailCmd::Test { to } => {
            let answer = shop.send_test_mail(&to)?;
            out.print(
                &serde_json::json!({ "sent": true, "to": to.trim(), "answer": answer }),
                || format!("Test message sent to {} (the server said: {answer})", to.trim()),
            );
            Ok(true)
        }
    }
}
