// A State's UPR profile: its reviews by cycle (with counts) and what it recommends to other States.
import { listReviews, searchIds, type Db, type RecommendationFilters } from '../store/index.js';

export interface ReviewSummary {
  cycle: number;
  session: number | null;
  reviewDate: string | null;
  recommendations: number;
  supported: number;
  noted: number;
  childRights: number;
  /** How many of its recommendations the children's-rights classifier has seen. */
  classified: number;
}

export interface StateProfile {
  iso3: string;
  reviews: ReviewSummary[];
  /** Recommendations this State made to others, by response. */
  madeByResponse: { response: string; count: number }[];
  /** Recommendations this State made to others, by UPR Info issue. */
  madeByIssue: { issue: string; count: number }[];
  /** Recommendations this State made to others, by children's-rights issue (empty until classified). */
  madeByChildIssue: { issue: string; count: number }[];
  madeTotal: number;
}

/** Reads the profile of `iso3` through the search engine (the same counts as a search for it). */
export function stateProfile(db: Db, iso3: string): StateProfile {
  const count = (f: RecommendationFilters) => searchIds(db, f, { limit: 0 }).total;
  const reviews = listReviews(db, iso3).map((rv) => {
    const f: RecommendationFilters = { state: [iso3], cycle: [rv.cycle] };
    const { total, facets } = searchIds(db, f, { limit: 0, facets: ['response'] });
    const by = new Map((facets.response ?? []).map((v) => [v.value, v.count]));
    const childRights = count({ ...f, childRights: true });
    return { cycle: rv.cycle, session: rv.session, reviewDate: rv.reviewDate, recommendations: total, supported: by.get('supported') ?? 0, noted: by.get('noted') ?? 0,
      childRights, classified: childRights + count({ ...f, childRights: false }) };
  });
  const made = searchIds(db, { by: [iso3] }, { limit: 0, facets: ['response', 'issue', 'childIssue'], facetLimit: 1000 });
  const issues = (name: 'issue' | 'childIssue') => (made.facets[name] ?? []).map((v) => ({ issue: v.value, count: v.count }));
  return {
    iso3, reviews, madeTotal: made.total,
    madeByResponse: (made.facets.response ?? []).map((v) => ({ response: v.value, count: v.count })),
    madeByIssue: issues('issue').slice(0, 20),
    madeByChildIssue: issues('childIssue'),
  };
}
