-- Earlier values of a recommendation that a later import corrected (response, text, action, issues).
-- One row per replaced state of the record, written by the import that replaced it.
CREATE TABLE recommendation_history (
  id                     INTEGER PRIMARY KEY,
  recommendation_id      INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  text                   TEXT NOT NULL,
  response               TEXT NOT NULL,
  response_source        TEXT,
  action_category        INTEGER,
  issues                 TEXT NOT NULL,   -- JSON array of UPR Info issues
  natural_key            TEXT NOT NULL,
  source_id              INTEGER NOT NULL REFERENCES sources(id),
  locator                TEXT NOT NULL,
  replaced_by_source_id  INTEGER NOT NULL REFERENCES sources(id),
  replaced_at            TEXT NOT NULL
);
CREATE INDEX recommendation_history_recommendation ON recommendation_history(recommendation_id);
