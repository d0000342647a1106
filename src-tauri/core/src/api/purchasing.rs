//! Purchasing: purchase orders created, received, re-dated and cancelled, and the questions
//! asked before (which orders a receipt fills, whose promises a cancel moves).

use chrono::NaiveDate;

use crate::backorders::model::Allocation;
use crate::paging::Page;
use crate::purchasing::cancel::{self, PoCancelResult};
use crate::purchasing::list::PoQuery;
use crate::purchasing::{self, ExpectResult, NewPo, Po, PoFilter, ReceiptLine, ReceiptResult};
use crate::{Result, Stockroom};

impl Stockroom {
    pub fn create_po(&mut self, po: &NewPo) -> Result<Po> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            purchasing::create_and_load_in_tx(tx, clock, po)
        })
    }

    pub fn po(&self, number: &str) -> Result<Po> {
        purchasing::load(self.db(), number, self.clock().today())
    }

    pub fn pos(&self, filter: &PoFilter) -> Result<Vec<Po>> {
        purchasing::store::list(self.db(), filter, self.clock().today())
    }

    /// Receives units of a PO (partially or fully): into the ledger, then down the queue.
    pub fn receive_po(&mut self, number: &str, lines: &[ReceiptLine]) -> Result<ReceiptResult> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            purchasing::receive_po_in_tx(tx, clock, number, lines)
        })
    }

    /// The supplier moved the delivery date: promises are recomputed and moves recorded.
    pub fn set_po_expected(
        &mut self,
        number: &str,
        expected_on: NaiveDate,
    ) -> Result<ExpectResult> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            purchasing::set_po_expected_in_tx(tx, clock, number, expected_on)
        })
    }

    /// "Which orders will this receipt fill?" — the allocations a receipt would make, without
    /// storing anything. Checks the receipt as `receive_po` would.
    pub fn receipt_preview(&self, number: &str, lines: &[ReceiptLine]) -> Result<Vec<Allocation>> {
        purchasing::receipt_preview(self.db(), number, lines)
    }

    /// Cancels what is still outstanding on a purchase order; the promises that counted on it
    /// move (and the customers are due a notice). Refused when it is already cancelled or
    /// fully received.
    pub fn cancel_po(&mut self, number: &str) -> Result<PoCancelResult> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            cancel::cancel_po_in_tx(tx, clock, number)
        })
    }

    /// What [`Stockroom::cancel_po`] would do — whose promises would move — without storing
    /// anything: the same cancel runs in a transaction that is rolled back, so the question
    /// "whose promises move?" is answered by the very code that moves them.
    pub fn cancel_po_preview(&mut self, number: &str) -> Result<PoCancelResult> {
        self.rehearse(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            cancel::cancel_po_in_tx(tx, clock, number)
        })
    }

    /// One page of the purchase orders matching `q`, by expected date, and how many match.
    pub fn pos_page(&self, q: &PoQuery, offset: i64, limit: i64) -> Result<Page<Po>> {
        purchasing::list::page(self.db(), q, offset, limit, self.clock().today())
    }
}
