-- Stockroom schema, version 6 (issue 16): the message as sent, and the shop's own wording.
--
-- The words of a message are fixed the first time it is built for sending, so the Outbox
-- shows "the message as sent" and a resend after a crash says the same words with the same
-- Message-ID. NULL: not built yet (it will be rendered from the order as it stands then).
-- The PDF is not kept: it is rebuilt from the order, like a reprinted letter.
ALTER TABLE outbox ADD COLUMN body_text TEXT;
ALTER TABLE outbox ADD COLUMN body_html TEXT;
-- The attached letter's file name.
ALTER TABLE outbox ADD COLUMN attachment TEXT;

-- The shop's wording of each kind of message in each language; no row = the built-in
-- wording ("reset to default" deletes the row). Fields are written {customer}, {order}...
CREATE TABLE mail_templates (
    kind       TEXT NOT NULL CHECK (kind IN ('backordered', 'promise_moved', 'shipped')),
    language   TEXT NOT NULL CHECK (language <> ''),
    subject    TEXT NOT NULL CHECK (subject <> ''),
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, language)
) WITHOUT ROWID;
