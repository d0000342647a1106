//! SQL of the outbox: queueing with the notification, the sender's reads and its records.

use chrono::NaiveDateTime;

use super::model::{OutboxFilter, OutboxMessage, OutboxStatus};
use super::rules;
use super::smtp::Outcome;
use super::template::{MailBody, Template};
use crate::db::conn::{stored, Conn};
use crate::notices::model::{NoticeKind, NoticeStatus};
use crate::Result;

// A new Message-ID's random part is 24 hex digits made by the database in the statement that
// queues the message: `randomblob` on SQLite; PostgreSQL has none, and `gen_random_uuid()`
// (built in since PostgreSQL 13) gives as many random bits (96 of its 122).

/// A condition on a notification `n`: it is for paper (the print queue, "customers to tell").
/// Not when its customer wants e-mail only and its message is queued or sent; a failed
/// message puts it back on paper.
pub const ON_PAPER: &str = "NOT EXISTS (SELECT 1 FROM outbox x WHERE x.notification_id = n.id
    AND x.paper = 0 AND x.status IN ('queued', 'sent'))";

/// The Message-IDs' domain when e-mail is set up (a host and a From address), else `None`:
/// nothing is queued then and every notice stays on paper.
fn queueing_domain(conn: Conn<'_>) -> Result<Option<String>> {
    let (configured, from): (bool, String) = conn.query_row(
        "SELECT trim(smtp_host) <> '' AND trim(mail_from) <> '', mail_from FROM settings WHERE id = 1",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(configured.then(|| rules::message_id_domain(&from)))
}

/// Queues a message for each pending notification with an id above `after_id` whose
/// customer wants e-mail and has an address (idempotent: one message per notification).
/// The Message-ID is made here, once: random, with the notification id for uniqueness.
pub fn queue_new_in_tx<'a>(conn: impl Into<Conn<'a>>, after_id: i64, at: &str) -> Result<()> {
    let conn = conn.into();
    let Some(domain) = queueing_domain(conn)? else {
        return Ok(());
    };
    // The messages take their ids in the notifications' order (the outbox's queue order): on
    // PostgreSQL an INSERT … SELECT without ORDER BY numbers them in whatever order it read.
    // `paper`: 0/1 written with CASE (a comparison is a boolean on PostgreSQL), a NULL contact
    // counting as not 'both' (as SQLite's `IS 'both'` did).
    macro_rules! queue_new {
        ($random:expr) => {
            concat!(
                "INSERT INTO outbox (notification_id, to_name, to_addr, paper, message_id,
                                     queued_at, next_attempt_at)
                 SELECT n.id, c.name, c.email, CASE WHEN c.contact = 'both' THEN 1 ELSE 0 END,
                        '<' || ",
                $random,
                " || '.' || n.id || '@' || CAST(?3 AS TEXT) || '>', ?2, ?2
                 FROM notifications n
                 JOIN orders o ON o.id = n.order_id
                 JOIN customers c ON c.id = o.customer_id
                 WHERE n.id > ?1 AND n.status = 'pending' AND trim(c.email) <> ''
                   AND coalesce(c.contact, 'email') IN ('email', 'both')
                   AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.notification_id = n.id)
                 ORDER BY n.id"
            )
        };
    }
    conn.execute(
        conn.sql(
            queue_new!("lower(hex(randomblob(12)))"),
            queue_new!("substr(replace(CAST(gen_random_uuid() AS TEXT), '-', ''), 1, 24)"),
        ),
        &[&after_id, &at, &domain],
    )?;
    Ok(())
}

/// After notification `id` of order `order_id` was written (and superseded older ones):
/// queue its message, and supersede the still-queued messages of the notifications it
/// superseded — one message per order and moment, the older kept in the history.
pub fn after_notice_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    order_id: i64,
    id: i64,
    at: &str,
) -> Result<()> {
    let conn = conn.into();
    queue_new_in_tx(conn, id - 1, at)?;
    conn.execute(
        "UPDATE outbox SET status = 'superseded',
                superseded_by = (SELECT x.id FROM outbox x WHERE x.notification_id = ?2)
         WHERE status = 'queued' AND notification_id IN
               (SELECT n.id FROM notifications n WHERE n.order_id = ?1 AND n.superseded_by = ?2)",
        &[&order_id, &id],
    )?;
    Ok(())
}

