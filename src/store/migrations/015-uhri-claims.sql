-- UHRI's UPR annotations join the merge (docs/merge.md): an annotation may be a source of a recommendation
-- stored from a Working Group report or UPR Info, so what UHRI adds is keyed by its annotation id, not by the
-- recommendation (several sources' rows folded into one recommendation keep their annotations), and each
-- stored UHRI recommendation gets its claim (kind 'uhri', precedence 3, key 'uhri:<annotation id>').
CREATE TABLE uhri_annotations_by_id (
  annotation_id      TEXT PRIMARY KEY,      -- OHCHR Annotation Id (UUID, lower case)
  recommendation_id  INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
  symbol             TEXT,                  -- Working Group report, e.g. A/HRC/43/15
  published          TEXT,                  -- Document Publication Date (YYYY-MM-DD)
  uhri_published     TEXT,
  affected_persons   TEXT NOT NULL DEFAULT '[]',  -- JSON arrays
  sdgs               TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO uhri_annotations_by_id (annotation_id, recommendation_id, symbol, published, uhri_published, affected_persons, sdgs)
  SELECT annotation_id, recommendation_id, symbol, published, uhri_published, affected_persons, sdgs FROM uhri_annotations;
DROP TABLE uhri_annotations;
ALTER TABLE uhri_annotations_by_id RENAME TO uhri_annotations;
CREATE INDEX uhri_annotations_recommendation ON uhri_annotations(recommendation_id);

INSERT INTO recommendation_claims (recommendation_id, kind, precedence, claim_key, source_id, document_id, document_symbol,
    locator, paragraph, text, response, response_source, recommending_states)
  SELECT r.id, 'uhri', 3, r.natural_key, r.source_id, NULL, NULL, r.locator, r.paragraph, r.text, r.response, r.response_source,
    COALESCE((SELECT json_group_array(state_iso3) FROM (SELECT state_iso3 FROM recommendation_states s
      WHERE s.recommendation_id = r.id ORDER BY s.position)), '[]')
  FROM recommendations r
  WHERE r.origin = 'uhri'
  ON CONFLICT (claim_key) DO NOTHING;
