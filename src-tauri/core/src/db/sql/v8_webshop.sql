-- Stockroom schema, version 8 (issue 21): orders from the web shop, never twice.
--
-- external_ref: the web shop's own name of an imported order (Shopify's `Name` verbatim, e.g.
-- '#1043'; WooCommerce's order number). It is what the customer knows the order by ("Your order
-- #1043" on the notice and the slip) and what makes a second import of the same export, or an
-- overlapping later one, find the order instead of placing it again: unique when set. NULL for
-- orders taken at the counter.
ALTER TABLE orders ADD COLUMN external_ref TEXT;
CREATE UNIQUE INDEX orders_external_ref ON orders (external_ref) WHERE external_ref IS NOT NULL;

-- webshop_statuses: the web shop's payment (financial) statuses whose orders are imported,
-- comma-separated, lower case. Orders in any other status (voided, ...) are skipped and
-- counted in the report. watch_folder: the folder the app sweeps for dropped CSV files; ''
-- means none.
ALTER TABLE settings ADD COLUMN webshop_statuses TEXT NOT NULL DEFAULT 'paid,pending';
ALTER TABLE settings ADD COLUMN watch_folder TEXT NOT NULL DEFAULT '';
