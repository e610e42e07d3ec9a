// What is new for a subscription (Atom feeds, e-mail digests): the recommendations a search matches, or the
// recommendations and documents of followed States, newest first by when they entered the store.
import type { Db } from './database.js';
import type { RecommendationFilters } from './filters.js';
import { searchIds } from './search.js';
import { getRecommendations } from './recommendations.js';
import type { RecommendationView } from '../core/index.js';

export interface NewsDocument {
  id: number;
  symbol: string | null;
  type: string;
  title: string | null;
  stateIso3: string | null;
  cycle: number | null;
  fileName: string;
  addedAt: string;
}

export type NewsItem =
  | { kind: 'recommendation'; addedAt: string; recommendation: RecommendationView }
  | { kind: 'document'; addedAt: string; document: NewsDocument };

export interface NewsOptions {
  /** Only what entered the store after this instant (ISO 8601). */
  since?: string;
  /** Only what entered the store up to this instant (ISO 8601), so a digest and the next one never overlap. */
  until?: string;
  /** At most this many items (default 50); with `each`, at most this many recommendations and as many documents. */
  limit?: number;
  /** Apply the limit to recommendations and documents separately (digests list every new document). */
  each?: boolean;
}

/** A subscription's scope: a search (its filters), or followed States (ISO3 codes). */
export type NewsScope = { filters: RecommendationFilters } | { states: string[] };

/** Items of `scope`, newest first (ties: highest id first, so the order is stable). */
export function listNews(db: Db, scope: NewsScope, opts: NewsOptions = {}): NewsItem[] {
  const limit = opts.limit ?? 50;
  const since = opts.since ?? '';
  const until = opts.until ?? '\uffff';
  let recs: { id: number; added_at: string }[];
  let docs: (Omit<NewsDocument, 'addedAt'> & { addedAt: string })[] = [];
  if ('filters' in scope) {
    const { ids } = searchIds(db, scope.filters, { limit: null, sort: 'session' });
    recs = db.prepare(`SELECT r.id, r.added_at FROM recommendations r WHERE r.id IN (SELECT value FROM json_each(?))
      AND COALESCE(r.added_at, '') > ? AND COALESCE(r.added_at, '') <= ? ORDER BY r.added_at DESC, r.id DESC LIMIT ?`).all(JSON.stringify(ids), since, until, limit) as typeof recs;
  } else {
    const states = JSON.stringify(scope.states);
    recs = db.prepare(`SELECT r.id, r.added_at FROM recommendations r JOIN reviews v ON v.id = r.review_id
      WHERE v.state_iso3 IN (SELECT value FROM json_each(?)) AND COALESCE(r.added_at, '') > ? AND COALESCE(r.added_at, '') <= ?
      ORDER BY r.added_at DESC, r.id DESC LIMIT ?`).all(states, since, until, limit) as typeof recs;
    docs = db.prepare(`SELECT d.id, d.symbol, d.type, d.title, v.state_iso3 AS stateIso3, v.cycle, s.file_name AS fileName, d.ingested_at AS addedAt
      FROM documents d JOIN reviews v ON v.id = d.review_id JOIN sources s ON s.id = d.source_id
      WHERE v.state_iso3 IN (SELECT value FROM json_each(?)) AND d.ingested_at > ? AND d.ingested_at <= ?
      ORDER BY d.ingested_at DESC, d.id DESC LIMIT ?`).all(states, since, until, limit) as typeof docs;
  }
  const views = new Map(getRecommendations(db, recs.map((r) => r.id)).map((v) => [v.id, v]));
  const items: NewsItem[] = [
    ...recs.filter((r) => views.has(r.id)).map((r) => ({ kind: 'recommendation' as const, addedAt: r.added_at, recommendation: views.get(r.id)! })),
    ...docs.map((d) => ({ kind: 'document' as const, addedAt: d.addedAt, document: d })),
  ];
  const idOf = (i: NewsItem) => (i.kind === 'document' ? i.document.id : i.recommendation.id);
  items.sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : a.kind !== b.kind ? (a.kind === 'document' ? -1 : 1) : idOf(b) - idOf(a)));
  return opts.each ? items : items.slice(0, limit);
}

/** When the store was created (its first migration): the `updated` of a feed with nothing in it yet. */
export function storeCreatedAt(db: Db): string {
  const row = db.prepare('SELECT min(applied_at) AS at FROM schema_migrations').get() as { at: string | null } | undefined;
  return row?.at ?? new Date(0).toISOString();
}
