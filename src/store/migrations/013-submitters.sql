-- The civil-society map: who each summary of stakeholders' submissions (/3) lists as submitters (abbreviation,
-- name, normalised name, kind, members of joint submissions), which submitters each paragraph is attributed
-- to, the children's-rights issues of those paragraphs, and what could not be read (problems, reported).
CREATE TABLE submitter_maps (
  document_id    INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  list_found     INTEGER NOT NULL CHECK (list_found IN (0, 1)),
  problems       TEXT NOT NULL DEFAULT '[]', -- JSON array of { field, value, message }
  model_version  TEXT NOT NULL,              -- classifier that judged the paragraphs
  mapped_at      TEXT NOT NULL
);

CREATE TABLE submitters (
  id               INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,         -- order in the summary's list, from 0
  abbreviation     TEXT NOT NULL,            -- as listed and cited: 'AI', 'JS2', 'PTPR/JS4'
  name             TEXT NOT NULL,
  normalised_name  TEXT NOT NULL,            -- comparison form (docs/analyses.md, "Civil-society map")
  kind             TEXT NOT NULL CHECK (kind IN ('ngo', 'joint', 'nhri', 'ombudsperson', 'regional', 'un', 'other')),
  UNIQUE (document_id, abbreviation)
);
CREATE INDEX submitters_name ON submitters(normalised_name);

CREATE TABLE submitter_members (
  submitter_id     INTEGER NOT NULL REFERENCES submitters(id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  abbreviation     TEXT,
  name             TEXT NOT NULL,
  normalised_name  TEXT NOT NULL,
  PRIMARY KEY (submitter_id, position)
);
CREATE INDEX submitter_members_name ON submitter_members(normalised_name);

CREATE TABLE submitter_paragraphs (
  submitter_id  INTEGER NOT NULL REFERENCES submitters(id) ON DELETE CASCADE,
  paragraph     TEXT NOT NULL,              -- paragraph number as printed
  secondary     INTEGER NOT NULL DEFAULT 0 CHECK (secondary IN (0, 1)), -- cited after "See also"
  PRIMARY KEY (submitter_id, paragraph)
);

CREATE TABLE summary_paragraphs (
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  paragraph      TEXT NOT NULL,
  section        TEXT NOT NULL CHECK (section IN ('intro', 'nhri', 'stakeholders')),
  child_rights   INTEGER NOT NULL CHECK (child_rights IN (0, 1)),
  issues         TEXT NOT NULL DEFAULT '[]', -- JSON array of taxonomy ids
  PRIMARY KEY (document_id, paragraph)
);
