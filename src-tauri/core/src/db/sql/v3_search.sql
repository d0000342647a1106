-- Stockroom schema, version 3: product search through FTS5, and the indexes the hot paths of a
-- large shop need (issue 8). Each index names the query it serves; tests/query_plans.rs fails
-- when one of those queries falls back to a full scan of orders, order lines, the ledger or
-- products.

-- The search index of the catalogue: SKU, name, category and the supplier's name. A table of
-- its own (not external content) because the supplier's name lives in another table; it is
-- a few dozen bytes per product. rowid = products.id. unicode61 with diacritics removed, so
-- "zoe" finds "Zoë" and "hw 0123" finds "HW-012345" (the dash separates tokens).
CREATE VIRTUAL TABLE product_search USING fts5(
    sku, name, category, supplier,
    tokenize = "unicode61 remove_diacritics 2"
);
INSERT INTO product_search (rowid, sku, name, category, supplier)
    SELECT p.id, p.sku, p.name, p.category, coalesce(s.name, '')
    FROM products p LEFT JOIN suppliers s ON s.id = p.supplier_id;

-- Kept in sync by triggers, so no code path (engine, import, restore) can forget it.
CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN
    INSERT INTO product_search (rowid, sku, name, category, supplier)
    VALUES (new.id, new.sku, new.name, new.category,
            coalesce((SELECT name FROM suppliers WHERE id = new.supplier_id), ''));
END;
-- Only the searched columns: on_hand changes on every movement and must not rewrite the index.
CREATE TRIGGER product_search_update AFTER UPDATE OF sku, name, category, supplier_id ON products
BEGIN
    UPDATE product_search SET sku = new.sku, name = new.name, category = new.category,
        supplier = coalesce((SELECT name FROM suppliers WHERE id = new.supplier_id), '')
    WHERE rowid = new.id;
END;
CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN
    DELETE FROM product_search WHERE rowid = old.id;
END;
CREATE TRIGGER product_search_supplier_rename AFTER UPDATE OF name ON suppliers BEGIN
    UPDATE product_search SET supplier = new.name
    WHERE rowid IN (SELECT id FROM products WHERE supplier_id = new.id);
END;

-- Dashboard, "low stock / out of stock": every product's on_hand against its reorder point.
-- The figure is global, so it reads every product, but from this narrow covering index instead
-- of the full rows (descriptions and names make a product row ten times wider).
CREATE INDEX products_stock ON products (on_hand, reorder_point);

-- Σ allocated of a SKU (available = on_hand - allocated, on every order, receipt and product
-- page): covering, so the sum never touches the line rows. Replaces order_lines_allocated.
DROP INDEX order_lines_allocated;
CREATE INDEX order_lines_allocated ON order_lines (product_id, allocated, order_id) WHERE allocated > 0;

-- Dashboard "open orders" and "ready to ship": orders with something allocated or waiting.
-- Without it the count scans the whole order history.
CREATE INDEX order_lines_open ON order_lines (order_id) WHERE allocated > 0 OR backordered > 0;

-- The backorder page and the queue walks read these columns of every waiting line: covering
-- them keeps a queue walk within the index.
DROP INDEX order_lines_queue;
CREATE INDEX order_lines_queue ON order_lines (product_id, priority DESC, placed_at, id, backordered, order_id)
    WHERE backordered > 0;
