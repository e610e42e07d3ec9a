// Voluntary pledges of States under review (UPR Info "Voluntary Pledge" rows): writing, listing, full text.
import { createHash } from 'node:crypto';
import type { Db } from './database.js';
import { searchPledgeRecords } from './pledge-search.js';

export interface NewPledge {
  reviewId: number;
  session: number;
  stateIso3: string;
  text: string;
  actionCategory: number | null;
  issues: string[];
  sourceId: number;
  locator: string;
}

export interface PledgeRow {
  id: number;
  stateIso3: string;
  cycle: number;
  session: number;
  text: string;
  actionCategory: number | null;
  issues: string[];
  file: string;
  locator: string;
}

/** Prepares the insert once for a file (call inside a transaction). `insert` is idempotent; true when new. */
export function pledgeWriter(db: Db): { insert(p: NewPledge): boolean } {
  const stmt = db.prepare(`INSERT INTO pledges (review_id, natural_key, session, text, action_category, issues, source_id, locator)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(natural_key) DO NOTHING`);
  const seen = new Map<string, number>();
  return {
    insert(p) {
      const base = pledgeKey(p);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const key = n === 1 ? base : `${base}#${n}`;
      return stmt.run(p.reviewId, key, p.session, p.text, p.actionCategory, JSON.stringify(p.issues), p.sourceId, p.locator).changes > 0;
    },
  };
}

/** Identity of a pledge across files: session, State and text (case and spacing ignored). */
function pledgeKey(p: NewPledge): string {
  const text = p.text.toLowerCase().replace(/\s+/g, ' ').trim();
  return `pledge:${createHash('sha1').update([p.session, p.stateIso3, text].join('\u0000')).digest('hex')}`;
}

const SELECT = `SELECT p.id, v.state_iso3 AS stateIso3, v.cycle, p.session, p.text, p.action_category AS actionCategory,
    p.issues, src.file_name AS file, p.locator
  FROM pledges p JOIN reviews v ON v.id = p.review_id JOIN sources src ON src.id = p.source_id`;

const toRow = (r: Omit<PledgeRow, 'issues'> & { issues: string }): PledgeRow => ({ ...r, issues: JSON.parse(r.issues) as string[] });

/** The pledges of one State under review, by session then order in the file. */
export function listPledges(db: Db, iso3: string): PledgeRow[] {
  const rows = db.prepare(`${SELECT} WHERE v.state_iso3 = ? ORDER BY p.session, p.id`).all(iso3) as (Omit<PledgeRow, 'issues'> & { issues: string })[];
  return rows.map(toRow);
}

/**
 * Full-text search of pledges (same query language as recommendations, negative queries included: `-roma` is
 * every pledge without the word), best match first; `state` narrows. The engine is searchPledgeRecords.
 */
export function searchPledges(db: Db, query: string, opts: { state?: string; limit?: number } = {}): PledgeRow[] {
  if (!query.trim()) return [];
  return searchPledgeRecords(db, { query, ...(opts.state ? { state: [opts.state] } : {}) }, { limit: opts.limit ?? 100 }).items;
}