/// After customer `customer_id` was edited: their queued messages go to the address and name
/// they have now. If they no longer take e-mail (paper chosen, or no address left), the
/// queued messages are withdrawn (superseded by nothing, saying why) and the notices go back
/// to the print queue.
pub fn customer_changed_in_tx<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    customer_id: i64,
) -> Result<()> {
    // On both engines (issue 19), for the customers' store: `paper` is a 0/1 integer, written
    // with CASE (a comparison is a boolean on PostgreSQL), NULL contact counting as not 'both'.
    let conn = conn.into();
    conn.execute(
        "UPDATE outbox SET status = 'superseded',
                last_error = 'withdrawn: the customer no longer gets e-mail'
         WHERE status = 'queued' AND notification_id IN (
               SELECT n.id FROM notifications n JOIN orders o ON o.id = n.order_id
               WHERE o.customer_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM customers c
             WHERE c.id = ?1 AND trim(c.email) <> '' AND coalesce(c.contact, 'email') IN ('email', 'both'))",
        &[&customer_id],
    )?;
    conn.execute(
        "UPDATE outbox SET (to_name, to_addr, paper) =
             (SELECT c.name, c.email, CASE WHEN c.contact = 'both' THEN 1 ELSE 0 END
              FROM customers c WHERE c.id = ?1)
         WHERE status = 'queued' AND notification_id IN (
               SELECT n.id FROM notifications n JOIN orders o ON o.id = n.order_id
               WHERE o.customer_id = ?1)",
        &[&customer_id],
    )?;
    Ok(())
}

/// Staff told the customer themselves: the notice's message, if still queued, is withdrawn
/// (superseded by nothing, saying why) so the customer is not told twice.
pub fn withdraw_told_in_tx<'a>(conn: impl Into<Conn<'a>>, notification_id: i64) -> Result<()> {
    conn.into().execute(
        "UPDATE outbox SET status = 'superseded',
                last_error = 'withdrawn: the customer was told in person or by phone'
         WHERE notification_id = ?1 AND status = 'queued'",
        &[&notification_id],
    )?;
    Ok(())
}

/// "E-mail now" on notification `notification_id` of a customer with address `to_addr`:
/// makes its message due now. A new message is queued when it has none (with `paper` set when
/// the customer also wants the letter, or prefers paper); a failed one or a withdrawn one
/// (superseded by nothing) is queued again with its Message-ID; a queued one becomes due now.
/// Returns the message's id, or `None` when its message was already sent or replaced by a
/// newer one (nothing changes then).
pub fn email_now_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    notification_id: i64,
    to_name: &str,
    to_addr: &str,
    paper: bool,
    domain: &str,
    now: &str,
) -> Result<Option<i64>> {
    let conn = conn.into();
    let existing: Option<(i64, OutboxStatus, Option<i64>)> = conn.query_opt(
        "SELECT id, status, superseded_by FROM outbox WHERE notification_id = ?1",
        &[&notification_id],
        |r| {
            Ok((
                r.get(0)?,
                stored(1, OutboxStatus::parse(&r.get::<String>(1)?))?,
                r.get(2)?,
            ))
        },
    )?;
    match existing {
        None => {
            // The notification's id comes from its row, not a second use of ?1: PostgreSQL
            // gives a parameter one type, and here it would be both a number and text.
            macro_rules! insert {
                ($random:expr) => {
                    concat!(
                        "INSERT INTO outbox (notification_id, to_name, to_addr, paper, message_id,
                                             queued_at, next_attempt_at)
                         SELECT n.id, ?2, ?3, CAST(?4 AS BIGINT),
                                '<' || ",
                        $random,
                        " || '.' || n.id || '@' || CAST(?5 AS TEXT) || '>', ?6, ?6
                         FROM notifications n WHERE n.id = ?1
                         RETURNING id"
                    )
                };
            }
            let id = conn.insert_id(
                conn.sql(
                    insert!("lower(hex(randomblob(12)))"),
                    insert!("substr(replace(CAST(gen_random_uuid() AS TEXT), '-', ''), 1, 24)"),
                ),
                &[&notification_id, &to_name, &to_addr, &paper, &domain, &now],
            )?;
            Ok(Some(id))
        }
        Some((id, status, superseded_by)) => {
            let again = match status {
                OutboxStatus::Queued | OutboxStatus::Failed => true,
                OutboxStatus::Superseded => superseded_by.is_none(),
                OutboxStatus::Sent => false,
            };
            if !again {
                return Ok(None);
            }
            conn.execute(
                "UPDATE outbox SET status = 'queued', next_attempt_at = ?2, superseded_by = NULL,
                        to_name = ?3, to_addr = ?4, paper = ?5
                 WHERE id = ?1",
                &[&id, &now, &to_name, &to_addr, &paper],
            )?;
            Ok(Some(id))
        }
    }
}

