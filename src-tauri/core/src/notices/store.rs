use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{NoticeFilter, NoticeKind, NoticeLine, NoticeStatus, Notification};
use crate::Result;

pub fn insert_in_tx(
    conn: &Connection,
    order_id: i64,
    kind: NoticeKind,
    due: NaiveDate,
    created_at: &str,
    shipment_id: Option<i64>,
    lines: &[NoticeLine],
) -> Result<i64> {
    let detail = serde_json::to_string(lines).expect("notice lines serialize");
    conn.prepare_cached(
        "INSERT INTO notifications (order_id, kind, due_on, created_at, shipment_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        order_id,
        kind.as_str(),
        due,
        created_at,
        shipment_id,
        detail
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Notices of many orders made by one use case (the same kind of day and time), as
/// [`insert_in_tx`] would write them one by one. A receipt can owe 10,000 customers a notice:
/// rows go in chunks of one multi-row INSERT, which saves SQLite's per-statement work.
pub fn insert_many_in_tx<'a>(
    conn: &Connection,
    due: NaiveDate,
    created_at: &str,
    notices: impl IntoIterator<Item = (i64, NoticeKind, &'a [NoticeLine])>,
) -> Result<()> {
    const CHUNK: usize = 64;
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
    let mut chunk: Vec<(i64, &'static str, String)> = Vec::with_capacity(CHUNK);
    let flush = |chunk: &mut Vec<(i64, &'static str, String)>| -> Result<()> {
        if chunk.is_empty() {
            return Ok(());
        }
        let mut st = conn.prepare_cached(&sql(chunk.len()))?;
        st.raw_bind_parameter(1, due)?;
        st.raw_bind_parameter(2, created_at)?;
        for (i, (order_id, kind, detail)) in chunk.iter().enumerate() {
            st.raw_bind_parameter(3 + 3 * i, order_id)?;
            st.raw_bind_parameter(4 + 3 * i, kind)?;
            st.raw_bind_parameter(5 + 3 * i, detail)?;
        }
        st.raw_execute()?;
        chunk.clear();
        Ok(())
    };
    for (order_id, kind, lines) in notices {
        let detail = serde_json::to_string(lines).expect("notice lines serialize");
        chunk.push((order_id, kind.as_str(), detail));
        if chunk.len() == CHUNK {
            flush(&mut chunk)?;
        }
    }
    flush(&mut chunk)
}

const SELECT: &str =
    "SELECT n.id, o.number, c.name, c.id, n.kind, n.due_on, n.status, s.number, s.tracking,
        n.detail, n.created_at, n.printed_at, n.sent_at
    FROM notifications n
    JOIN orders o ON o.id = n.order_id
    JOIN customers c ON c.id = o.customer_id
    LEFT JOIN shipments s ON s.id = n.shipment_id";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Notification> {
    let detail: String = r.get(9)?;
    let status: String = r.get(6)?;
    Ok(Notification {
        id: r.get(0)?,
        order: r.get(1)?,
        customer: r.get(2)?,
        customer_id: r.get(3)?,
        kind: NoticeKind::parse(&r.get::<_, String>(4)?),
        due: r.get(5)?,
        status: NoticeStatus::parse(&status).unwrap_or(NoticeStatus::Pending),
        shipment: r.get(7)?,
        tracking: r.get::<_, Option<String>>(8)?.filter(|t| !t.is_empty()),
        lines: serde_json::from_str(&detail).unwrap_or_default(),
        created_at: r.get(10)?,
        printed_at: r.get(11)?,
        sent_at: r.get(12)?,
    })
}

/// Notifications, oldest due first.
pub fn list(conn: &Connection, f: &NoticeFilter) -> Result<Vec<Notification>> {
    let mut st = conn.prepare_cached(&format!(
        "{SELECT} WHERE (?1 = 0 OR n.status = 'pending') AND (?2 IS NULL OR c.id = ?2)
           AND (?3 IS NULL OR o.number = ?3)
         ORDER BY n.due_on, n.id"
    ))?;
    let v = st
        .query_map(
            params![
                f.pending_only,
                f.customer_id,
                f.order.as_deref().map(str::trim)
            ],
            row,
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn by_id(conn: &Connection, id: i64) -> Result<Option<Notification>> {
    Ok(conn
        .query_row(&format!("{SELECT} WHERE n.id = ?1"), [id], row)
        .optional()?)
}

pub fn set_status_in_tx(conn: &Connection, id: i64, status: NoticeStatus, at: &str) -> Result<()> {
    let sql = match status {
        NoticeStatus::Printed => "UPDATE notifications SET status = 'printed', printed_at = coalesce(printed_at, ?2) WHERE id = ?1",
        NoticeStatus::Sent => "UPDATE notifications SET status = 'sent', sent_at = coalesce(sent_at, ?2) WHERE id = ?1",
        NoticeStatus::Pending => "UPDATE notifications SET status = 'pending' WHERE id = ?1 AND ?2 = ?2",
    };
    conn.execute(sql, params![id, at])?;
    Ok(())
}
