-- Stockroom schema, version 5 (issue 16): customers hear their news by e-mail.
--
-- The SMTP server and the shop's address. The password is never stored here (nor in a
-- backup): it lives in the OS keyring, or STOCKROOM_SMTP_PASSWORD for a headless run.
-- E-mail is "set up" when smtp_host and mail_from are both filled in; until then nothing is
-- queued and every notice stays on paper, as before.
ALTER TABLE settings ADD COLUMN smtp_host TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN smtp_port INTEGER NOT NULL DEFAULT 587
    CHECK (smtp_port BETWEEN 1 AND 65535);
-- none: only for a server on this computer; starttls: upgrade on 587; tls: implicit TLS (465).
ALTER TABLE settings ADD COLUMN smtp_security TEXT NOT NULL DEFAULT 'starttls'
    CHECK (smtp_security IN ('none', 'starttls', 'tls'));
-- AUTH is used when a user is set.
ALTER TABLE settings ADD COLUMN smtp_user TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN mail_from TEXT NOT NULL DEFAULT '';
-- Replies go here; '' means mail_from.
ALTER TABLE settings ADD COLUMN mail_reply_to TEXT NOT NULL DEFAULT '';
-- 1: the app sends queued messages by itself; 0: "review before sending" (sent on request).
ALTER TABLE settings ADD COLUMN mail_auto INTEGER NOT NULL DEFAULT 1 CHECK (mail_auto IN (0, 1));

-- How a customer wants their news. NULL: not chosen, which means e-mail when an address is
-- known, else paper (so adding an address later switches them to e-mail by itself).
ALTER TABLE customers ADD COLUMN contact TEXT
    CHECK (contact IS NULL OR contact IN ('email', 'paper', 'both'));

-- The carrier's tracking page, with {tracking} where the number goes ('' = no link).
ALTER TABLE carriers ADD COLUMN tracking_url TEXT NOT NULL DEFAULT '';

-- The transactional outbox: one message per notification of a customer who wants e-mail,
-- written in the same transaction as the notification (notices/store.rs → mail/store.rs).
-- The message itself (text, HTML, PDF) is built when it is sent, from the order as it stands
-- then, exactly as a printed letter is; what is fixed here is who it goes to and its
-- Message-ID, which every retry reuses so a message sent twice after a crash is recognisable.
-- NOTE: this references notifications(id); a future rebuild of that table must keep ids.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    notification_id  INTEGER NOT NULL UNIQUE REFERENCES notifications (id),
    to_name          TEXT    NOT NULL,
    to_addr          TEXT    NOT NULL,
    -- 1: the customer wants paper too (contact 'both'): the notice stays in the print queue
    -- and is marked printed by the print; 0: e-mail only, the notice leaves the print queue
    -- while its message is queued or sent (a failed one puts it back).
    paper            INTEGER NOT NULL DEFAULT 0 CHECK (paper IN (0, 1)),
    message_id       TEXT    NOT NULL UNIQUE,
    --   queued:     waiting to be sent (again, after next_attempt_at)
    --   sent:       the server accepted it
    --   failed:     the server refused it for good (5xx); last_error has its reply
    --   superseded: a newer message of the same order carries the latest news; never sent
    status           TEXT    NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'sent', 'failed', 'superseded')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT    NOT NULL DEFAULT '',
    queued_at        TEXT    NOT NULL,
    next_attempt_at  TEXT    NOT NULL,
    sent_at          TEXT,
    -- The subject as last sent or tried ('' until the first attempt).
    subject          TEXT    NOT NULL DEFAULT '',
    superseded_by    INTEGER REFERENCES outbox (id)
);
-- The sender's read: the queued messages, by when they are due. Small (only queued rows).
CREATE INDEX outbox_queued ON outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX outbox_status ON outbox (status, id);
