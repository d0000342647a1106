-- Stockroom schema, version 9 on a shop server (issue 19), continued: the product search
-- ignores accents, as the file's FTS5 index does (unicode61 with remove_diacritics): "cafe"
-- finds "Café", "creme brulee" finds "Crème brûlée". The searched text is kept without its
-- accents (unaccent, a trusted extension: the database's owner may create it, no superuser
-- needed); the typed words are folded the same way when searched (`search::pg_filter`).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION product_search_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO product_search (rowid, sku, name, category, supplier)
    VALUES (NEW.id, unaccent(NEW.sku), unaccent(NEW.name), unaccent(NEW.category),
            unaccent(coalesce((SELECT name FROM suppliers WHERE id = NEW.supplier_id), '')))
    ON CONFLICT (rowid) DO UPDATE SET sku = EXCLUDED.sku, name = EXCLUDED.name,
        category = EXCLUDED.category, supplier = EXCLUDED.supplier;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION product_search_supplier_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE product_search SET supplier = unaccent(NEW.name)
    WHERE rowid IN (SELECT id FROM products WHERE supplier_id = NEW.id);
    RETURN NULL;
END $$;
UPDATE product_search SET sku = unaccent(sku), name = unaccent(name),
    category = unaccent(category), supplier = unaccent(supplier);
UPDATE stockroom_meta SET version = 9;
