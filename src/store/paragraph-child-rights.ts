// Children's-rights classifications of document paragraphs (migration 018): the paragraphs the prominence analysis
// counts per document type, their verdicts written by `upr classify`, the counts per type and issue, and the listing
// behind each count (the paragraph search its links open).
import type { Db } from './database.js';

/** The kinds of document text counted, in the order of a review: pre-session documents, then the dialogue. */
export const PARAGRAPH_KINDS = ['national_report', 'un_compilation', 'stakeholder_summary', 'dialogue'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/** Which paragraphs a count or a listing covers: reviews by State, cycle and session; a kind; an issue. */
export interface ParagraphQuery {
  kind?: ParagraphKind[];
  state?: string[];
  cycle?: number[];
  session?: number[];
  childIssue?: string[];
}

export interface ParagraphVerdict {
  paragraphId: number;
  documentId: number;
  kind: ParagraphKind;
  isChildRights: boolean;
  score: number;
  issues: string[];
}

/**
 * The paragraphs to classify: numbered paragraphs of national reports, UN compilations and stakeholders' summaries, and
 * the paragraphs of Working Group reports that are statements of the interactive dialogue.
 */
export function paragraphsToClassify(db: Db): { paragraphId: number; documentId: number; kind: ParagraphKind; text: string }[] {
  return db.prepare(`SELECT p.id AS paragraphId, p.document_id AS documentId, d.type AS kind, p.text FROM document_paragraphs p
      JOIN documents d ON d.id = p.document_id
      WHERE d.type IN ('national_report', 'un_compilation', 'stakeholder_summary') AND p.number IS NOT NULL
    UNION ALL
    SELECT p.id, p.document_id, 'dialogue', p.text FROM dialogue_statements s
      JOIN document_paragraphs p ON p.document_id = s.document_id AND p.number = s.paragraph
    ORDER BY 1`).all() as { paragraphId: number; documentId: number; kind: ParagraphKind; text: string }[];
}

/** Replaces every stored paragraph classification by `verdicts`, in one transaction. */
export function replaceParagraphChildRights(db: Db, verdicts: readonly ParagraphVerdict[], modelVersion: string): void {
  const insert = db.prepare('INSERT OR REPLACE INTO paragraph_child_rights (paragraph_id, document_id, kind, is_child_rights, score, model_version) VALUES (?, ?, ?, ?, ?, ?)');
  const insertIssue = db.prepare('INSERT OR IGNORE INTO paragraph_child_rights_issues (paragraph_id, issue) VALUES (?, ?)');
  db.transaction(() => {
    db.prepare('DELETE FROM paragraph_child_rights').run();
    for (const v of verdicts) {
      insert.run(v.paragraphId, v.documentId, v.kind, v.isChildRights ? 1 : 0, v.score, modelVersion);
      if (v.isChildRights) for (const issue of v.issues) insertIssue.run(v.paragraphId, issue);
    }
  })();
}

/** WHERE clause and parameters of a paragraph query over c (classification), d (document) and v (its review). */
function where(q: ParagraphQuery): { sql: string; params: (string | number)[] } {
  const parts = ['c.is_child_rights = 1'];
  const params: (string | number)[] = [];
  const add = (column: string, values: readonly (string | number)[] | undefined) => {
    if (!values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  add('c.kind', q.kind);
  add('v.state_iso3', q.state);
  add('v.cycle', q.cycle);
  add('v.session', q.session);
  if (q.childIssue && q.childIssue.length > 0) {
    parts.push(`c.paragraph_id IN (SELECT paragraph_id FROM paragraph_child_rights_issues WHERE issue IN (${q.childIssue.map(() => '?').join(', ')}))`);
    params.push(...q.childIssue);
  }
  return { sql: parts.join(' AND '), params };
}

const FROM = 'FROM paragraph_child_rights c JOIN documents d ON d.id = c.document_id JOIN reviews v ON v.id = d.review_id';

/** Whether any paragraph was classified (the analysis says how to fill the table when not). */
export function paragraphsClassified(db: Db): boolean {
  return db.prepare('SELECT 1 FROM paragraph_child_rights LIMIT 1').get() !== undefined;
}

/** Children's-rights paragraphs per kind and issue (`kind|issue`), and per kind (`kind|`), for the query's reviews. */
export function paragraphIssueCounts(db: Db, q: ParagraphQuery): Map<string, number> {
  const { sql, params } = where(q);
  const out = new Map<string, number>();
  for (const r of db.prepare(`SELECT c.kind, i.issue, count(*) AS n ${FROM} JOIN paragraph_child_rights_issues i ON i.paragraph_id = c.paragraph_id
      WHERE ${sql} GROUP BY c.kind, i.issue`).all(...params) as { kind: string; issue: string; n: number }[]) out.set(`${r.kind}|${r.issue}`, r.n);
  for (const r of db.prepare(`SELECT c.kind, count(*) AS n ${FROM} WHERE ${sql} GROUP BY c.kind`).all(...params) as { kind: string; n: number }[]) out.set(`${r.kind}|`, r.n);
  return out;
}

export interface ParagraphHit {
  documentId: number;
  symbol: string | null;
  kind: ParagraphKind;
  stateIso3: string;
  cycle: number;
  number: string | null;
  seq: number;
  page: number | null;
  text: string;
  issues: string[];
}

/** The children's-rights paragraphs a query selects (total and the first `limit`), in review and document order. */
export function searchParagraphs(db: Db, q: ParagraphQuery, limit = 200): { total: number; hits: ParagraphHit[] } {
  const { sql, params } = where(q);
  const total = (db.prepare(`SELECT count(*) AS n ${FROM} WHERE ${sql}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`SELECT c.document_id AS documentId, d.symbol, c.kind, v.state_iso3 AS stateIso3, v.cycle, p.number, p.seq, p.page, p.text,
      (SELECT json_group_array(issue) FROM paragraph_child_rights_issues i WHERE i.paragraph_id = c.paragraph_id) AS issues
    ${FROM} JOIN document_paragraphs p ON p.id = c.paragraph_id WHERE ${sql}
    ORDER BY v.state_iso3, v.cycle, d.id, p.seq LIMIT ?`).all(...params, limit) as (Omit<ParagraphHit, 'issues'> & { issues: string })[];
  return { total, hits: rows.map((r) => ({ ...r, issues: JSON.parse(r.issues) as string[] })) };
}
