-- Children's-rights classification of the paragraphs of stored UN documents that the prominence analysis counts per
-- document type: the national report, the compilation of UN information and the summary of stakeholders' submissions
-- (their numbered paragraphs), and the statements of the interactive dialogue in the Working Group report. Written by
-- `upr classify` (src/pipeline/classify-paragraphs.ts), replaced whole on each run; read by src/store/paragraph-child-rights.ts.
CREATE TABLE paragraph_child_rights (
  paragraph_id     INTEGER PRIMARY KEY REFERENCES document_paragraphs(id) ON DELETE CASCADE,
  document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind             TEXT NOT NULL CHECK (kind IN ('national_report', 'un_compilation', 'stakeholder_summary', 'dialogue')),
  is_child_rights  INTEGER NOT NULL CHECK (is_child_rights IN (0, 1)),
  score            REAL NOT NULL,
  model_version    TEXT NOT NULL
);
CREATE INDEX paragraph_child_rights_document ON paragraph_child_rights(document_id);

CREATE TABLE paragraph_child_rights_issues (
  paragraph_id  INTEGER NOT NULL REFERENCES paragraph_child_rights(paragraph_id) ON DELETE CASCADE,
  issue         TEXT NOT NULL,
  PRIMARY KEY (paragraph_id, issue)
);
