// Aggregations behind the statistics pages: who recommends most, which issues each State raises,
// supported vs noted by issue, and trends by session. Every figure respects the search filters.
import { whereClause, type Db, type RecommendationFilters } from '../store/index.js';

/** Which issue list to count by: UPR Info's issues or the children's-rights taxonomy of the classifier. */
export type IssueScheme = 'upr-info' | 'child';

export interface StateCount { iso3: string; name: string; count: number }
export interface StateIssueCount { iso3: string; name: string; issue: string; count: number }
export interface IssueResponseCount { issue: string; response: string; count: number }
export interface SessionResponseCount { session: number; response: string; count: number }

const BASE = 'FROM recommendations r JOIN reviews v ON v.id = r.review_id';

function issueJoin(scheme: IssueScheme): { join: string; col: string } {
  return scheme === 'child'
    ? { join: 'JOIN child_rights_issues i ON i.recommendation_id = r.id', col: 'i.issue' }
    : { join: 'JOIN recommendation_issues i ON i.recommendation_id = r.id', col: 'i.issue' };
}

/** Recommending States ordered by how many matching recommendations they made. */
export function topRecommendingStates(db: Db, filters: RecommendationFilters, limit = 15): StateCount[] {
  const w = whereClause(filters);
  return db.prepare(`SELECT s.iso3, s.short_name AS name, count(DISTINCT r.id) AS count ${BASE}
      JOIN recommendation_states rs ON rs.recommendation_id = r.id JOIN states s ON s.iso3 = rs.state_iso3
      ${w.sql} GROUP BY s.iso3 ORDER BY count DESC, name LIMIT ${Math.floor(limit)}`).all(...w.params) as StateCount[];
}

/** Issues ordered by the number of matching recommendations. */
export function topIssues(db: Db, filters: RecommendationFilters, scheme: IssueScheme = 'upr-info', limit = 12): { issue: string; count: number }[] {
  const w = whereClause(filters);
  const { join, col } = issueJoin(scheme);
  return db.prepare(`SELECT ${col} AS issue, count(DISTINCT r.id) AS count ${BASE} ${join} ${w.sql}
      GROUP BY 1 ORDER BY count DESC, issue LIMIT ${Math.floor(limit)}`).all(...w.params) as { issue: string; count: number }[];
}

/** Heat map data: for the top recommending States, how many matching recommendations they made per issue. */
export function issuesByRecommendingState(db: Db, filters: RecommendationFilters, scheme: IssueScheme = 'upr-info', states = 12, issues = 10): StateIssueCount[] {
  const top = topRecommendingStates(db, filters, states).map((s) => s.iso3);
  const topI = topIssues(db, filters, scheme, issues).map((i) => i.issue);
  if (top.length === 0 || topI.length === 0) return [];
  const w = whereClause(filters);
  const { join, col } = issueJoin(scheme);
  return db.prepare(`SELECT s.iso3, s.short_name AS name, ${col} AS issue, count(DISTINCT r.id) AS count ${BASE} ${join}
      JOIN recommendation_states rs ON rs.recommendation_id = r.id JOIN states s ON s.iso3 = rs.state_iso3
      ${w.sql} AND s.iso3 IN (SELECT value FROM json_each(?)) AND ${col} IN (SELECT value FROM json_each(?))
      GROUP BY s.iso3, ${col} ORDER BY s.iso3, issue`).all(...w.params, JSON.stringify(top), JSON.stringify(topI)) as StateIssueCount[];
}

/** Stacked bars: responses (supported, noted…) for the most frequent issues. */
export function responsesByIssue(db: Db, filters: RecommendationFilters, scheme: IssueScheme = 'upr-info', issues = 12): IssueResponseCount[] {
  const topI = topIssues(db, filters, scheme, issues).map((i) => i.issue);
  if (topI.length === 0) return [];
  const w = whereClause(filters);
  const { join, col } = issueJoin(scheme);
  return db.prepare(`SELECT ${col} AS issue, r.response, count(DISTINCT r.id) AS count ${BASE} ${join}
      ${w.sql} AND ${col} IN (SELECT value FROM json_each(?)) GROUP BY 1, 2 ORDER BY 1, 2`).all(...w.params, JSON.stringify(topI)) as IssueResponseCount[];
}

/** Time series: matching recommendations per Working Group session and response. */
export function trendBySession(db: Db, filters: RecommendationFilters): SessionResponseCount[] {
  const w = whereClause(filters);
  return db.prepare(`SELECT v.session, r.response, count(*) AS count ${BASE} ${w.sql} AND v.session IS NOT NULL
      GROUP BY 1, 2 ORDER BY 1, 2`).all(...w.params) as SessionResponseCount[];
}

/** True when the classifier has filled the children's-rights tables. */
export function hasChildRightsClassification(db: Db): boolean {
  return db.prepare('SELECT 1 FROM child_rights LIMIT 1').get() !== undefined;
}