/// "Don't send" in review mode: a queued message is withdrawn (superseded by nothing, saying
/// so); its notice goes back to paper ([`ON_PAPER`]). Returns false when it was not queued.
pub fn withdraw_reviewed_in_tx<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<bool> {
    Ok(conn.into().execute(
        "UPDATE outbox SET status = 'superseded',
                last_error = 'withdrawn: not sent (reviewed)'
         WHERE id = ?1 AND status = 'queued'",
        &[&id],
    )? == 1)
}

/// The domain for Message-IDs when e-mail is set up, else `None` (see [`queueing_domain`]).
pub fn domain_if_set_up<'a>(conn: impl Into<Conn<'a>>) -> Result<Option<String>> {
    queueing_domain(conn.into())
}

/// Puts a failed message back in the queue, due now, with the same Message-ID (the server's
/// refusal was fixed, e.g. a mailbox that was full). Returns false when it was not failed.
pub fn retry_in_tx<'a>(conn: impl Into<Conn<'a>>, id: i64, now: &str) -> Result<bool> {
    Ok(conn.into().execute(
        "UPDATE outbox SET status = 'queued', next_attempt_at = ?2 WHERE id = ?1 AND status = 'failed'",
        &[&id, &now],
    )? == 1)
}

pub fn exists<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<bool> {
    conn.into().query_row(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE id = ?1)",
        &[&id],
        |r| r.get(0),
    )
}

/// The highest notification id now (a batch queues what comes after it).
pub fn last_notification_id<'a>(conn: impl Into<Conn<'a>>) -> Result<i64> {
    conn.into()
        .query_row("SELECT coalesce(max(id), 0) FROM notifications", &[], |r| {
            r.get(0)
        })
}

/// A message the sender is about to try.
#[derive(Debug, Clone)]
pub struct Due {
    pub id: i64,
    pub notification: i64,
    pub kind: NoticeKind,
    pub order: String,
    pub shipment: Option<String>,
    pub to_name: String,
    pub to_addr: String,
    pub message_id: String,
    pub attempts: i64,
    /// The customer wants paper too: the notice stays to print after the e-mail.
    pub paper: bool,
    /// The words fixed when it was first built for sending (`None`: not built yet).
    pub body: Option<MailBody>,
}

/// The queued messages due at `now` (all of them with `all`), oldest first.
pub fn due<'a>(conn: impl Into<Conn<'a>>, all: bool, now: &str) -> Result<Vec<Due>> {
    due_where(conn.into(), all, now, None)
}

/// The queued messages among `ids` (whatever their backoff), oldest first; the others
/// (sent, failed, superseded, unknown) are left out.
pub fn due_only<'a>(conn: impl Into<Conn<'a>>, ids: &[i64]) -> Result<Vec<Due>> {
    due_where(conn.into(), true, "", Some(ids))
}

