-- Every source's claim about a recommendation (docs/merge.md): the UPR Info record, the UHRI record, the Working
-- Group report's paragraph, the thematic list's row, the addendum's or HRC decision's position. A recommendation
-- found in several sources is stored once; each source keeps its own text, position and recommending States
-- here, and the recommendations row holds the values chosen by precedence (higher wins):
-- 1 UPR Info, 2 Working Group report, 3 UHRI, 4 addendum, 5 thematic list, 6 HRC decision.
CREATE TABLE recommendation_claims (
  id                   INTEGER PRIMARY KEY,
  recommendation_id    INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  kind                 TEXT NOT NULL CHECK (kind IN ('upr_info', 'wg_report', 'uhri', 'addendum', 'thematic_list', 'hrc_decision')),
  precedence           INTEGER NOT NULL,
  claim_key            TEXT NOT NULL UNIQUE,  -- the source's own identity: UPR Info natural key, or '<kind>:<recommendation id>'
  source_id            INTEGER NOT NULL REFERENCES sources(id),
  document_id          INTEGER REFERENCES documents(id),
  document_symbol      TEXT,
  locator              TEXT NOT NULL,
  paragraph            TEXT,                  -- item number in the source, when it has one
  text                 TEXT,                  -- NULL when the source states only a position
  response             TEXT NOT NULL CHECK (response IN ('supported', 'noted', 'pending', 'unknown')),
  response_source      TEXT,
  recommending_states  TEXT NOT NULL DEFAULT '[]'  -- JSON array of ISO3 codes, in the source's order
);
CREATE INDEX recommendation_claims_recommendation ON recommendation_claims(recommendation_id);

-- Stores made before this migration: each recommendation's own source, and each document's stated position.
INSERT INTO recommendation_claims (recommendation_id, kind, precedence, claim_key, source_id, document_id, document_symbol,
    locator, paragraph, text, response, response_source, recommending_states)
  SELECT r.id, CASE WHEN r.origin = 'upr-info' THEN 'upr_info' WHEN d.type = 'thematic_list' THEN 'thematic_list' ELSE 'wg_report' END,
    CASE WHEN r.origin = 'upr-info' THEN 1 WHEN d.type = 'thematic_list' THEN 5 ELSE 2 END,
    CASE WHEN r.origin = 'upr-info' THEN r.natural_key WHEN d.type = 'thematic_list' THEN 'thematic_list:' || r.id ELSE 'wg_report:' || r.id END,
    r.source_id, r.document_id, d.symbol, r.locator, r.paragraph, r.text,
    CASE WHEN r.origin = 'upr-info' THEN r.response ELSE 'unknown' END,
    CASE WHEN r.origin = 'upr-info' THEN r.response_source ELSE NULL END,
    COALESCE((SELECT json_group_array(state_iso3) FROM (SELECT state_iso3 FROM recommendation_states s
      WHERE s.recommendation_id = r.id ORDER BY s.position)), '[]')
  FROM recommendations r LEFT JOIN documents d ON d.id = r.document_id
  WHERE r.origin IN ('upr-info', 'document');
INSERT INTO recommendation_claims (recommendation_id, kind, precedence, claim_key, source_id, document_id, document_symbol,
    locator, response, response_source)
  SELECT p.recommendation_id, CASE p.precedence WHEN 2 THEN 'addendum' WHEN 3 THEN 'thematic_list' ELSE 'hrc_decision' END,
    p.precedence + 2, CASE p.precedence WHEN 2 THEN 'addendum' WHEN 3 THEN 'thematic_list' ELSE 'hrc_decision' END || ':' || p.recommendation_id,
    d.source_id, p.document_id, p.document_symbol, p.locator, p.response, trim(COALESCE(p.document_symbol || ', ', '') || p.locator, ', ')
  FROM recommendation_positions p JOIN documents d ON d.id = p.document_id
  WHERE p.precedence > 1
  ON CONFLICT (claim_key) DO NOTHING;
UPDATE recommendation_claims SET response = p.response, response_source = trim(COALESCE(p.document_symbol || ', ', '') || p.locator, ', ')
  FROM recommendation_positions p
  WHERE p.recommendation_id = recommendation_claims.recommendation_id
    AND p.precedence = (CASE recommendation_claims.kind WHEN 'wg_report' THEN 1 WHEN 'thematic_list' THEN 3 ELSE 0 END);
