use chrono::NaiveDate;

use crate::db::conn::{stored, Conn, Param, Row};

use super::model::{NoticeFilter, NoticeKind, NoticeLine, NoticeStatus, Notification, ToldHow};
use super::rules;
use crate::Result;

/// A notice to write: what an order's customer should be told, due on `due`.
#[derive(Debug, Clone, Copy)]
pub struct NewNotice<'a> {
    pub order_id: i64,
    pub kind: NoticeKind,
    pub due: NaiveDate,
    pub created_at: &'a str,
    /// The shipment a shipped notice is about.
    pub shipment_id: Option<i64>,
    pub lines: &'a [NoticeLine],
}

/// Writes one notice. Backorder news of an order that still has pending backorder news
/// supersedes those older notices and carries their news too ([`rules::merge_news`]).
pub fn insert_in_tx<'a>(conn: impl Into<Conn<'a>>, n: &NewNotice<'_>) -> Result<i64> {
    let conn = conn.into();
    let (order_id, created_at) = (n.order_id, n.created_at);
    let id = insert_news_in_tx(conn, n)?;
    // Its e-mail, in this same transaction (issue 16), superseding the queued e-mail of any
    // notice it superseded.
    crate::mail::store::after_notice_in_tx(conn, order_id, id, created_at)?;
    Ok(id)
}

fn insert_news_in_tx(conn: Conn<'_>, n: &NewNotice<'_>) -> Result<i64> {
    let (order_id, kind, lines) = (n.order_id, n.kind, n.lines);
    if !kind.is_backorder_news() {
        let id = insert_row_in_tx(conn, n)?;
        // A parcel's letter tells what it holds and what is still to come, with the dates:
        // older backorder news nobody has read yet is part of it.
        supersede_pending_news_in_tx(conn, order_id, id)?;
        return Ok(id);
    }
    let older = pending_news(conn, order_id)?;
    if older.is_empty() {
        return insert_row_in_tx(conn, n);
    }
    let news: Vec<(NoticeKind, Vec<NoticeLine>)> =
        older.iter().map(|(_, k, l)| (*k, l.clone())).collect();
    let (kind, merged) = rules::merge_news(&news, kind, lines);
    let merged = rules::as_it_stands(merged, lines, &waiting_now(conn, order_id)?);
    let id = insert_row_in_tx(
        conn,
        &NewNotice {
            kind,
            lines: &merged,
            ..*n
        },
    )?;
    supersede_pending_news_in_tx(conn, order_id, id)?;
    Ok(id)
}

// The pending backorder news of an order: SQLite is told to read the small partial index
// `notifications_pending_news` (INDEXED BY, SQLite only); PostgreSQL's planner picks its own.
// `kind IN ('backordered', 'promise_moved')`: the kinds a newer notice of the same order
// supersedes while pending (see [`NoticeKind::is_backorder_news`]).

/// Marks the order's pending backorder news other than `by` superseded by `by`: a newer
/// notice carries it (a merged backorder notice, or a shipped notice whose letter says what
/// is still to come and when).
pub fn supersede_pending_news_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    order_id: i64,
    by: i64,
) -> Result<()> {
    let conn = conn.into();
    conn.execute(
        conn.sql(
            "UPDATE notifications INDEXED BY notifications_pending_news
             SET status = 'superseded', superseded_by = ?2
             WHERE order_id = ?1 AND status = 'pending'
               AND kind IN ('backordered', 'promise_moved') AND id <> ?2",
            "UPDATE notifications
             SET status = 'superseded', superseded_by = ?2
             WHERE order_id = ?1 AND status = 'pending'
               AND kind IN ('backordered', 'promise_moved') AND id <> ?2",
        ),
        &[&order_id, &by],
    )?;
    Ok(())
}

