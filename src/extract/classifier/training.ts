// Training the statistical part of the classifier on UPR Info's `Rights of the Child` label (English texts).
import { matchLexicon } from './lexicon.js';
import { textFeatures } from './features.js';
import { trainLogistic, type LogisticModel, type TrainOptions } from './logistic.js';
import { normaliseText } from './normalise.js';

/** Features the model sees for an English text (the same as classifyText computes). */
export function englishFeatures(text: string): string[] {
  const norm = normaliseText(text);
  return textFeatures(norm, matchLexicon(norm, 'en', false));
}

/**
 * Trains on labelled texts. UPR Info repeats a text once per recommending State; repeats are merged (label
 * true if any copy has it) so frequent texts do not outweigh the rest.
 */
export function trainChildRightsModel(rows: { text: string; uprInfoChildRights: boolean }[], options: Partial<TrainOptions> = {}): LogisticModel {
  const byText = new Map<string, boolean>();
  for (const r of rows) {
    const key = normaliseText(r.text);
    byText.set(key, (byText.get(key) ?? false) || r.uprInfoChildRights);
  }
  const examples = [...byText].map(([text, label]) => ({ features: englishFeatures(text), label }));
  return trainLogistic(examples, options);
}
