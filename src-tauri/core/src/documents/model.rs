//! The data of each customer document, as read from the database. No layout here: the PDF
//! side ([`crate::pdf::customer`]) decides how it looks.

use chrono::NaiveDate;

use crate::pdf::{Logo, Paper};

/// The shop, from settings: who the paper comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Shop {
    pub name: String,
    /// Address lines (settings keep them as multi-line text).
    pub address: Vec<String>,
    /// Contact lines (phone, e-mail, web).
    pub contact: Vec<String>,
    pub currency: String,
    /// The shop's locale (issue 17): its region shapes the figures of letters written in
    /// the shop's own language (`en-GB`: "1 December 2026").
    pub locale: String,
    pub paper: Paper,
    /// The logo from settings, decoded; `None` when the shop has none or it cannot be read
    /// (the document then says so in [`super::DocumentPdf::warnings`]).
    pub logo: Option<Logo>,
}

/// The customer the paper is for.
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    pub name: String,
    /// Postal address lines, exactly as entered (any script).
    pub address: Vec<String>,
    pub email: String,
    pub phone: String,
    /// The language the document is written in (issue 17): the customer's, or the one asked
    /// for when printing.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrderRef {
    pub number: String,
    pub placed_on: NaiveDate,
    /// The web shop's name of the order (issue 21), e.g. `#1043`: what the customer knows it
    /// by, shown beside our number.
    pub external_ref: Option<String>,
}

impl OrderRef {
    /// The order as the customer's letters name it in a sentence: `#1043 (SO-1043)` for an
    /// order from the web shop (the name they know, and ours to quote at the counter),
    /// else our number.
    pub fn said(&self) -> String {
        match &self.external_ref {
            Some(r) => format!("{r} ({})", self.number),
            None => self.number.clone(),
        }
    }

    /// The reference lines of a document's letterhead or panel: ours, then the web shop's
    /// under "Your order" when there is one.
    pub fn refs(&self, ours: String, yours: String) -> Vec<(String, String)> {
        let mut v = vec![(ours, self.number.clone())];
        if let Some(r) = &self.external_ref {
            v.push((yours, r.clone()));
        }
        v
    }
}

/// Units of one order line: in a parcel, ready to ship, or cancelled.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemLine {
    pub sku: String,
    pub name: String,
    pub description: String,
    pub qty: i64,
    /// Unit price in minor units of the shop currency.
    pub unit_price: i64,
}

/// The units of one order line that wait for stock, and when they are expected.
///
/// `qty` counts only the waiting (backordered) units: a letter that said "3" where 1 of 3 is
/// ready and 2 wait told the customer the wrong thing (issue 15). The other figures of the
/// line say where the rest is ("1 of 3 ready to ship now", "1 of 3 already shipped").
#[derive(Debug, Clone, PartialEq)]
pub struct WaitingLine {
    pub sku: String,
    pub name: String,
    pub description: String,
    /// Units waiting for stock.
    pub qty: i64,
    /// Units of the line the customer still wants (ordered less cancelled).
    pub wanted: i64,
    /// Units of the line allocated and ready to ship.
    pub ready: i64,
    /// Units of the line already shipped.
    pub shipped: i64,
    /// The promised date; `None` = "date to be confirmed".
    pub eta: Option<NaiveDate>,
    /// The date promised before, when the promise moved (from the notification's detail).
    pub previous_eta: Option<NaiveDate>,
    /// Waiting units of this line that carry the order's incentive.
    pub incentive_units: i64,
    pub unit_price: i64,
}

/// What the shop offers for waiting, as recorded on the order.
#[derive(Debug, Clone, PartialEq)]
pub enum Incentive {
    /// A percentage (basis points, 1000 = 10%) off the waiting units, already deducted.
    Discount { bp: i64, deducted: i64 },
    /// A fixed credit in minor units.
    Credit { amount: i64 },
    /// A gift, described by the note.
    Gift { note: String },
}

/// Backorder notice (per order): what waits and until when, what ships now, the incentive,
/// and the customer's options.
#[derive(Debug, Clone, PartialEq)]
pub struct BackorderNotice {
    pub shop: Shop,
    pub customer: Customer,
    pub order: OrderRef,
    pub waiting: Vec<WaitingLine>,
    /// Units allocated and about to ship, of every line (also of lines where the rest waits).
    pub ships_now: Vec<ItemLine>,
    pub incentive: Option<Incentive>,
    /// The notifications this notice answers (marked printed once it is saved or printed).
    pub notifications: Vec<i64>,
    /// The day the notice is printed.
    pub printed_on: NaiveDate,
    /// The customer's "swap" choice: for each waiting SKU that has any, up to three in-stock
    /// substitutes (`Stockroom::substitutes`' rule), in the order's line order.
    pub substitutes: Vec<SwapOffer>,
}

/// What could ship now instead of one waiting product.
#[derive(Debug, Clone, PartialEq)]
pub struct SwapOffer {
    /// The waiting product.
    pub sku: String,
    pub name: String,
    /// Best first; never empty.
    pub substitutes: Vec<crate::orders::Substitute>,
}

/// One shipment, for the packing slip and the shipped notice.
#[derive(Debug, Clone, PartialEq)]
pub struct ShipmentDocument {
    pub shop: Shop,
    pub customer: Customer,
    pub order: OrderRef,
    pub number: String,
    pub shipped_on: NaiveDate,
    pub carrier: Option<String>,
    pub tracking: String,
    pub in_parcel: Vec<ItemLine>,
    /// The units of the order still waiting for stock, with their promised dates.
    pub still_waiting: Vec<WaitingLine>,
    /// Units allocated since and not in this parcel: they come in the next one.
    pub ready_next: Vec<ItemLine>,
    pub cancelled: Vec<ItemLine>,
    pub incentive: Option<Incentive>,
    /// The `shipped` notifications of this shipment (for the shipped notice).
    pub notifications: Vec<i64>,
}
