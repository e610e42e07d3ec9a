-- Structural self-checks of each stored document (numbering without gaps, a recommending State for every
-- recommendation, positions for all, submitters attributed…): status 'ok' or 'needs review' with reasons.

CREATE TABLE document_checks (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  status       TEXT NOT NULL CHECK (status IN ('ok', 'needs review')),
  reasons      TEXT NOT NULL DEFAULT '[]', -- JSON array of sentences, each naming the paragraph concerned
  checked_at   TEXT NOT NULL
);
CREATE INDEX document_checks_status ON document_checks(status);
