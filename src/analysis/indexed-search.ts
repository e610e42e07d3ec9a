// Search over the in-memory recommendation index: the same results, order, totals and facet counts
// as the store's searchIds/facetCounts (a test keeps them equal), in a few milliseconds.
import { FACETS, toFtsQuery, type Db, type FacetName, type FacetValue, type RecommendationFilters, type SortOrder } from '../store/index.js';
import { UprError } from '../core/errors.js';
import { FACET_COLUMNS, type MultiColumn, type RecommendationIndex, type SingleColumn } from './recommendation-index.js';

export interface IndexedSearchOptions {
  sort?: SortOrder;
  limit?: number | null;
  offset?: number;
  facets?: readonly FacetName[];
  facetLimit?: number;
  /**
   * Count each facet under the other filters only (its own selection left out), so that values of a facet
   * already filtered on can still be added (OR within a facet, AND across facets).
   */
  disjunctive?: boolean;
}

export interface IndexedSearchResult {
  total: number;
  /** Ids of the requested page, in order. */
  ids: number[];
  facets: Partial<Record<FacetName, FacetValue[]>>;
}

const SINGLE_FILTERS: [keyof RecommendationFilters, SingleColumn][] = [
  ['state', 'state'], ['cycle', 'cycle'], ['session', 'session'], ['response', 'response'], ['action', 'action'], ['origin', 'origin'], ['docType', 'docType'],
];
const MULTI_FILTERS: [keyof RecommendationFilters, MultiColumn][] = [['by', 'by'], ['group', 'group'], ['issue', 'issue'], ['childIssue', 'childIssue']];

/** Rows matching the full-text `query` (in BM25 rank order when `ranked`), or null for an empty query. */
export function ftsRows(db: Db, ix: RecommendationIndex, query: string, ranked = true): number[] | null {
  const fts = toFtsQuery(query);
  if (!fts) return null;
  const hit = ix.ftsCache.get(fts);
  if (hit) {
    ix.ftsCache.delete(fts);
    ix.ftsCache.set(fts, hit);
    return hit;
  }
  let ids: [number][];
  try {
    ids = db.prepare(`SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ?${ranked ? ' ORDER BY rank, rowid' : ''}`).raw().all(fts) as [number][];
  } catch (err) {
    throw new UprError('invalid_input', `cannot understand the search query "${query}": ${(err as Error).message}`, { field: 'query', value: query });
  }
  const rows: number[] = [];
  for (const [id] of ids) {
    const r = ix.rowOf.get(id);
    if (r !== undefined) rows.push(r);
  }
  if (ranked && ix.ftsCacheSize > 0) {
    ix.ftsCache.set(fts, rows);
    while (ix.ftsCache.size > ix.ftsCacheSize) ix.ftsCache.delete(ix.ftsCache.keys().next().value!);
  }
  return rows;
}

