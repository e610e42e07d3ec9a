// What `upr update` compares before and after a review's documents are stored: its recommendations and
// the positions stated on them, and which of its recommendations still need classifying.
import type { Db } from './database.js';

export interface ReviewSnapshot {
  recommendations: number;
  /** `recommendation:document:response` of every position stated in the review. */
  positions: Set<string>;
}

/** Counts of the review of `iso3` in `cycle` (empty when the store has no such review). */
export function reviewSnapshot(db: Db, iso3: string, cycle: number): ReviewSnapshot {
  const review = reviewId(db, iso3, cycle);
  if (review === undefined) return { recommendations: 0, positions: new Set() };
  const { n } = db.prepare('SELECT count(*) AS n FROM recommendations WHERE review_id = ?').get(review) as { n: number };
  const rows = db.prepare(`SELECT p.recommendation_id AS r, p.document_id AS d, p.response FROM recommendation_positions p
    JOIN recommendations r ON r.id = p.recommendation_id WHERE r.review_id = ?`).all(review) as { r: number; d: number | null; response: string }[];
  return { recommendations: n, positions: new Set(rows.map((x) => `${x.r}:${x.d}:${x.response}`)) };
}

/** Ids of the review's recommendations never classified, or classified by another model version. */
export function recommendationsToClassify(db: Db, iso3: string, cycle: number, modelVersion: string): number[] {
  const review = reviewId(db, iso3, cycle);
  if (review === undefined) return [];
  return (db.prepare(`SELECT r.id FROM recommendations r LEFT JOIN child_rights c ON c.recommendation_id = r.id
    WHERE r.review_id = ? AND (c.recommendation_id IS NULL OR c.model_version <> ?) ORDER BY r.id`).all(review, modelVersion) as { id: number }[]).map((x) => x.id);
}

/** The States under review the store has reviews of, with the cycles. */
export function reviewedStates(db: Db): { iso3: string; cycles: number[] }[] {
  const rows = db.prepare('SELECT state_iso3 AS iso3, group_concat(cycle) AS cycles FROM reviews GROUP BY state_iso3 ORDER BY state_iso3').all() as { iso3: string; cycles: string }[];
  return rows.map((r) => ({ iso3: r.iso3, cycles: r.cycles.split(',').map(Number).sort((a, b) => a - b) }));
}

function reviewId(db: Db, iso3: string, cycle: number): number | undefined {
  return (db.prepare('SELECT id FROM reviews WHERE state_iso3 = ? AND cycle = ?').get(iso3, cycle) as { id: number } | undefined)?.id;
}
