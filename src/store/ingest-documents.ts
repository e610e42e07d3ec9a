// What the document-ingest pipeline reads back from the store: a summary of a document stored before
// (for "already stored" lines) and the documents stating positions of given reviews (to read them again
// when their Working Group report arrives later).
import type { Db } from './database.js';
import type { DocumentType } from '../core/index.js';

/** A stored document as the ingest summary shows it. */
export interface StoredDocumentSummary {
  symbol: string | null;
  type: DocumentType;
  language: string | null;
  state: string | null;
  session: number | null;
  cycle: number | null;
  paragraphs: number;
  recommendations: number;
  /** The version stored now (1 unless the document was replaced by other bytes of the same symbol). */
  version: number;
}

/** A stored addendum, HRC decision or thematic list, with the file it was ingested from. */
export interface PositionDocumentRow {
  id: number;
  sourceId: number;
  reviewId: number;
  type: DocumentType;
  symbol: string | null;
  stateIso3: string;
  cycle: number;
  session: number | null;
  path: string;
  sha256: string;
}

/** Symbol, type, review and counts of a stored document; undefined when there is no such document. */
export function storedDocumentSummary(db: Db, documentId: number): StoredDocumentSummary | undefined {
  return db.prepare(`SELECT d.symbol, d.type, d.language, d.version, r.state_iso3 AS state, r.session, r.cycle,
      (SELECT count(*) FROM document_paragraphs p WHERE p.document_id = d.id) AS paragraphs,
      (SELECT count(*) FROM recommendations x WHERE x.document_id = d.id) AS recommendations
    FROM documents d LEFT JOIN reviews r ON r.id = d.review_id WHERE d.id = ?`).get(documentId) as StoredDocumentSummary | undefined;
}

/** Addenda, HRC decisions and thematic lists stored for any of `reviewIds`, in order of storage. */
export function documentsStatingPositions(db: Db, reviewIds: readonly number[]): PositionDocumentRow[] {
  if (reviewIds.length === 0) return [];
  return db.prepare(`SELECT d.id, d.source_id AS sourceId, d.review_id AS reviewId, d.type, d.symbol,
      r.state_iso3 AS stateIso3, r.cycle, r.session, s.path, s.sha256
    FROM documents d JOIN sources s ON s.id = d.source_id JOIN reviews r ON r.id = d.review_id
    WHERE d.review_id IN (${reviewIds.map(() => '?').join(',')}) AND d.type IN ('wg_report_addendum', 'hrc_decision', 'thematic_list')
      AND (d.symbol IS NULL OR d.symbol NOT LIKE '%/Corr.%')
    ORDER BY d.id`).all(...reviewIds) as PositionDocumentRow[];
}