fn due_where(conn: Conn<'_>, all: bool, now: &str, ids: Option<&[i64]>) -> Result<Vec<Due>> {
    let ids_json = ids.map(|ids| serde_json::to_string(ids).expect("numbers"));
    // The picked ids come as one JSON array: `json_each` on SQLite, its PostgreSQL
    // counterpart there (the one statement whatever the number of ids).
    macro_rules! due {
        ($ids:expr) => {
            concat!(
                "SELECT x.id, x.notification_id, n.kind, o.number, s.number, x.to_name, x.to_addr,
                        x.message_id, x.attempts, x.paper, x.subject, x.body_text, x.body_html,
                        x.attachment
                 FROM outbox x
                 JOIN notifications n ON n.id = x.notification_id
                 JOIN orders o ON o.id = n.order_id
                 LEFT JOIN shipments s ON s.id = n.shipment_id
                 WHERE x.status = 'queued' AND (?1 OR x.next_attempt_at <= ?2)
                   AND (CAST(?3 AS TEXT) IS NULL OR x.id IN (",
                $ids,
                "))
                 ORDER BY x.id"
            )
        };
    }
    let sql = conn.sql(
        due!("SELECT value FROM json_each(?3)"),
        due!("SELECT CAST(value AS BIGINT) FROM jsonb_array_elements_text(CAST(CAST(?3 AS TEXT) AS JSONB))"),
    );
    conn.query(sql, &[&all, &now, &ids_json], |r| {
        Ok(Due {
            id: r.get(0)?,
            notification: r.get(1)?,
            kind: stored(2, NoticeKind::parse(&r.get::<String>(2)?))?,
            order: r.get(3)?,
            shipment: r.get(4)?,
            to_name: r.get(5)?,
            to_addr: r.get(6)?,
            message_id: r.get(7)?,
            attempts: r.get(8)?,
            paper: r.get(9)?,
            body: match (r.get::<Option<String>>(11)?, r.get::<Option<String>>(12)?) {
                (Some(text), Some(html)) => Some(MailBody {
                    subject: r.get(10)?,
                    text,
                    html,
                    attachment: r.get(13)?,
                }),
                _ => None,
            },
        })
    })
}

/// Fixes the words of message `id` the first time it is built for sending (later builds
/// reuse them: see [`Due::body`]).
pub fn keep_body<'a>(conn: impl Into<Conn<'a>>, id: i64, b: &MailBody) -> Result<()> {
    conn.into().execute(
        "UPDATE outbox SET subject = ?2, body_text = ?3, body_html = ?4, attachment = ?5
         WHERE id = ?1 AND body_text IS NULL",
        &[&id, &b.subject, &b.text, &b.html, &b.attachment],
    )?;
    Ok(())
}

/// The words of message `id` as fixed when it was built for sending, if it was.
pub fn kept_body<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<Option<MailBody>> {
    conn.into().query_opt(
        "SELECT subject, body_text, body_html, attachment FROM outbox
         WHERE id = ?1 AND body_text IS NOT NULL AND body_html IS NOT NULL",
        &[&id],
        |r| {
            Ok(MailBody {
                subject: r.get(0)?,
                text: r.get(1)?,
                html: r.get(2)?,
                attachment: r.get(3)?,
            })
        },
    )
}

/// The shop's template of `kind` in `language`, if it saved one. (The templates are on both
/// engines, issue 19.)
pub fn template<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    kind: NoticeKind,
    language: &str,
) -> Result<Option<Template>> {
    conn.into().query_opt(
        "SELECT subject, body FROM mail_templates WHERE kind = ?1 AND language = ?2",
        &[&kind.as_str(), &language],
        |r| {
            Ok(Template {
                subject: r.get(0)?,
                body: r.get(1)?,
            })
        },
    )
}

pub fn save_template_in_tx<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    kind: NoticeKind,
    language: &str,
    t: &Template,
    at: &str,
) -> Result<()> {
    conn.into().execute(
        "INSERT INTO mail_templates (kind, language, subject, body, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (kind, language) DO UPDATE SET subject = excluded.subject,
             body = excluded.body, updated_at = excluded.updated_at",
        &[&kind.as_str(), &language, &t.subject, &t.body, &at],
    )?;
    Ok(())
}

/// "Reset to default": the row goes, the built-in wording is back.
pub fn delete_template_in_tx<'a>(
    conn: impl Into<crate::db::Conn<'a>>,
    kind: NoticeKind,
    language: &str,
) -> Result<()> {
    conn.into().execute(
        "DELETE FROM mail_templates WHERE kind = ?1 AND language = ?2",
        &[&kind.as_str(), &language],
    )?;
    Ok(())
}

/// The highest outbox id now (0 when empty).
pub fn last_outbox_id<'a>(conn: impl Into<Conn<'a>>) -> Result<i64> {
    conn.into()
        .query_row("SELECT coalesce(max(id), 0) FROM outbox", &[], |r| r.get(0))
}

