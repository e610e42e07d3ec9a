// The civil-society map of each summary of stakeholders' submissions (tables submitter_maps, submitters,
// submitter_members, submitter_paragraphs, summary_paragraphs; migration 013): written when a /3 document
// is stored or by `upr classify`, with its digest (migration 019), which the civil-society analysis reads.
import type { Db } from './database.js';
import { databaseVersion } from './search-index.js';
import { digestSql, parseSubmitterDigest, writeSubmitterDigest } from './submitter-digest.js';

// Every stored map, read once per version of the database and kept with the handle (the analysis reads them all).
const cache = new WeakMap<Db, { version: string; maps: readonly StoredSubmitterMap[] }>();

export interface SubmitterInput {
  abbreviation: string;
  name: string;
  normalisedName: string;
  kind: string;
  members: { abbreviation: string | null; name: string; normalisedName: string }[];
}

export interface SubmitterMapInput {
  listFound: boolean;
  submitters: SubmitterInput[];
  paragraphs: { paragraph: string; section: string; primary: string[]; secondary: string[]; childRights: boolean; issues: string[] }[];
  problems: { field?: string; value?: string; message: string }[];
  modelVersion: string;
}

/** Replaces the civil-society map of document `documentId`; call inside the document's transaction. */
export function saveSubmitterMap(db: Db, documentId: number, map: SubmitterMapInput): void {
  db.prepare('DELETE FROM submitters WHERE document_id = ?').run(documentId);
  db.prepare('DELETE FROM summary_paragraphs WHERE document_id = ?').run(documentId);
  db.prepare(`INSERT INTO submitter_maps (document_id, list_found, problems, model_version, mapped_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(document_id) DO UPDATE SET list_found = excluded.list_found, problems = excluded.problems, model_version = excluded.model_version, mapped_at = excluded.mapped_at`)
    .run(documentId, map.listFound ? 1 : 0, JSON.stringify(map.problems), map.modelVersion, new Date().toISOString());
  const insSubmitter = db.prepare('INSERT OR IGNORE INTO submitters (document_id, position, abbreviation, name, normalised_name, kind) VALUES (?, ?, ?, ?, ?, ?)');
  const insMember = db.prepare('INSERT INTO submitter_members (submitter_id, position, abbreviation, name, normalised_name) VALUES (?, ?, ?, ?, ?)');
  const ids = new Map<string, number>();
  map.submitters.forEach((s, i) => {
    const r = insSubmitter.run(documentId, i, s.abbreviation, s.name, s.normalisedName, s.kind);
    if (r.changes === 0) return;
    const id = Number(r.lastInsertRowid);
    ids.set(s.abbreviation, id);
    s.members.forEach((m, k) => insMember.run(id, k, m.abbreviation, m.name, m.normalisedName));
  });
  const insPara = db.prepare('INSERT OR REPLACE INTO summary_paragraphs (document_id, paragraph, section, child_rights, issues) VALUES (?, ?, ?, ?, ?)');
  const insCite = db.prepare('INSERT OR IGNORE INTO submitter_paragraphs (submitter_id, paragraph, secondary) VALUES (?, ?, ?)');
  for (const p of map.paragraphs) {
    insPara.run(documentId, p.paragraph, p.section, p.childRights ? 1 : 0, JSON.stringify(p.issues));
    for (const k of p.primary) if (ids.has(k)) insCite.run(ids.get(k), p.paragraph, 0);
    for (const k of p.secondary) if (ids.has(k)) insCite.run(ids.get(k), p.paragraph, 1);
  }
  writeSubmitterDigest(db, documentId);
}

/** Stored summaries of stakeholders' submissions (/3) with paragraphs: the documents a map is made from. */
export function stakeholderSummaryIds(db: Db): { id: number; symbol: string | null }[] {
  return db.prepare(`SELECT d.id, d.symbol FROM documents d WHERE d.type = 'stakeholder_summary' AND d.corrects_id IS NULL
    AND EXISTS (SELECT 1 FROM document_paragraphs p WHERE p.document_id = d.id) ORDER BY d.id`).all() as { id: number; symbol: string | null }[];
}

/** One mapped summary: its review and what its list and attribution hold. */
export interface StoredSubmitterMap {
  documentId: number;
  symbol: string | null;
  stateIso3: string;
  cycle: number;
  listFound: boolean;
  problems: { field?: string; value?: string; message: string }[];
  submitters: {
    abbreviation: string; name: string; normalisedName: string; kind: string;
    members: { abbreviation: string | null; name: string; normalisedName: string }[];
    /**
     * Paragraphs it authored (not "See also"), each with its document and review (the map's), section,
     * children's-rights verdict and issues: one object per paragraph, shared by the submitters it is attributed to.
     */
    paragraphs: { documentId: number; symbol: string | null; stateIso3: string; cycle: number; paragraph: string; section: string; childRights: boolean; issues: string[] }[];
  }[];
}

/**
 * The stored maps of every summary, oldest cycle first; the same array until the database changes. Filter
 * by State and cycle with `.filter` (the analysis groups organisations over all of them).
 */
export function listSubmitterMaps(db: Db): readonly StoredSubmitterMap[] {
  const version = databaseVersion(db);
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.maps;
  const maps = readSubmitterMaps(db);
  cache.set(db, { version, maps });
  return maps;
}

function readSubmitterMaps(db: Db): StoredSubmitterMap[] {
  // One row per summary: its digest (written with the map; computed from the tables where a store lacks it).
  const rows = db.prepare(`SELECT m.document_id, d.symbol, v.state_iso3, v.cycle, m.list_found, m.problems, COALESCE(m.digest, ${digestSql('m.document_id')})
    FROM submitter_maps m JOIN documents d ON d.id = m.document_id JOIN reviews v ON v.id = d.review_id
    ORDER BY v.cycle, v.state_iso3, d.id`).raw().all() as [number, string | null, string, number, number, string, string][];
  return rows.map(([documentId, symbol, stateIso3, cycle, listFound, problems, digest]) => ({
    documentId, symbol, stateIso3, cycle, listFound: listFound === 1,
    problems: JSON.parse(problems) as StoredSubmitterMap['problems'], submitters: parseSubmitterDigest(digest, { documentId, symbol, stateIso3, cycle }),
  }));
}
