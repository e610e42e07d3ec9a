// The merge rule (docs/merge.md): when two sources' records of one review are the same recommendation. Pure:
// the caller passes only records of the same review (State under review and session); the rule looks at
// the recommending States, the text and, when both sources number their items, the item number.
import { recommendationTokens } from './recommendation-text.js';

/** What the rule reads of a source's record. */
export interface MergeCandidate {
  text: string;
  /** ISO3 codes; empty when the source does not know them. */
  recommendingStates: readonly string[];
  /** Item number in the source (e.g. 124.3); null when the source has none (UPR Info). */
  paragraph: string | null;
}

export interface MergeEvidence {
  /** Share of the shorter text's words found in the other (1 = all): one source may split an item in two. */
  containment: number;
  /** Recommending States both name; null when either does not know its States. */
  sharedStates: number | null;
  /** Item numbers equal (true), different (false), or not both known (null). */
  sameItem: boolean | null;
}

/** Text containment needed, by item-number evidence: equal numbers lower it, different ones raise it. */
export const MERGE_THRESHOLDS = { sameItem: 0.6, unknownItem: 0.8, otherItem: 0.95 } as const;

/** Tokens of a record, computed once when a record is compared with many. */
export type Tokenised<T extends MergeCandidate> = T & { tokens: Set<string> };

export function tokenise<T extends MergeCandidate>(c: T): Tokenised<T> {
  return { ...c, tokens: recommendationTokens(c.text) };
}

/** The evidence that `a` and `b` are one recommendation. */
export function mergeEvidence(a: Tokenised<MergeCandidate>, b: Tokenised<MergeCandidate>): MergeEvidence {
  const [small, large] = a.tokens.size <= b.tokens.size ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  const containment = small.size === 0 ? 0 : common / small.size;
  const known = a.recommendingStates.length > 0 && b.recommendingStates.length > 0;
  const sharedStates = known ? a.recommendingStates.filter((s) => b.recommendingStates.includes(s)).length : null;
  const sameItem = a.paragraph && b.paragraph ? a.paragraph === b.paragraph : null;
  return { containment, sharedStates, sameItem };
}

/**
 * The rule: same review (the caller's part), at least one recommending State in common (when both sources
 * know them; a source without States needs near-identical text, ≥ 0.95), and near-identical text: the
 * shorter's words ≥ 0.8 contained in the other, 0.6 when both give the same item number, 0.95 when their
 * item numbers differ.
 */
export function isSameRecommendation(e: MergeEvidence): boolean {
  if (e.sharedStates === 0) return false;
  const threshold = e.sharedStates === null ? MERGE_THRESHOLDS.otherItem
    : e.sameItem === true ? MERGE_THRESHOLDS.sameItem
    : e.sameItem === false ? MERGE_THRESHOLDS.otherItem : MERGE_THRESHOLDS.unknownItem;
  return e.containment >= threshold;
}

/**
 * The record `claim` merges into among `targets` (records of the same review from other sources): the one
 * the rule accepts with the most text in common, then the most States in common, then the first given.
 */
export function chooseMergeTarget<T extends MergeCandidate>(claim: Tokenised<MergeCandidate>, targets: readonly Tokenised<T>[]): Tokenised<T> | undefined {
  let best: { t: Tokenised<T>; e: MergeEvidence } | undefined;
  for (const t of targets) {
    const e = mergeEvidence(claim, t);
    if (!isSameRecommendation(e)) continue;
    if (!best || e.containment > best.e.containment || (e.containment === best.e.containment && (e.sharedStates ?? 0) > (best.e.sharedStates ?? 0))) best = { t, e };
  }
  return best?.t;
}
