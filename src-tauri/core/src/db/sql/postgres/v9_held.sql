-- Stockroom schema, version 9 (issue 19), PostgreSQL's twin of db/sql/v9_held.sql: what each
-- product's lines hold (Σ allocated of its order lines), kept on the product by the engine.
ALTER TABLE products ADD COLUMN allocated BIGINT NOT NULL DEFAULT 0 CHECK (allocated >= 0);
UPDATE products SET allocated = h.s
  FROM (SELECT product_id, sum(allocated) AS s FROM order_lines
         WHERE allocated > 0 GROUP BY product_id) h
 WHERE products.id = h.product_id;
-- The few thousand products whose lines hold stock (of 100,000 on a large shop), with what the
-- shortage pages and the Dashboard compare: their available units differ from on hand.
CREATE INDEX products_held ON products (id, allocated, on_hand, reorder_point) WHERE allocated > 0;
