-- Core UPR store: reference data, import sources, reviews, documents, recommendations and full-text search.

CREATE TABLE states (
  iso3        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  short_name  TEXT NOT NULL,
  un_group    TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('member', 'observer'))
);

CREATE TABLE state_names (
  name_key  TEXT PRIMARY KEY,          -- normalised variant
  iso3      TEXT NOT NULL REFERENCES states(iso3),
  name      TEXT NOT NULL              -- the variant as written
);

CREATE TABLE sessions (
  number      INTEGER PRIMARY KEY,
  cycle       INTEGER NOT NULL,
  start_date  TEXT NOT NULL,
  end_date    TEXT NOT NULL
);

-- A file that was imported or ingested: the root of every row's provenance.
CREATE TABLE sources (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,          -- 'upr-info-csv' | 'document'
  path         TEXT NOT NULL,          -- as given on the command line
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL UNIQUE,
  size_bytes   INTEGER NOT NULL,
  imported_at  TEXT NOT NULL
);

CREATE TABLE reviews (
  id          INTEGER PRIMARY KEY,
  state_iso3  TEXT NOT NULL REFERENCES states(iso3),
  cycle       INTEGER NOT NULL CHECK (cycle BETWEEN 1 AND 5),
  session     INTEGER REFERENCES sessions(number),
  review_date TEXT,
  UNIQUE (state_iso3, cycle)
);

CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER NOT NULL REFERENCES sources(id),
  symbol       TEXT,                   -- UN document symbol, e.g. A/HRC/WG.6/34/SVN/1
  type         TEXT NOT NULL,
  language     TEXT,
  review_id    INTEGER REFERENCES reviews(id),
  title        TEXT,
  corrects_id  INTEGER REFERENCES documents(id),
  ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_review ON documents(review_id);
CREATE UNIQUE INDEX documents_source ON documents(source_id);

CREATE TABLE recommendations (
  id               INTEGER PRIMARY KEY,
  review_id        INTEGER NOT NULL REFERENCES reviews(id),
  origin           TEXT NOT NULL,      -- 'upr-info' | 'document'
  natural_key      TEXT NOT NULL UNIQUE, -- makes imports idempotent
  paragraph        TEXT,               -- e.g. 116.23 when known
  text             TEXT NOT NULL,
  response         TEXT NOT NULL CHECK (response IN ('supported', 'noted', 'pending', 'unknown')),
  response_source  TEXT,
  action_category  INTEGER CHECK (action_category BETWEEN 1 AND 5),
  source_id        INTEGER NOT NULL REFERENCES sources(id),
  document_id      INTEGER REFERENCES documents(id),
  locator          TEXT NOT NULL       -- line or paragraph/page in the source
);
CREATE INDEX recommendations_review ON recommendations(review_id);
CREATE INDEX recommendations_response ON recommendations(response);

CREATE TABLE recommendation_states (
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  state_iso3         TEXT NOT NULL REFERENCES states(iso3),
  position           INTEGER NOT NULL,
  PRIMARY KEY (recommendation_id, state_iso3)
);
CREATE INDEX recommendation_states_state ON recommendation_states(state_iso3);

CREATE TABLE recommendation_issues (
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  issue              TEXT NOT NULL,
  PRIMARY KEY (recommendation_id, issue)
);
CREATE INDEX recommendation_issues_issue ON recommendation_issues(issue);

CREATE VIRTUAL TABLE recommendations_fts USING fts5(
  text,
  content = 'recommendations',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER recommendations_ai AFTER INSERT ON recommendations BEGIN
  INSERT INTO recommendations_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER recommendations_ad AFTER DELETE ON recommendations BEGIN
  INSERT INTO recommendations_fts(recommendations_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER recommendations_au AFTER UPDATE OF text ON recommendations BEGIN
  INSERT INTO recommendations_fts(recommendations_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO recommendations_fts(rowid, text) VALUES (new.id, new.text);
END;