/** Matching rows as a mask, and the FTS rows in rank order when there is a query. */
export function match(db: Db, ix: RecommendationIndex, f: RecommendationFilters, fts?: number[] | null): { mask: Uint8Array; ranked: number[] | null; rows: Int32Array } {
  const checks: ((row: number) => boolean)[] = [];
  const allowed = (col: SingleColumn | MultiColumn, values: unknown[]) => {
    const ok = new Uint8Array(ix.dict[col].values.length);
    for (const v of values) {
      const c = ix.dict[col].codeOf.get(String(v));
      if (c !== undefined) ok[c] = 1;
    }
    return ok;
  };
  for (const [key, col] of SINGLE_FILTERS) {
    const values = f[key] as unknown[] | undefined;
    if (!values || values.length === 0) continue;
    const ok = allowed(col, values);
    const codes = ix.single[col];
    checks.push((r) => codes[r]! >= 0 && ok[codes[r]!] === 1);
  }
  for (const [key, col] of MULTI_FILTERS) {
    const values = f[key] as unknown[] | undefined;
    if (!values || values.length === 0) continue;
    const ok = allowed(col, values);
    const { offsets, codes } = ix.multi[col];
    checks.push((r) => {
      for (let k = offsets[r]!; k < offsets[r + 1]!; k++) if (ok[codes[k]!] === 1) return true;
      return false;
    });
  }
  if (f.childRights !== undefined) {
    const want = ix.dict.childRights.codeOf.get(f.childRights ? '1' : '0') ?? -2;
    const codes = ix.single.childRights;
    checks.push((r) => codes[r] === want);
  }
  const ranked = fts !== undefined ? fts : f.query ? ftsRows(db, ix, f.query) : null;
  const mask = new Uint8Array(ix.size);
  const out: number[] = [];
  const test = (r: number) => {
    for (const c of checks) if (!c(r)) return;
    mask[r] = 1;
    out.push(r);
  };
  if (ranked) for (const r of [...ranked].sort((a, b) => a - b)) test(r);
  else for (let r = 0; r < ix.size; r++) test(r);
  return { mask, ranked, rows: Int32Array.from(out) };
}

/** Counts per value of facet `name` over `rows`, ordered like the store's facetCounts. */
export function countFacet(ix: RecommendationIndex, rows: Int32Array, name: FacetName, limit: number): FacetValue[] {
  const col = FACET_COLUMNS[name];
  const dict = ix.dict[col];
  const counts = new Int32Array(dict.values.length);
  if (col in ix.multi) {
    const { offsets, codes } = ix.multi[col as MultiColumn];
    for (const r of rows) for (let k = offsets[r]!; k < offsets[r + 1]!; k++) counts[codes[k]!]!++;
  } else {
    const codes = ix.single[col as SingleColumn];
    for (const r of rows) if (codes[r]! >= 0) counts[codes[r]!]!++;
  }
  const out: FacetValue[] = [];
  counts.forEach((count, c) => {
    if (count > 0) out.push({ value: dict.values[c]!, label: dict.labels[c]!, count });
  });
  const byValue = 'orderByValue' in FACETS[name] && FACETS[name].orderByValue;
  out.sort(byValue
    ? (a, b) => (Number(a.value) - Number(b.value)) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
    : (a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return out.slice(0, limit);
}

/** Total, the requested page of ids and the facet counts of `filters`, from the index. */
export function indexedSearch(db: Db, ix: RecommendationIndex, filters: RecommendationFilters, opts: IndexedSearchOptions = {}): IndexedSearchResult {
  // The full-text lookup runs once; ranked only when the order needs it.
  const fts = filters.query ? ftsRows(db, ix, filters.query, (opts.sort ?? 'relevance') === 'relevance') : null;
  const { mask, ranked, rows } = match(db, ix, filters, fts);
  const limit = opts.limit === undefined ? 20 : opts.limit;
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  const end = limit === null ? Infinity : offset + Math.max(0, Math.floor(limit));
  const sort = opts.sort ?? (ranked ? 'relevance' : 'session');
  const ids: number[] = [];
  let seen = 0;
  const order: ArrayLike<number> = sort === 'relevance' && ranked ? ranked : ix.orders[sort === 'relevance' ? 'session' : sort];
  for (let k = 0; k < order.length && seen < end; k++) {
    const r = order[k]!;
    if (mask[r] !== 1) continue;
    if (seen >= offset) ids.push(ix.ids[r]!);
    seen++;
  }
  const facets: IndexedSearchResult['facets'] = {};
  for (const name of opts.facets ?? []) {
    const own = FACETS[name].filter;
    const active = opts.disjunctive && ((filters[own] as unknown[] | undefined) ?? []).length > 0;
    const base = active ? match(db, ix, { ...filters, [own]: undefined }, fts).rows : rows;
    facets[name] = countFacet(ix, base, name, opts.facetLimit ?? 300);
  }
  return { total: rows.length, ids, facets };
}
