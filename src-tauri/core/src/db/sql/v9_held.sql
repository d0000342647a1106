-- Stockroom schema, version 9 (issue 19): what each product's lines hold, kept on the product.
--
-- allocated: Σ allocated of the product's order lines (units set aside for orders, not yet
-- shipped). The engine changes it in the same statement batch as the lines it changes, so
-- available = on_hand - allocated is read from the product's row instead of summed over its
-- lines on every order, receipt and page (a product with thousands of open lines made each
-- order placed on a shop server sum them). The property tests check it against the lines.
ALTER TABLE products ADD COLUMN allocated INTEGER NOT NULL DEFAULT 0 CHECK (allocated >= 0);
UPDATE products SET allocated = (SELECT sum(l.allocated) FROM order_lines l
                                 WHERE l.product_id = products.id AND l.allocated > 0)
 WHERE id IN (SELECT product_id FROM order_lines WHERE allocated > 0);

-- The few thousand products whose lines hold stock (of 100,000 on a large shop), with what the
-- shortage pages and the Dashboard compare: their available units differ from on hand.
CREATE INDEX products_held ON products (id, allocated, on_hand, reorder_point) WHERE allocated > 0;
