//! `stockroom mail …` (issue 16): send the outbox now, list it, send a test message.
//!
//! `mail send` exits 0 when every message was sent and 1 when any is still queued or failed;
//! with `--json` it prints `{"sent":N,"failed":N,"queued":N}` either way.

use clap::Subcommand;
use stockroom_core::mail::{OutboxStatus, TemplateView};
use stockroom_core::notices::NoticeKind;
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
    /// The wording of each kind of message: show, set, reset to the built-in one.
    Template {
        #[command(subcommand)]
        cmd: TemplateCmd,
    },
    /// Render a message as it would be sent (subject, text, HTML), with the shop's template.
    Preview {
        #[arg(value_name = "backordered|promise_moved|shipped")]
        kind: String,
        /// The order to render (default: the latest suitable one).
        #[arg(long, value_name = "SO-…")]
        order: Option<String>,
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Queue the e-mail of pending notices made before e-mail was set up (they are not
    /// mailed by themselves); prints the messages queued.
    QueuePending,
}

#[derive(Subcommand)]
pub enum TemplateCmd {
    /// The template as JSON {kind, language, subject, body, fields, is_default}.
    Show {
        #[arg(value_name = "backordered|promise_moved|shipped")]
        kind: String,
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Save the shop's wording; fields are written {customer}, {order}, {items}...
    Set {
        #[arg(value_name = "backordered|promise_moved|shipped")]
        kind: String,
        #[arg(long, default_value = "en")]
        language: String,
        #[arg(long)]
        subject: String,
        /// The body's file, or - for standard input.
        #[arg(long, value_name = "PATH|-")]
        body_file: String,
    },
    /// Back to the built-in wording.
    Reset {
        #[arg(value_name = "backordered|promise_moved|shipped")]
        kind: String,
        #[arg(long, default_value = "en")]
        language: String,
    },
}

fn kind(s: &str) -> Result<NoticeKind, Error> {
    NoticeKind::parse(s.trim())
}

fn read_body(path: &str) -> Result<String, Error> {
    use std::io::Read;
    let mut s = String::new();
    if path == "-" {
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::io("reading the body from standard input", e))?;
    } else {
        s = std::fs::read_to_string(path).map_err(|e| Error::io(format!("reading {path}"), e))?;
    }
    Ok(s)
}

fn template_text(t: &TemplateView) -> String {
    format!(
        "{} ({}){}\nSubject: {}\n\n{}\n\nFields: {}",
        t.kind.as_str(),
        t.language,
        if t.is_default { ", built-in" } else { "" },
        t.subject,
        t.body,
        t.fields
            .iter()
            .map(|f| format!("{{{f}}}"))
            .collect::<Vec<_>>()
            .join(" ")
    )
}

impl MailCmd {
    /// See `Command::writes` in main.rs.
    pub fn writes(&self) -> bool {
        match self {
            MailCmd::Send | MailCmd::Retry { .. } | MailCmd::QueuePending => true,
            MailCmd::Template { cmd } => !matches!(cmd, TemplateCmd::Show { .. }),
            MailCmd::Outbox { .. } | MailCmd::Test { .. } | MailCmd::Preview { .. } => false,
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
                || {
                    format!(
                        "Test message sent to {} (the server said: {answer})",
                        to.trim()
                    )
                },
            );
            Ok(true)
        }
        MailCmd::Template { cmd } => {
            let t = match cmd {
                TemplateCmd::Show { kind: k, language } => {
                    shop.mail_template(kind(&k)?, &language)?
                }
                TemplateCmd::Set {
                    kind: k,
                    language,
                    subject,
                    body_file,
                } => {
                    let k = kind(&k)?;
                    let body = read_body(&body_file)?;
                    shop.save_mail_template(k, &language, &subject, &body)?
                }
                TemplateCmd::Reset { kind: k, language } => {
                    shop.reset_mail_template(kind(&k)?, &language)?
                }
            };
            out.print(&t, || template_text(&t));
            Ok(true)
        }
        MailCmd::Preview {
            kind: k,
            order,
            language,
        } => {
            let b = shop.preview_mail(kind(&k)?, &language, None, order.as_deref())?;
            out.print(&b, || format!("Subject: {}\n\n{}", b.subject, b.text));
            Ok(true)
        }
        MailCmd::QueuePending => {
            let v = shop.queue_pending_notices()?;
            out.print(&v, || {
                format!(
                    "{} message(s) queued{}",
                    v.len(),
                    v.iter()
                        .map(|m| format!("\n{}\t{}\t{}", m.id, m.order, m.to))
                        .collect::<String>()
                )
            });
            Ok(true)
        }
    }
}
