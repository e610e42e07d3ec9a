// The statistics of a search, from the search engine's index: States that recommend most, issues per
// recommending State (heat map), responses per issue, and recommendations per session and response.
import type { Db } from './database.js';
import type { RecommendationFilters } from './filters.js';
import { matchingRows } from './search.js';
import { countFacet } from './facets.js';

/** Which issue list to count by: UPR Info's issues or the children's-rights taxonomy of the classifier. */
export type IssueScheme = 'upr-info' | 'child';

export interface StateCount { iso3: string; name: string; count: number }
export interface StateIssueCount { iso3: string; name: string; issue: string; count: number }
export interface IssueResponseCount { issue: string; response: string; count: number }
export interface SessionResponseCount { session: number; response: string; count: number }

export interface SearchStatistics {
  topStates: StateCount[];
  heat: StateIssueCount[];
  responses: IssueResponseCount[];
  trend: SessionResponseCount[];
}

export interface StatisticsSizes { states: number; heatStates: number; heatIssues: number; issues: number }

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** All four aggregations of the statistics page for `filters`. */
export function searchStatistics(db: Db, filters: RecommendationFilters, scheme: IssueScheme = 'upr-info',
  sizes: StatisticsSizes = { states: 15, heatStates: 12, heatIssues: 10, issues: 12 }): SearchStatistics {
  const { ix, rows } = matchingRows(db, filters);
  const issueCol = scheme === 'child' ? 'childIssue' : 'issue';
  const by = countFacet(ix, rows, 'by', Math.max(sizes.states, sizes.heatStates));
  const issues = countFacet(ix, rows, issueCol, Math.max(sizes.heatIssues, sizes.issues));
  const B = ix.columns.by, I = ix.columns[issueCol], resp = ix.columns.response, sess = ix.columns.session;
  if (B.kind !== 'multi' || I.kind !== 'multi' || resp.kind !== 'single' || sess.kind !== 'single') throw new Error('search index columns changed shape');
  const codes = (dict: typeof B.dict, values: string[]) => new Map(values.map((v) => [dict.codeOf.get(v)!, v]));
  const heatBy = codes(B.dict, by.slice(0, sizes.heatStates).map((v) => v.value));
  const heatIssues = codes(I.dict, issues.slice(0, sizes.heatIssues).map((v) => v.value));
  const respIssues = codes(I.dict, issues.slice(0, sizes.issues).map((v) => v.value));
  const heat = new Map<string, number>();
  const responses = new Map<string, number>();
  const trend = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of rows) {
    const response = resp.dict.values[resp.codes[r]!]!;
    if (sess.codes[r]! >= 0) bump(trend, `${sess.dict.values[sess.codes[r]!]}\u0000${response}`);
    for (let k = I.offsets[r]!; k < I.offsets[r + 1]!; k++) {
      const issue = respIssues.get(I.codes[k]!);
      if (issue !== undefined) bump(responses, `${issue}\u0000${response}`);
      const hIssue = heatIssues.get(I.codes[k]!);
      if (hIssue === undefined) continue;
      for (let j = B.offsets[r]!; j < B.offsets[r + 1]!; j++) {
        const iso3 = heatBy.get(B.codes[j]!);
        if (iso3 !== undefined) bump(heat, `${iso3}\u0000${hIssue}`);
      }
    }
  }
  const split = (m: Map<string, number>) => [...m].map(([k, count]) => [...k.split('\u0000'), count] as [string, string, number]);
  const label = new Map(by.map((v) => [v.value, v.label]));
  return {
    topStates: by.slice(0, sizes.states).map((v) => ({ iso3: v.value, name: v.label, count: v.count })),
    heat: split(heat).map(([iso3, issue, count]) => ({ iso3, name: label.get(iso3)!, issue, count })).sort((a, b) => cmp(a.iso3, b.iso3) || cmp(a.issue, b.issue)),
    responses: split(responses).map(([issue, response, count]) => ({ issue, response, count })).sort((a, b) => cmp(a.issue, b.issue) || cmp(a.response, b.response)),
    trend: split(trend).map(([s, response, count]) => ({ session: Number(s), response, count })).sort((a, b) => a.session - b.session || cmp(a.response, b.response)),
  };
}
