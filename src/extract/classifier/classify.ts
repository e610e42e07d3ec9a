// classifyText: does a UPR text concern children's rights, which issues, and why.
// Combination rule: the lexicon decides clear cases (a child term: yes; an excluded topic without one: no); the model's
// probability decides borderline English texts against thresholds chosen on training folds (calibration.ts).
// Issues come from the per-issue lexicon only, so each one can be traced to the words that raised it.
import type { ChildRightsIssueId } from '../../core/index.js';
import { matchLexicon, LEXICON_VERSION } from './lexicon.js';
import { applyIssueRules } from './issue-rules.js';
import { textFeatures } from './features.js';
import { predictProbability, type LogisticModel } from './logistic.js';
import { loadModelFile } from './model-file.js';
import { DEFAULT_THRESHOLDS, regionOf, type Thresholds } from './calibration.js';
import { detectLanguage, normaliseText, type ClassifierLanguage } from './normalise.js';

/** Version of the whole classifier (lexicon + model); stored with every result. */
export const MODEL_VERSION = `child-rights-2.${LEXICON_VERSION}`;

export interface ClassifyResult {
  isChildRights: boolean;
  /** 0–1; ≥ 0.5 exactly when isChildRights. */
  score: number;
  issues: { id: ChildRightsIssueId; score: number }[];
  /** Matched terms and features, e.g. `child: corporal punishment`, `model: 0.93`. */
  evidence: string[];
  language: ClassifierLanguage;
}

export interface ClassifyOptions {
  /** A model to use instead of the shipped one (cross-validation); `null` for the lexicon alone. */
  model?: LogisticModel | null;
  /** Thresholds for borderline texts; by default those stored with the shipped model. */
  thresholds?: Thresholds;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Classifies one text in English, French or Spanish (detected when `language` is not given). */
export function classifyText(text: string, language?: ClassifierLanguage, options: ClassifyOptions = {}): ClassifyResult {
  const lang = language ?? detectLanguage(text);
  const norm = normaliseText(text);
  const lex = matchLexicon(norm, lang, false);
  const shipped = options.model === undefined ? loadModelFile() : undefined;
  const model = shipped ? shipped.model : options.model ?? null;
  const th = options.thresholds ?? shipped?.thresholds ?? DEFAULT_THRESHOLDS;
  const p = model ? predictProbability(model, textFeatures(norm, lex)) : lex.child.length > 0 ? 1 : 0;
  // The model decides only English texts (it is trained on English UPR Info texts), never against a child term
  // (the rules say yes) nor for a topic the rules exclude when no child is named (domestic violence, maternal health…).
  const region = regionOf(lex, lang === 'en' && model !== null);
  const threshold = region === 'weak' ? th.weakCue : region === 'none' ? th.noCue : 1;
  let score: number;
  if (region === 'child') score = 0.6 + 0.4 * p;
  else if (region === 'weak' || region === 'none') score = p >= threshold ? 0.5 + (0.5 * (p - threshold)) / (1 - threshold || 1) : (0.49 * p) / threshold;
  else score = Math.min(p, 0.49) * 0.5;
  const isChildRights = score >= 0.5;
  const evidence = [
    ...lex.child.map((t) => `child: ${t}`),
    ...lex.weak.map((t) => `weak: ${t}`),
    ...lex.excluded.map((t) => `excluded topic: ${t}`),
    ...lex.ignored.map((t) => `ignored look-alike: ${t}`),
  ];
  if (model) evidence.push(`model: ${round(p)}`);
  if (model && (region === 'weak' || region === 'none')) evidence.push(`model decides (${region === 'weak' ? 'weak cue only' : 'no cue'}): threshold ${threshold}`);
  let issues: ClassifyResult['issues'] = [];
  if (isChildRights) {
    const withIssues = matchLexicon(norm, lang, true);
    issues = Object.entries(applyIssueRules(withIssues.issues, norm))
      .map(([id, hits]) => {
        evidence.push(`${id}: ${hits.join(', ')}`);
        return { id: id as ChildRightsIssueId, score: round(Math.min(1, 0.6 + 0.2 * (hits.length - 1)) * score) };
      })
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }
  return { isChildRights, score: round(score), issues, evidence, language: lang };
}

/** The statistical model's probability alone (no combination rule): for evaluation and comparison. */
export function modelProbability(text: string, language: ClassifierLanguage, model: LogisticModel): number {
  const norm = normaliseText(text);
  return predictProbability(model, textFeatures(norm, matchLexicon(norm, language, false)));
}

/** Alias of classifyText. */
export const classify = classifyText;
