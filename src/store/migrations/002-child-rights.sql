-- Children's-rights classification of each recommendation, with the model version that produced it.
CREATE TABLE child_rights (
  recommendation_id  INTEGER PRIMARY KEY REFERENCES recommendations(id) ON DELETE CASCADE,
  is_child_rights    INTEGER NOT NULL CHECK (is_child_rights IN (0, 1)),
  score              REAL NOT NULL,
  evidence           TEXT NOT NULL,    -- JSON array of matched terms / features
  model_version      TEXT NOT NULL,
  classified_at      TEXT NOT NULL
);
CREATE INDEX child_rights_yes ON child_rights(is_child_rights);

CREATE TABLE child_rights_issues (
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  issue              TEXT NOT NULL,    -- taxonomy id, e.g. corporal_punishment
  score              REAL NOT NULL,
  PRIMARY KEY (recommendation_id, issue)
);
CREATE INDEX child_rights_issues_issue ON child_rights_issues(issue);
