// Search of voluntary pledges, the second kind of record the search faces can list (`kind=pledge`,
// `upr search --kind pledge`): the same query language as recommendations, negative queries included
// (`-roma`, `NOT roma`: every pledge without the word), and the filters a pledge has (State under review,
// cycle, session, UPR Info issue, action category). A filter a pledge does not have is refused, not ignored.
import type { Db } from './database.js';
import { UprError } from '../core/index.js';
import { FILTERS, PUBLIC_FILTER_NAMES, type FilterName, type RecommendationFilters } from './filters.js';
import { toFtsPlan } from './fts-query.js';
import type { PledgeRow } from './pledges.js';

/** The list filters pledges have, and how each reads a pledge (p) or its review (v). */
const PLEDGE_COLUMNS: Partial<Record<FilterName, string>> = { state: 'v.state_iso3', cycle: 'v.cycle', session: 'p.session', action: 'p.action_category' };

/** Filters of `f` that pledges do not have (`by`, `response`, `childRights`…): a pledge search refuses them. */
export function filtersPledgesLack(f: RecommendationFilters): string[] {
  const lacking = PUBLIC_FILTER_NAMES.filter((n) => n !== 'issue' && !PLEDGE_COLUMNS[n] && ((f[n] as unknown[] | undefined) ?? []).length > 0);
  return [...lacking, ...(f.childRights !== undefined ? ['childRights'] : [])];
}

export interface PledgeSearchResult {
  total: number;
  items: PledgeRow[];
}

/**
 * Pledges matching `f`: best match first for a query, else by session, State and order in the file.
 * `invalid_input` naming the filter when `f` holds one pledges lack, or a query FTS5 cannot read.
 */
export function searchPledgeRecords(db: Db, f: RecommendationFilters, opts: { limit?: number | null; offset?: number } = {}): PledgeSearchResult {
  const lacking = filtersPledgesLack(f);
  if (lacking.length > 0) {
    const names = lacking.map((n) => (n === 'childRights' ? "children's rights" : FILTERS[n as FilterName].noun));
    throw new UprError('invalid_input', `voluntary pledges have no ${names.join(', ')}: remove that filter (${lacking.join(', ')}) to search pledges`, { field: lacking[0]!, kind: 'pledge' });
  }
  const where: string[] = [];
  const args: (string | number)[] = [];
  const plan = f.query ? toFtsPlan(f.query) : null;
  // A query ranks the matches (FTS5's bm25 rank, joined); a negative one keeps every pledge but the matches.
  const ranked = plan !== null && !plan.negated;
  if (plan) {
    where.push(ranked ? 'pledges_fts MATCH ?' : 'p.id NOT IN (SELECT rowid FROM pledges_fts WHERE pledges_fts MATCH ?)');
    args.push(plan.fts);
  }
  for (const [name, column] of Object.entries(PLEDGE_COLUMNS)) {
    const values = (f[name as FilterName] as (string | number)[] | undefined) ?? [];
    if (values.length === 0) continue;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    args.push(...values);
  }
  if (f.issue?.length) {
    where.push(`EXISTS (SELECT 1 FROM json_each(p.issues) j WHERE j.value IN (${f.issue.map(() => '?').join(', ')}))`);
    args.push(...f.issue);
  }
  const from = `FROM ${ranked ? 'pledges_fts JOIN pledges p ON p.id = pledges_fts.rowid' : 'pledges p'} JOIN reviews v ON v.id = p.review_id
    JOIN sources src ON src.id = p.source_id${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const order = ranked ? 'pledges_fts.rank, p.id' : 'p.session, v.state_iso3, p.id';
  const limit = opts.limit === undefined ? 20 : opts.limit;
  try {
    const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(...args) as { n: number }).n;
    if (limit === 0) return { total, items: [] };
    const rows = db.prepare(`SELECT p.id, v.state_iso3 AS stateIso3, v.cycle, p.session, p.text, p.action_category AS actionCategory, p.issues,
        src.file_name AS file, p.locator ${from} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...args, limit === null ? -1 : limit, Math.max(0, opts.offset ?? 0)) as (Omit<PledgeRow, 'issues'> & { issues: string })[];
    return { total, items: rows.map((r) => ({ ...r, issues: JSON.parse(r.issues) as string[] })) };
  } catch (err) {
    if (err instanceof UprError) throw err;
    throw new UprError('invalid_input', `cannot understand the search query "${f.query}": ${(err as Error).message}`, { field: 'query', value: f.query });
  }
}
