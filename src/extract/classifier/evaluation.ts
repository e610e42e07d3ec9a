// Measuring the classifier: against the hand-checked gold set and against UPR Info's label, with folds grouped
// by session (each recommendation is scored by a model that never saw its session), next to a keyword baseline
// and to UPR Info's label itself scored on the gold set.
import { CHILD_RIGHTS_ISSUE_IDS, type ChildRightsIssueId } from '../../core/index.js';
import { classifyText, modelProbability } from './classify.js';
import { calibrate, regionOf, type Calibration, type Thresholds } from './calibration.js';
import { matchLexicon } from './lexicon.js';
import type { LogisticModel } from './logistic.js';
import type { GoldItem } from './gold.js';
import { scoreBinary, sessionFolds, type Scores } from './metrics.js';
import { normaliseText } from './normalise.js';
import { trainChildRightsModel } from './training.js';
import type { LabelledRecommendation } from './upr-info-labels.js';

const KEYWORDS = /\b(child|children|girls?|boys?|juveniles?|minors?|enfants?|filles|garcons|mineurs|ninos?|ninas?|menores)\b/;

/** The plain keyword baseline: any word for children, nothing else. */
export function keywordBaseline(text: string): boolean {
  return KEYWORDS.test(normaliseText(text));
}

export interface IssueScores { id: ChildRightsIssueId; goldExamples: number; predicted: number; precision: number; recall: number }

/** Veto levels shown in the trade-off table: a child term counts only when the model gives p >= the level. */
export const VETO_LEVELS = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5];

/** One row of the trade-off table: letting the model overrule child terms, against both references. */
export interface TradeOff { veto: number | string; uprInfo: Scores; gold: Scores }

export interface ClassifierEvaluation {
  folds: number[][];
  /** Thresholds (and the reported veto) each fold chose on its training sessions (inner session-grouped CV). */
  foldCalibration: Calibration[];
  tradeOff: TradeOff[];
  uprInfo: { classifier: Scores; lexiconOnly: Scores; modelOnly: Scores; keyword: Scores };
  gold: { classifier: Scores; lexiconOnly: Scores; modelOnly: Scores; keyword: Scores; uprInfoLabel: Scores | null; byKind: Record<string, Scores>; byLanguage: Record<string, Scores>; bySet: Record<string, Scores> };
  issues: IssueScores[];
  errors: { id: string; gold: boolean; predicted: boolean; text: string }[];
}

/**
 * Runs the whole evaluation. `paragraphModel` (with its thresholds) scores the document paragraphs (not in the
 * training data); gold recommendations and UPR Info rows are scored by the fold model that did not see their
 * session, with thresholds chosen by an inner session-grouped CV of that fold's training sessions only.
 */
