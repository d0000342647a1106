-- Stockroom schema, version 4: the indexes the screens of a large shop need (issues 5 and 8):
-- the paged Backorders page and the Dashboard read narrow indexes sized by what waits or what
-- is allocated, never the order history or the full product rows. Each index names the
-- query it serves; tests/query_plans.rs keeps them in use.

-- Waiting lines by age: the Dashboard's "oldest waiting" is the first entry, its open-backorder
-- lines, units and value (Σ backordered × unit_price) one scan of this index, and the
-- Backorders page's "waiting at least N days" a range of it.
CREATE INDEX order_lines_waiting ON order_lines (placed_at, id, order_id, product_id, backordered, unit_price, priority)
    WHERE backordered > 0;

-- Waiting lines without a promise ("date to be confirmed"): the Dashboard's count and the
-- Backorders page's "only without a date" filter, without reading every waiting line's row.
-- (eta is a column too, although always null here: SQLite reads the row for any column the
-- query names that is not an index column, even one the index's WHERE fixes.)
CREATE INDEX order_lines_no_eta ON order_lines (product_id, priority DESC, placed_at, id, order_id, eta)
    WHERE backordered > 0 AND eta IS NULL;

-- A product's SKU and stock figures by id without reading the wide product row: the
-- Backorders page sorts its lines by SKU, the Dashboard corrects "low / nothing available"
-- for the few products that have stock allocated.
-- The queries name it (INDEXED BY): without ANALYZE statistics SQLite prefers the primary key,
-- which reads the wide rows.
CREATE INDEX products_narrow ON products (id, sku, on_hand, reorder_point);

-- Dashboard "low stock": products at or below their reorder point, a small slice of the
-- catalogue, instead of every product's stock figures.
CREATE INDEX products_low ON products (on_hand) WHERE on_hand <= reorder_point;

-- Dashboard "open / overdue purchase orders": which POs still expect something.
CREATE INDEX po_lines_open_po ON po_lines (po_id) WHERE received < ordered;

-- The Orders screen's status filter (orders/list.rs): an order's status follows from which of
-- its lines shipped something and whether every unit was cancelled (every line fully
-- cancelled: as many entries here as in order_lines_order). These two partial indexes of order
-- ids answer that per order without reading its lines' rows.
CREATE INDEX order_lines_shipped ON order_lines (order_id) WHERE shipped > 0;
CREATE INDEX order_lines_cancelled ON order_lines (order_id, cancelled, ordered) WHERE cancelled = ordered;
