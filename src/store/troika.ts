// The troika of each review (table review_troika): written when a Working Group report is stored, read by
// the lobbying-targets analysis.
import type { Db } from './database.js';

/**
 * Replaces the troika of review `reviewId` with `states` (ISO3, in the order the report names them); does
 * nothing when `states` is null or empty (a report that names none keeps what another report stated).
 * Call inside the document's transaction.
 */
export function saveTroika(db: Db, reviewId: number | null, states: readonly string[] | null | undefined, documentId: number | null = null): void {
  if (reviewId === null || !states || states.length === 0) return;
  db.prepare('DELETE FROM review_troika WHERE review_id = ?').run(reviewId);
  const ins = db.prepare('INSERT OR IGNORE INTO review_troika (review_id, state_iso3, position, document_id) VALUES (?, ?, ?, ?)');
  states.forEach((iso3, i) => ins.run(reviewId, iso3, i, documentId));
}

/** The troika of the review of `stateIso3` in `cycle`, in the printed order (empty when unknown). */
export function getTroika(db: Db, stateIso3: string, cycle: number): string[] {
  return (db.prepare(`SELECT t.state_iso3 FROM review_troika t JOIN reviews v ON v.id = t.review_id
    WHERE v.state_iso3 = ? AND v.cycle = ? ORDER BY t.position`).raw().all(stateIso3, cycle) as [string][]).map(([iso3]) => iso3);
}

/** Every stored troika: `${stateIso3}:${cycle}` → ISO3 codes in the printed order. */
export function allTroikas(db: Db): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [sur, cycle, iso3] of db.prepare(`SELECT v.state_iso3, v.cycle, t.state_iso3 FROM review_troika t JOIN reviews v ON v.id = t.review_id
    ORDER BY v.state_iso3, v.cycle, t.position`).raw().all() as [string, number, string][]) {
    const key = `${sur}:${cycle}`;
    out.set(key, [...(out.get(key) ?? []), iso3]);
  }
  return out;
}
