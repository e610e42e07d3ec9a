// Precision, recall and F1 of yes/no predictions, and folds grouped by session for honest cross-validation.

export interface Scores {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores predictions against reference labels (same order, same length). */
export function scoreBinary(predicted: boolean[], reference: boolean[]): Scores {
  let tp = 0, fp = 0, fn = 0;
  predicted.forEach((p, i) => {
    const r = reference[i];
    if (p && r) tp++;
    else if (p && !r) fp++;
    else if (!p && r) fn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: predicted.length, tp, fp, fn, precision, recall, f1 };
}

/**
 * Splits sessions into `k` folds (session numbers sorted, dealt round-robin), so that every example of a
 * session is tested by a model that never saw that session.
 */
export function sessionFolds(sessions: Iterable<number>, k: number): number[][] {
  const sorted = [...new Set(sessions)].sort((a, b) => a - b);
  const folds: number[][] = Array.from({ length: Math.min(k, sorted.length) }, () => []);
  sorted.forEach((s, i) => folds[i % folds.length]!.push(s));
  return folds;
}
