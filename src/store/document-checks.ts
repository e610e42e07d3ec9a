// Results of the structural self-checks of stored documents: one row per document, status `ok` or
// `needs review` with its reasons, replaced each time the document (or a document of its review) is checked.
import type { Db } from './database.js';

export type DocumentCheckStatus = 'ok' | 'needs review';

export interface DocumentCheckInput {
  ok: boolean;
  reasons: readonly string[];
}

export interface DocumentCheckRow {
  documentId: number;
  symbol: string | null;
  type: string;
  fileName: string;
  stateIso3: string | null;
  cycle: number | null;
  session: number | null;
  status: DocumentCheckStatus;
  reasons: string[];
  checkedAt: string;
}

/** Stores (or replaces) the check result of a document. */
export function saveDocumentCheck(db: Db, documentId: number, check: DocumentCheckInput, now = new Date()): void {
  db.prepare(`INSERT INTO document_checks (document_id, status, reasons, checked_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (document_id) DO UPDATE SET status = excluded.status, reasons = excluded.reasons, checked_at = excluded.checked_at`)
    .run(documentId, check.ok ? 'ok' : 'needs review', JSON.stringify(check.reasons), now.toISOString());
}

const SELECT = `SELECT c.document_id AS documentId, d.symbol, d.type, s.file_name AS fileName, r.state_iso3 AS stateIso3,
    r.cycle, r.session, c.status, c.reasons, c.checked_at AS checkedAt
  FROM document_checks c JOIN documents d ON d.id = c.document_id JOIN sources s ON s.id = d.source_id
  LEFT JOIN reviews r ON r.id = d.review_id`;

type RawRow = Omit<DocumentCheckRow, 'reasons'> & { reasons: string };
const parse = ({ reasons, ...r }: RawRow): DocumentCheckRow => ({ ...r, reasons: JSON.parse(reasons) as string[] });

/** Stored checks, those needing review only unless `all`; ordered by State, cycle and symbol. */
export function listDocumentChecks(db: Db, opts: { all?: boolean; stateIso3?: string } = {}): DocumentCheckRow[] {
  const where: string[] = [];
  const args: string[] = [];
  if (!opts.all) where.push(`c.status = 'needs review'`);
  if (opts.stateIso3) {
    where.push('r.state_iso3 = ?');
    args.push(opts.stateIso3);
  }
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY r.state_iso3, r.cycle, d.symbol, s.file_name`;
  return (db.prepare(sql).all(...args) as RawRow[]).map(parse);
}

/** The check of one document, or undefined when it was never checked (stored before checks existed). */
export function getDocumentCheck(db: Db, documentId: number): DocumentCheckRow | undefined {
  const row = db.prepare(`${SELECT} WHERE c.document_id = ?`).get(documentId) as RawRow | undefined;
  return row && parse(row);
}

/** Documents of a State's reviews that need review, per cycle: what the web pages mark. */
export function reviewsNeedingReview(db: Db, stateIso3: string): Map<number, { symbol: string | null; reasons: string[] }[]> {
  const out = new Map<number, { symbol: string | null; reasons: string[] }[]>();
  for (const r of listDocumentChecks(db, { stateIso3 })) {
    if (r.cycle === null) continue;
    out.set(r.cycle, [...(out.get(r.cycle) ?? []), { symbol: r.symbol ?? r.fileName, reasons: r.reasons }]);
  }
  return out;
}

/** Recommendation numbers of a review as its Working Group report gives them (not those only a thematic list added). */
export function reportParagraphs(db: Db, reviewId: number): string[] {
  return (db.prepare(`SELECT r.paragraph FROM recommendations r JOIN documents d ON d.id = r.document_id
    WHERE r.review_id = ? AND r.origin = 'document' AND d.type = 'wg_report' AND r.paragraph IS NOT NULL`).all(reviewId) as { paragraph: string }[]).map((r) => r.paragraph);
}

/** Numbers of a review's recommendations whose final position is still pending. */
export function stillPendingParagraphs(db: Db, reviewId: number): string[] {
  return (db.prepare(`SELECT paragraph FROM recommendations WHERE review_id = ? AND origin = 'document' AND response = 'pending' AND paragraph IS NOT NULL`)
    .all(reviewId) as { paragraph: string }[]).map((r) => r.paragraph);
}