/// The order's waiting SKUs now: units waiting and their promise.
fn waiting_now(conn: Conn<'_>, order_id: i64) -> Result<Vec<rules::Waiting>> {
    conn.query(
        "SELECT p.sku, CAST(sum(ol.backordered) AS BIGINT), max(ol.eta) FROM order_lines ol
         JOIN products p ON p.id = ol.product_id
         WHERE ol.order_id = ?1 AND ol.backordered > 0 GROUP BY p.sku",
        &[&order_id],
        |r| {
            Ok(rules::Waiting {
                sku: r.get(0)?,
                qty: r.get(1)?,
                eta: r.get(2)?,
            })
        },
    )
}

/// An order's pending backorder news, oldest first: what a new notice supersedes.
fn pending_news(conn: Conn<'_>, order_id: i64) -> Result<Vec<(i64, NoticeKind, Vec<NoticeLine>)>> {
    let rows: Vec<(i64, String, String)> = conn.query(
        conn.sql(
            "SELECT id, kind, detail FROM notifications INDEXED BY notifications_pending_news
             WHERE order_id = ?1 AND status = 'pending'
               AND kind IN ('backordered', 'promise_moved') ORDER BY id",
            "SELECT id, kind, detail FROM notifications
             WHERE order_id = ?1 AND status = 'pending'
               AND kind IN ('backordered', 'promise_moved') ORDER BY id",
        ),
        &[&order_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    rows.into_iter()
        .map(|(id, kind, detail)| Ok((id, NoticeKind::parse(&kind)?, parse_detail(&detail)?)))
        .collect()
}

fn has_pending_news(conn: Conn<'_>, order_id: i64) -> Result<bool> {
    conn.query_row(
        conn.sql(
            "SELECT EXISTS (SELECT 1 FROM notifications INDEXED BY notifications_pending_news
                            WHERE order_id = ?1 AND status = 'pending'
                              AND kind IN ('backordered', 'promise_moved'))",
            "SELECT EXISTS (SELECT 1 FROM notifications
                            WHERE order_id = ?1 AND status = 'pending'
                              AND kind IN ('backordered', 'promise_moved'))",
        ),
        &[&order_id],
        |r| r.get(0),
    )
}

/// Orders with pending backorder news, read once for a batch (one scan of a small index).
fn orders_with_pending_news(conn: Conn<'_>) -> Result<std::collections::HashSet<i64>> {
    let ids: Vec<i64> = conn.query(
        conn.sql(
            "SELECT DISTINCT order_id FROM notifications INDEXED BY notifications_pending_news
             WHERE status = 'pending' AND kind IN ('backordered', 'promise_moved')",
            "SELECT DISTINCT order_id FROM notifications
             WHERE status = 'pending' AND kind IN ('backordered', 'promise_moved')",
        ),
        &[],
        |r| r.get(0),
    )?;
    Ok(ids.into_iter().collect())
}

fn parse_detail(detail: &str) -> Result<Vec<NoticeLine>> {
    serde_json::from_str(detail)
        .map_err(|e| crate::Error::other(format!("a notification's detail cannot be read: {e}")))
}

fn insert_row_in_tx(conn: Conn<'_>, n: &NewNotice<'_>) -> Result<i64> {
    let detail = serde_json::to_string(n.lines).expect("notice lines serialize");
    conn.insert_id(
        "INSERT INTO notifications (order_id, kind, due_on, created_at, shipment_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
        &[
            &n.order_id,
            &n.kind.as_str(),
            &n.due,
            &n.created_at,
            &n.shipment_id,
            &detail,
        ],
    )
}

