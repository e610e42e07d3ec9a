// The search engine's cache, owned by the database handle: its index (rebuilt when PRAGMA data_version or
// this connection's changes say the database changed) and the ranked rows of recent full-text queries
// (paging or faceting one search repeats its query). Kept in a WeakMap so it lives and dies with the handle.
import type { Db } from './database.js';
import { buildSearchIndex, databaseVersion, type SearchIndex } from './search-index.js';

interface Cache {
  index?: SearchIndex;
  /** Rows in rank order by FTS5 query, most recent last; emptied with each new index. */
  fts: Map<string, number[]>;
  ftsSize: number;
}

const caches = new WeakMap<Db, Cache>();

function cacheOf(db: Db): Cache {
  let c = caches.get(db);
  if (!c) {
    c = { fts: new Map(), ftsSize: 32 };
    caches.set(db, c);
  }
  return c;
}

/** How many full-text results to keep for reuse (default 32; 0 turns the cache off). */
export function setFullTextCacheSize(db: Db, size: number): void {
  const c = cacheOf(db);
  c.ftsSize = Math.max(0, Math.floor(size));
  c.fts.clear();
}

/** The current index of `db`, rebuilt when the database has changed since it was read. */
export function currentIndex(db: Db): SearchIndex {
  const c = cacheOf(db);
  if (!c.index || c.index.version !== databaseVersion(db)) {
    c.index = buildSearchIndex(db);
    c.fts.clear();
  }
  return c.index;
}

/** Ranked rows of FTS5 query `fts` from the cache, or computed by `read` and remembered. */
export function cachedFullText(db: Db, fts: string, read: () => number[]): number[] {
  const c = cacheOf(db);
  const hit = c.fts.get(fts);
  if (hit) {
    c.fts.delete(fts);
    c.fts.set(fts, hit);
    return hit;
  }
  const rows = read();
  if (c.ftsSize > 0) {
    c.fts.set(fts, rows);
    while (c.fts.size > c.ftsSize) c.fts.delete(c.fts.keys().next().value!);
  }
  return rows;
}
