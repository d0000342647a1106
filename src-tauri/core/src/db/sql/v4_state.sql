
-- What the program keeps about its own upkeep (not shop settings): e.g. the day promises were
-- last recomputed (`promises_recomputed_on`), so the once-a-day recompute survives restarts
-- and travels with backups. One row per key.
CREATE TABLE app_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
