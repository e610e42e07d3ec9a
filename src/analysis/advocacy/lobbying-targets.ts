// Analysis 5, lobbying targets: for a State under review and a children's-rights issue, the States to
// approach, ranked by points that each come with a reason in words: what they recommended on the issue
// (and how specifically), their continuity on it across cycles, how the State under review answered
// their earlier recommendations, troika membership for the review, and the same regional group.
import { allTroikas, crossCounts, facetCounts, type Db, type RecommendationFilters } from '../../store/index.js';
import { stateByIso3, UprError } from '../../core/index.js';
import type { Analysis, AnalysisResult, Reason, Row } from './types.js';
import { childScope, countMap, linked, scopeOf } from './scope.js';

/** Points of each reason (docs/analyses.md explains the rule). */
export const POINTS = { perRecommendation: 1, perSpecific: 1, maxPerCycle: 15, perCycle: 3, earlierRecord: 2, mostlySupported: 3, troika: 5, sameGroup: 3 };

function one(filters: RecommendationFilters, name: 'state' | 'childIssue'): string {
  const v = filters[name];
  if (!v || v.length !== 1) throw new UprError('invalid_input', `lobbying targets need exactly one ${name === 'state' ? 'State under review (state)' : "children's-rights issue (childIssue)"}`, { field: name });
  return String(v[0]);
}

/** Ranked States to approach about `childIssue` before the review of `state` in cycle `review` (default: its latest loaded). */
export function lobbyingTargets(db: Db, filters: RecommendationFilters, review = 0, limit = 20): AnalysisResult {
  const sur = one(filters, 'state');
  const issue = one(filters, 'childIssue');
  const { state: _s, childIssue: _i, ...base } = filters;
  const cycles = facetCounts(db, { state: [sur] }, 'cycle').map((c) => Number(c.value));
  // By default the next review: after the latest cycle loaded for the State.
  const cycle = review > 0 ? review : Math.max(0, ...cycles) + 1;
  const before = cycles.filter((c) => c < cycle);
  const onIssue: RecommendationFilters = { ...childScope(base), childIssue: [issue] };
  const history = crossCounts(db, onIssue, ['by', 'cycle']);
  const specificOf = countMap(crossCounts(db, { ...onIssue, action: [5] }, ['by', 'cycle']));
  // Earlier responses count every recommendation of the earlier cycles whatever its source: a record merged
  // from several sources has origin 'document', so the source filters (origin, docType) do not apply here.
  const { origin: _o, docType: _d, ...anySource } = base;
  const earlierF: RecommendationFilters = { ...childScope(anySource), state: [sur], cycle: before.length ? before : [0] };
  const earlier = countMap(crossCounts(db, earlierF, ['by', 'response']));
  const troika = allTroikas(db).get(`${sur}:${cycle}`) ?? [];
  const group = stateByIso3(sur)?.group;
  const candidates = new Set([...history.cells.map((c) => c.values[0]!), ...troika]);
  candidates.delete(sur);
  const rows = [...candidates].map((iso3) => {
    const mine = history.cells.filter((c) => c.values[0] === iso3).sort((a, b) => Number(a.values[1]) - Number(b.values[1]));
    const reasons: Reason[] = [];
    const byCycle = mine.map((c) => Number(c.values[1]));
    let n = 0, specific = 0;
    for (const { values, count: k } of mine) {
      const cy = Number(values[1]);
      const s5 = specificOf.get(`${iso3}|${cy}`) ?? 0;
      n += k;
      specific += s5;
      const key = k > 1 ? 'anReasonIssue' : s5 > 0 ? 'anReasonIssueOneSpecific' : 'anReasonIssueOne';
      reasons.push({ key, vars: { n: k, issue, cycle: cy, specific: s5 }, points: Math.min(POINTS.maxPerCycle, k * POINTS.perRecommendation + s5 * POINTS.perSpecific), filters: { ...onIssue, by: [iso3], cycle: [cy] } });
    }
    if (byCycle.length >= 2) reasons.push({ key: 'anReasonContinuity', vars: { issue, k: byCycle.length, cycles: byCycle.join(', ') }, points: POINTS.perCycle * byCycle.length, filters: { ...onIssue, by: [iso3] } });
    const supported = earlier.get(`${iso3}|supported`) ?? 0;
    const total = ['supported', 'noted', 'pending', 'unknown'].reduce((a, r) => a + (earlier.get(`${iso3}|${r}`) ?? 0), 0);
    if (total > 0) {
      const key = total > 1 ? 'anReasonResponses' : supported ? 'anReasonResponseOneSupported' : 'anReasonResponseOneNot';
      reasons.push({ key, vars: { sur, supported, total }, points: POINTS.earlierRecord + (supported * 2 >= total ? POINTS.mostlySupported : 0),
        filters: { ...earlierF, by: [iso3] } });
    }
    if (troika.includes(iso3)) reasons.push({ key: 'anReasonTroika', vars: { sur, cycle }, points: POINTS.troika });
    if (group && stateByIso3(iso3)?.group === group) reasons.push({ key: 'anReasonGroup', vars: { sur, group }, points: POINTS.sameGroup });
    const score = reasons.reduce((a, r) => a + r.points, 0);
    return { iso3, score, n, specific, reasons, name: stateByIso3(iso3)?.shortName ?? iso3 };
  }).sort((a, b) => b.score - a.score || b.n - a.n || (a.name < b.name ? -1 : 1));
  const shown = limit > 0 ? rows.slice(0, limit) : rows;
  const table: Row[] = shown.map((r, i) => ({
    rank: i + 1, state: r.iso3, score: r.score, recommendations: linked(r.n, { ...onIssue, by: [r.iso3] }),
    specific: linked(r.specific, { ...onIssue, by: [r.iso3], action: [5] }), reasons: r.reasons,
  }));
  return {
    analysis: 'lobbying-targets', scope: scopeOf(db, base), params: { state: sur, childIssue: issue, review: cycle, troika, limit },
    facts: [{ key: 'anRecommendations', value: history.total, kind: 'count', filters: onIssue }, { key: 'anCandidates', value: rows.length, kind: 'text' }],
    tables: [{ name: 'targets', title: 'anTableTargets', columns: [
      { key: 'rank', label: 'anRank', kind: 'text' }, { key: 'state', label: 'state', kind: 'value', facet: 'by' }, { key: 'score', label: 'anScore', kind: 'points' },
      { key: 'recommendations', label: 'anOnIssue', kind: 'count' }, { key: 'specific', label: 'anSpecific', kind: 'count' }, { key: 'reasons', label: 'anReasons', kind: 'reasons' },
    ], rows: table }],
  };
}

export const LOBBYING_TARGETS: Analysis = {
  name: 'lobbying-targets', title: 'anLobbying', description: 'anLobbyingIntro', requires: ['state', 'childIssue'],
  summary: 'For a State under review and an issue (--state, --child-issue): the States to approach, ranked, each with its reasons in words.',
  params: [
    { name: 'review', help: 'cycle of the review to prepare (its troika; earlier responses are those of the cycles before it); default the cycle after the latest loaded for the State', valueName: 'N', default: 0, min: 0, max: 6 },
    { name: 'limit', help: 'how many States to list (0: all)', valueName: 'N', default: 20, min: 0, max: 1000 },
  ],
  run: (db, filters, p) => lobbyingTargets(db, filters, p.review ?? 0, p.limit ?? 20),
};
