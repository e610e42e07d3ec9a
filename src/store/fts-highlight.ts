// The words of a full-text query marked in recommendation texts by FTS5's highlight() (stemming included).
import type { Db } from './database.js';
import { toFtsQuery } from './fts-query.js';

/** Texts of recommendations `ids` with the words matching `query` between `open` and `close`; empty without a query. */
export function markFullTextMatches(db: Db, query: string | undefined, ids: number[], open: string, close: string): Map<number, string> {
  const out = new Map<number, string>();
  const fts = query ? toFtsQuery(query) : null;
  if (!fts || ids.length === 0) return out;
  const rows = db.prepare(`SELECT rowid AS id, highlight(recommendations_fts, 0, ?, ?) AS marked FROM recommendations_fts
    WHERE recommendations_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`).all(open, close, fts, JSON.stringify(ids)) as { id: number; marked: string }[];
  for (const r of rows) out.set(r.id, r.marked);
  return out;
}
