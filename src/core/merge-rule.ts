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
  /** Both texts have the same words (after the leading formula), and how many. */
  sameWords: number | null;
}

/** Text containment needed, by item-number evidence: equal numbers lower it, different ones raise it. */
export const MERGE_THRESHOLDS = { sameItem: 0.6, unknownItem: 0.8, otherItem: 0.95 } as const;

/** Words a text must have for the same words alone to merge records naming no common State. */
export const SAME_WORDS_WITHOUT_STATE = 8;

/** Tokens of a record, computed once when a record is compared with many. */
export type Tokenised<T extends MergeCandidate> = T & { tokens: Set<string> };

/**
 * A report's footnote quoting the wording of the dialogue ("The recommendation made during the interactive
 * dialogue was as follows: “…”", "The recommendation as read during the interactive dialogue: “…”"), when
 * extraction appended it to the item that ends the page: it quotes another item's recommendation, so it
 * is no evidence about this one.
 */
const QUOTED_DIALOGUE = /The recommendation[^“”"]{0,40}during the interactive dialogue[^“”"]{0,30}[“"][^”"]*[”"]/gi;

export function tokenise<T extends MergeCandidate>(c: T): Tokenised<T> {
  return { ...c, tokens: recommendationTokens(c.text.replace(QUOTED_DIALOGUE, ' ')) };
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
  const sameWords = common === large.size ? common : null;
  return { containment, sharedStates, sameItem, sameWords };
}

/**
 * The rule: same review (the caller's part), at least one recommending State in common (when both sources
 * know them; a source without States needs near-identical text, ≥ 0.95), and near-identical text: the
 * shorter's words ≥ 0.8 contained in the other, 0.6 when both give the same item number, 0.95 when their
 * item numbers differ. Records naming no common State are the same only when their texts have the same
 * words, at least 8 of them (one source wrote the wrong State; the disagreement is shown), and only when
 * no record naming a common State qualifies (chooseMergeTarget).
 */
export function isSameRecommendation(e: MergeEvidence): boolean {
  if (e.sharedStates === 0) return e.sameWords !== null && e.sameWords >= SAME_WORDS_WITHOUT_STATE && e.sameItem !== false;
  const threshold = e.sharedStates === null ? MERGE_THRESHOLDS.otherItem
    : e.sameItem === true ? MERGE_THRESHOLDS.sameItem
    : e.sameItem === false ? MERGE_THRESHOLDS.otherItem : MERGE_THRESHOLDS.unknownItem;
  return e.containment >= threshold;
}

/**
 * The record `claim` merges into among `targets` (records of the same review from other sources): among
 * those the rule accepts, one naming a common State first, then the most text in common, then one not yet
 * `taken` by a record of the same source and State (a report may list one recommendation twice, under
 * supported and under already implemented, and UPR Info then has two records), then the most States in
 * common, then the first given.
 */
export function chooseMergeTarget<T extends MergeCandidate>(claim: Tokenised<MergeCandidate>, targets: readonly Tokenised<T>[],
  taken: (target: T) => boolean = () => false): Tokenised<T> | undefined {
  let best: { t: Tokenised<T>; key: number[] } | undefined;
  for (const t of targets) {
    const e = mergeEvidence(claim, t);
    if (!isSameRecommendation(e)) continue;
    const key = [e.sharedStates === 0 ? 0 : 1, e.containment, taken(t) ? 0 : 1, e.sharedStates ?? 0];
    if (!best || before(key, best.key)) best = { t, key };
  }
  return best?.t;
}

const before = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};
