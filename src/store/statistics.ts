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
  // Counted in typed arrays indexed by dictionary codes (no string keys per row): at 300,000 records the
  // unfiltered page costs a few passes over arrays. Only the selected States and issues get a slot.
  const slots = (dict: typeof B.dict, values: string[]) => {
    const slot = new Int32Array(dict.values.length).fill(-1);
    values.forEach((v, i) => { slot[dict.codeOf.get(v)!] = i; });
    return slot;
  };
  const heatBy = by.slice(0, sizes.heatStates).map((v) => v.value);
  const heatIssues = issues.slice(0, sizes.heatIssues).map((v) => v.value);
  const respIssues = issues.slice(0, sizes.issues).map((v) => v.value);
  const bySlot = slots(B.dict, heatBy), heatSlot = slots(I.dict, heatIssues), respSlot = slots(I.dict, respIssues);
  const nResp = resp.dict.values.length, nSess = sess.dict.values.length;
  const heat = new Int32Array(heatBy.length * heatIssues.length);
  const responses = new Int32Array(respIssues.length * nResp);
  const trend = new Int32Array(nSess * nResp);
  for (const r of rows) {
    const rc = resp.codes[r]!;
    if (sess.codes[r]! >= 0) trend[sess.codes[r]! * nResp + rc]!++;
    for (let k = I.offsets[r]!; k < I.offsets[r + 1]!; k++) {
      const ri = respSlot[I.codes[k]!]!;
      if (ri >= 0) responses[ri * nResp + rc]!++;
      const hi = heatSlot[I.codes[k]!]!;
      if (hi < 0) continue;
      for (let j = B.offsets[r]!; j < B.offsets[r + 1]!; j++) {
        const bi = bySlot[B.codes[j]!]!;
        if (bi >= 0) heat[bi * heatIssues.length + hi]!++;
      }
    }
  }
  const cells = <T>(counts: Int32Array, width: number, make: (row: number, col: number, count: number) => T): T[] => {
    const out: T[] = [];
    counts.forEach((count, i) => { if (count > 0) out.push(make(Math.floor(i / width), i % width, count)); });
    return out;
  };
  const label = new Map(by.map((v) => [v.value, v.label]));
  return {
    topStates: by.slice(0, sizes.states).map((v) => ({ iso3: v.value, name: v.label, count: v.count })),
    heat: cells(heat, heatIssues.length, (b, i, count) => ({ iso3: heatBy[b]!, name: label.get(heatBy[b]!)!, issue: heatIssues[i]!, count }))
      .sort((a, b) => cmp(a.iso3, b.iso3) || cmp(a.issue, b.issue)),
    responses: cells(responses, nResp, (i, rc, count) => ({ issue: respIssues[i]!, response: resp.dict.values[rc]!, count }))
      .sort((a, b) => cmp(a.issue, b.issue) || cmp(a.response, b.response)),
    trend: cells(trend, nResp, (sc, rc, count) => ({ session: Number(sess.dict.values[sc]), response: resp.dict.values[rc]!, count }))
      .sort((a, b) => a.session - b.session || cmp(a.response, b.response)),
  };
}
