//! "Before confirming, each line shows 'in stock' or 'on backorder — expected 12 Dec'" (issue
//! 5): what placing an order would do, without storing it.
//!
//! The preview does not re-implement placing. It runs [`super::place_order_in_tx`] — the very
//! code `place_order` runs — inside a transaction that is always rolled back, so a preview
//! and the placing that follows can never disagree (allocation, queue position, promise,
//! incentive, total), and nothing of the preview is stored.

use crate::db::conn::Conn;
use serde::{Deserialize, Serialize};

use super::model::{NewOrder, Order};
use super::{place_order_in_tx, store};

use crate::{Clock, Result};

/// An order as placing it would store it, and its incentive in words for the counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderPreview {
    /// Per line: what is allocated, what waits, its queue position and its promise.
    pub order: Order,
    /// "10% off backordered units", or empty when there is no incentive.
    pub incentive_text: String,
}

/// What placing `o` now would store, read back inside the caller's transaction: run it in a
/// rehearsal (always rolled back) and nothing is stored. Refused (and checked) exactly as
/// placing is: a `refuse` product short, an unknown SKU or customer.
pub fn preview_in_tx<'cx>(
    tx: impl Into<Conn<'cx>>,
    clock: Clock,
    o: &NewOrder,
) -> Result<OrderPreview> {
    let tx = tx.into();
    let id = place_order_in_tx(tx, clock, o)?;
    let number = store::number_of(tx, id)?;
    let order = store::load(tx, store::require(tx, &number)?)?;
    // In the shop's words (issue 17): the counter screen shows it in a sentence.
    let s = crate::settings::store::load(tx)?;
    let words = crate::i18n::ShopWords::new(&s.language, &s.locale, &s.currency);
    Ok(OrderPreview {
        incentive_text: order.incentive.describe_in(&words),
        order,
    })
}
