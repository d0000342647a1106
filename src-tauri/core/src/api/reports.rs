//! Reports: figures over a range, as data (the screen), PDF or CSV, and the reorder drafts.

use chrono::NaiveDate;

use crate::purchasing::{NewPo, Po};
use crate::reports::{self, ReportData, ReportName, ReportRange};
use crate::{Result, Stockroom};

impl Stockroom {
    /// The figures of a report over a range (see [`ReportRange::resolve`] for the defaults).
    pub fn report(&self, name: &ReportName, range: &ReportRange) -> Result<ReportData> {
        reports::report(self.db(), self.clock().today(), name, range)
    }

    /// The report as a PDF: shop header, dates, tables with repeated headers, charts, the
    /// definitions as footnote, "Page i of N".
    pub fn report_pdf(&self, name: &ReportName, range: &ReportRange) -> Result<Vec<u8>> {
        self.report_pdf_of(&self.report(name, range)?)
    }

    /// The PDF of report data already computed (the screen shows the data, then saves it).
    pub fn report_pdf_of(&self, data: &ReportData) -> Result<Vec<u8>> {
        reports::pdf_of(self.db(), data)
    }

    /// The report as CSV: every table row as one CSV row (see [`reports::table::csv`]).
    pub fn report_csv(&self, name: &ReportName, range: &ReportRange) -> Result<String> {
        self.report(name, range)?.csv()
    }

    /// The draft purchase order the reorder report suggests for one supplier, not stored:
    /// the screen shows it for editing, then stores it with [`Stockroom::create_po`].
    /// `expected_on` defaults to today + the longest lead time of its products.
    pub fn reorder_draft(&self, supplier: &str, expected_on: Option<NaiveDate>) -> Result<NewPo> {
        reports::reorder_draft(self.db(), self.clock().today(), supplier, expected_on)
    }

    /// Turns one supplier's reorder suggestions into a purchase order through the engine's
    /// PO creation (so promises are recomputed at once). The engine has no separate draft
    /// state: the PO is open, and its date can be changed with `set_po_expected`.
    pub fn draft_po_from_suggestions(
        &mut self,
        supplier: &str,
        expected_on: Option<NaiveDate>,
    ) -> Result<Po> {
        let po = self.reorder_draft(supplier, expected_on)?;
        self.create_po(&po)
    }
}
