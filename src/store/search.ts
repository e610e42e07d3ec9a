// Search over recommendations: filters + full text, sorting and pagination.
import type { Db } from './database.js';
import type { RecommendationView } from '../core/types.js';
import { whereClause, type RecommendationFilters } from './filters.js';
import { toFtsQuery } from './fts-query.js';
import { getRecommendations } from './recommendations.js';
import { UprError } from '../core/errors.js';

export type SortOrder = 'relevance' | 'session' | '-session' | 'state' | 'recommending';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'session', '-session', 'state', 'recommending'];

export interface SearchOptions {
  sort?: SortOrder;
  /** Page size; `null` for every match (exports). */
  limit?: number | null;
  offset?: number;
}

export interface SearchResult {
  total: number;
  items: RecommendationView[];
}

const FROM = 'FROM recommendations r JOIN reviews v ON v.id = r.review_id';

const ORDER: Record<Exclude<SortOrder, 'relevance'>, string> = {
  session: 'v.session, v.state_iso3, r.id',
  '-session': 'v.session DESC, v.state_iso3, r.id',
  state: 'v.state_iso3, v.cycle, r.id',
  recommending: '(SELECT min(state_iso3) FROM recommendation_states WHERE recommendation_id = r.id), r.id',
};

/** Ids of matching recommendations in the requested order (all of them when limit is null). */
export function searchIds(db: Db, filters: RecommendationFilters, opts: SearchOptions = {}): { total: number; ids: number[] } {
  const limit = opts.limit === undefined ? 20 : opts.limit;
  const offset = opts.offset ?? 0;
  const page = limit === null ? '' : ` LIMIT ${Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(offset))}`;
  return runSql(filters, () => {
    const where = whereClause(filters);
    const total = (db.prepare(`SELECT count(*) AS n ${FROM} ${where.sql}`).get(...where.params) as { n: number }).n;
    const fts = filters.query ? toFtsQuery(filters.query) : null;
    const sort = opts.sort ?? (fts ? 'relevance' : 'session');
    let rows: { id: number }[];
    if (sort === 'relevance' && fts) {
      const rest = whereClause(filters, 'query');
      rows = db
        .prepare(`SELECT r.id FROM recommendations_fts f JOIN recommendations r ON r.id = f.rowid
          JOIN reviews v ON v.id = r.review_id ${rest.sql} AND recommendations_fts MATCH ? ORDER BY f.rank, r.id${page}`)
        .all(...rest.params, fts) as { id: number }[];
    } else {
      const order = ORDER[sort === 'relevance' ? 'session' : sort];
      rows = db.prepare(`SELECT r.id ${FROM} ${where.sql} ORDER BY ${order}${page}`).all(...where.params) as { id: number }[];
    }
    return { total, ids: rows.map((r) => r.id) };
  });
}

export function searchRecommendations(db: Db, filters: RecommendationFilters, opts: SearchOptions = {}): SearchResult {
  const { total, ids } = searchIds(db, filters, opts);
  return { total, items: getRecommendations(db, ids) };
}

/** Translates FTS5 syntax errors (which only SQLite can detect) into a clear invalid_input error. */
export function runSql<T>(filters: RecommendationFilters, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const msg = (err as Error).message ?? '';
    if (/fts5|MATCH|syntax error/i.test(msg) && filters.query) {
      throw new UprError('invalid_input', `cannot understand the search query "${filters.query}": ${msg}`, { field: 'query', value: filters.query });
    }
    throw err;
  }
}
