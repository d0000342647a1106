//! The catalogue: products, their figures, pages and shortages.

use crate::catalog::shortage::Shortage;
use crate::catalog::{self, NewProduct, ProductChanges, ProductDetail, ProductUpdate, ProductView};
use crate::paging::Page;
use crate::{Result, Stockroom};

impl Stockroom {
    /// Edits a product (issue 5): only the fields `changes` names. Checked as `add_product` is;
    /// bad input stores nothing. Turning the policy to `refuse` leaves waiting lines waiting.
    pub fn update_product(&mut self, sku: &str, changes: &ProductChanges) -> Result<ProductUpdate> {
        self.write(|tx, clock| {
            crate::backorders::engine::take_turns_in_tx(tx)?;
            catalog::edit_product_in_tx(tx, clock, sku, changes)
        })
    }

    pub fn add_product(&mut self, p: &NewProduct) -> Result<ProductView> {
        self.write(|tx, clock| catalog::create_product_in_tx(tx, clock, p))
    }

    /// One product with its figures; "SKU … not found" when unknown.
    pub fn product(&self, sku: &str) -> Result<ProductView> {
        catalog::product(self.db(), sku, self.clock().today())
    }

    /// Products whose SKU, name, category or supplier contains `search` (all when empty), by SKU.
    pub fn products(&self, search: &str) -> Result<Vec<ProductView>> {
        catalog::products(self.db(), search, self.clock().today())
    }

    /// One page of [`Stockroom::products`] and how many products match in all. The figures
    /// are computed for the page only, so the desktop list stays fast with thousands of
    /// products. (Added for the desktop UI, issue 5.)
    pub fn products_page(
        &self,
        search: &str,
        offset: usize,
        limit: usize,
    ) -> Result<(Vec<ProductView>, usize)> {
        catalog::products_page(self.db(), search, offset, limit, self.clock().today())
    }

    /// The product page: figures, ledger, queue and open purchase-order lines.
    pub fn product_detail(&self, sku: &str) -> Result<ProductDetail> {
        catalog::product_detail(self.db(), sku, self.clock().today())
    }

    /// The Products list a page at a time, as every list pages (the one [`Page`] type and
    /// [`crate::paging::check`]): all products matching `search`, or only those short in the
    /// given way. Bad paging is refused, not clamped.
    pub fn product_list_page(
        &self,
        search: &str,
        shortage: Option<Shortage>,
        offset: i64,
        limit: i64,
    ) -> Result<Page<ProductView>> {
        catalog::shortage::product_list_page(
            self.db(),
            search,
            shortage,
            offset,
            limit,
            self.clock().today(),
        )
    }

    /// One page of the products short in the given way, by SKU, with the total. A search
    /// narrows them to the products it matches (through the FTS5 index first).
    pub fn products_short_page(
        &self,
        shortage: Shortage,
        search: &str,
        offset: usize,
        limit: usize,
    ) -> Result<(Vec<ProductView>, usize)> {
        catalog::shortage::products_short_page(
            self.db(),
            shortage,
            search,
            offset,
            limit,
            self.clock().today(),
        )
    }
}
