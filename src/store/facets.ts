// Facets: counts of matching recommendations per value of one dimension, under the current filters.
// Each facet is a small definition registered in FACETS (like Datasette's facet classes).
import type { Db } from './database.js';
import { whereClause, type RecommendationFilters } from './filters.js';
import { runSql } from './search.js';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

interface FacetDefinition {
  /** The filter this facet sets when a value is chosen. */
  filter: keyof RecommendationFilters;
  /** Extra joins after `recommendations r JOIN reviews v`, the value and label expressions. */
  join: string;
  value: string;
  label: string;
  /** Natural order of values (else by count). */
  orderByValue?: boolean;
}

export const FACETS = {
  state: { filter: 'state', join: 'JOIN states s ON s.iso3 = v.state_iso3', value: 's.iso3', label: 's.short_name' },
  by: {
    filter: 'by',
    join: 'JOIN recommendation_states rs ON rs.recommendation_id = r.id JOIN states s ON s.iso3 = rs.state_iso3',
    value: 's.iso3',
    label: 's.short_name',
  },
  group: {
    filter: 'group',
    join: 'JOIN recommendation_states rs ON rs.recommendation_id = r.id JOIN states s ON s.iso3 = rs.state_iso3',
    value: 's.un_group',
    label: 's.un_group',
  },
  cycle: { filter: 'cycle', join: '', value: 'v.cycle', label: 'v.cycle', orderByValue: true },
  session: { filter: 'session', join: '', value: 'v.session', label: 'v.session', orderByValue: true },
  response: { filter: 'response', join: '', value: 'r.response', label: 'r.response' },
  issue: { filter: 'issue', join: 'JOIN recommendation_issues ri ON ri.recommendation_id = r.id', value: 'ri.issue', label: 'ri.issue' },
  action: { filter: 'action', join: '', value: 'r.action_category', label: 'r.action_category', orderByValue: true },
  childIssue: { filter: 'childIssue', join: 'JOIN child_rights_issues ci ON ci.recommendation_id = r.id', value: 'ci.issue', label: 'ci.issue' },
  docType: { filter: 'docType', join: 'JOIN documents d ON d.id = r.document_id', value: 'd.type', label: 'd.type' },
} satisfies Record<string, FacetDefinition>;

export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/** Counts per value of `facet` among the recommendations matching `filters`. */
export function facetCounts(db: Db, filters: RecommendationFilters, facet: FacetName, limit = 300): FacetValue[] {
  const def: FacetDefinition = FACETS[facet];
  return runSql(filters, () => {
    const where = whereClause(filters);
    const order = def.orderByValue ? 'value' : 'count DESC, label';
    const rows = db
      .prepare(`SELECT ${def.value} AS value, ${def.label} AS label, count(DISTINCT r.id) AS count
        FROM recommendations r JOIN reviews v ON v.id = r.review_id ${def.join}
        ${where.sql} AND ${def.value} IS NOT NULL GROUP BY 1, 2 ORDER BY ${order} LIMIT ${limit}`)
      .all(...where.params) as { value: string | number; label: string | number; count: number }[];
    return rows.map((r) => ({ value: String(r.value), label: String(r.label), count: r.count }));
  });
}
