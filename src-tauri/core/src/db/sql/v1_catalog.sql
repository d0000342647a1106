-- Stockroom schema, version 1: the catalogue, the stock ledger, customers, carriers, settings.
-- Money is stored in integer minor units (cents); quantities are integers; dates are ISO text
-- ('YYYY-MM-DD'), times 'YYYY-MM-DD HH:MM:SS' (local shop time).

-- One row, id = 1. Columns rather than key/value pairs so every setting has a type and a default.
CREATE TABLE settings (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    store_name          TEXT    NOT NULL DEFAULT 'My Shop',
    store_address       TEXT    NOT NULL DEFAULT '',
    store_contact       TEXT    NOT NULL DEFAULT '',
    currency            TEXT    NOT NULL DEFAULT 'EUR',
    handling_days       INTEGER NOT NULL DEFAULT 1 CHECK (handling_days >= 0),
    -- Default incentive offered for accepting a backorder: 'none', 'discount', 'credit', 'gift'.
    incentive_kind      TEXT    NOT NULL DEFAULT 'none'
                        CHECK (incentive_kind IN ('none', 'discount', 'credit', 'gift')),
    -- discount: basis points (1000 = 10%); credit: minor units; otherwise 0.
    incentive_amount    INTEGER NOT NULL DEFAULT 0 CHECK (incentive_amount >= 0),
    incentive_note      TEXT    NOT NULL DEFAULT '',
    paper_size          TEXT    NOT NULL DEFAULT 'A4' CHECK (paper_size IN ('A4', 'Letter')),
    printer             TEXT    NOT NULL DEFAULT '',
    backup_folder       TEXT    NOT NULL DEFAULT '',
    logo_path           TEXT    NOT NULL DEFAULT '',
    -- Wording of the availability feed; {date} is replaced by the promised date.
    backorder_wording   TEXT    NOT NULL DEFAULT 'On backorder — ships by {date}'
);
INSERT INTO settings (id) VALUES (1);

CREATE TABLE suppliers (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    email   TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE products (
    id              INTEGER PRIMARY KEY,
    sku             TEXT    NOT NULL UNIQUE CHECK (length(sku) > 0 AND sku = trim(sku)),
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    description     TEXT    NOT NULL DEFAULT '',
    category        TEXT    NOT NULL DEFAULT '',
    price           INTEGER NOT NULL CHECK (price >= 0),
    cost            INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    supplier_id     INTEGER REFERENCES suppliers (id),
    reorder_point   INTEGER NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    safety_stock    INTEGER NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
    reorder_qty     INTEGER NOT NULL DEFAULT 0 CHECK (reorder_qty >= 0),
    lead_time_days  INTEGER CHECK (lead_time_days IS NULL OR lead_time_days >= 0),
    backorders      TEXT    NOT NULL DEFAULT 'notify' CHECK (backorders IN ('allow', 'notify', 'refuse')),
    -- Cached sum of the ledger for this product. Only the ledger module writes it, in the same
    -- transaction as the movement; a test proves it equals SUM(stock_movements.qty).
    on_hand         INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    created_at      TEXT    NOT NULL
);
CREATE INDEX products_supplier ON products (supplier_id);
CREATE INDEX products_category ON products (category);

-- The append-only stock ledger. Rows are never updated or deleted (enforced by triggers).
CREATE TABLE stock_movements (
    id          INTEGER PRIMARY KEY,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    -- 10 received, 20 adjusted, 30 shipped, 40 returned, 50 opening balance
    kind        INTEGER NOT NULL CHECK (kind IN (10, 20, 30, 40, 50)),
    qty         INTEGER NOT NULL CHECK (qty <> 0),
    reason      TEXT    NOT NULL DEFAULT '',
    reference   TEXT    NOT NULL DEFAULT '',
    on_date     TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX stock_movements_product ON stock_movements (product_id, on_date, id);
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only'); END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only'); END;

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    ships       TEXT NOT NULL DEFAULT 'partial' CHECK (ships IN ('partial', 'complete')),
    created_at  TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);

CREATE TABLE carriers (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    transit_days  INTEGER NOT NULL CHECK (transit_days >= 0),
    is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);
-- At most one default carrier.
CREATE UNIQUE INDEX carriers_one_default ON carriers (is_default) WHERE is_default = 1;
