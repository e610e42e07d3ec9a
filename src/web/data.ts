// The data behind each page, computed once and rendered either as HTML or as JSON (like Datasette).
import {
  getRecommendations, getChildRights, searchIds, searchPledgeRecords, filtersPledgesLack, facetCounts, isClassified, searchStatistics, recommendationSource, sourceDocument, reviewsNeedingReview, FACET_NAMES,
  type Db, type FacetName, type RecommendationFilters, type IssueScheme, type SourceDocumentPage,
} from '../store/index.js';
import { stateProfile, similarInOtherCycles, highlightMatches } from '../analysis/index.js';
import { allStates, resolveState, sessionsOfState, nextReview, projectedReview, UprError } from '../core/index.js';
import type { SearchRequest } from './search-params.js';
import { reportCycles } from './report-renderer.js';
import type { SearchPageData } from './views/search-page.js';
import type { RecommendationPageData } from './views/recommendation-page.js';
import type { StatePageData, StatesListRow } from './views/state-page.js';
import type { StatsData } from './views/stats-page.js';
import type { PledgeData } from './views/pledge-results.js';

/** Values fetched per facet for the search page (the page shows 10 and links to the rest). */
const FACET_FETCH = 11;

/** One page of results and the facet counts (each counted without its own selection), from the store's search engine. */
export function searchData(db: Db, req: SearchRequest, facets: readonly FacetName[] = FACET_NAMES, facetLimit = FACET_FETCH): SearchPageData {
  const r = searchIds(db, req.filters, { sort: req.sort, limit: req.size, offset: (req.page - 1) * req.size, facets, facetLimit, disjunctive: true });
  return {
    req, result: { total: r.total, items: getRecommendations(db, r.ids), facets: r.facets }, facets: r.facets, classified: isClassified(db),
    highlights: highlightMatches(db, req.filters.query, r.ids),
  };
}

export function recommendationData(db: Db, id: number): RecommendationPageData {
  const [rec] = Number.isInteger(id) ? getRecommendations(db, [id]) : [];
  if (!rec) throw new UprError('not_found', `no recommendation with id ${id}`, { field: 'id', value: String(id) });
  return { rec, childRights: getChildRights(db, [id]).get(id), similar: similarInOtherCycles(db, rec), source: recommendationSource(db, id) };
}

export function stateData(db: Db, code: string, today: string): StatePageData {
  const state = resolveState(code);
  if (!state) throw new UprError('not_found', `no State "${code}"`, { field: 'iso3', value: code });
  return { state, profile: stateProfile(db, state.iso3), sessions: sessionsOfState(state.iso3), next: nextReview(state.iso3, today), projected: projectedReview(state.iso3, today), reportCycles: reportCycles(db, state.iso3),
    needsReview: Object.fromEntries(reviewsNeedingReview(db, state.iso3)) };
}

/** Every State with the recommendations it received and made: the `state` and `by` facets of the whole store. */
export function statesList(db: Db): StatesListRow[] {
  const count = (facet: 'state' | 'by') => new Map(facetCounts(db, {}, facet, 1000).map((v) => [v.value, v.count]));
  const received = count('state');
  const made = count('by');
  return allStates()
    .map((s) => ({ iso3: s.iso3, name: s.shortName, received: received.get(s.iso3) ?? 0, made: made.get(s.iso3) ?? 0 }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The four aggregations of the statistics page, from the store's search engine. */
export function statsData(db: Db, filters: RecommendationFilters, scheme: IssueScheme): StatsData {
  return { filters, scheme, classified: isClassified(db), total: searchIds(db, filters, { limit: 0 }).total, ...searchStatistics(db, filters, scheme, { states: 15, heatStates: 12, heatIssues: 10, issues: 12 }) };
}

export function documentData(db: Db, id: number): SourceDocumentPage {
  const doc = Number.isInteger(id) ? sourceDocument(db, id) : undefined;
  if (!doc) throw new UprError('not_found', `no document with id ${id}`, { field: 'id', value: String(id) });
  return doc;
}

/** The voluntary pledges of a search: how many match (null when a filter is one pledges lack, named in `lacking`), and the page asked for with `kind=pledge`. */
export function pledgeData(db: Db, req: SearchRequest): PledgeData {
  const lacking = filtersPledgesLack(req.filters);
  if (lacking.length > 0) return { total: null, lacking };
  const r = searchPledgeRecords(db, req.filters, req.kind === 'pledge' ? { limit: req.size, offset: (req.page - 1) * req.size } : { limit: 0 });
  return { total: r.total, lacking, ...(req.kind === 'pledge' ? { items: r.items } : {}) };
}