/// The order (and for shipped news the shipment) a preview of `kind` renders: order `order`
/// when given (its latest shipment for shipped news), else the latest order with waiting
/// units (any order when none waits), or the latest shipment. `None` when there is none.
pub fn preview_subject<'a>(
    conn: impl Into<Conn<'a>>,
    kind: NoticeKind,
    order: Option<&str>,
) -> Result<Option<(String, Option<String>)>> {
    let conn = conn.into();
    let order = order.map(str::trim);
    // Order numbers ignore case (COLLATE NOCASE on SQLite, lower() on PostgreSQL).
    if kind == NoticeKind::Shipped {
        conn.query_opt(
            conn.sql(
                "SELECT o.number, s.number FROM shipments s JOIN orders o ON o.id = s.order_id
                 WHERE CAST(?1 AS TEXT) IS NULL OR o.number = ?1 ORDER BY s.id DESC LIMIT 1",
                "SELECT o.number, s.number FROM shipments s JOIN orders o ON o.id = s.order_id
                 WHERE CAST(?1 AS TEXT) IS NULL OR lower(o.number) = lower(?1)
                 ORDER BY s.id DESC LIMIT 1",
            ),
            &[&order],
            |r| Ok((r.get(0)?, Some(r.get(1)?))),
        )
    } else {
        conn.query_opt(
            conn.sql(
                "SELECT o.number FROM orders o WHERE CAST(?1 AS TEXT) IS NULL OR o.number = ?1
                 ORDER BY EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id
                                  AND l.backordered > 0) DESC, o.id DESC LIMIT 1",
                "SELECT o.number FROM orders o
                 WHERE CAST(?1 AS TEXT) IS NULL OR lower(o.number) = lower(?1)
                 ORDER BY EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id
                                  AND l.backordered > 0) DESC, o.id DESC LIMIT 1",
            ),
            &[&order],
            |r| Ok((r.get(0)?, None)),
        )
    }
}

pub fn count_queued<'a>(conn: impl Into<Conn<'a>>) -> Result<usize> {
    Ok(conn.into().query_row(
        "SELECT count(*) FROM outbox WHERE status = 'queued'",
        &[],
        |r| r.get::<i64>(0),
    )? as usize)
}

/// Records one attempt. Sent: the message is sent — even if a newer one superseded it while
/// it was on the wire (it did go; the record must say so) — and its notification is marked
/// sent when it was pending or printed (unless paper is still to go). Refused: failed, with the server's reply. Temporary:
/// still queued, tried again after the backoff.
pub fn record_attempt_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    m: &Due,
    subject: &str,
    outcome: &Outcome,
    now: NaiveDateTime,
) -> Result<()> {
    let conn = conn.into();
    let at = crate::json::time_text(now);
    match outcome {
        Outcome::Sent => {
            conn.execute(
                "UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?2,
                        last_error = '', subject = ?3 WHERE id = ?1",
                &[&m.id, &at, &subject],
            )?;
            let status: Option<String> = conn.query_opt(
                "SELECT status FROM notifications WHERE id = ?1",
                &[&m.notification],
                |r| r.get(0),
            )?;
            // A customer who wants paper too still gets the letter: the notice stays in the
            // print queue, and the print marks it.
            if let Some(status) = status.filter(|_| !m.paper) {
                let status = NoticeStatus::parse(&status)?;
                if crate::notices::rules::check_transition(status, NoticeStatus::Sent).is_ok() {
                    crate::notices::store::set_status_in_tx(
                        conn,
                        m.notification,
                        NoticeStatus::Sent,
                        &at,
                    )?;
                }
            }
        }
        Outcome::Refused(reply) => {
            conn.execute(
                "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?2,
                        subject = CASE WHEN ?3 = '' THEN subject ELSE ?3 END
                 WHERE id = ?1 AND status = 'queued'",
                &[&m.id, &reply, &subject],
            )?;
        }
        Outcome::Temporary(why) | Outcome::Unreachable(why) => {
            // A reply about this message backs off by its own attempts; a server that could
            // not be reached is everyone's wait: the first step, so after an outage the
            // queue goes again together, in its order.
            let next = match outcome {
                Outcome::Unreachable(_) => now + rules::backoff(1),
                _ => rules::next_attempt(now, m.attempts + 1),
            };
            let next = crate::json::time_text(next);
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3,
                        subject = CASE WHEN ?4 = '' THEN subject ELSE ?4 END
                 WHERE id = ?1 AND status = 'queued'",
                &[&m.id, &why, &next, &subject],
            )?;
        }
    }
    Ok(())
}

/// The outbox, newest first.
pub fn list<'a>(
    conn: impl Into<Conn<'a>>,
    status: Option<OutboxStatus>,
) -> Result<Vec<OutboxMessage>> {
    list_where(
        conn,
        &OutboxFilter {
            status,
            ..OutboxFilter::default()
        },
    )
}

