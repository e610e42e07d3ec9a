// Measuring issue assignment on the issue-level gold set (test/fixtures/classifier/issue-gold/): per-issue precision,
// recall and F1 and their micro average, counting each (item, issue) pair once. Pure: gold items and predictions in.
import { CHILD_RIGHTS_ISSUE_IDS, type ChildRightsIssueId } from '../../core/index.js';
import type { GoldItem } from './gold.js';

export interface IssueCounts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface IssueEvaluation {
  items: number;
  perIssue: ({ id: ChildRightsIssueId; gold: number; predicted: number } & IssueCounts)[];
  micro: IssueCounts;
  /** Items whose predicted issues differ from the gold issues. */
  errors: { id: string; text: string; missing: ChildRightsIssueId[]; extra: ChildRightsIssueId[] }[];
}

function counts(tp: number, fp: number, fn: number): IssueCounts {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Scores `predict` (the issues it assigns to a gold item) against the gold issues of `gold`. */
export function evaluateIssues(gold: readonly GoldItem[], predict: (item: GoldItem) => readonly ChildRightsIssueId[]): IssueEvaluation {
  const tally = new Map(CHILD_RIGHTS_ISSUE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const errors: IssueEvaluation['errors'] = [];
  for (const item of gold) {
    const want = new Set(item.issues);
    const got = new Set(predict(item));
    const missing = [...want].filter((id) => !got.has(id));
    const extra = [...got].filter((id) => !want.has(id));
    for (const id of got) tally.get(id)![want.has(id) ? 'tp' : 'fp']++;
    for (const id of missing) tally.get(id)!.fn++;
    if (missing.length || extra.length) errors.push({ id: item.id, text: item.text, missing, extra });
  }
  const perIssue = CHILD_RIGHTS_ISSUE_IDS.map((id) => {
    const t = tally.get(id)!;
    return { id, gold: t.tp + t.fn, predicted: t.tp + t.fp, ...counts(t.tp, t.fp, t.fn) };
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => perIssue.reduce((a, x) => a + x[k], 0);
  return { items: gold.length, perIssue, micro: counts(sum('tp'), sum('fp'), sum('fn')), errors };
}
