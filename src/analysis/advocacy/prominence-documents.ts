// Analysis 1 by document type: children's-rights references per issue in each kind of text of the reviews in scope —
// paragraphs of the national report, the UN compilation and the stakeholders' summary and statements of the
// interactive dialogue (classified by `upr classify`, src/store/paragraph-child-rights.ts) — beside the recommendations.
import { CHILD_RIGHTS_ISSUE_IDS, type MessageKey } from '../../core/index.js';
import { PARAGRAPH_KINDS, paragraphIssueCounts, paragraphsClassified, type Db, type ParagraphQuery, type RecommendationFilters } from '../../store/index.js';
import type { Column, Fact, Row, Table } from './types.js';
import { linked } from './scope.js';

const KIND_LABEL: Record<(typeof PARAGRAPH_KINDS)[number], MessageKey> = {
  national_report: 'rp_kind_national_report', un_compilation: 'rp_kind_un_compilation', stakeholder_summary: 'rp_kind_stakeholder_summary', dialogue: 'rp_kind_dialogue',
};

/**
 * The reviews whose paragraphs a count covers: those of the filters' States under review, cycles and sessions. The
 * other filters (recommending State, response, source, full text…) select recommendations only.
 */
export function paragraphScope(filters: RecommendationFilters): ParagraphQuery {
  const q: ParagraphQuery = {};
  if (filters.state?.length) q.state = filters.state.map(String);
  if (filters.cycle?.length) q.cycle = filters.cycle.map(Number);
  if (filters.session?.length) q.session = filters.session.map(Number);
  return q;
}

/**
 * The table of references per issue and document type, and a fact saying how many children's-rights paragraphs were
 * counted (or that none is classified yet). `child` is the recommendation filters of the scope restricted to children;
 * `perIssue` its recommendations per issue.
 */
export function documentTypeTable(db: Db, child: RecommendationFilters, perIssue: Map<string, number>): { table: Table; fact: Fact } {
  const where = paragraphScope(child);
  const counts = paragraphIssueCounts(db, where);
  const issues = CHILD_RIGHTS_ISSUE_IDS.filter((id) => perIssue.has(id) || PARAGRAPH_KINDS.some((k) => counts.has(`${k}|${id}`)));
  const total = PARAGRAPH_KINDS.reduce((a, k) => a + (counts.get(`${k}|`) ?? 0), 0);
  const byReferences = (id: string) => PARAGRAPH_KINDS.reduce((a, k) => a + (counts.get(`${k}|${id}`) ?? 0), perIssue.get(id) ?? 0);
  const rows: Row[] = [...issues].sort((a, b) => byReferences(b) - byReferences(a)).map((issue) => ({
    issue,
    ...Object.fromEntries(PARAGRAPH_KINDS.map((k) => [k, { value: counts.get(`${k}|${issue}`) ?? 0, paragraphs: { ...where, kind: [k], childIssue: [issue] } }])),
    recommendations: linked(perIssue.get(issue) ?? 0, { ...child, childIssue: [issue] }),
  }));
  const columns: Column[] = [
    { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' },
    ...PARAGRAPH_KINDS.map((k): Column => ({ key: k, label: KIND_LABEL[k], kind: 'count' })),
    { key: 'recommendations', label: 'rp_kind_recommendation', kind: 'count' },
  ];
  const fact: Fact = paragraphsClassified(db)
    ? { key: 'anParagraphsTitle', value: total, kind: 'count' }
    : { key: 'anParagraphsNone', value: 0, kind: 'text' };
  return { table: { name: 'documents', title: 'anTableDocTypes', columns, rows }, fact };
}
