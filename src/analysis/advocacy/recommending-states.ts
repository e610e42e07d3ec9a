// Analysis 2, recommending States: which States make the most children's-rights recommendations, the
// share they are of each State's own recommendations, their action categories, and the regional groups.
import { crossCounts, GROUPS, type Db, type RecommendationFilters } from '../../store/index.js';
import { stateByIso3 } from '../../core/index.js';
import type { Analysis, AnalysisResult, Row } from './types.js';
import { childScope, countMap, countsBy, linked, scopeOf, share } from './scope.js';

const ACTIONS = [1, 2, 3, 4, 5];

/** The `limit` States making the most children's-rights recommendations under `filters` (0: all). */
export function recommendingStates(db: Db, filters: RecommendationFilters, limit = 20): AnalysisResult {
  const scope = scopeOf(db, filters);
  const child = childScope(filters);
  const kids = countsBy(db, child, 'by');
  const all = countsBy(db, filters, 'by');
  const mix = countMap(crossCounts(db, child, ['by', 'action']));
  const name = (iso3: string) => stateByIso3(iso3)?.shortName ?? iso3;
  const ranked = [...kids].sort((a, b) => b[1] - a[1] || (name(a[0]) < name(b[0]) ? -1 : 1));
  const states: Row[] = (limit > 0 ? ranked.slice(0, limit) : ranked).map(([iso3, n], i) => {
    const f: RecommendationFilters = { ...child, by: [iso3] };
    return {
      rank: i + 1, state: iso3, group: stateByIso3(iso3)?.group ?? null, childRights: linked(n, f), all: linked(all.get(iso3) ?? 0, { ...filters, by: [iso3] }),
      share: linked(share(n, all.get(iso3) ?? 0), f),
      ...Object.fromEntries(ACTIONS.map((a) => [`action${a}`, linked(mix.get(`${iso3}|${a}`) ?? 0, { ...f, action: [a] })])),
    };
  });
  const gKids = countsBy(db, child, 'group');
  const gAll = countsBy(db, filters, 'group');
  const groups: Row[] = GROUPS.filter((g) => gAll.has(g)).map((g) => {
    const f: RecommendationFilters = { ...child, group: [g] };
    return { group: g, childRights: linked(gKids.get(g) ?? 0, f), all: linked(gAll.get(g)!, { ...filters, group: [g] }), share: linked(share(gKids.get(g) ?? 0, gAll.get(g)!), f) };
  });
  return {
    analysis: 'recommending-states', scope, params: { limit },
    facts: [{ key: 'anChildRights', value: scope.childRights, kind: 'count', filters: child }, { key: 'anRecommendingStates', value: kids.size, kind: 'text' }],
    tables: [
      { name: 'states', title: 'anTableStates', columns: [
        { key: 'rank', label: 'anRank', kind: 'text' }, { key: 'state', label: 'state', kind: 'value', facet: 'by' }, { key: 'group', label: 'facetGroup', kind: 'value', facet: 'group' },
        { key: 'childRights', label: 'anChildRights', kind: 'count' }, { key: 'all', label: 'anAllMade', kind: 'count' }, { key: 'share', label: 'anShareOwn', kind: 'share' },
        ...ACTIONS.map((a) => ({ key: `action${a}`, label: { facet: 'action', value: String(a) }, kind: 'count' as const })),
      ], rows: states },
      { name: 'groups', title: 'anTableGroups', columns: [
        { key: 'group', label: 'facetGroup', kind: 'value', facet: 'group' }, { key: 'childRights', label: 'anChildRights', kind: 'count' },
        { key: 'all', label: 'anAllMade', kind: 'count' }, { key: 'share', label: 'anShareOwn', kind: 'share' },
      ], rows: groups },
    ],
  };
}

export const RECOMMENDING_STATES: Analysis = {
  name: 'recommending-states', title: 'anRecommendingStatesTitle', description: 'anRecommendingStatesIntro',
  summary: "States making the most children's-rights recommendations: count, share of their own, action categories, regional groups.",
  params: [{ name: 'limit', help: 'how many States to list (0: all)', valueName: 'N', default: 20, min: 0, max: 1000 }],
  run: (db, filters, p) => recommendingStates(db, filters, p.limit ?? 20),
};
