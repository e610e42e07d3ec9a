// Analysis 1, prominence of children's rights: how many recommendations concern children, per
// children's-rights issue, per source (UPR Info database or document type) and per session; and the references per
// issue in each type of document of the reviews in scope (prominence-documents.ts).
import { crossCounts, type Db, type RecommendationFilters } from '../../store/index.js';
import { CHILD_RIGHTS_ISSUE_IDS } from '../../core/index.js';
import type { Analysis, AnalysisResult, Column, Row } from './types.js';
import { childScope, countMap, countsBy, linked, scopeOf, share } from './scope.js';
import { documentTypeTable } from './prominence-documents.js';

/** Recommendations concerning children: per issue, per source and per session, with their share of all. */
export function prominence(db: Db, filters: RecommendationFilters): AnalysisResult {
  const scope = scopeOf(db, filters);
  const child = childScope(filters);
  const perIssue = countsBy(db, child, 'childIssue');
  const issues = [...perIssue.keys()].sort((a, b) => perIssue.get(b)! - perIssue.get(a)! || CHILD_RIGHTS_ISSUE_IDS.indexOf(a as never) - CHILD_RIGHTS_ISSUE_IDS.indexOf(b as never));
  // Where each recommendation was read: the UPR Info database, or the type of the UN document.
  const sources = [...countsBy(db, child, 'origin').keys()].filter((o) => o === 'upr-info').map((o) => ({ key: 'upr-info', filters: { origin: [o as 'upr-info'] } as RecommendationFilters }));
  const docTypes = [...countsBy(db, child, 'docType')].sort((a, b) => b[1] - a[1]).map(([t]) => ({ key: `dt:${t}`, filters: { docType: [t] } as RecommendationFilters }));
  const bySource = [...sources, ...docTypes];
  const issueOrigin = countMap(crossCounts(db, child, ['childIssue', 'origin']));
  const issueDoc = countMap(crossCounts(db, child, ['childIssue', 'docType']));
  const sourceCount = (issue: string, s: { key: string }) => (s.key === 'upr-info' ? issueOrigin.get(`${issue}|upr-info`) : issueDoc.get(`${issue}|${s.key.slice(3)}`)) ?? 0;
  const issueRows: Row[] = issues.map((issue) => {
    const f: RecommendationFilters = { ...child, childIssue: [issue] };
    const n = perIssue.get(issue)!;
    return {
      issue, recommendations: linked(n, f), shareOfAll: linked(share(n, scope.records), f), shareOfChild: linked(share(n, scope.childRights), f),
      ...Object.fromEntries(bySource.map((s) => [s.key, linked(sourceCount(issue, s), { ...f, ...s.filters })])),
    };
  });
  const sourceColumns: Column[] = bySource.map((s) => (s.key === 'upr-info'
    ? { key: s.key, label: 'anSourceUprInfo', kind: 'count' }
    : { key: s.key, label: { facet: 'docType', value: s.key.slice(3) }, kind: 'count' }));
  const all = countsBy(db, filters, 'session');
  const kids = countsBy(db, child, 'session');
  const trend: Row[] = [...all.keys()].map(Number).sort((a, b) => a - b).map((s) => {
    const n = kids.get(String(s)) ?? 0;
    return { session: s, recommendations: linked(all.get(String(s))!, { ...filters, session: [s] }), childRights: linked(n, { ...child, session: [s] }), share: linked(share(n, all.get(String(s))!), { ...child, session: [s] }) };
  });
  const documents = documentTypeTable(db, child, perIssue);
  return {
    analysis: 'prominence', scope, params: {},
    facts: [
      { key: 'anRecommendations', value: scope.records, kind: 'count', filters },
      { key: 'anChildRights', value: scope.childRights, kind: 'count', filters: child },
      { key: 'anShareChild', value: share(scope.childRights, scope.records), kind: 'share', filters: child },
      documents.fact,
    ],
    tables: [
      { name: 'issues', title: 'anTableIssues', columns: [
        { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' }, { key: 'recommendations', label: 'anRecommendations', kind: 'count' },
        { key: 'shareOfAll', label: 'anShareOfAll', kind: 'share' }, { key: 'shareOfChild', label: 'anShareOfChild', kind: 'share' }, ...sourceColumns,
      ], rows: issueRows },
      { name: 'trend', title: 'anTableTrend', columns: [
        { key: 'session', label: 'session', kind: 'text' }, { key: 'recommendations', label: 'anRecommendations', kind: 'count' },
        { key: 'childRights', label: 'anChildRights', kind: 'count' }, { key: 'share', label: 'anShareChild', kind: 'share' },
      ], rows: trend },
      documents.table,
    ],
  };
}

export const PROMINENCE: Analysis = {
  name: 'prominence', title: 'anProminence', description: 'anProminenceIntro', params: [],
  summary: "Share of recommendations concerning children, per children's-rights issue, source and session; references per issue and document type (national report, UN compilation, stakeholders' summary, dialogue, recommendations).",
  run: (db, filters) => prominence(db, filters),
};
