use tauri::State;

use stockroom_core::shipping::{Shipment, ShipmentFilter};

use super::{page, Page};
use crate::error::CmdResult;
use crate::state::Shop;

#[tauri::command]
pub async fn list_shipments(
    shop: State<'_, Shop>,
    filter: Option<ShipmentFilter>,
    offset: Option<i64>,
    limit: Option<i64>,
) -> CmdResult<Page<Shipment>> {
    shop.run(move |s| {
        Ok(page(
            s.shipments(&filter.unwrap_or_default())?,
            offset,
            limit,
        ))
    })
    .await
}
