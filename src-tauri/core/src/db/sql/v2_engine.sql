-- Stockroom schema, version 2: the backorder engine — orders, the queue, purchase orders,
-- shipments, fills and the notifications the shop owes its customers.

-- Default backorder incentive and order numbering live with the orders.
CREATE TABLE orders (
    id                INTEGER PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    customer_id       INTEGER NOT NULL REFERENCES customers (id),
    placed_at         TEXT    NOT NULL,            -- 'YYYY-MM-DD HH:MM:SS'
    priority          INTEGER NOT NULL DEFAULT 0,  -- higher is served first
    carrier_id        INTEGER REFERENCES carriers (id),
    incentive_kind    TEXT    NOT NULL DEFAULT 'none'
                      CHECK (incentive_kind IN ('none', 'discount', 'credit', 'gift')),
    incentive_amount  INTEGER NOT NULL DEFAULT 0 CHECK (incentive_amount >= 0),
    incentive_note    TEXT    NOT NULL DEFAULT '',
    note              TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);
CREATE INDEX orders_placed ON orders (placed_at);

CREATE TABLE order_lines (
    id                   INTEGER PRIMARY KEY,
    order_id             INTEGER NOT NULL REFERENCES orders (id),
    line_no              INTEGER NOT NULL,
    product_id           INTEGER NOT NULL REFERENCES products (id),
    unit_price           INTEGER NOT NULL CHECK (unit_price >= 0),
    ordered              INTEGER NOT NULL CHECK (ordered > 0),
    allocated            INTEGER NOT NULL DEFAULT 0 CHECK (allocated >= 0),
    shipped              INTEGER NOT NULL DEFAULT 0 CHECK (shipped >= 0),
    backordered          INTEGER NOT NULL DEFAULT 0 CHECK (backordered >= 0),
    cancelled            INTEGER NOT NULL DEFAULT 0 CHECK (cancelled >= 0),
    -- Units backordered when the order was placed (for backorder-rate reports).
    initially_backordered INTEGER NOT NULL DEFAULT 0 CHECK (initially_backordered >= 0),
    -- Units that carry the order's incentive; cancelling units removes incentive units first.
    incentive_units      INTEGER NOT NULL DEFAULT 0 CHECK (incentive_units >= 0),
    -- Copies of the order's priority and time so the queue of a SKU is one index range.
    priority             INTEGER NOT NULL DEFAULT 0,
    placed_at            TEXT    NOT NULL,
    eta                  TEXT,    -- current promise; NULL = date to be confirmed / nothing waits
    first_eta            TEXT,    -- the first promise given for this line's waiting units
    UNIQUE (order_id, line_no),
    CHECK (ordered = allocated + shipped + backordered + cancelled),
    CHECK (incentive_units <= ordered)
);
CREATE INDEX order_lines_order ON order_lines (order_id);
-- The queue of a SKU: waiting lines by priority (higher first), then order time, then line id.
CREATE INDEX order_lines_queue ON order_lines (product_id, priority DESC, placed_at, id)
    WHERE backordered > 0;
-- Lines holding stock: for available = on_hand - allocated and for "ready to ship".
CREATE INDEX order_lines_allocated ON order_lines (product_id) WHERE allocated > 0;
CREATE INDEX order_lines_product ON order_lines (product_id);

CREATE TABLE purchase_orders (
    id                    INTEGER PRIMARY KEY,
    number                TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    supplier_id           INTEGER NOT NULL REFERENCES suppliers (id),
    created_on            TEXT    NOT NULL,
    expected_on           TEXT    NOT NULL,
    first_expected_on     TEXT    NOT NULL,  -- as first promised by the supplier
    cancelled             INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    note                  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id);

CREATE TABLE po_lines (
    id          INTEGER PRIMARY KEY,
    po_id       INTEGER NOT NULL REFERENCES purchase_orders (id),
    line_no     INTEGER NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    ordered     INTEGER NOT NULL CHECK (ordered > 0),
    received    INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= ordered),
    unit_cost   INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
    UNIQUE (po_id, line_no)
);
CREATE INDEX po_lines_open ON po_lines (product_id) WHERE received < ordered;
CREATE INDEX po_lines_po ON po_lines (po_id);

-- Each time waiting units of a line were given stock: who, how many, when, from what.
CREATE TABLE fills (
    id             INTEGER PRIMARY KEY,
    order_line_id  INTEGER NOT NULL REFERENCES order_lines (id),
    qty            INTEGER NOT NULL CHECK (qty > 0),
    on_date        TEXT    NOT NULL,
    reference      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX fills_line ON fills (order_line_id);

CREATE TABLE shipments (
    id          INTEGER PRIMARY KEY,
    number      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    order_id    INTEGER NOT NULL REFERENCES orders (id),
    carrier_id  INTEGER REFERENCES carriers (id),
    tracking    TEXT    NOT NULL DEFAULT '',
    shipped_on  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX shipments_order ON shipments (order_id);
CREATE INDEX shipments_date ON shipments (shipped_on);

CREATE TABLE shipment_lines (
    id             INTEGER PRIMARY KEY,
    shipment_id    INTEGER NOT NULL REFERENCES shipments (id),
    order_line_id  INTEGER NOT NULL REFERENCES order_lines (id),
    qty            INTEGER NOT NULL CHECK (qty > 0)
);
CREATE INDEX shipment_lines_shipment ON shipment_lines (shipment_id);
CREATE INDEX shipment_lines_line ON shipment_lines (order_line_id);

-- What each customer should be told, and what was done about it: the shop's to-do list and
-- the record of who was told what and when.
CREATE TABLE notifications (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('backordered', 'promise_moved', 'shipped')),
    due_on       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'printed', 'sent')),
    shipment_id  INTEGER REFERENCES shipments (id),
    -- JSON: the lines concerned, e.g. [{"sku":"A-1","qty":2,"old_eta":null,"new_eta":"2026-12-12"}]
    detail       TEXT    NOT NULL DEFAULT '[]',
    printed_at   TEXT,
    sent_at      TEXT
);
CREATE INDEX notifications_order ON notifications (order_id);
CREATE INDEX notifications_pending ON notifications (due_on) WHERE status = 'pending';
