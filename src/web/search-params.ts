// The permanent URL of a search: GET query string ⇄ filters, sort, page and page size.
// One parser shared by the HTML pages, the exports and the JSON API.
import { SORT_ORDERS, PUBLIC_FILTER_NAMES, readFilterValues, readRecordKind, filterDeclaration, type FilterName, type RecommendationFilters, type RecordKind, type SortOrder } from '../store/index.js';
import { UprError } from '../core/index.js';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface SearchRequest {
  filters: RecommendationFilters;
  sort?: SortOrder;
  page: number;
  size: number;
  /** `pledge` lists voluntary pledges instead of recommendations (search page and /api/pledges only). */
  kind?: RecordKind;
}

/** Query-string names of the list filters (repeat a name for several values): the store's public filters. */
export const FILTER_PARAMS: readonly FilterName[] = PUBLIC_FILTER_NAMES;
export type FilterParam = FilterName;

function ints(values: string[], name: string, min: number, max: number): number[] {
  return values.map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UprError('invalid_input', `${name} must be a whole number ${min}-${max}, got "${v}"`, { field: name, value: v });
    return n;
  });
}

/** The number of the last page of `total` results in pages of `size` (1 when there are none). */
export function lastPage(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * Reads a search from URL parameters; throws `invalid_input` for values that cannot be understood, and for
 * `kind=pledge` where only recommendations are listed (exports, statistics, facets) unless `opts.pledges`.
 */
export function parseSearchParams(params: URLSearchParams, opts: { pledges?: boolean } = {}): SearchRequest {
  const all = (name: string) => params.getAll(name).flatMap((v) => v.split(';')).map((v) => v.trim()).filter(Boolean);
  const f: RecommendationFilters = {};
  const q = params.get('q')?.trim();
  if (q) f.query = q;
  for (const name of FILTER_PARAMS) {
    const values = readFilterValues(name, all(name), name);
    if (values.length) (f as Record<string, unknown>)[name] = values;
  }
  const cr = params.get('childRights');
  if (cr === '1' || cr === 'true') f.childRights = true;
  else if (cr === '0' || cr === 'false') f.childRights = false;
  const sortRaw = params.get('sort') || undefined;
  if (sortRaw !== undefined && !SORT_ORDERS.includes(sortRaw as SortOrder)) {
    throw new UprError('invalid_input', `sort must be one of ${SORT_ORDERS.join(', ')}`, { field: 'sort', value: sortRaw });
  }
  const [page] = ints([params.get('page') || '1'], 'page', 1, 1_000_000);
  const [size] = ints([params.get('size') || '20'], 'size', 1, 500);
  const kind = readRecordKind(params.get('kind') ?? undefined, 'kind');
  if (kind === 'pledge' && !opts.pledges) {
    throw new UprError('invalid_input', 'kind=pledge: this address lists recommendations; voluntary pledges are listed at /?kind=pledge and /api/pledges', { field: 'kind', value: 'pledge' });
  }
  return { filters: f, sort: sortRaw as SortOrder | undefined, page: page!, size: size!, ...(kind === 'pledge' ? { kind } : {}) };
}

/** The query string (without `?`) of a search, in a stable order; omits defaults. */
export function searchQueryString(req: Partial<SearchRequest> & { filters: RecommendationFilters }, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  const f = req.filters;
  if (f.query) p.append('q', f.query);
  for (const name of FILTER_PARAMS) for (const v of (f[name] as unknown[] | undefined) ?? []) p.append(name, String(v));
  if (f.childRights !== undefined) p.append('childRights', f.childRights ? '1' : '0');
  if (req.kind === 'pledge') p.append('kind', 'pledge');
  if (req.sort) p.append('sort', req.sort);
  if (req.size && req.size !== 20) p.append('size', String(req.size));
  if (req.page && req.page > 1) p.append('page', String(req.page));
  for (const [k, v] of Object.entries(extra)) p.append(k, v);
  return p.toString();
}

/** Filters with one value of `name` added or removed (facet links toggle). */
export function toggleFilter(f: RecommendationFilters, name: FilterParam, value: string): RecommendationFilters {
  const cur = ((f[name] as unknown[] | undefined) ?? []).map(String);
  const next = cur.includes(value) ? cur.filter((v) => v !== value) : [...cur, value];
  const out: RecommendationFilters = { ...f };
  if (next.length === 0) delete out[name];
  else (out as Record<string, unknown>)[name] = filterDeclaration(name).value.numeric ? next.map(Number) : next;
  return out;
}
