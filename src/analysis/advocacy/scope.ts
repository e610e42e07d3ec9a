// What every analysis shares: its scope (the recommendations the filters select, where they come from)
// and small helpers to make counts that carry their search.
import { crossCounts, facetCounts, isClassified, searchIds, type CrossCounts, type Db, type RecommendationFilters } from '../../store/index.js';
import type { Linked, Scope } from './types.js';

/** The same filters restricted to recommendations classified as concerning children's rights. */
export const childScope = (f: RecommendationFilters): RecommendationFilters => ({ ...f, childRights: true });

/** A count (or a figure derived from it) with the filters of the search listing its records. */
export const linked = (value: number, filters: RecommendationFilters): Linked => ({ value, filters });

/** `part / whole`, 0 when `whole` is 0, rounded to 4 decimals. */
export const share = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : 0);

/** The scope of an analysis over `filters`. */
export function scopeOf(db: Db, filters: RecommendationFilters): Scope {
  const { total, facets } = searchIds(db, filters, { limit: 0, facets: ['session', 'cycle', 'origin'], facetLimit: 1000 });
  return {
    filters, records: total, childRights: searchIds(db, childScope(filters), { limit: 0 }).total,
    sessions: (facets.session ?? []).map((v) => Number(v.value)), cycles: (facets.cycle ?? []).map((v) => Number(v.value)),
    origins: (facets.origin ?? []).map(({ value, count }) => ({ value, count })), classified: isClassified(db),
  };
}

/** Counts of a cross-tabulation by key (the values joined with `|`). */
export function countMap(x: CrossCounts): Map<string, number> {
  return new Map(x.cells.map((c) => [c.values.join('|'), c.count]));
}

/** Counts per value of one facet under `filters`. */
export function countsBy(db: Db, filters: RecommendationFilters, facet: Parameters<typeof facetCounts>[2]): Map<string, number> {
  return countMap(crossCounts(db, filters, [facet]));
}

export const byCountThenName = <T extends { n: number; name: string }>(a: T, b: T) => b.n - a.n || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
