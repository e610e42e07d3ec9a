// Progress of a workspace's follow-up: how many tracked recommendations stand at each status, overall and
// per issue, as the dashboard's chart and the API show it.
import { STATUSES, type ImplementationStatus } from './statuses.js';

/** Status of a row as counted: a status, or `unassessed`. */
export type ProgressKey = ImplementationStatus | 'unassessed';
export const PROGRESS_KEYS: readonly ProgressKey[] = [...STATUSES, 'unassessed'];

export interface ProgressInput {
  recommendationId: number;
  issues: readonly string[];
  status: ImplementationStatus | null;
}

export interface ProgressCounts {
  total: number;
  byStatus: Record<ProgressKey, number>;
}

export interface ProgressSummary extends ProgressCounts {
  /** Per issue, most recommendations first; a recommendation with several issues counts under each. */
  byIssue: ({ issue: string } & ProgressCounts)[];
}

const empty = (): ProgressCounts => ({ total: 0, byStatus: Object.fromEntries(PROGRESS_KEYS.map((k) => [k, 0])) as Record<ProgressKey, number> });

/** Counts per status overall and per issue; recommendations without an issue count under `noIssue`. */
export function progressSummary(rows: readonly ProgressInput[], noIssue = 'other'): ProgressSummary {
  const all = empty();
  const issues = new Map<string, ProgressCounts>();
  for (const r of rows) {
    const key: ProgressKey = r.status ?? 'unassessed';
    all.total++;
    all.byStatus[key]++;
    for (const issue of r.issues.length ? new Set(r.issues) : [noIssue]) {
      let c = issues.get(issue);
      if (!c) issues.set(issue, (c = empty()));
      c.total++;
      c.byStatus[key]++;
    }
  }
  const byIssue = [...issues].map(([issue, c]) => ({ issue, ...c })).sort((a, b) => b.total - a.total || a.issue.localeCompare(b.issue));
  return { ...all, byIssue };
}
