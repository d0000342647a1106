//! Why a date (issue 20): the reasons behind each promise.

use crate::reliability::{self, PromiseWhy};
use crate::{Result, Stockroom};

impl Stockroom {
    /// Why each line of an order still to ship is promised when it is (issue 20): the lines
    /// with something allocated or waiting, in line order.
    pub fn promise_why(&self, order: &str) -> Result<Vec<PromiseWhy>> {
        reliability::promise_why(self.db(), order, self.clock().today())
    }

    /// Why a new order for one unit of the product would be promised when it would (the
    /// product page), with the default carrier.
    pub fn product_promise_why(&self, sku: &str) -> Result<PromiseWhy> {
        reliability::product_promise_why(self.db(), sku, self.clock().today())
    }
}
