// The one search engine of the product: full text (SQLite FTS5) plus the filters, sort orders and facet
// counts of the in-memory index. The CLI, the web pages, the JSON API, exports, statistics and reports
// all search through here, so a figure cannot differ between two of them.
import type { Db } from './database.js';
import { type RecommendationView, UprError } from '../core/index.js';
import { FILTER_NAMES, type RecommendationFilters } from './filters.js';
import { toFtsPlan, type FtsPlan } from './fts-query.js';
import { getRecommendations } from './recommendations.js';
import { currentIndex, cachedFullText } from './search-cache.js';
import { rowsInOrder, type SortOrder } from './search-order.js';
import { countFacet, type FacetName, type FacetValue } from './facets.js';
import type { SearchIndex } from './search-index.js';
import { withBudget, BUDGET_SQL_FUNCTION, type Budget } from './search-budget.js';

export interface SearchOptions {
  /** Default: relevance with a query, else session. */
  sort?: SortOrder;
  /** Page size (default 20); `null` for every match (exports). */
  limit?: number | null;
  offset?: number;
  /** Facets to count under the same filters. */
  facets?: readonly FacetName[];
  /** Values per facet (default 300). */
  facetLimit?: number;
  /**
   * Count each facet under the other filters only (its own selection left out), so values of a facet
   * already filtered on can still be added (OR within a facet, AND across facets).
   */
  disjunctive?: boolean;
}

export interface SearchIdsResult {
  total: number;
  /** Ids of the requested page, in order. */
  ids: number[];
  facets: Partial<Record<FacetName, FacetValue[]>>;
}

export interface SearchResult {
  total: number;
  items: RecommendationView[];
  facets: Partial<Record<FacetName, FacetValue[]>>;
}

/**
 * Rows matching full-text plan `plan` in rank order (cached), or in row order when `ranked` is false; a
 * negated plan (`NOT x`, `-x`) gives every row but the matches, in row order.
 */
function fullTextRows(db: Db, ix: SearchIndex, query: string, plan: FtsPlan, ranked: boolean): number[] {
  const { fts, negated } = plan;
  const read = () => {
    let ids: [number][];
    try {
      // The budget function runs for each match, inside SQLite, and stops the statement past the deadline.
      ids = db.prepare(`SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ? AND ${BUDGET_SQL_FUNCTION}()
        ORDER BY ${ranked && !negated ? 'rank, rowid' : 'rowid'}`).raw().all(fts) as [number][];
    } catch (err) {
      if (err instanceof UprError) throw err;
      throw new UprError('invalid_input', `cannot understand the search query "${query}": ${(err as Error).message}`, { field: 'query', value: query });
    }
    const rows: number[] = [];
    for (const [id] of ids) {
      const r = id < ix.rowOf.length ? ix.rowOf[id]! : -1;
      if (r >= 0) rows.push(r);
    }
    if (!negated) return rows;
    const hit = new Uint8Array(ix.size);
    for (const r of rows) hit[r] = 1;
    const rest: number[] = [];
    for (let r = 0; r < ix.size; r++) if (hit[r] === 0) rest.push(r);
    return rest;
  };
  return ranked ? cachedFullText(db, negated ? `\0NOT ${fts}` : fts, read) : read();
}

/** Rows of `ix` matching the filters other than the query, among `candidates` (in row order) when given; in row order. */
export function matchRows(ix: SearchIndex, f: RecommendationFilters, candidates: ArrayLike<number> | null, budget?: Budget): Int32Array {
  const checks: ((row: number) => boolean)[] = [];
  for (const name of FILTER_NAMES) {
    const values = f[name] as (string | number)[] | undefined;
    if (!values || values.length === 0) continue;
    const col = ix.columns[name];
    const ok = new Uint8Array(col.dict.values.length);
    for (const v of values) {
      const c = col.dict.codeOf.get(String(v));
      if (c !== undefined) ok[c] = 1;
    }
    if (col.kind === 'single') {
      const codes = col.codes;
      checks.push((r) => codes[r]! >= 0 && ok[codes[r]!] === 1);
    } else {
      const { offsets, codes } = col;
      checks.push((r) => {
        for (let k = offsets[r]!; k < offsets[r + 1]!; k++) if (ok[codes[k]!] === 1) return true;
        return false;
      });
    }
  }
  if (f.childRights !== undefined) {
    const col = ix.columns.childRights;
    const want = col.dict.codeOf.get(f.childRights ? '1' : '0') ?? -2;
    if (col.kind === 'single') checks.push((r) => col.codes[r] === want);
  }
  const out: number[] = [];
  const test = (r: number) => {
    for (const c of checks) if (!c(r)) return;
    out.push(r);
  };
  const n = candidates ? candidates.length : ix.size;
  for (let k = 0; k < n; k++) {
    if ((k & 8191) === 8191) budget?.check('filtering');
    test(candidates ? candidates[k]! : k);
  }
  return Int32Array.from(out);
}

