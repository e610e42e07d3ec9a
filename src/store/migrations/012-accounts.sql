-- Accounts: users, organisations, workspaces (one organisation's, or a coalition's shared by several),
-- memberships with a role, sessions, invitations, personal API tokens and the audit log of every change.
-- Secrets are never stored: passwords as scrypt hashes (salt and parameters inside), session ids,
-- invitation and API tokens as SHA-256 hashes. The server's signing secret comes from UPR_SECRET or
-- UPR_SECRET_FILE, never from here.
CREATE TABLE users (
  id             INTEGER PRIMARY KEY,
  email          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name           TEXT NOT NULL,
  password_hash  TEXT,
  created        TEXT NOT NULL,
  disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  -- administrators of the whole site (the /admin page, any workspace)
  site_admin     INTEGER NOT NULL DEFAULT 0 CHECK (site_admin IN (0, 1))
);

CREATE TABLE organisations (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created  TEXT NOT NULL
);

CREATE TABLE workspaces (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
  -- 1: a coalition, shared by the organisations of workspace_organisations
  coalition INTEGER NOT NULL DEFAULT 0 CHECK (coalition IN (0, 1)),
  created  TEXT NOT NULL
);

CREATE TABLE workspace_organisations (
  workspace_id     INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  organisation_id  INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  PRIMARY KEY (workspace_id, organisation_id)
);
CREATE INDEX workspace_organisations_org ON workspace_organisations(organisation_id);

CREATE TABLE memberships (
  workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role          TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'coordinator', 'administrator')),
  PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_user ON memberships(user_id);

CREATE TABLE user_sessions (
  id_hash      TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created      TEXT NOT NULL,
  expires      TEXT NOT NULL,
  csrf_secret  TEXT NOT NULL
);
CREATE INDEX user_sessions_user ON user_sessions(user_id);

CREATE TABLE invitations (
  token_hash    TEXT PRIMARY KEY,
  email         TEXT NOT NULL COLLATE NOCASE,
  workspace_id  INTEGER REFERENCES workspaces(id) ON DELETE CASCADE,
  role          TEXT CHECK (role IN ('viewer', 'editor', 'coordinator', 'administrator')),
  created       TEXT NOT NULL,
  expires       TEXT NOT NULL,
  used          TEXT
);

CREATE TABLE api_tokens (
  id          INTEGER PRIMARY KEY,
  token_hash  TEXT NOT NULL UNIQUE,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  created     TEXT NOT NULL,
  last_used   TEXT
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

-- Who changed what, when, with the row before and after (JSON; NULL when created or removed).
-- No foreign keys: the log outlives the users and workspaces it names.
CREATE TABLE audit_log (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  user_id       INTEGER,
  workspace_id  INTEGER,
  action        TEXT NOT NULL,
  entity        TEXT NOT NULL,
  entity_id     TEXT,
  before_json   TEXT,
  after_json    TEXT
);
CREATE INDEX audit_log_workspace ON audit_log(workspace_id, id);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
