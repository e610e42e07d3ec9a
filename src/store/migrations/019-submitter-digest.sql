-- The civil-society map of each summary of stakeholders' submissions in one row, as the analysis reads it: its
-- submitters (abbreviation, name, comparison form, kind, members) with the numbers of the paragraphs each
-- authored, and those paragraphs (section, children's-rights verdict, issues). Computed from the tables of
-- migration 013 when the map is written (src/store/submitter-digest.ts holds the same expression), so the first
-- analysis after a store change parses 1 row per summary instead of joining every attributed paragraph.
-- JSON: {"p": [[paragraph, section, child_rights, [issue…]]…], "s": [[abbreviation, name, normalised_name, kind,
-- [[abbreviation, name, normalised_name]…], [paragraph…]]…]}; NULL is read as "compute it from the tables".
ALTER TABLE submitter_maps ADD COLUMN digest TEXT;

UPDATE submitter_maps SET digest = json_object(
  'p', (SELECT json_group_array(json_array(p.paragraph, p.section, p.child_rights, json(p.issues)) ORDER BY p.paragraph)
        FROM summary_paragraphs p WHERE p.document_id = submitter_maps.document_id AND p.section != 'intro'),
  's', (SELECT json_group_array(json_array(s.abbreviation, s.name, s.normalised_name, s.kind,
          (SELECT json_group_array(json_array(x.abbreviation, x.name, x.normalised_name) ORDER BY x.position) FROM submitter_members x WHERE x.submitter_id = s.id),
          (SELECT json_group_array(c.paragraph ORDER BY c.paragraph) FROM submitter_paragraphs c WHERE c.submitter_id = s.id AND c.secondary = 0)
        ) ORDER BY s.position) FROM submitters s WHERE s.document_id = submitter_maps.document_id));
