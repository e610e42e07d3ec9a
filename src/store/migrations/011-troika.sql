-- The troika of each review: the three States drawn as rapporteurs, as named in the introduction of the
-- Working Group report (position 0, 1, 2 in the order printed), with the document that named them.
CREATE TABLE review_troika (
  review_id    INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
  state_iso3   TEXT NOT NULL REFERENCES states(iso3),
  position     INTEGER NOT NULL,
  document_id  INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  PRIMARY KEY (review_id, state_iso3)
);
CREATE INDEX review_troika_state ON review_troika(state_iso3);
