//! Orders: placing (rule 1), previewing, cancelling (rule 5), priorities, the customer's
//! choices (swap, cancel part), and reading them back.

use crate::backorders::engine::Outcome;
use crate::orders::list::{OrderPage, OrderQuery};
use crate::orders::preview::OrderPreview;
use crate::orders::{self, choice, NewOrder, Order, OrderFilter, OrderSummary, Substitute};
use crate::{Result, Stockroom};

impl Stockroom {
    /// Rule 1: places an order; refused as a whole when a `refuse` product is short.
    pub fn place_order(&mut self, o: &NewOrder) -> Result<Order> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            orders::place_and_load_in_tx(tx, clock, o)
        })
    }

    /// What [`Stockroom::place_order`] would do with `o` now, storing nothing: the very code
    /// placing runs, in a rehearsal (issue 5), so a preview and the placing that follows can
    /// never disagree. Refused (and checked) exactly as placing is.
    pub fn preview_order(&mut self, o: &NewOrder) -> Result<OrderPreview> {
        self.rehearse(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            orders::preview::preview_in_tx(tx, clock, o)
        })
    }

    /// The order with its lines, promises, queue positions and shipments.
    pub fn order(&self, number: &str) -> Result<Order> {
        orders::load(self.db(), number)
    }

    pub fn orders(&self, filter: &OrderFilter) -> Result<Vec<OrderSummary>> {
        orders::store::summaries(self.db(), filter)
    }

    /// One page of the orders matching `q`, newest first, and how many match.
    pub fn orders_page(&self, q: &OrderQuery, offset: i64, limit: i64) -> Result<OrderPage> {
        orders::list::page(self.db(), q, offset, limit)
    }

    /// Rule 5: cancels the unshipped units of the order, or of its lines for one SKU.
    pub fn cancel_order(&mut self, number: &str, sku: Option<&str>) -> Result<(Order, Outcome)> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            orders::cancel_order_in_tx(tx, clock, number, sku)
        })
    }

    /// Rule 2: a new priority moves the order's waiting lines in their queues (allocations
    /// already made stay where they are); promises are recomputed.
    pub fn set_order_priority(&mut self, number: &str, priority: i64) -> Result<(Order, Outcome)> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            orders::set_priority_in_tx(tx, clock, number, priority)
        })
    }

    /// The customer's "swap" choice, read: up to three in-stock substitutes for what waits of
    /// `sku` on order `number`, best first. Empty when nothing fits (or the product has no
    /// category); refused when nothing of `sku` waits on the order.
    pub fn substitutes(&self, number: &str, sku: &str) -> Result<Vec<Substitute>> {
        choice::substitutes(self.db(), number, sku)
    }

    /// The customer's "swap" choice, recorded in one write transaction: `qty` (default: all)
    /// waiting units of `sku` on order `number` are cancelled and a line of `to_sku` for as
    /// many units, at its current price, is added to the same order, allocated from stock
    /// available now (refused when there is not enough), with the cancelled units' incentive.
    /// The new line's `replaces_line_id` names the line it replaces. Returns the order after.
    pub fn swap(
        &mut self,
        number: &str,
        sku: &str,
        to_sku: &str,
        qty: Option<i64>,
    ) -> Result<(Order, Outcome)> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            choice::swap_order_in_tx(tx, clock, number, sku, to_sku, qty)
        })
    }

    /// The customer's "cancel" choice for part of a line: `qty` of the unshipped units of
    /// `sku` on order `number`, waiting ones first, then allocated ones (given to the next in
    /// the queue). `qty` must be 1 to what can be cancelled. [`Stockroom::cancel_order`] is
    /// the same for all of them.
    pub fn cancel_order_units(
        &mut self,
        number: &str,
        sku: &str,
        qty: i64,
    ) -> Result<(Order, Outcome)> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            choice::cancel_units_in_tx(tx, clock, number, sku, qty)
        })
    }
}
