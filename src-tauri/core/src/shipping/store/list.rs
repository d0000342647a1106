//! The Shipments screen's list, a page at a time (issue 5): a large shop has sent ~740,000
//! parcels; the screen shows fifty, newest first, read along `shipments_date`, and only those
//! fifty get their lines.

use rusqlite::types::Value;

use crate::db::conn::{Conn, Engine, Param};

use crate::paging::{self, Page};
use crate::shipping::model::{Shipment, ShipmentFilter};
use crate::Result;

/// The filter as conditions on `s` (only those given, so each gets its index: one order's
/// parcels from `shipments_order`, a date range from `shipments_date`) and their parameters.
pub fn conditions(f: &ShipmentFilter, engine: Engine) -> (String, Vec<Value>) {
    // `1 = 1`, not `1`: PostgreSQL wants a boolean.
    let mut conds = vec!["1 = 1".to_string()];
    let mut args: Vec<Value> = Vec::new();
    if let Some(order) = f.order.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        args.push(Value::Text(order.to_string()));
        // Order numbers ignore case (NOCASE on SQLite, the lower() index on PostgreSQL).
        conds.push(match engine {
            Engine::Sqlite => format!(
                "s.order_id = (SELECT id FROM orders WHERE number = ?{})",
                args.len()
            ),
            Engine::Postgres => format!(
                "s.order_id = (SELECT id FROM orders WHERE lower(number) = lower(?{}))",
                args.len()
            ),
        });
    }
    for (date, op) in [(f.since, ">="), (f.until, "<=")] {
        if let Some(d) = date {
            args.push(Value::Text(d.format("%Y-%m-%d").to_string()));
            conds.push(format!("s.shipped_on {op} ?{}", args.len()));
        }
    }
    (conds.join(" AND "), args)
}

pub fn page<'a>(
    conn: impl Into<Conn<'a>>,
    f: &ShipmentFilter,
    offset: i64,
    limit: i64,
) -> Result<Page<Shipment>> {
    let conn = conn.into();
    paging::check(offset, limit)?;
    let (conds, mut args) = conditions(f, conn.engine());
    let params: Vec<&dyn Param> = args.iter().map(|a| a as &dyn Param).collect();
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM shipments s WHERE {conds}"),
        &params,
        |r| r.get(0),
    )?;
    args.push(Value::Integer(limit));
    args.push(Value::Integer(offset));
    let params: Vec<&dyn Param> = args.iter().map(|a| a as &dyn Param).collect();
    let ids: Vec<i64> = conn.query(&page_sql(&conds, args.len()), &params, |r| r.get(0))?;
    let items = ids
        .into_iter()
        .map(|id| super::by_id(conn, id))
        .collect::<Result<_>>()?;
    Ok(Page {
        items,
        total,
        offset,
    })
}

/// The page's shipment ids, newest first. `?{n-1}` is the limit, `?{n}` the offset.
pub fn page_sql(conds: &str, n: usize) -> String {
    format!(
        "SELECT s.id FROM shipments s WHERE {conds}
         ORDER BY s.shipped_on DESC, s.id DESC LIMIT ?{} OFFSET ?{n}",
        n - 1
    )
}
