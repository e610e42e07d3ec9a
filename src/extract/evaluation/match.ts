// Matching extracted recommendations to reference records (UPR Info) of the same State under review, and
// the figures of the extraction evaluation: recall, precision, recommending-State accuracy, responses.
import type { Response } from '../../core/index.js';
import { containment, recommendationTokens } from './similarity.js';

export interface ExtractedItem {
  stateUnderReview: string;
  text: string;
  recommendingStates: string[];
  response: Response;
}

export interface ReferenceItem {
  stateUnderReview: string;
  text: string;
  /** ISO3, or null when the reference does not know it. */
  recommendingState: string | null;
  response: Response;
}

export interface MatchFigures {
  reference: number;
  extracted: number;
  /** Reference records matched by an extracted recommendation. */
  matchedReference: number;
  /** Extracted recommendations matching at least one reference record. */
  matchedExtracted: number;
  /** Matched reference records whose recommending State is among the extracted recommendation's. */
  stateCorrect: number;
  stateChecked: number;
  /** Matched records where the extraction states a position (supported/noted) and it agrees. */
  responseAgree: number;
  responseChecked: number;
}

export const THRESHOLD = 0.8;

export function emptyFigures(): MatchFigures {
  return { reference: 0, extracted: 0, matchedReference: 0, matchedExtracted: 0, stateCorrect: 0, stateChecked: 0, responseAgree: 0, responseChecked: 0 };
}

/**
 * Matches reference records to extracted recommendations of one State under review. A record matches
 * an extracted recommendation with containment ≥ threshold, preferring one naming its State, then the most similar.
 */
export function matchReview(extracted: readonly ExtractedItem[], reference: readonly ReferenceItem[], threshold = THRESHOLD): MatchFigures {
  const f = emptyFigures();
  f.reference = reference.length;
  f.extracted = extracted.length;
  const ext = extracted.map((e) => ({ e, tokens: recommendationTokens(e.text), used: false }));
  for (const r of reference) {
    const tokens = recommendationTokens(r.text);
    // Among texts similar enough, prefer one naming the record's State, then the most similar.
    let best: (typeof ext)[number] | undefined;
    let bestScore = -1;
    for (const x of ext) {
      const c = containment(tokens, x.tokens);
      if (c < threshold) continue;
      const score = c + (r.recommendingState && x.e.recommendingStates.includes(r.recommendingState) ? 1 : 0);
      if (score > bestScore) {
        best = x;
        bestScore = score;
      }
    }
    if (!best) continue;
    f.matchedReference++;
    best.used = true;
    if (r.recommendingState) {
      f.stateChecked++;
      if (best.e.recommendingStates.includes(r.recommendingState)) f.stateCorrect++;
    }
    if (best.e.response === 'supported' || best.e.response === 'noted') {
      f.responseChecked++;
      if (best.e.response === r.response) f.responseAgree++;
    }
  }
  f.matchedExtracted = ext.filter((x) => x.used).length;
  return f;
}

/** Sums figures (e.g. over the reviews of a year). */
export function addFigures(a: MatchFigures, b: MatchFigures): MatchFigures {
  const out = emptyFigures();
  for (const k of Object.keys(out) as (keyof MatchFigures)[]) out[k] = a[k] + b[k];
  return out;
}

/** Percentages of the figures, null where the denominator is 0. */
export function rates(f: MatchFigures): { recall: number | null; recallSameState: number | null; precision: number | null; stateAccuracy: number | null; responseAgreement: number | null } {
  const pct = (n: number, d: number) => (d === 0 ? null : (100 * n) / d);
  return {
    recall: pct(f.matchedReference, f.reference),
    /** Matched by a recommendation that also names the record's recommending State. */
    recallSameState: pct(f.stateCorrect, f.reference),
    precision: pct(f.matchedExtracted, f.extracted),
    stateAccuracy: pct(f.stateCorrect, f.stateChecked),
    responseAgreement: pct(f.responseAgree, f.responseChecked),
  };
}
