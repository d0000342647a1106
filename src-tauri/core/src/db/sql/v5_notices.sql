-- Stockroom schema, version 5 (issue 15): notices that go stale are superseded, and staff can
-- record that they told the customer by phone or in person.
--
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt with the new
-- statuses; nothing references notifications, so the copy keeps every id.
--   superseded: a newer notice of the same order carries the latest state; kept in the
--               history, never printed or sent. superseded_by names it.
--   told:       staff told the customer themselves (told_how, told_note, told_at).
CREATE TABLE notifications_v5 (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('backordered', 'promise_moved', 'shipped')),
    due_on         TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'printed', 'sent', 'superseded', 'told')),
    shipment_id    INTEGER REFERENCES shipments (id),
    -- JSON: the lines concerned, e.g. [{"sku":"A-1","qty":2,"old_eta":null,"eta":"2026-12-12"}]
    detail         TEXT    NOT NULL DEFAULT '[]',
    printed_at     TEXT,
    sent_at        TEXT,
    superseded_by  INTEGER REFERENCES notifications_v5 (id),
    told_how       TEXT    CHECK (told_how IS NULL OR told_how IN ('phone', 'in_person')),
    told_note      TEXT    NOT NULL DEFAULT '',
    told_at        TEXT,
    CHECK ((status = 'told') = (told_how IS NOT NULL)),
    CHECK ((status = 'superseded') = (superseded_by IS NOT NULL))
);
INSERT INTO notifications_v5 (id, order_id, kind, due_on, created_at, status, shipment_id, detail,
                              printed_at, sent_at)
    SELECT id, order_id, kind, due_on, created_at, status, shipment_id, detail, printed_at, sent_at
    FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_v5 RENAME TO notifications;
CREATE INDEX notifications_order ON notifications (order_id);
CREATE INDEX notifications_pending ON notifications (due_on) WHERE status = 'pending';
-- A slip's and a shipped notice's notifications, by shipment (noticed in session 5: every slip
-- of a batch read the whole table).
-- The orders whose backorder news is still pending: a new notice of such an order supersedes
-- them (notices/store.rs). Small (only pending news), so a receipt that owes thousands of
-- notices reads the whole set once instead of asking order by order.
CREATE INDEX notifications_pending_news ON notifications (order_id)
    WHERE status = 'pending' AND kind IN ('backordered', 'promise_moved');
CREATE INDEX notifications_shipment ON notifications (shipment_id) WHERE shipment_id IS NOT NULL;

-- Notices already piled up before version 5: of each order's pending backorder notices
-- (backordered, promise moved), all but the newest are superseded by the newest.
UPDATE notifications AS n
SET status = 'superseded',
    superseded_by = (SELECT max(m.id) FROM notifications m
                     WHERE m.order_id = n.order_id AND m.status = 'pending'
                       AND m.kind IN ('backordered', 'promise_moved'))
WHERE n.status = 'pending' AND n.kind IN ('backordered', 'promise_moved')
  AND n.id < (SELECT max(m.id) FROM notifications m
              WHERE m.order_id = n.order_id AND m.status = 'pending'
                AND m.kind IN ('backordered', 'promise_moved'));
