-- UN documents read by `upr ingest`: full normalised text, body paragraphs (number, page, cited
-- footnotes) and footnotes of each document, with full-text search over paragraphs.

CREATE TABLE document_texts (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  format       TEXT NOT NULL,           -- 'pdf' | 'docx' | 'doc'
  ocr          INTEGER NOT NULL DEFAULT 0,
  page_count   INTEGER NOT NULL,
  text         TEXT NOT NULL,           -- paragraphs then notes, as printed, page furniture removed
  html         TEXT                     -- DOCX rendering (keeps tables)
);

CREATE TABLE document_paragraphs (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,      -- order in the document, from 1
  number         TEXT,                  -- as printed: '23', '86.1'; NULL for headings and unnumbered text
  page           INTEGER,
  text           TEXT NOT NULL,
  footnote_refs  TEXT NOT NULL DEFAULT '[]', -- JSON array of the footnote numbers cited
  UNIQUE (document_id, seq)
);
CREATE INDEX document_paragraphs_number ON document_paragraphs(document_id, number);

CREATE TABLE document_footnotes (
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  number       TEXT NOT NULL,           -- '1', '2'… or '*'
  page         INTEGER,
  text         TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
);

CREATE INDEX documents_symbol ON documents(symbol);

CREATE VIRTUAL TABLE document_paragraphs_fts USING fts5(
  text,
  content = 'document_paragraphs',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER document_paragraphs_ai AFTER INSERT ON document_paragraphs BEGIN
  INSERT INTO document_paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER document_paragraphs_ad AFTER DELETE ON document_paragraphs BEGIN
  INSERT INTO document_paragraphs_fts(document_paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
