-- Alerts (docs/operations.md): when each recommendation entered the store (Atom feeds and e-mail digests list
-- what is new), and e-mail digest subscriptions. Documents already carry `ingested_at`.
ALTER TABLE recommendations ADD COLUMN added_at TEXT;
UPDATE recommendations SET added_at = (SELECT s.imported_at FROM sources s WHERE s.id = recommendations.source_id);
CREATE INDEX recommendations_added ON recommendations(added_at);
-- Set on insert here, so no writer has to remember it (the full-text trigger fires only on UPDATE OF text).
CREATE TRIGGER recommendations_added_at AFTER INSERT ON recommendations WHEN new.added_at IS NULL BEGIN
  UPDATE recommendations SET added_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = new.id;
END;

-- One e-mail digest: keyed by address (an account may own it later), a saved search (its query string) or
-- followed States, and how often. `last_sent_at` moves only after the SMTP server accepted the message.
CREATE TABLE digest_subscriptions (
  id            INTEGER PRIMARY KEY,
  email         TEXT NOT NULL,
  search        TEXT NOT NULL DEFAULT '',  -- query string of a search URL, without '?'; '' for followed States
  states        TEXT NOT NULL DEFAULT '[]', -- JSON array of ISO3 codes of followed States
  frequency     TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
  created_at    TEXT NOT NULL,
  last_sent_at  TEXT,                      -- NULL: nothing sent yet, the first digest starts at created_at
  CHECK (search <> '' OR states <> '[]'),
  UNIQUE (email, search, states)
);
CREATE INDEX digest_subscriptions_email ON digest_subscriptions(email);
