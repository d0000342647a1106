//! Shipping (rule 6): an order's allocated units leave as one parcel with its own tracking.

pub use store::list;
pub mod model;
pub mod rules;
pub mod store;

pub use model::{ShipRequest, Shipment, ShipmentFilter, ShipmentLine};

use crate::db::conn::Conn;
use crate::notices::model::{NoticeKind, NoticeLine};
use crate::stock::model::MovementKind;

use crate::{Clock, Result};

/// Ships every allocated, unshipped unit of the order as one shipment.
pub fn ship_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    number: &str,
    req: &ShipRequest,
) -> Result<Shipment> {
    let tx = tx.into();
    let o = crate::orders::store::require(tx, number)?;
    let customer = crate::customers::store::require(tx, o.customer_id)?;
    let lines = crate::orders::store::lines(tx, o.id)?;
    let allocated: i64 = lines.iter().map(|l| l.units.allocated).sum();
    let waiting: i64 = lines.iter().map(|l| l.units.backordered).sum();
    rules::check_ship(&o.number, customer.ships, allocated, waiting, req.partial)?;
    let carrier_id = match &req.carrier {
        Some(name) => Some(crate::carriers::store::require_by_name(tx, name)?.id),
        None => o
            .carrier_id
            .or(crate::carriers::store::default_carrier(tx)?.map(|c| c.id)),
    };
    let shipment_no = crate::orders::store::next_number(tx, "SH", "shipments")?;
    let tracking = req.tracking.as_deref().map(str::trim).unwrap_or("");
    let now = crate::json::time_text(clock.now());
    let id = store::insert_in_tx(
        tx,
        &shipment_no,
        o.id,
        carrier_id,
        tracking,
        clock.today(),
        &now,
    )?;
    let mut notice = Vec::new();
    for l in lines.iter().filter(|l| l.units.allocated > 0) {
        let qty = l.units.allocated;
        store::ship_line_in_tx(tx, id, l.id, qty)?;
        // Shipping takes the units out of stock and out of the allocation together, so
        // no stock becomes free and the queue is untouched.
        crate::stock::store::record_in_tx(
            tx,
            clock,
            l.product_id,
            MovementKind::Shipped,
            -qty,
            "shipped",
            &shipment_no,
        )?;
        notice.push(NoticeLine {
            sku: l.sku.clone(),
            qty,
            old_eta: None,
            eta: None,
        });
    }
    crate::notices::store::insert_in_tx(
        tx,
        &crate::notices::store::NewNotice {
            order_id: o.id,
            kind: NoticeKind::Shipped,
            due: clock.today(),
            created_at: &now,
            shipment_id: Some(id),
            lines: &notice,
        },
    )?;
    store::by_id(tx, id)
}
