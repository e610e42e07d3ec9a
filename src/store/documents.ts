// UN documents ingested by `upr ingest`: one row per document (symbol and language), with the normalised
// text, paragraphs and footnotes of its current version (migrations 003, 008). The same symbol read again
// from other bytes replaces the content and keeps a version row. Corrigenda and revisions are linked to
// what they correct.
import type { Db } from './database.js';
import type { DocumentType } from '../core/index.js';
import { ensureSource, findSourceBySha, type SourceFile } from './sources.js';
import { ensureReview } from './reviews.js';
import { currentDocument, recordVersionAndClear, type ReplacedVersion } from './document-versions.js';

export interface NewDocument {
  source: SourceFile;
  symbol: string | null;
  type: DocumentType;
  language: string | null;
  title: string | null;
  stateIso3: string | null;
  cycle: number | null;
  session: number | null;
  /** Symbol of the document a corrigendum or revision corrects. */
  corrects: string | null;
  format: string;
  ocr: boolean;
  pageCount: number;
  text: string;
  html: string | null;
  paragraphs: { seq: number; number: string | null; page: number | null; text: string; footnoteRefs: number[] }[];
  footnotes: { number: string; page: number | null; text: string }[];
}

export interface SavedDocument {
  id: number;
  sourceId: number;
  reviewId: number | null;
  /** True when a file with the same SHA-256 was stored before: nothing was written. */
  alreadyStored: boolean;
  /** The version the document row holds now: 1 when first stored, 2 after its first replacement… */
  version: number;
  /** Set when this file replaced an earlier version of the same symbol: settle its recommendations after extraction. */
  replaced?: ReplacedVersion;
}

export interface DocumentRow {
  id: number;
  sourceId: number;
  fileName: string;
  symbol: string | null;
  type: DocumentType;
  language: string | null;
  reviewId: number | null;
  stateIso3: string | null;
  cycle: number | null;
  session: number | null;
  title: string | null;
  correctsId: number | null;
}

/** The document already stored for this file content, if any. */
export function findDocumentBySha(db: Db, sha256: string): SavedDocument | undefined {
  const source = findSourceBySha(db, sha256);
  if (!source) return undefined;
  const doc = db.prepare('SELECT id, review_id AS reviewId, version FROM documents WHERE source_id = ?').get(source.id) as
    | { id: number; reviewId: number | null; version: number }
    | undefined;
  return doc ? { id: doc.id, sourceId: source.id, reviewId: doc.reviewId, alreadyStored: true, version: doc.version } : undefined;
}

/**
 * Stores a document with its text, paragraphs and footnotes. A document already stored under the same
 * symbol and language, from other bytes, is replaced: its earlier version gets a `document_versions` row
 * and its content and what was derived from it are cleared (the row and its id stay). Call inside a transaction.
 */
export function saveDocument(db: Db, doc: NewDocument): SavedDocument {
  const existing = findDocumentBySha(db, doc.source.sha256);
  if (existing) return existing;
  const now = new Date().toISOString();
  const sourceId = ensureSource(db, doc.source);
  const sessionKnown = doc.session !== null && db.prepare('SELECT 1 FROM sessions WHERE number = ?').get(doc.session) !== undefined;
  const reviewId = doc.stateIso3 && doc.cycle ? ensureReview(db, doc.stateIso3, doc.cycle, sessionKnown ? doc.session : null) : null;
  const corrected = doc.corrects
    ? (db.prepare('SELECT id FROM documents WHERE symbol = ? ORDER BY id LIMIT 1').get(doc.corrects) as { id: number } | undefined)
    : undefined;
  const current = doc.symbol ? currentDocument(db, doc.symbol, doc.language) : undefined;
  let id: number;
  let replaced: ReplacedVersion | undefined;
  if (current) {
    id = current.id;
    replaced = recordVersionAndClear(db, current, now);
    db.prepare(`UPDATE documents SET source_id = ?, type = ?, review_id = ?, title = ?, corrects_id = ?, ingested_at = ?, version = ? WHERE id = ?`)
      .run(sourceId, doc.type, reviewId, doc.title, corrected?.id ?? null, now, replaced.version, id);
  } else {
    id = Number(
      db.prepare(`INSERT INTO documents (source_id, symbol, type, language, review_id, title, corrects_id, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(sourceId, doc.symbol, doc.type, doc.language, reviewId, doc.title, corrected?.id ?? null, now).lastInsertRowid,
    );
  }
  if (doc.symbol) {
    // Corrigenda stored before the document they correct are linked now.
    db.prepare(`UPDATE documents SET corrects_id = ? WHERE corrects_id IS NULL AND id <> ?
      AND (symbol LIKE ? || '/Corr.%' OR symbol LIKE ? || '/Rev.%')`).run(id, id, doc.symbol, doc.symbol);
  }
  db.prepare('INSERT INTO document_texts (document_id, format, ocr, page_count, text, html) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, doc.format, doc.ocr ? 1 : 0, doc.pageCount, doc.text, doc.html);
  const para = db.prepare('INSERT INTO document_paragraphs (document_id, seq, number, page, text, footnote_refs) VALUES (?, ?, ?, ?, ?, ?)');
  for (const p of doc.paragraphs) para.run(id, p.seq, p.number, p.page, p.text, JSON.stringify(p.footnoteRefs));
  const note = db.prepare('INSERT INTO document_footnotes (document_id, seq, number, page, text) VALUES (?, ?, ?, ?, ?)');
  doc.footnotes.forEach((f, i) => note.run(id, i + 1, f.number, f.page, f.text));
  return { id, sourceId, reviewId, alreadyStored: false, version: replaced?.version ?? 1, ...(replaced ? { replaced } : {}) };
}

/** Stored documents with their review, ordered by State, cycle and symbol. */
export function listDocuments(db: Db): DocumentRow[] {
  return db.prepare(`SELECT d.id, d.source_id AS sourceId, s.file_name AS fileName, d.symbol, d.type, d.language,
      d.review_id AS reviewId, r.state_iso3 AS stateIso3, r.cycle, r.session, d.title, d.corrects_id AS correctsId
    FROM documents d JOIN sources s ON s.id = d.source_id LEFT JOIN reviews r ON r.id = d.review_id
    ORDER BY r.state_iso3, r.cycle, d.symbol`).all() as DocumentRow[];
}

/** Paragraphs of a document in order, with the footnote numbers each cites. */
export function getDocumentParagraphs(db: Db, documentId: number): { seq: number; number: string | null; page: number | null; text: string; footnoteRefs: number[] }[] {
  const rows = db.prepare('SELECT seq, number, page, text, footnote_refs AS refs FROM document_paragraphs WHERE document_id = ? ORDER BY seq')
    .all(documentId) as { seq: number; number: string | null; page: number | null; text: string; refs: string }[];
  return rows.map(({ refs, ...p }) => ({ ...p, footnoteRefs: JSON.parse(refs) as number[] }));
}

/** Footnotes of a document in order. */
export function getDocumentFootnotes(db: Db, documentId: number): { number: string; page: number | null; text: string }[] {
  return db.prepare('SELECT number, page, text FROM document_footnotes WHERE document_id = ? ORDER BY seq').all(documentId) as {
    number: string; page: number | null; text: string;
  }[];
}
