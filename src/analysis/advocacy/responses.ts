// Analysis 4, responses: supported vs noted children's-rights recommendations by issue, by State under
// review and by recommending State; the list of noted ones (the "rejected list"); which issues are noted most.
import { crossCounts, getRecommendations, searchIds, type Db, type FacetName, type RecommendationFilters } from '../../store/index.js';
import type { Analysis, AnalysisResult, Column, Row } from './types.js';
import { childScope, countMap, linked, scopeOf, share } from './scope.js';

type Dim = Extract<FacetName, 'childIssue' | 'state' | 'by'>;

function byResponse(db: Db, child: RecommendationFilters, dim: Dim, min: number): Row[] {
  const x = countMap(crossCounts(db, child, [dim, 'response']));
  const values = [...new Set([...x.keys()].map((k) => k.split('|')[0]!))];
  return values.map((v) => {
    const f: RecommendationFilters = { ...child, [dim]: [v] };
    const s = x.get(`${v}|supported`) ?? 0, nt = x.get(`${v}|noted`) ?? 0;
    const total = s + nt + (x.get(`${v}|pending`) ?? 0) + (x.get(`${v}|unknown`) ?? 0);
    const notedF: RecommendationFilters = { ...f, response: ['noted'] };
    return { [dim]: v, total: linked(total, f), supported: linked(s, { ...f, response: ['supported'] }), noted: linked(nt, notedF),
      notedShare: total >= min ? linked(share(nt, s + nt), notedF) : null, _n: total };
  }).sort((a, b) => ((b.notedShare as { value: number } | null)?.value ?? -1) - ((a.notedShare as { value: number } | null)?.value ?? -1) || (b._n as number) - (a._n as number))
    .map(({ _n, ...row }) => row);
}

const responseColumns = (dim: Dim, label: Column['label']): Column[] => [
  { key: dim, label, kind: 'value', facet: dim }, { key: 'total', label: 'anRecommendations', kind: 'count' },
  { key: 'supported', label: 'supported', kind: 'count' }, { key: 'noted', label: 'noted', kind: 'count' }, { key: 'notedShare', label: 'anNotedShare', kind: 'share' },
];

/** Responses to children's-rights recommendations; `min`: fewest recommendations for a noted share; `list`: rows of the noted list (0: all). */
export function responses(db: Db, filters: RecommendationFilters, min = 10, list = 1000): AnalysisResult {
  const scope = scopeOf(db, filters);
  const child = childScope(filters);
  const notedF: RecommendationFilters = { ...child, response: ['noted'] };
  const { total: notedTotal, ids } = searchIds(db, notedF, { sort: 'session', limit: list > 0 ? list : null });
  const noted: Row[] = getRecommendations(db, ids).map((r) => ({
    id: r.id, session: r.session, state: r.stateUnderReview.iso3, by: r.recommendingStates.map((s) => s.name).join(', '), text: r.text, action: r.actionCategory,
  }));
  const supported = searchIds(db, { ...child, response: ['supported'] }, { limit: 0 }).total;
  return {
    analysis: 'responses', scope, params: { min, list },
    facts: [
      { key: 'anChildRights', value: scope.childRights, kind: 'count', filters: child },
      { key: 'supported', value: supported, kind: 'count', filters: { ...child, response: ['supported'] } },
      { key: 'noted', value: notedTotal, kind: 'count', filters: notedF },
      { key: 'anNotedShare', value: share(notedTotal, supported + notedTotal), kind: 'share', filters: notedF },
    ],
    tables: [
      { name: 'issues', title: 'anTableResponsesIssue', columns: responseColumns('childIssue', 'anIssue'), rows: byResponse(db, child, 'childIssue', min) },
      { name: 'noted', title: 'anTableNoted', columns: [
        { key: 'id', label: 'anRecord', kind: 'record' }, { key: 'session', label: 'session', kind: 'text' }, { key: 'state', label: 'facetState', kind: 'value', facet: 'state' },
        { key: 'by', label: 'facetBy', kind: 'text' }, { key: 'text', label: 'anText', kind: 'text' }, { key: 'action', label: 'facetAction', kind: 'text' },
      ], rows: noted },
      { name: 'states', title: 'anTableResponsesState', columns: responseColumns('state', 'facetState'), rows: byResponse(db, child, 'state', min) },
      { name: 'recommending', title: 'anTableResponsesBy', columns: responseColumns('by', 'facetBy'), rows: byResponse(db, child, 'by', min) },
    ],
  };
}

export const RESPONSES_ANALYSIS: Analysis = {
  name: 'responses', title: 'anResponses', description: 'anResponsesIntro',
  summary: "Supported vs noted children's-rights recommendations by issue, State under review and recommending State; the noted list.",
  params: [
    { name: 'min', help: 'fewest recommendations for a noted share to be given', valueName: 'N', default: 10, min: 1, max: 100000 },
    { name: 'list', help: 'rows of the noted list (0: all; the linked search and its exports always hold all)', valueName: 'N', default: 1000, min: 0, max: 1000000 },
  ],
  run: (db, filters, p) => responses(db, filters, p.min ?? 10, p.list ?? 1000),
};
