// The data behind each page, computed once and rendered either as HTML or as JSON (like Datasette).
import {
  getRecommendations, getChildRights, reviewsNeedingReview, FACET_NAMES,
  type Db, type FacetName, type RecommendationFilters,
} from '../store/index.js';
import {
  stateProfile, similarInOtherCycles, indexedSearch, indexedStats, highlightMatches, recommendationSource, sourceDocument, type SourceDocumentPage, type IssueScheme, type RecommendationIndex,
} from '../analysis/index.js';
import { resolveState } from '../core/states.js';
import { sessionsOfState, nextReview, projectedReview } from '../core/sessions.js';
import { UprError } from '../core/errors.js';
import type { SearchRequest } from './search-params.js';
import { reportCycles } from './report-renderer.js';
import type { SearchPageData } from './views/search-page.js';
import type { RecommendationPageData } from './views/recommendation-page.js';
import type { StatePageData, StatesListRow } from './views/state-page.js';
import type { StatsData } from './views/stats-page.js';

/** Values fetched per facet for the search page (the page shows 10 and links to the rest). */
const FACET_FETCH = 11;

/** One page of results and the facet counts, from the in-memory index `ix`. */
export function searchData(db: Db, ix: RecommendationIndex, req: SearchRequest, facets: readonly FacetName[] = FACET_NAMES, facetLimit = FACET_FETCH): SearchPageData {
  const r = indexedSearch(db, ix, req.filters, { sort: req.sort, limit: req.size, offset: (req.page - 1) * req.size, facets, facetLimit, disjunctive: true });
  return {
    req, result: { total: r.total, items: getRecommendations(db, r.ids) }, facets: r.facets, classified: ix.dict.childRights.values.length > 0,
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

export function statesList(db: Db): StatesListRow[] {
  return db.prepare(`SELECT s.iso3, s.short_name AS name,
      (SELECT count(*) FROM recommendations r JOIN reviews v ON v.id = r.review_id WHERE v.state_iso3 = s.iso3) AS received,
      (SELECT count(*) FROM recommendation_states rs WHERE rs.state_iso3 = s.iso3) AS made
    FROM states s ORDER BY s.short_name`).all() as StatesListRow[];
}

/** The four aggregations of the statistics page, from the in-memory index (equal to src/analysis/statistics.ts). */
export function statsData(db: Db, ix: RecommendationIndex, filters: RecommendationFilters, scheme: IssueScheme): StatsData {
  return { filters, scheme, classified: ix.dict.childRights.values.length > 0, ...indexedStats(db, ix, filters, scheme, { states: 15, heatStates: 12, heatIssues: 10, issues: 12 }) };
}

export function documentData(db: Db, id: number): SourceDocumentPage {
  const doc = Number.isInteger(id) ? sourceDocument(db, id) : undefined;
  if (!doc) throw new UprError('not_found', `no document with id ${id}`, { field: 'id', value: String(id) });
  return doc;
}
