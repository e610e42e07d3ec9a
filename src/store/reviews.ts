// Reviews: one per State under review and cycle, tied to its Working Group session.
import type { Db } from './database.js';

export interface ReviewRow {
  id: number;
  stateIso3: string;
  cycle: number;
  session: number | null;
  reviewDate: string | null;
}

/** Returns the review of `iso3` in `cycle`, creating it when absent; fills a missing session or date. */
export function ensureReview(db: Db, iso3: string, cycle: number, session: number | null, reviewDate: string | null = null): number {
  const row = db.prepare('SELECT id, session, review_date AS reviewDate FROM reviews WHERE state_iso3 = ? AND cycle = ?').get(iso3, cycle) as
    | { id: number; session: number | null; reviewDate: string | null }
    | undefined;
  if (row) {
    if ((row.session === null && session !== null) || (row.reviewDate === null && reviewDate !== null)) {
      db.prepare('UPDATE reviews SET session = COALESCE(session, ?), review_date = COALESCE(review_date, ?) WHERE id = ?').run(session, reviewDate, row.id);
    }
    return row.id;
  }
  const r = db.prepare('INSERT INTO reviews (state_iso3, cycle, session, review_date) VALUES (?, ?, ?, ?)').run(iso3, cycle, session, reviewDate);
  return Number(r.lastInsertRowid);
}

export function listReviews(db: Db, iso3?: string): ReviewRow[] {
  const sql = `SELECT id, state_iso3 AS stateIso3, cycle, session, review_date AS reviewDate FROM reviews
    ${iso3 ? 'WHERE state_iso3 = ?' : ''} ORDER BY state_iso3, cycle`;
  return (iso3 ? db.prepare(sql).all(iso3) : db.prepare(sql).all()) as ReviewRow[];
}
