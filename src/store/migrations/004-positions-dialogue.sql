-- Positions of the State under review on each recommendation, one per document stating it (Working Group
-- report, addendum, thematic list, HRC decision), and the statements of the interactive dialogue.

CREATE TABLE recommendation_positions (
  id                 INTEGER PRIMARY KEY,
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  response           TEXT NOT NULL CHECK (response IN ('supported', 'noted', 'pending', 'unknown')),
  document_id        INTEGER REFERENCES documents(id),
  document_symbol    TEXT,               -- e.g. A/HRC/43/15/Add.1
  locator            TEXT NOT NULL,      -- e.g. 'para 3, page 1'
  precedence         INTEGER NOT NULL,   -- higher wins: 1 WG report, 2 addendum, 3 thematic list, 4 HRC decision
  UNIQUE (recommendation_id, document_id)
);
CREATE INDEX recommendation_positions_document ON recommendation_positions(document_id);

CREATE TABLE dialogue_statements (
  id          INTEGER PRIMARY KEY,
  review_id   INTEGER NOT NULL REFERENCES reviews(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  paragraph   TEXT NOT NULL,             -- paragraph number in the Working Group report
  state_iso3  TEXT REFERENCES states(iso3), -- NULL for summaries naming no State
  text        TEXT NOT NULL,
  page        INTEGER,
  UNIQUE (review_id, paragraph)
);
CREATE INDEX dialogue_statements_state ON dialogue_statements(state_iso3);