export function evaluateClassifier(rows: LabelledRecommendation[], gold: GoldItem[], k: number, paragraphModel: LogisticModel, paragraphThresholds: Thresholds, onFold?: (i: number, n: number) => void): ClassifierEvaluation {
  const folds = sessionFolds(rows.map((r) => r.session), k);
  const modelOfSession = new Map<number, { model: LogisticModel; thresholds: Thresholds }>();
  const foldCalibration: Calibration[] = [];
  const vetoOfSession = new Map<number, number>();
  folds.forEach((fold, i) => {
    onFold?.(i, folds.length);
    const training = rows.filter((r) => !fold.includes(r.session));
    const trainingGold = gold.filter((g) => g.kind === 'recommendation' && g.language === 'en' && !fold.includes(g.session));
    const c = calibrate(training, 3, trainingGold);
    foldCalibration.push(c);
    const fitted = { model: trainChildRightsModel(training), thresholds: c.thresholds };
    for (const s of fold) { modelOfSession.set(s, fitted); vetoOfSession.set(s, c.veto); }
  });
  // Paragraphs were never used to choose a veto; they get the median of the folds' choices.
  const vetoes = foldCalibration.map((c) => c.veto).sort((a, b) => a - b);
  const paragraphVeto = vetoes[Math.floor((vetoes.length - 1) / 2)]!;
  onFold?.(folds.length, folds.length);
  const ref = rows.map((r) => r.uprInfoChildRights);
  const rowResults = rows.map((r) => classifyText(r.text, 'en', modelOfSession.get(r.session)!));
  const rowP = rows.map((r) => modelProbability(r.text, 'en', modelOfSession.get(r.session)!.model));
  const uprInfo = {
    classifier: scoreBinary(rowResults.map((x) => x.isChildRights), ref),
    lexiconOnly: scoreBinary(rows.map((r) => classifyText(r.text, 'en', { model: null }).isChildRights), ref),
    modelOnly: scoreBinary(rowP.map((p) => p >= 0.5), ref),
    keyword: scoreBinary(rows.map((r) => keywordBaseline(r.text)), ref),
  };
  const fitFor = (g: GoldItem) => (g.kind === 'recommendation' ? modelOfSession.get(g.session) : undefined) ?? { model: paragraphModel, thresholds: paragraphThresholds };
  const results = gold.map((g) => classifyText(g.text, g.language, fitFor(g)));
  const goldP = gold.map((g) => modelProbability(g.text, g.language, fitFor(g).model));
  const labels = gold.map((g) => g.label);
  const predicted = results.map((r) => r.isChildRights);
  // Trade-off: how both references move when the model may overrule an English child term (not done by the classifier).
  const childEn = (text: string, language: GoldItem['language']) => language === 'en' && regionOf(matchLexicon(normaliseText(text), language, false), true) === 'child';
  const rowChild = rows.map((r) => childEn(r.text, 'en'));
  const goldChild = gold.map((g) => childEn(g.text, g.language));
  const tradeOff: TradeOff[] = VETO_LEVELS.map((veto) => ({
    veto,
    uprInfo: scoreBinary(rowResults.map((x, i) => x.isChildRights && !(rowChild[i] && rowP[i]! < veto)), ref),
    gold: scoreBinary(results.map((x, i) => x.isChildRights && !(goldChild[i] && goldP[i]! < veto)), labels),
  }));
  const goldVeto = (g: GoldItem) => (g.kind === 'recommendation' ? vetoOfSession.get(g.session) : undefined) ?? paragraphVeto;
  tradeOff.push({
    veto: `per fold ${foldCalibration.map((c) => c.veto).join('|')}`,
    uprInfo: scoreBinary(rowResults.map((x, i) => x.isChildRights && !(rowChild[i] && rowP[i]! < vetoOfSession.get(rows[i]!.session)!)), ref),
    gold: scoreBinary(results.map((x, i) => x.isChildRights && !(goldChild[i] && goldP[i]! < goldVeto(gold[i]!))), labels),
  });
  const subset = (keep: (g: GoldItem) => boolean): Scores => {
    const idx = gold.map((g, i) => (keep(g) ? i : -1)).filter((i) => i >= 0);
    return scoreBinary(idx.map((i) => predicted[i]!), idx.map((i) => labels[i]!));
  };
  const byRow = new Map(rows.map((r) => [`${r.file}:${r.line}`, r.uprInfoChildRights]));
  const withUprInfo = gold.filter((g) => g.kind === 'recommendation' && byRow.has(`${g.source.file.replace(/^upr-info\//, '')}:${g.source.line}`));
  const uprInfoLabel = withUprInfo.length === 0 ? null : scoreBinary(
    withUprInfo.map((g) => byRow.get(`${g.source.file.replace(/^upr-info\//, '')}:${g.source.line}`)!), withUprInfo.map((g) => g.label));
  const issues: IssueScores[] = CHILD_RIGHTS_ISSUE_IDS.map((id) => {
    let tp = 0, pred = 0, goldN = 0;
    gold.forEach((g, i) => {
      const has = g.issues.includes(id);
      const got = results[i]!.issues.some((x) => x.id === id);
      if (has) goldN++;
      if (got) pred++;
      if (has && got) tp++;
    });
    return { id, goldExamples: goldN, predicted: pred, precision: pred ? tp / pred : 1, recall: goldN ? tp / goldN : 1 };
  });
  return {
    folds,
    foldCalibration,
    tradeOff,
    uprInfo,
    gold: {
      classifier: scoreBinary(predicted, labels),
      lexiconOnly: scoreBinary(gold.map((g) => classifyText(g.text, g.language, { model: null }).isChildRights), labels),
      modelOnly: scoreBinary(goldP.map((p) => p >= 0.5), labels),
      keyword: scoreBinary(gold.map((g) => keywordBaseline(g.text)), labels),
      uprInfoLabel,
      byKind: { recommendation: subset((g) => g.kind === 'recommendation'), paragraph: subset((g) => g.kind === 'paragraph') },
      byLanguage: { en: subset((g) => g.language === 'en'), fr: subset((g) => g.language === 'fr'), es: subset((g) => g.language === 'es') },
      bySet: { development: subset((g) => (g.set ?? 'development') === 'development'), 'held-out': subset((g) => g.set === 'held-out') },
    },
    issues,
    errors: gold.flatMap((g, i) => (predicted[i] === g.label ? [] : [{ id: g.id, gold: g.label, predicted: predicted[i]!, text: g.text }])),
  };
}
