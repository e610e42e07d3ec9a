-- Versions of a stored document (the same symbol and language read again from other bytes: a re-saved or
-- corrected PDF) and the corrections of corrigenda (`…/Corr.1`) applied to the paragraphs they correct.

-- The version a document row holds now (1 when first stored); each earlier version has a row below.
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE document_versions (
  id                       INTEGER PRIMARY KEY,
  document_id              INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version                  INTEGER NOT NULL,
  sha256                   TEXT NOT NULL,
  path                     TEXT NOT NULL,
  file_name                TEXT NOT NULL,
  size_bytes               INTEGER NOT NULL,
  ingested_at              TEXT NOT NULL,   -- when this version was stored
  replaced_at              TEXT NOT NULL,   -- when the next version replaced it
  paragraphs               INTEGER NOT NULL,
  footnotes                INTEGER NOT NULL,
  recommendations          INTEGER NOT NULL, -- recommendations whose text came from this version
  positions                INTEGER NOT NULL,
  recommendations_removed  INTEGER NOT NULL DEFAULT 0, -- of those, how many the next version no longer had (deleted)
  UNIQUE (document_id, version)
);
CREATE INDEX document_versions_sha ON document_versions(sha256);

-- A paragraph changed by a corrigendum keeps its text as printed in original_text.
ALTER TABLE document_paragraphs ADD COLUMN original_text TEXT;

CREATE TRIGGER document_paragraphs_au AFTER UPDATE OF text ON document_paragraphs BEGIN
  INSERT INTO document_paragraphs_fts(document_paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO document_paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;

-- The instructions of a corrigendum, in order: structured ones ("Paragraph 12, line 3: for X read Y")
-- carry the paragraph and the words to replace; others only their text, shown beside the document.
CREATE TABLE document_corrections (
  corrigendum_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  paragraph       TEXT,               -- number of the corrected paragraph, e.g. '12' or '86.3'
  page            INTEGER,
  find            TEXT,               -- words to replace; NULL when the instruction is not structured
  replacement     TEXT,
  instruction     TEXT NOT NULL,      -- as printed in the corrigendum
  applied         INTEGER NOT NULL DEFAULT 0, -- 1 when applied to the stored paragraph of the corrected document
  PRIMARY KEY (corrigendum_id, seq)
);
