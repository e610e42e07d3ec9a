// Analysis 3, focus matrix: recommending State × children's-rights issue, with a specialisation measure
// (a location quotient): the State's share of its children's-rights recommendations on the issue, against
// the share of all States' children's-rights recommendations on that issue. Below a minimum count there
// is no measure, so one recommendation is never a "specialism".
import { crossCounts, type Db, type RecommendationFilters } from '../../store/index.js';
import { stateByIso3 } from '../../core/index.js';
import type { Analysis, AnalysisResult, Column, Row } from './types.js';
import { childScope, countMap, countsBy, linked, scopeOf } from './scope.js';

/** Specialisation of a State on an issue: (nSI / nS) / (nI / n), null below `min` recommendations. */
export function specialisation(nSI: number, nS: number, nI: number, n: number, min: number): number | null {
  if (nSI < Math.max(1, min) || nS === 0 || nI === 0 || n === 0) return null;
  return Math.round(((nSI / nS) / (nI / n)) * 100) / 100;
}

/** The matrix for the `limit` States with the most children's-rights recommendations (0: all). */
export function focusMatrix(db: Db, filters: RecommendationFilters, min = 5, limit = 30): AnalysisResult {
  const scope = scopeOf(db, filters);
  const child = childScope(filters);
  const cells = countMap(crossCounts(db, child, ['by', 'childIssue']));
  const perState = countsBy(db, child, 'by');
  const perIssue = countsBy(db, child, 'childIssue');
  // A recommendation made jointly by several States counts for each of them, so the whole is the sum over States.
  const n = [...perState.values()].reduce((a, b) => a + b, 0);
  const nOfIssue = new Map([...perIssue.keys()].map((i) => [i, [...perState.keys()].reduce((a, s) => a + (cells.get(`${s}|${i}`) ?? 0), 0)]));
  const issues = [...perIssue].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([i]) => i);
  const name = (iso3: string) => stateByIso3(iso3)?.shortName ?? iso3;
  const states = [...perState].sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1)).map(([s]) => s);
  const shown = limit > 0 ? states.slice(0, limit) : states;
  const cellFilters = (s: string, i: string): RecommendationFilters => ({ ...child, by: [s], childIssue: [i] });
  const issueColumns = (kind: 'count' | 'index'): Column[] => issues.map((i) => ({ key: `i:${i}`, label: { facet: 'childIssue', value: i }, kind }));
  const stateColumns: Column[] = [{ key: 'state', label: 'state', kind: 'value', facet: 'by' }, { key: 'total', label: 'anChildRights', kind: 'count' }];
  const counts: Row[] = shown.map((s) => ({ state: s, total: linked(perState.get(s)!, { ...child, by: [s] }),
    ...Object.fromEntries(issues.map((i) => [`i:${i}`, linked(cells.get(`${s}|${i}`) ?? 0, cellFilters(s, i))])) }));
  const indexOf = (s: string, i: string) => specialisation(cells.get(`${s}|${i}`) ?? 0, perState.get(s)!, nOfIssue.get(i)!, n, min);
  const special: Row[] = shown.map((s) => ({ state: s, total: linked(perState.get(s)!, { ...child, by: [s] }),
    ...Object.fromEntries(issues.map((i) => { const x = indexOf(s, i); return [`i:${i}`, x === null ? null : linked(x, cellFilters(s, i))]; })) }));
  // Champions of each issue: every State (not only those shown) at least `min` times on it, most specialised first.
  const champions: Row[] = issues.flatMap((i) => states
    .map((s) => ({ s, x: indexOf(s, i), c: cells.get(`${s}|${i}`) ?? 0 }))
    .filter((e): e is { s: string; x: number; c: number } => e.x !== null && e.x > 1)
    .sort((a, b) => b.x - a.x || b.c - a.c || (name(a.s) < name(b.s) ? -1 : 1)).slice(0, 5)
    .map((e, k) => ({ issue: i, rank: k + 1, state: e.s, count: linked(e.c, cellFilters(e.s, i)), index: linked(e.x, cellFilters(e.s, i)) })));
  return {
    analysis: 'focus-matrix', scope, params: { min, limit },
    facts: [{ key: 'anChildRights', value: scope.childRights, kind: 'count', filters: child }, { key: 'anMinCount', value: min, kind: 'text' }],
    tables: [
      { name: 'counts', title: 'anTableMatrix', columns: [...stateColumns, ...issueColumns('count')], rows: counts },
      { name: 'specialisation', title: 'anTableSpecialisation', columns: [...stateColumns, ...issueColumns('index')], rows: special },
      { name: 'champions', title: 'anTableChampions', columns: [
        { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' }, { key: 'rank', label: 'anRank', kind: 'text' }, { key: 'state', label: 'state', kind: 'value', facet: 'by' },
        { key: 'count', label: 'anRecommendations', kind: 'count' }, { key: 'index', label: 'anSpecialisation', kind: 'index' },
      ], rows: champions },
    ],
  };
}

export const FOCUS_MATRIX: Analysis = {
  name: 'focus-matrix', title: 'anFocusMatrix', description: 'anFocusMatrixIntro',
  summary: "Recommending State × children's-rights issue, with each State's specialisation on the issue.",
  params: [
    { name: 'min', help: 'fewest recommendations on an issue for a specialisation to be measured', valueName: 'N', default: 5, min: 1, max: 1000 },
    { name: 'limit', help: 'how many States (rows) to show, most active first (0: all)', valueName: 'N', default: 30, min: 0, max: 1000 },
  ],
  run: (db, filters, p) => focusMatrix(db, filters, p.min ?? 5, p.limit ?? 30),
};
