-- OHCHR Universal Human Rights Index (UHRI) imports. UPR annotations are ordinary recommendations (origin
-- 'uhri'); uhri_annotations keeps what UHRI adds to them. Other bodies' annotations (treaty bodies such as
-- the CRC, special procedures) are UN recommendations and observations of their own kind, with their own
-- full-text index, the States they concern, a history of edited rows and a children's-rights classification.
CREATE TABLE uhri_annotations (
  recommendation_id  INTEGER PRIMARY KEY REFERENCES recommendations(id) ON DELETE CASCADE,
  annotation_id      TEXT NOT NULL UNIQUE,  -- OHCHR Annotation Id (UUID, lower case)
  symbol             TEXT,                  -- Working Group report, e.g. A/HRC/43/15
  published          TEXT,                  -- Document Publication Date (YYYY-MM-DD)
  uhri_published     TEXT,
  affected_persons   TEXT NOT NULL DEFAULT '[]',  -- JSON arrays
  sdgs               TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE un_recommendations (
  id                INTEGER PRIMARY KEY,
  annotation_id     TEXT NOT NULL UNIQUE,
  body              TEXT NOT NULL,          -- CRC, CEDAW, SR on …
  body_kind         TEXT NOT NULL CHECK (body_kind IN ('treaty-body', 'special-procedure', 'other')),
  type              TEXT NOT NULL,          -- Recommendations, Concerns/Observations… (joined by '; ')
  symbol            TEXT,
  published         TEXT,
  uhri_published    TEXT,
  text              TEXT NOT NULL,
  themes            TEXT NOT NULL DEFAULT '[]',   -- JSON arrays
  affected_persons  TEXT NOT NULL DEFAULT '[]',
  sdgs              TEXT NOT NULL DEFAULT '[]',
  regions           TEXT NOT NULL DEFAULT '[]',
  is_child_rights   INTEGER CHECK (is_child_rights IN (0, 1)),  -- NULL until classified
  child_score       REAL,
  child_issues      TEXT,                   -- JSON array of taxonomy ids
  model_version     TEXT,
  source_id         INTEGER NOT NULL REFERENCES sources(id),
  locator           TEXT NOT NULL
);
CREATE INDEX un_recommendations_body ON un_recommendations(body);
CREATE INDEX un_recommendations_unclassified ON un_recommendations(id) WHERE model_version IS NULL;

CREATE TABLE un_recommendation_states (
  un_recommendation_id  INTEGER NOT NULL REFERENCES un_recommendations(id) ON DELETE CASCADE,
  state_iso3            TEXT NOT NULL REFERENCES states(iso3),
  PRIMARY KEY (state_iso3, un_recommendation_id)
);
CREATE INDEX un_recommendation_states_rec ON un_recommendation_states(un_recommendation_id);

CREATE TABLE un_recommendation_history (
  id                     INTEGER PRIMARY KEY,
  un_recommendation_id   INTEGER NOT NULL REFERENCES un_recommendations(id) ON DELETE CASCADE,
  text                   TEXT NOT NULL,
  type                   TEXT NOT NULL,
  symbol                 TEXT,
  published              TEXT,
  source_id              INTEGER NOT NULL REFERENCES sources(id),
  locator                TEXT NOT NULL,
  replaced_by_source_id  INTEGER NOT NULL REFERENCES sources(id),
  replaced_at            TEXT NOT NULL
);
CREATE INDEX un_recommendation_history_rec ON un_recommendation_history(un_recommendation_id);

CREATE VIRTUAL TABLE un_recommendations_fts USING fts5(
  text,
  content = 'un_recommendations',
  content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER un_recommendations_ai AFTER INSERT ON un_recommendations BEGIN
  INSERT INTO un_recommendations_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER un_recommendations_ad AFTER DELETE ON un_recommendations BEGIN
  INSERT INTO un_recommendations_fts(un_recommendations_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER un_recommendations_au AFTER UPDATE OF text ON un_recommendations BEGIN
  INSERT INTO un_recommendations_fts(un_recommendations_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO un_recommendations_fts(rowid, text) VALUES (new.id, new.text);
END;
