//! Scans (issue 15): what a scanned code is, and the receive screen's count of scanned units.
//! Both only read; the screens act on the answer.

use tauri::State;

use stockroom_core::barcodes::{ScanTally, Scanned};

use crate::error::CmdResult;
use crate::state::Shop;

/// A product (by SKU or barcode), a shipment (a packing slip's barcode), an order or a
/// purchase order.
#[tauri::command]
pub async fn find_by_code(shop: State<'_, Shop>, code: String) -> CmdResult<Scanned> {
    shop.read(move |s| s.find_by_code(&code)).await
}

/// The PO's lines with their scanned units and the scans that are not on it; books nothing.
#[tauri::command]
pub async fn receive_scan_tally(
    shop: State<'_, Shop>,
    po: String,
    codes: Vec<String>,
) -> CmdResult<ScanTally> {
    shop.read(move |s| s.receive_scan_tally(&po, &codes)).await
}