/// The outbox messages that pass `f`, newest first.
pub fn list_where<'a>(conn: impl Into<Conn<'a>>, f: &OutboxFilter) -> Result<Vec<OutboxMessage>> {
    let conn = conn.into();
    let status = f.status;
    let shop: String =
        conn.query_row("SELECT store_name FROM settings WHERE id = 1", &[], |r| {
            r.get(0)
        })?;
    let mut templates: Vec<(NoticeKind, String, Template)> = Vec::new();
    // A filter left out is a NULL parameter, typed for PostgreSQL by its CAST.
    let rows = conn.query(
        "SELECT x.id, n.kind, o.number, s.number, x.notification_id, x.to_addr, x.to_name,
                x.subject, x.status, x.attempts, x.last_error, x.message_id, x.queued_at,
                x.next_attempt_at, x.sent_at, x.superseded_by, c.id, c.name
         FROM outbox x
         JOIN notifications n ON n.id = x.notification_id
         JOIN orders o ON o.id = n.order_id
         JOIN customers c ON c.id = o.customer_id
         LEFT JOIN shipments s ON s.id = n.shipment_id
         WHERE (CAST(?1 AS TEXT) IS NULL OR x.status = ?1)
           AND (CAST(?2 AS BIGINT) IS NULL OR o.id = ?2)
           AND (CAST(?3 AS BIGINT) IS NULL OR c.id = ?3)
           AND (CAST(?4 AS BIGINT) IS NULL OR x.id = ?4)
         ORDER BY x.id DESC",
        &[
            &status.map(|s| s.as_str()),
            &f.order_id,
            &f.customer_id,
            &f.id,
        ],
        |r| {
            Ok(OutboxMessage {
                id: r.get(0)?,
                kind: stored(1, NoticeKind::parse(&r.get::<String>(1)?))?,
                order: r.get(2)?,
                shipment: r.get(3)?,
                notification: r.get(4)?,
                to: r.get(5)?,
                to_name: r.get(6)?,
                subject: r.get(7)?,
                status: stored(8, OutboxStatus::parse(&r.get::<String>(8)?))?,
                attempts: r.get(9)?,
                last_error: r.get(10)?,
                message_id: r.get(11)?,
                queued_at: r.get(12)?,
                next_attempt_at: r.get(13)?,
                sent_at: r.get(14)?,
                superseded_by: r.get(15)?,
                customer_id: r.get(16)?,
                customer: r.get(17)?,
            })
        },
    )?;
    rows.into_iter()
        .map(|mut m| {
            if m.subject.is_empty() {
                // Not built yet: the subject it will have, from the fields a list knows (the
                // customer, the order, the shop; the others come out empty here).
                let lang = language_of_order(conn, &m.order)?;
                if !templates.iter().any(|(k, l, _)| *k == m.kind && *l == lang) {
                    let t = template(conn, m.kind, &lang)?
                        .unwrap_or_else(|| super::template::default_template(m.kind, &lang));
                    templates.push((m.kind, lang.clone(), t));
                }
                let t = &templates
                    .iter()
                    .find(|(k, l, _)| *k == m.kind && *l == lang)
                    .expect("added")
                    .2;
                let values = super::template::Values {
                    fields: vec![
                        ("customer", m.to_name.clone()),
                        ("order", m.order.clone()),
                        ("shop", shop.clone()),
                    ],
                    ..Default::default()
                };
                m.subject = super::template::render_subject(t, &values)?;
            }
            Ok(m)
        })
        .collect()
}

/// The language order `order`'s customer is written to in (issue 17): their messages use the
/// shop's template in that language.
pub fn language_of_order<'a>(conn: impl Into<Conn<'a>>, order: &str) -> Result<String> {
    let conn = conn.into();
    Ok(conn
        .query_opt(
            conn.sql(
                "SELECT c.language FROM orders o JOIN customers c ON c.id = o.customer_id
                 WHERE o.number = ?1",
                "SELECT c.language FROM orders o JOIN customers c ON c.id = o.customer_id
                 WHERE lower(o.number) = lower(?1)",
            ),
            &[&order],
            |r| r.get::<String>(0),
        )?
        .unwrap_or_else(|| crate::i18n::Language::english().code().to_string()))
}

/// Whether an order with row id `order_id` exists (the order page's history asks).
pub fn order_exists<'a>(conn: impl Into<Conn<'a>>, order_id: i64) -> Result<bool> {
    conn.into().query_row(
        "SELECT EXISTS (SELECT 1 FROM orders WHERE id = ?1)",
        &[&order_id],
        |r| r.get(0),
    )
}
