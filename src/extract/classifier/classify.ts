// classifyText: does a UPR text concern children's rights, which issues, and why.
// Combination rule: a child term decides "yes"; a weak cue needs the model to agree; no cue at all needs a very
// confident model. Issues come from the per-issue lexicon only, so each one can be traced to the words that raised it.
import type { ChildRightsIssueId } from '../../core/taxonomy.js';
import { matchLexicon, LEXICON_VERSION } from './lexicon.js';
import { applyIssueRules } from './issue-rules.js';
import { textFeatures } from './features.js';
import { predictProbability, type LogisticModel } from './logistic.js';
import { loadModelFile } from './model-file.js';
import { detectLanguage, normaliseText, type ClassifierLanguage } from './normalise.js';

/** Version of the whole classifier (lexicon + model); stored with every result. */
export const MODEL_VERSION = `child-rights-1.${LEXICON_VERSION}`;

/** Model probability above which a text with a weak cue only is counted. */
export const WEAK_CUE_THRESHOLD = 0.3;
/** Model probability above which a text without any lexicon cue is counted. */
export const MODEL_ONLY_THRESHOLD = 0.9;

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
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Classifies one text in English, French or Spanish (detected when `language` is not given). */
export function classifyText(text: string, language?: ClassifierLanguage, options: ClassifyOptions = {}): ClassifyResult {
  const lang = language ?? detectLanguage(text);
  const norm = normaliseText(text);
  const lex = matchLexicon(norm, lang, false);
  const model = options.model === undefined ? loadModelFile().model : options.model;
  const p = model ? predictProbability(model, textFeatures(norm, lex)) : lex.child.length > 0 ? 1 : 0;
  let score: number;
  // Without a child term the model may decide only for English (it is trained on English UPR Info texts) and
  // never for a topic the rules exclude when no child is named (domestic violence, maternal health…).
  const modelMayDecide = lang === 'en' && lex.excluded.length === 0;
  if (lex.child.length > 0) score = 0.6 + 0.4 * p;
  else if (lex.weak.length > 0 && modelMayDecide) score = p >= WEAK_CUE_THRESHOLD ? Math.max(p, 0.5) : Math.min(p, 0.49);
  else score = modelMayDecide && p >= MODEL_ONLY_THRESHOLD ? p : Math.min(p, 0.49) * 0.5;
  const isChildRights = score >= 0.5;
  const evidence = [
    ...lex.child.map((t) => `child: ${t}`),
    ...lex.weak.map((t) => `weak: ${t}`),
    ...lex.excluded.map((t) => `excluded topic: ${t}`),
    ...lex.ignored.map((t) => `ignored look-alike: ${t}`),
  ];
  if (model) evidence.push(`model: ${round(p)}`);
  let issues: ClassifyResult['issues'] = [];
  if (isChildRights) {
    const withIssues = matchLexicon(norm, lang, true);
    issues = Object.entries(applyIssueRules(withIssues.issues))
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
