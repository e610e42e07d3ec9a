// Facets: counts of matching recommendations per value of one filter, over the search index. A facet is
// any filter of filters.ts that declares a title; its values are ordered by count (then label), or by
// value for numeric ones (cycle, session, action category).
import { FILTERS, FILTER_NAMES, type FilterName } from './filters.js';
import type { SearchIndex } from './search-index.js';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type FacetName = FilterName;
/** The facets every face offers, in declaration order. */
export const FACET_NAMES: readonly FacetName[] = FILTER_NAMES.filter((n) => FILTERS[n].title !== undefined && !FILTERS[n].internal);

export function isFacetName(name: string): name is FacetName {
  return (FACET_NAMES as readonly string[]).includes(name);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts per value of `name` over `rows` of the index, at most `limit` values. */
export function countFacet(ix: SearchIndex, rows: Int32Array, name: FacetName, limit: number): FacetValue[] {
  const col = ix.columns[name];
  const counts = new Int32Array(col.dict.values.length);
  if (col.kind === 'multi') {
    const { offsets, codes } = col;
    for (const r of rows) for (let k = offsets[r]!; k < offsets[r + 1]!; k++) counts[codes[k]!]!++;
  } else {
    const codes = col.codes;
    for (const r of rows) if (codes[r]! >= 0) counts[codes[r]!]!++;
  }
  const out: FacetValue[] = [];
  counts.forEach((count, c) => {
    if (count > 0) out.push({ value: col.dict.values[c]!, label: col.dict.labels[c]!, count });
  });
  out.sort(FILTERS[name].orderByValue
    ? (a, b) => Number(a.value) - Number(b.value) || cmp(a.value, b.value)
    : (a, b) => b.count - a.count || cmp(a.label, b.label));
  return out.slice(0, limit);
}