/// Notices of many orders made by one use case (the same kind of day and time), as
/// [`insert_in_tx`] would write them one by one. A receipt can owe 10,000 customers a notice:
/// rows go in chunks of one multi-row INSERT, which saves SQLite's per-statement work.
pub fn insert_many_in_tx<'a, 'c>(
    conn: impl Into<Conn<'c>>,
    due: NaiveDate,
    created_at: &str,
    notices: impl IntoIterator<Item = (i64, NoticeKind, &'a [NoticeLine])>,
) -> Result<()> {
    const CHUNK: usize = 64;
    let conn = conn.into();
    // ?1 and ?2 are the shared day and time; each row binds order, kind and detail.
    let sql = |rows: usize| {
        let values: Vec<String> = (0..rows)
            .map(|i| {
                let p = 3 + 3 * i;
                format!("(?{p}, ?{}, ?1, ?2, ?{})", p + 1, p + 2)
            })
            .collect();
        format!(
            "INSERT INTO notifications (order_id, kind, due_on, created_at, detail) VALUES {}",
            values.join(", ")
        )
    };
    // Orders with older pending news are written one by one, superseding those; the rest in
    // chunks. Which orders have some: for a large batch one scan of the pending news, for a
    // small one (placing an order) a look-up per order — the scan would read every order's.
    let mut notices = notices.into_iter().peekable();
    if notices.peek().is_none() {
        // Nothing to write, nothing to queue (most use cases tell nobody anything).
        return Ok(());
    }
    // The e-mails of the batch are queued at the end, in one statement (issue 16).
    let before = crate::mail::store::last_notification_id(conn)?;
    let superseding = if notices.size_hint().0 > 256 {
        Some(orders_with_pending_news(conn)?)
    } else {
        None
    };
    let mut seen = std::collections::HashSet::new();
    let mut chunk: Vec<(i64, &'static str, String)> = Vec::with_capacity(CHUNK);
    let flush = |chunk: &mut Vec<(i64, &'static str, String)>| -> Result<()> {
        if chunk.is_empty() {
            return Ok(());
        }
        match conn {
            Conn::Sqlite(c) => {
                // Bound in place: no parameter list built for each of 10,000 rows.
                let mut st = c.prepare_cached(&sql(chunk.len()))?;
                st.raw_bind_parameter(1, due)?;
                st.raw_bind_parameter(2, created_at)?;
                for (i, (order_id, kind, detail)) in chunk.iter().enumerate() {
                    st.raw_bind_parameter(3 + 3 * i, order_id)?;
                    st.raw_bind_parameter(4 + 3 * i, kind)?;
                    st.raw_bind_parameter(5 + 3 * i, detail)?;
                }
                st.raw_execute()?;
            }
            Conn::Postgres(_) => {
                let mut params: Vec<&dyn Param> = vec![&due, &created_at];
                for (order_id, kind, detail) in chunk.iter() {
                    params.push(order_id);
                    params.push(kind);
                    params.push(detail);
                }
                conn.execute(&sql(chunk.len()), &params)?;
            }
        }
        chunk.clear();
        Ok(())
    };
    for (order_id, kind, lines) in notices {
        if kind.is_backorder_news() {
            let older = !seen.insert(order_id)
                || match &superseding {
                    Some(set) => set.contains(&order_id),
                    None => has_pending_news(conn, order_id)?,
                };
            if older {
                // The older notice may still be in the chunk: write it first.
                flush(&mut chunk)?;
                insert_in_tx(
                    conn,
                    &NewNotice {
                        order_id,
                        kind,
                        due,
                        created_at,
                        shipment_id: None,
                        lines,
                    },
                )?;
                continue;
            }
        }
        let detail = serde_json::to_string(lines).expect("notice lines serialize");
        chunk.push((order_id, kind.as_str(), detail));
        if chunk.len() == CHUNK {
            flush(&mut chunk)?;
        }
    }
    flush(&mut chunk)?;
    crate::mail::store::queue_new_in_tx(conn, before, created_at)
}

const SELECT: &str =
    "SELECT n.id, o.number, c.name, c.id, n.kind, n.due_on, n.status, s.number, s.tracking,
        n.detail, n.created_at, n.printed_at, n.sent_at,
        n.superseded_by, n.told_how, n.told_note, n.told_at
    FROM notifications n
    JOIN orders o ON o.id = n.order_id
    JOIN customers c ON c.id = o.customer_id
    LEFT JOIN shipments s ON s.id = n.shipment_id";

fn row(r: &Row) -> Result<Notification> {
    let detail: String = r.get(9)?;
    Ok(Notification {
        id: r.get(0)?,
        order: r.get(1)?,
        customer: r.get(2)?,
        customer_id: r.get(3)?,
        kind: stored(4, NoticeKind::parse(&r.get::<String>(4)?))?,
        due: r.get(5)?,
        status: stored(6, NoticeStatus::parse(&r.get::<String>(6)?))?,
        shipment: r.get(7)?,
        tracking: r.get::<Option<String>>(8)?.filter(|t| !t.is_empty()),
        lines: serde_json::from_str(&detail).unwrap_or_default(),
        created_at: r.get(10)?,
        printed_at: r.get(11)?,
        sent_at: r.get(12)?,
        superseded_by: r.get(13)?,
        told_how: r
            .get::<Option<String>>(14)?
            .map(|h| stored(14, ToldHow::parse(&h)))
            .transpose()?,
        told_note: r.get(15)?,
        told_at: r.get(16)?,
    })
}

/// Notifications, oldest due first.
pub fn list<'a>(conn: impl Into<Conn<'a>>, f: &NoticeFilter) -> Result<Vec<Notification>> {
    let conn = conn.into();
    // PostgreSQL must know the type of a parameter only tested for NULL.
    let nulls = conn.sql(
        "(?2 IS NULL OR c.id = ?2) AND (?3 IS NULL OR o.number = ?3)",
        "(CAST(?2 AS BIGINT) IS NULL OR c.id = ?2)
           AND (CAST(?3 AS TEXT) IS NULL OR lower(o.number) = lower(?3))",
    );
    conn.query(
        &format!(
            "{SELECT} WHERE (?1 = 0 OR (n.status = 'pending' AND {})) AND {nulls}
             ORDER BY n.due_on, n.id",
            // The to-do list leaves out notices on their way by e-mail (issue 16).
            crate::mail::store::ON_PAPER
        ),
        &[
            &i64::from(f.pending_only),
            &f.customer_id,
            &f.order.as_deref().map(str::trim),
        ],
        row,
    )
}

pub fn by_id<'a>(conn: impl Into<Conn<'a>>, id: i64) -> Result<Option<Notification>> {
    conn.into()
        .query_opt(&format!("{SELECT} WHERE n.id = ?1"), &[&id], row)
}

