-- Stockroom schema, version 7 (issue 20): promises that hold. Each supplier's reliability is
-- learned from the shop's own receipts, and the promise adds a buffer chosen so that a share of
-- the deliveries ("promises kept", default 95%) would have arrived in time.
--
-- promises_kept_pct: the target share, 50-100. promise_history_days: how far back the receipts
-- count (by the PO's first expected date); 0 turns the learning off (no buffer).
ALTER TABLE settings ADD COLUMN promises_kept_pct INTEGER NOT NULL DEFAULT 95
    CHECK (promises_kept_pct BETWEEN 50 AND 100);
ALTER TABLE settings ADD COLUMN promise_history_days INTEGER NOT NULL DEFAULT 180
    CHECK (promise_history_days BETWEEN 0 AND 3650);
-- Receipts by the PO they came from (the ledger's reference is the PO number): the history of
-- a supplier is read per PO, not by scanning the ledger.
CREATE INDEX stock_movements_receipts ON stock_movements (reference) WHERE kind = 10;
