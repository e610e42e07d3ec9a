-- Follow-up of recommendations between reviews, per workspace (docs/follow-up.md): the reviews a workspace
-- tracks, its assessment of each recommendation (status, text, responsible body; `version` for optimistic
-- concurrency) with every version kept, evidence, the follow-up plan, shared experiences and the links of
-- mid-term report paragraphs to recommendations. Workspaces and users come from migration 012 (accounts).

CREATE TABLE follow_up_tracked (
  workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  review_id     INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
  added_at      TEXT NOT NULL,
  PRIMARY KEY (workspace_id, review_id)
);

CREATE TABLE follow_up_assessments (
  id                 INTEGER PRIMARY KEY,
  workspace_id       INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  status             TEXT NOT NULL CHECK (status IN ('not_started', 'partially_implemented', 'fully_implemented', 'regressed', 'unclear')),
  text               TEXT,
  responsible_body   TEXT,
  updated_by         INTEGER REFERENCES users(id) ON DELETE SET NULL,
  updated_at         TEXT NOT NULL,
  version            INTEGER NOT NULL,
  UNIQUE (workspace_id, recommendation_id)
);
CREATE INDEX follow_up_assessments_recommendation ON follow_up_assessments(recommendation_id);

-- Every version of an assessment, the current one included (version 1 first).
CREATE TABLE follow_up_assessment_history (
  id                 INTEGER PRIMARY KEY,
  assessment_id      INTEGER NOT NULL REFERENCES follow_up_assessments(id) ON DELETE CASCADE,
  version            INTEGER NOT NULL,
  status             TEXT NOT NULL,
  text               TEXT,
  responsible_body   TEXT,
  updated_by         INTEGER REFERENCES users(id) ON DELETE SET NULL,
  updated_at         TEXT NOT NULL
);
CREATE INDEX follow_up_assessment_history_assessment ON follow_up_assessment_history(assessment_id, version);

-- Evidence of a status: a source, a date, a link, a stored document or an uploaded one, and a quotation.
CREATE TABLE follow_up_evidence (
  id                 INTEGER PRIMARY KEY,
  workspace_id       INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  source             TEXT NOT NULL,
  evidence_date      TEXT NOT NULL,
  link               TEXT,
  document_id        INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  attachment_name    TEXT,
  attachment_type    TEXT,
  attachment         BLOB,
  quotation          TEXT,
  added_by           INTEGER REFERENCES users(id) ON DELETE SET NULL,
  added_at           TEXT NOT NULL
);
CREATE INDEX follow_up_evidence_recommendation ON follow_up_evidence(workspace_id, recommendation_id);

CREATE TABLE follow_up_plan (
  workspace_id       INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  priority           TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
  owner              TEXT,
  target_date        TEXT,
  updated_by         INTEGER REFERENCES users(id) ON DELETE SET NULL,
  updated_at         TEXT NOT NULL,
  PRIMARY KEY (workspace_id, recommendation_id)
);
CREATE INDEX follow_up_plan_recommendation ON follow_up_plan(recommendation_id);

-- Shared experience: how an organisation reported, lobbied or followed up; published ones are read by all.
CREATE TABLE follow_up_experiences (
  id            INTEGER PRIMARY KEY,
  workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  title         TEXT NOT NULL,
  text          TEXT NOT NULL,
  state_iso3    TEXT REFERENCES states(iso3),
  stage         TEXT NOT NULL CHECK (stage IN ('reporting', 'lobbying', 'review', 'follow_up')),
  issues        TEXT NOT NULL DEFAULT '[]',   -- JSON array of issue names or ids
  published     INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
  created_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX follow_up_experiences_published ON follow_up_experiences(published, state_iso3);

-- A paragraph of a mid-term report or Council statement (a stored document) confirmed by an editor as
-- reporting on a recommendation.
CREATE TABLE follow_up_mid_term_links (
  workspace_id       INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  document_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  paragraph          TEXT NOT NULL,
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  confirmed_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
  confirmed_at       TEXT NOT NULL,
  PRIMARY KEY (workspace_id, document_id, paragraph, recommendation_id)
);
CREATE INDEX follow_up_mid_term_links_recommendation ON follow_up_mid_term_links(recommendation_id);
