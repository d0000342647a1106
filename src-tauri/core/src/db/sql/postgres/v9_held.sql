-- Stockroom schema, version 9 (issue 19), PostgreSQL's twin of db/sql/v9_held.sql: what each
-- product's lines hold (Σ allocated of its order lines), kept on the product by the engine.
ALTER TABLE products ADD COLUMN allocated BIGINT NOT NULL DEFAULT 0 CHECK (allocated >= 0);
UPDATE products SET allocated = h.s
  FROM (SELECT product_id, sum(allocated) AS s FROM order_lines
         WHERE allocated > 0 GROUP BY product_id) h
 WHERE products.id = h.product_id;
UPDATE stockroom_meta SET version = 9;
