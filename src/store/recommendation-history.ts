// Corrections of UPR Info records on re-import: which stored record a changed row is, the update, and the
// history of earlier values. Identity: same review (State under review and cycle), same recommending State,
// and either the same text (case and spacing ignored: the natural key) or, when the text was corrected, a
// near-identical text: word overlap ≥ 0.9, or ≥ 0.8 in a file of the same name, or ≥ 0.5 on the same line of
// a file of the same name (a new version of the same export).
import type { Db } from './database.js';
import type { Response } from '../core/index.js';

/** A stored UPR Info record: its current values plus what identifies it. */
export interface StoredUprInfoRecord extends RecordValues {
  id: number;
  fileName: string;
  byState: string;
}

export interface HistoryEntry {
  text: string;
  response: Response;
  responseSource: string | null;
  actionCategory: number | null;
  issues: string[];
  file: string;
  locator: string;
  /** The file whose import replaced these values, and when. */
  replacedBy: string;
  replacedAt: string;
}

const RECORD_SQL = `SELECT r.id, r.natural_key AS naturalKey, r.text, r.response, r.response_source AS responseSource,
    r.action_category AS actionCategory, r.source_id AS sourceId, r.locator, src.file_name AS fileName,
    COALESCE((SELECT group_concat(state_iso3, ';') FROM recommendation_states WHERE recommendation_id = r.id), '') AS byState,
    COALESCE((SELECT json_group_array(issue) FROM (SELECT issue FROM recommendation_issues WHERE recommendation_id = r.id ORDER BY issue)), '[]') AS issues
  FROM recommendations r JOIN sources src ON src.id = r.source_id`;

type RawRecord = Omit<StoredUprInfoRecord, 'issues'> & { issues: string };
const toRecord = (r: RawRecord): StoredUprInfoRecord => ({ ...r, issues: JSON.parse(r.issues) as string[] });

/** Reads stored UPR Info records by natural key and by review, for matching one file's rows. */
export function uprInfoRecordReader(db: Db): { byKey(key: string): StoredUprInfoRecord | undefined; inReview(reviewId: number): StoredUprInfoRecord[] } {
  const byKey = db.prepare(`${RECORD_SQL} WHERE r.natural_key = ?`);
  const inReview = db.prepare(`${RECORD_SQL} WHERE r.review_id = ? AND r.origin = 'upr-info'`);
  return {
    byKey: (key) => {
      const r = byKey.get(key) as RawRecord | undefined;
      return r && toRecord(r);
    },
    inReview: (reviewId) => (inReview.all(reviewId) as RawRecord[]).map(toRecord),
  };
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Word-set overlap (Dice coefficient) of two texts, 0–1. */
export function textOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size + wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** The stored record a corrected row is, among `candidates` (same review, session, recommending State), if any. */
export function findCorrectedRecord(
  row: { text: string; fileName: string; locator: string },
  candidates: readonly StoredUprInfoRecord[],
): StoredUprInfoRecord | undefined {
  let best: { rec: StoredUprInfoRecord; score: number } | undefined;
  for (const rec of candidates) {
    const overlap = textOverlap(row.text, rec.text);
    const sameFile = rec.fileName === row.fileName;
    const samePlace = sameFile && rec.locator === row.locator;
    const matches = overlap >= 0.9 || (sameFile && overlap >= 0.8) || (samePlace && overlap >= 0.5);
    const score = matches ? overlap + (samePlace ? 1 : 0) : 0;
    if (score > 0 && (!best || score > best.score)) best = { rec, score };
  }
  return best?.rec;
}

export interface RecordValues {
  naturalKey: string;
  text: string;
  response: Response;
  responseSource: string | null;
  actionCategory: number | null;
  issues: string[];
  sourceId: number;
  locator: string;
}

/** True when the row would change what is stored (text, response, action or issues). */
export function differs(stored: StoredUprInfoRecord, next: RecordValues): boolean {
  return stored.text !== next.text || stored.response !== next.response || stored.responseSource !== next.responseSource
    || stored.actionCategory !== next.actionCategory || JSON.stringify(stored.issues) !== JSON.stringify([...new Set(next.issues)].sort());
}

/** Prepares the statements that keep the old values in the history and write the new ones (inside a transaction). */
export function recordReviser(db: Db, replacedBySourceId: number): (stored: StoredUprInfoRecord, next: RecordValues) => void {
  const keep = db.prepare(`INSERT INTO recommendation_history (recommendation_id, text, response, response_source, action_category,
      issues, natural_key, source_id, locator, replaced_by_source_id, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const update = db.prepare(`UPDATE recommendations SET natural_key = ?, text = ?, response = ?, response_source = ?,
      action_category = ?, source_id = ?, locator = ? WHERE id = ?`);
  const clearIssues = db.prepare('DELETE FROM recommendation_issues WHERE recommendation_id = ?');
  const addIssue = db.prepare('INSERT OR IGNORE INTO recommendation_issues (recommendation_id, issue) VALUES (?, ?)');
  const staleClassification = [
    db.prepare('DELETE FROM child_rights_issues WHERE recommendation_id = ?'),
    db.prepare('DELETE FROM child_rights WHERE recommendation_id = ?'),
  ];
  const now = new Date().toISOString();
  return (stored, next) => {
    keep.run(stored.id, stored.text, stored.response, stored.responseSource, stored.actionCategory, JSON.stringify(stored.issues),
      stored.naturalKey, stored.sourceId, stored.locator, replacedBySourceId, now);
    update.run(next.naturalKey, next.text, next.response, next.responseSource, next.actionCategory, next.sourceId, next.locator, stored.id);
    clearIssues.run(stored.id);
    for (const issue of next.issues) addIssue.run(stored.id, issue);
    // The classification was of the old text; `upr classify` computes it again.
    if (stored.text !== next.text) for (const s of staleClassification) s.run(stored.id);
  };
}

/** Earlier values of a recommendation, oldest first (empty when never corrected). */
export function getRecommendationHistory(db: Db, recommendationId: number): HistoryEntry[] {
  const rows = db.prepare(`SELECT h.text, h.response, h.response_source AS responseSource, h.action_category AS actionCategory,
      h.issues, s.file_name AS file, h.locator, b.file_name AS replacedBy, h.replaced_at AS replacedAt
    FROM recommendation_history h JOIN sources s ON s.id = h.source_id JOIN sources b ON b.id = h.replaced_by_source_id
    WHERE h.recommendation_id = ? ORDER BY h.id`).all(recommendationId) as (Omit<HistoryEntry, 'issues'> & { issues: string })[];
  return rows.map((r) => ({ ...r, issues: JSON.parse(r.issues) as string[] }));
}