pub fn set_status_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    id: i64,
    status: NoticeStatus,
    at: &str,
) -> Result<()> {
    let sql = match status {
        NoticeStatus::Printed => "UPDATE notifications SET status = 'printed', printed_at = coalesce(printed_at, ?2) WHERE id = ?1",
        NoticeStatus::Sent => "UPDATE notifications SET status = 'sent', sent_at = coalesce(sent_at, ?2) WHERE id = ?1",
        // Reached only through their own use cases; check_transition refuses these here.
        NoticeStatus::Pending | NoticeStatus::Superseded | NoticeStatus::Told => {
            return Err(crate::Error::refused(crate::msg!(
                "notice-not-marked-this-way",
                status = status.as_str()
            )))
        }
    };
    conn.into().execute(sql, &[&id, &at])?;
    Ok(())
}

/// Staff told the customer themselves: the notice leaves the to-do list with how, when and
/// their note.
pub fn mark_told_in_tx<'a>(
    conn: impl Into<Conn<'a>>,
    id: i64,
    how: ToldHow,
    note: &str,
    at: &str,
) -> Result<()> {
    conn.into().execute(
        "UPDATE notifications SET status = 'told', told_how = ?2, told_note = ?3, told_at = ?4
         WHERE id = ?1",
        &[&id, &how.as_str(), &note, &at],
    )?;
    Ok(())
}

/// (order number, kind, detail as stored) of every "backordered" and "promise moved" notice
/// (the simulator's report counts them and the lines whose date moved).
pub fn promise_notices<'a>(conn: impl Into<Conn<'a>>) -> Result<Vec<(String, String, String)>> {
    conn.into().query(
        "SELECT o.number, n.kind, n.detail FROM notifications n JOIN orders o ON o.id = n.order_id
         WHERE n.kind IN ('backordered', 'promise_moved')",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
}
