use tauri::State;

use stockroom_core::shipping::{Shipment, ShipmentFilter};

use crate::error::CmdResult;
use crate::state::Shop;
use stockroom_core::paging::Page;

#[tauri::command]
pub async fn list_shipments(
    shop: State<'_, Shop>,
    filter: Option<ShipmentFilter>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<Page<Shipment>> {
    let f = filter.unwrap_or_default();
    shop.read(move |s| s.shipments_page(&f, offset.unwrap_or(0), limit.unwrap_or(50)))
        .await
}
