// Figures of the merge (docs/merge.md) over a store holding both UPR Info's records and recommendations
// extracted from Working Group reports: how many of each side merged, where merged sources disagree, and the
// candidate pairs (a UPR Info record beside the extracted recommendation most like it) for a hand check.
import type { Db } from './database.js';
import { isSameRecommendation, mergeEvidence, tokenise, type MergeEvidence } from '../core/index.js';
import { getClaims } from './recommendation-sources.js';
import { disagreements } from '../core/index.js';

export interface MergeFigures {
  /** Reviews that have both UPR Info records and extracted recommendations. */
  reviews: number;
  uprInfoRecords: number;
  uprInfoMerged: number;
  extracted: number;
  extractedWithUprInfo: number;
  /** Merged recommendations whose sources disagree, by what. */
  disagreement: Record<string, number>;
}

/** The review ids that hold a recommendation extracted from a document and a UPR Info claim (merged or not). */
function overlappingReviews(db: Db): number[] {
  return (db.prepare(`SELECT DISTINCT r.review_id AS id FROM recommendations r WHERE r.origin = 'document'
    AND r.review_id IN (SELECT x.review_id FROM recommendation_claims c JOIN recommendations x ON x.id = c.recommendation_id WHERE c.kind = 'upr_info')
    ORDER BY 1`).all() as { id: number }[]).map((r) => r.id);
}

export function mergeFigures(db: Db): MergeFigures {
  const reviews = overlappingReviews(db);
  const f: MergeFigures = { reviews: reviews.length, uprInfoRecords: 0, uprInfoMerged: 0, extracted: 0, extractedWithUprInfo: 0, disagreement: {} };
  const inReviews = `r.review_id IN (SELECT value FROM json_each('${JSON.stringify(reviews)}'))`;
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  f.uprInfoRecords = one(`SELECT count(*) AS n FROM recommendation_claims c JOIN recommendations r ON r.id = c.recommendation_id WHERE c.kind = 'upr_info' AND ${inReviews}`);
  f.uprInfoMerged = one(`SELECT count(*) AS n FROM recommendation_claims c JOIN recommendations r ON r.id = c.recommendation_id WHERE c.kind = 'upr_info' AND r.origin = 'document' AND ${inReviews}`);
  const docs = (db.prepare(`SELECT r.id FROM recommendations r WHERE r.origin = 'document' AND ${inReviews}`).all() as { id: number }[]).map((r) => r.id);
  f.extracted = docs.length;
  for (const claims of getClaims(db, docs).values()) {
    if (!claims.some((c) => c.kind === 'upr_info')) continue;
    f.extractedWithUprInfo++;
    for (const d of disagreements(claims)) f.disagreement[d] = (f.disagreement[d] ?? 0) + 1;
  }
  return f;
}

/** A UPR Info record and the extracted recommendation of its review most like it. */
export interface CandidatePair {
  state: string;
  session: number | null;
  uprInfo: { locator: string; text: string; recommendingStates: string[] };
  report: { symbol: string | null; paragraph: string | null; text: string; recommendingStates: string[] };
  /** Whether the store merged them. */
  merged: boolean;
  /** Other extracted recommendations of the review the rule would also accept for this record. */
  alternatives: number;
  evidence: MergeEvidence;
}

/**
 * Every UPR Info record of the overlapping reviews with its candidate: the recommendation it merged into,
 * else the extracted recommendation with the most text in common (States ignored) when that is ≥ `floor`.
 */
export function candidatePairs(db: Db, floor = 0.5): CandidatePair[] {
  const out: CandidatePair[] = [];
  for (const reviewId of overlappingReviews(db)) {
    const review = db.prepare('SELECT state_iso3 AS state, session FROM reviews WHERE id = ?').get(reviewId) as { state: string; session: number | null };
    const ids = (db.prepare("SELECT id FROM recommendations WHERE review_id = ? ORDER BY id").all(reviewId) as { id: number }[]).map((r) => r.id);
    const claims = getClaims(db, ids);
    const reportOf = (id: number) => {
      const c = claims.get(id)?.find((x) => x.kind === 'wg_report');
      return c && c.text !== null ? tokenise({ id, symbol: c.documentSymbol, paragraph: c.paragraph, text: c.text, recommendingStates: c.recommendingStates }) : undefined;
    };
    const reports = ids.map(reportOf).filter((r) => r !== undefined);
    for (const id of ids) {
      for (const c of (claims.get(id) ?? []).filter((x) => x.kind === 'upr_info')) {
        const u = tokenise({ text: c.text!, recommendingStates: c.recommendingStates, paragraph: null });
        const mergedInto = reportOf(id);
        let best = mergedInto && { r: mergedInto, e: mergeEvidence(u, mergedInto) };
        if (!best) {
          for (const r of reports) {
            const e = mergeEvidence(u, r);
            if (e.containment >= floor && (!best || e.containment > best.e.containment)) best = { r, e };
          }
        }
        if (!best) continue;
        const chosen = best.r;
        const alternatives = reports.filter((r) => r !== chosen && r.id !== chosen.id && isSameRecommendation(mergeEvidence(u, r))).length;
        out.push({
          state: review.state, session: review.session, merged: mergedInto !== undefined, alternatives, evidence: best.e,
          uprInfo: { locator: c.locator, text: c.text!, recommendingStates: c.recommendingStates },
          report: { symbol: best.r.symbol, paragraph: best.r.paragraph, text: best.r.text, recommendingStates: best.r.recommendingStates },
        });
      }
    }
  }
  return out;
}
