// Invariants of a Working Group report's extracted recommendations that hold whatever its format: some
// recommendations at all; each list `n.1 … n.K` complete, without gaps; a recommending State for every
// recommendation whose text ends with a parenthesised list; a position for each (supported + noted +
// pending + unknown = total).
import type { Response } from '../../core/index.js';
import { itemNumber } from '../recommendations/bundled-items.js';
import { checkResult, listNumbers, type CheckResult } from './result.js';

export interface CheckedRecommendation {
  paragraph: string;
  /** The conclusions item that cited this dialogue recommendation, counted in that item's list. */
  fromItem?: string;
  text: string;
  recommendingStates: readonly string[];
  response: Response;
}

const RESPONSES: readonly Response[] = ['supported', 'noted', 'pending', 'unknown'];

/** Items missing from each numbered list: `128.4` missing between 128.3 and 128.5, or a list not starting at 1. */
export function numberingGaps(paragraphs: readonly string[]): string[] {
  const lists = new Map<string, Set<number>>();
  for (const p of paragraphs) {
    const m = /^(\d+)\.(\d+)$/.exec(itemNumber(p));
    if (!m) continue; // dialogue paragraphs the conclusions refer to (`45`, `27(b)`)
    lists.set(m[1]!, (lists.get(m[1]!) ?? new Set()).add(Number(m[2])));
  }
  const reasons: string[] = [];
  for (const [para, items] of lists) {
    const max = Math.max(...items);
    const missing: string[] = [];
    for (let i = 1; i <= max; i++) if (!items.has(i)) missing.push(`${para}.${i}`);
    if (missing.length) reasons.push(`para ${para}: numbering has a gap, ${listNumbers(missing)} missing from the list ${para}.1–${para}.${max}`);
  }
  return reasons;
}

/** Counts of first positions, which must add up to the number of recommendations. */
export function positionCounts(recs: readonly { response: Response }[]): Record<Response, number> & { total: number } {
  const counts = { supported: 0, noted: 0, pending: 0, unknown: 0, total: recs.length };
  for (const r of recs) if (RESPONSES.includes(r.response)) counts[r.response]++;
  return counts;
}

/** Checks the recommendations extracted from one Working Group report. */
export function checkWorkingGroupRecommendations(recs: readonly CheckedRecommendation[]): CheckResult {
  if (recs.length === 0) return checkResult(['no recommendation found: the conclusions yielded none']);
  const reasons = numberingGaps(recs.map((r) => r.fromItem ?? r.paragraph));
  // A text still ending with "(…)" kept its list because no name in it was read as a State.
  const unread = recs.filter((r) => r.recommendingStates.length === 0 && /\([^()]{2,}\)[\s.;,]*$/.test(r.text));
  if (unread.length) reasons.push(`recommending State not recognised in ${unread.length} recommendation(s): ${listNumbers(unread.map((r) => `${r.paragraph} "${r.text.slice(-40)}"`), 3)}`);
  const c = positionCounts(recs);
  if (c.supported + c.noted + c.pending + c.unknown !== c.total) {
    reasons.push(`positions do not add up: ${c.supported} supported + ${c.noted} noted + ${c.pending} pending + ${c.unknown} unknown ≠ ${c.total}`);
  }
  return checkResult(reasons);
}
