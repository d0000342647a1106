//! What a scan is, and what the receive screen counts from its scans.

use serde::{Deserialize, Serialize};

/// What a scanned (or typed) code turned out to be. JSON: `{"kind": "product", "sku": ..}`,
/// `{"kind": "shipment", "number": ..}`, `{"kind": "order", ..}`, `{"kind": "purchase_order", ..}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scanned {
    Product {
        sku: String,
        name: String,
        /// How it was found: `sku` or `barcode`.
        matched: Match,
    },
    /// A packing slip's barcode: the shipment number, and the order it belongs to (the
    /// window opens the order, where its parcels and documents are).
    Shipment {
        number: String,
        order: String,
    },
    Order {
        number: String,
    },
    PurchaseOrder {
        number: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Match {
    Sku,
    Barcode,
}

/// The receive screen's count: every product of a purchase order with what is outstanding and
/// how many units were scanned, and the scans that are not on it. Nothing is booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanTally {
    pub po: String,
    /// One row per product on the PO (its lines of the same product summed), in line order.
    pub lines: Vec<TallyLine>,
    /// Scans that are not a product of this PO (the screen beeps or flashes), in scan order.
    pub not_on_po: Vec<StrayScan>,
    /// What pressing "Receive" books: SKU and quantity for every product scanned at least
    /// once (pass it to `receive_po`).
    pub receipt: Vec<crate::purchasing::ReceiptLine>,
    /// True when some product was scanned more often than it has units outstanding: the
    /// receipt would be refused until the extra scans are taken back.
    pub over: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TallyLine {
    pub sku: String,
    pub name: String,
    /// Units still expected on this PO.
    pub outstanding: i64,
    /// Units scanned so far.
    pub scanned: i64,
}

/// A scan that is not on the PO: the code as scanned, and the product it is when it is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrayScan {
    pub code: String,
    pub sku: Option<String>,
    pub name: Option<String>,
}
