-- Stockroom schema, version 5 (issue 15): product barcodes.
-- A product has any number of GTINs (EAN-8, UPC-A, EAN-13, GTIN-14). Each is stored under its
-- GTIN-14 form (`gtin`, the shorter forms padded with leading zeros, see barcodes/gtin.rs), so
-- a UPC-A and the same number written as an EAN-13 are one code and cannot belong to two
-- products. `code` keeps the digits as the shop gave them: what the screens show and the
-- labels print. `position` keeps the order they were given (the first is printed on labels).
CREATE TABLE product_barcodes (
    gtin        TEXT    PRIMARY KEY CHECK (length(gtin) = 14 AND gtin NOT GLOB '*[^0-9]*'),
    code        TEXT    NOT NULL CHECK (length(code) IN (8, 12, 13, 14) AND code NOT GLOB '*[^0-9]*'),
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL
) WITHOUT ROWID;
-- A product's codes in order (product pages, labels, exports).
CREATE INDEX product_barcodes_by_product ON product_barcodes(product_id, position);
