// Recommendation filters (what search, stats, exports and the web share) → SQL WHERE clause.
import type { Response } from '../core/types.js';
import { toFtsQuery } from './fts-query.js';

export interface RecommendationFilters {
  /** Full-text query: phrases, AND/OR/NOT, prefix*. */
  query?: string;
  /** ISO3 codes of States under review. */
  state?: string[];
  /** ISO3 codes of recommending States. */
  by?: string[];
  /** Regional group of the recommending State. */
  group?: string[];
  session?: number[];
  cycle?: number[];
  response?: Response[];
  /** UPR Info issues, e.g. `Rights of the Child`. */
  issue?: string[];
  /** Action category 1-5. */
  action?: number[];
  /** Only recommendations the classifier judged to concern children's rights (true) or not (false). */
  childRights?: boolean;
  /** Children's-rights taxonomy issue ids, e.g. `corporal_punishment`. */
  childIssue?: string[];
  origin?: ('upr-info' | 'document')[];
  /** Type of the source document (`wg_report`…); only recommendations read from documents have one. */
  docType?: string[];
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

const inList = (n: number) => Array(n).fill('?').join(', ');

/** Builds `WHERE …` over `recommendations r JOIN reviews v`. Empty filters give `WHERE 1`. */
export function whereClause(f: RecommendationFilters, skip?: keyof RecommendationFilters): SqlFragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (key: keyof RecommendationFilters, values: unknown[] | undefined, sql: (marks: string) => string) => {
    if (key === skip || !values || values.length === 0) return;
    parts.push(sql(inList(values.length)));
    params.push(...values);
  };
  const fts = f.query && skip !== 'query' ? toFtsQuery(f.query) : null;
  if (fts) {
    parts.push('r.id IN (SELECT rowid FROM recommendations_fts WHERE recommendations_fts MATCH ?)');
    params.push(fts);
  }
  add('state', f.state, (m) => `v.state_iso3 IN (${m})`);
  add('by', f.by, (m) => `r.id IN (SELECT recommendation_id FROM recommendation_states WHERE state_iso3 IN (${m}))`);
  add('group', f.group, (m) => `r.id IN (SELECT rs.recommendation_id FROM recommendation_states rs JOIN states s ON s.iso3 = rs.state_iso3 WHERE s.un_group IN (${m}))`);
  add('session', f.session, (m) => `v.session IN (${m})`);
  add('cycle', f.cycle, (m) => `v.cycle IN (${m})`);
  add('response', f.response, (m) => `r.response IN (${m})`);
  add('issue', f.issue, (m) => `r.id IN (SELECT recommendation_id FROM recommendation_issues WHERE issue IN (${m}))`);
  add('action', f.action, (m) => `r.action_category IN (${m})`);
  add('childIssue', f.childIssue, (m) => `r.id IN (SELECT recommendation_id FROM child_rights_issues WHERE issue IN (${m}))`);
  add('origin', f.origin, (m) => `r.origin IN (${m})`);
  add('docType', f.docType, (m) => `r.document_id IN (SELECT id FROM documents WHERE type IN (${m}))`);
  if (f.childRights !== undefined && skip !== 'childRights') {
    parts.push('r.id IN (SELECT recommendation_id FROM child_rights WHERE is_child_rights = ?)');
    params.push(f.childRights ? 1 : 0);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : 'WHERE 1', params };
}