/** The index and the rows matching every filter, the query included (in row order). */
export function matchingRows(db: Db, filters: RecommendationFilters): { ix: SearchIndex; rows: Int32Array } {
  const ix = currentIndex(db);
  const fts = filters.query ? toFtsPlan(filters.query) : null;
  // Unranked full-text rows come in rowid order, which is row order.
  return withBudget(db, (budget) => ({ ix, rows: matchRows(ix, filters, fts ? fullTextRows(db, ix, filters.query!, fts, false) : null, budget) }));
}

/** Total, the requested page of ids and the facet counts of `filters`. */
export function searchIds(db: Db, filters: RecommendationFilters, opts: SearchOptions = {}): SearchIdsResult {
  const ix = currentIndex(db);
  const fts = filters.query ? toFtsPlan(filters.query) : null;
  return withBudget(db, (budget) => searchIndex(db, ix, filters, fts, opts, budget));
}

function searchIndex(db: Db, ix: SearchIndex, filters: RecommendationFilters, fts: FtsPlan | null, opts: SearchOptions, budget: Budget): SearchIdsResult {
  const sort = opts.sort ?? (fts && !fts.negated ? 'relevance' : 'session');
  const ranked = fts ? fullTextRows(db, ix, filters.query!, fts, sort === 'relevance') : null;
  const candidates = ranked && sort === 'relevance' ? Int32Array.from(ranked).sort() : ranked;
  if (ranked) budget.check('full-text search');
  const rows = matchRows(ix, filters, candidates, budget);
  const limit = opts.limit === undefined ? 20 : opts.limit;
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  const end = limit === null ? Infinity : offset + Math.max(0, Math.floor(limit));
  const ids: number[] = [];
  if (end > offset) {
    const mask = new Uint8Array(ix.size);
    for (const r of rows) mask[r] = 1;
    const order: ArrayLike<number> = sort === 'relevance' ? (ranked ?? rowsInOrder(ix, 'session')) : rowsInOrder(ix, sort);
    for (let k = 0, seen = 0; k < order.length && seen < end; k++) {
      if ((k & 8191) === 8191) budget.check('ordering');
      const r = order[k]!;
      if (mask[r] !== 1) continue;
      if (seen >= offset) ids.push(ix.ids[r]!);
      seen++;
    }
  }
  const facets: SearchIdsResult['facets'] = {};
  for (const name of opts.facets ?? []) {
    budget.check('facet counts');
    const active = opts.disjunctive && ((filters[name] as unknown[] | undefined) ?? []).length > 0;
    const base = active ? matchRows(ix, { ...filters, [name]: undefined }, candidates, budget) : rows;
    facets[name] = countFacet(ix, base, name, opts.facetLimit ?? 300);
  }
  return { total: rows.length, ids, facets };
}

/** A page of matching recommendations as shown and exported, with the facet counts asked for. */
export function searchRecommendations(db: Db, filters: RecommendationFilters, opts: SearchOptions = {}): SearchResult {
  const { total, ids, facets } = searchIds(db, filters, opts);
  return { total, items: getRecommendations(db, ids), facets };
}

/** Counts per value of `facet` among the recommendations matching `filters`. */
export function facetCounts(db: Db, filters: RecommendationFilters, facet: FacetName, limit = 300): FacetValue[] {
  return searchIds(db, filters, { limit: 0, facets: [facet], facetLimit: limit }).facets[facet] ?? [];
}

/** True when the children's-rights classifier has been run on the store. */
export function isClassified(db: Db): boolean {
  return currentIndex(db).columns.childRights.dict.values.length > 0;
}
