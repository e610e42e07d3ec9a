-- Voluntary pledges and commitments made by a State under review (UPR Info export, Response "Voluntary
-- Pledge"): their own kind of record, not recommendations, with their own full-text index.
CREATE TABLE pledges (
  id               INTEGER PRIMARY KEY,
  review_id        INTEGER NOT NULL REFERENCES reviews(id),
  natural_key      TEXT NOT NULL UNIQUE,
  session          INTEGER NOT NULL,
  text             TEXT NOT NULL,
  action_category  INTEGER CHECK (action_category BETWEEN 1 AND 5),
  issues           TEXT NOT NULL,   -- JSON array of UPR Info issues
  source_id        INTEGER NOT NULL REFERENCES sources(id),
  locator          TEXT NOT NULL
);
CREATE INDEX pledges_review ON pledges(review_id);

CREATE VIRTUAL TABLE pledges_fts USING fts5(
  text,
  content = 'pledges',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER pledges_ai AFTER INSERT ON pledges BEGIN
  INSERT INTO pledges_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pledges_ad AFTER DELETE ON pledges BEGIN
  INSERT INTO pledges_fts(pledges_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER pledges_au AFTER UPDATE OF text ON pledges BEGIN
  INSERT INTO pledges_fts(pledges_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pledges_fts(rowid, text) VALUES (new.id, new.text);
END;
