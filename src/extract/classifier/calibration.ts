// Choosing the model's decision thresholds on training data only. The lexicon decides the clear cases (a child
// term: yes; an excluded topic or a French/Spanish text without one: no); the model decides the borderline
// English texts: those with a weak cue only and those with no cue. Their two thresholds are picked to maximise
// F1 against UPR Info's label, with out-of-fold probabilities from session-grouped folds of the training rows.
import { sessionFolds } from './metrics.js';
import { predictProbability, type LogisticModel, type TrainOptions } from './logistic.js';
import { matchLexicon, type LexiconMatch } from './lexicon.js';
import { textFeatures } from './features.js';
import { normaliseText } from './normalise.js';
import { trainChildRightsModel } from './training.js';

/** Model probability at or above which a borderline text counts as children's rights. */
export interface Thresholds {
  /** English texts with a weak cue (youth, family, students…) and no child term or excluded topic. */
  weakCue: number;
  /** English texts with no lexicon cue at all. */
  noCue: number;
}

/** Used when a model comes without thresholds (e.g. an old model file). */
export const DEFAULT_THRESHOLDS: Thresholds = { weakCue: 0.3, noCue: 0.9 };

/** Which part of the combination rule decides a text. */
export type Region = 'child' | 'excluded' | 'weak' | 'none' | 'lexicon-only';

/** The region of a text: `lexicon-only` for French and Spanish texts without a child term (no model for them). */
export function regionOf(lex: LexiconMatch, englishModel: boolean): Region {
  if (lex.child.length > 0) return 'child';
  if (!englishModel) return 'lexicon-only';
  if (lex.excluded.length > 0) return 'excluded';
  return lex.weak.length > 0 ? 'weak' : 'none';
}

const CANDIDATES = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];

/** One out-of-fold prediction: region, model probability and reference label. */
export interface Scored { region: Region; p: number; y: boolean }

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Thresholds maximising overall F1 (clear cases fixed), one region after the other; ties go to the higher one. */
export function chooseThresholds(scored: Scored[]): Thresholds {
  const best: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const key of ['weakCue', 'noCue'] as const) {
    let bestF = -1;
    for (const t of CANDIDATES) {
      const th = { ...best, [key]: t };
      let tp = 0, fp = 0, fn = 0;
      for (const s of scored) {
        const yes = s.region === 'child' || (s.region === 'weak' && s.p >= th.weakCue) || (s.region === 'none' && s.p >= th.noCue);
        if (yes && s.y) tp++;
        else if (yes) fp++;
        else if (s.y) fn++;
      }
      const f = f1(tp, fp, fn);
      if (f >= bestF) { bestF = f; best[key] = t; }
    }
  }
  return best;
}

/** Veto levels tried by chooseVeto. */
const VETO_CANDIDATES = [0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5];

/**
 * The UPR-Info-leaning operating point (reported, not used by the classifier): the highest F1 against UPR Info
 * when an English child term counts only if p >= veto, among vetoes keeping gold F1 >= `minGoldF1`.
 */
export function chooseVeto(rows: Scored[], gold: Scored[], th: Thresholds, minGoldF1: number): number {
  const counts = (items: Scored[], veto: number) => {
    let tp = 0, fp = 0, fn = 0;
    for (const s of items) {
      const yes = (s.region === 'child' && s.p >= veto) || (s.region === 'weak' && s.p >= th.weakCue) || (s.region === 'none' && s.p >= th.noCue);
      if (yes && s.y) tp++;
      else if (yes) fp++;
      else if (s.y) fn++;
    }
    return f1(tp, fp, fn);
  };
  let best = 0, bestF = -1;
  for (const veto of VETO_CANDIDATES) {
    if (gold.length > 0 && counts(gold, veto) < minGoldF1) continue;
    const f = counts(rows, veto);
    if (f > bestF) { bestF = f; best = veto; }
  }
  return best;
}

export interface Calibration {
  thresholds: Thresholds;
  /** See chooseVeto; 0 when no gold items were given. */
  veto: number;
}

type Row = { text: string; session: number; uprInfoChildRights: boolean };
type GoldRow = { text: string; session: number; label: boolean };

/**
 * Thresholds for a model trained on `rows`: out-of-fold probabilities from `k` session-grouped folds of these
 * rows only (each scored by a model that did not see its session), then chooseThresholds. `gold` items (English,
 * from the same sessions) are scored the same way and only serve chooseVeto.
 */
export function calibrate(rows: Row[], k = 3, gold: GoldRow[] = [], minGoldF1 = 0.95, options: Partial<TrainOptions> = {}): Calibration {
  const scored: Scored[] = [];
  const scoredGold: Scored[] = [];
  const score = (model: LogisticModel, text: string, y: boolean): Scored => {
    const norm = normaliseText(text);
    const lex = matchLexicon(norm, 'en', false);
    return { region: regionOf(lex, true), p: predictProbability(model, textFeatures(norm, lex)), y };
  };
  for (const fold of sessionFolds(rows.map((r) => r.session), k)) {
    const model = trainChildRightsModel(rows.filter((r) => !fold.includes(r.session)), options);
    for (const r of rows) if (fold.includes(r.session)) scored.push(score(model, r.text, r.uprInfoChildRights));
    for (const g of gold) if (fold.includes(g.session)) scoredGold.push(score(model, g.text, g.label));
  }
  const thresholds = chooseThresholds(scored);
  return { thresholds, veto: gold.length > 0 ? chooseVeto(scored, scoredGold, thresholds, minGoldF1) : 0 };
}
