// Where a recommendation was read: its source document and paragraph, and every document stating the
// position of the State under review, with anchors into the document page (/documents/:id#p-86.1).
import type { Db } from './database.js';
import { getDocumentParagraphs, getDocumentFootnotes } from './documents.js';

export interface DocumentRef {
  id: number;
  symbol: string | null;
  type: string;
  fileName: string;
  sha256: string;
}

export interface RecommendationSource {
  document: DocumentRef | null;
  /** Anchor of the paragraph in the document page, when that paragraph is stored. */
  anchor: string | null;
  positions: { response: string; documentId: number | null; documentSymbol: string | null; locator: string; anchor: string | null }[];
}

export interface SourceDocumentPage extends DocumentRef {
  title: string | null;
  stateIso3: string | null;
  cycle: number | null;
  paragraphs: { seq: number; number: string | null; page: number | null; text: string; anchor: string }[];
  footnotes: { number: string; page: number | null; text: string }[];
}

const DOC_SQL = `SELECT d.id, d.symbol, d.type, s.file_name AS fileName, s.sha256, d.title, v.state_iso3 AS stateIso3, v.cycle
  FROM documents d JOIN sources s ON s.id = d.source_id LEFT JOIN reviews v ON v.id = d.review_id WHERE d.id = ?`;

/** Anchor of a paragraph of a document page. */
export function paragraphAnchor(p: { seq: number; number: string | null }): string {
  return p.number ? `p-${p.number}` : `s-${p.seq}`;
}

/** The anchor of paragraph `number` (or of its parent, 86 for 86.1) in document `documentId`, if stored. */
function anchorOf(db: Db, documentId: number, number: string | null): string | null {
  if (!number) return null;
  const has = db.prepare('SELECT 1 FROM document_paragraphs WHERE document_id = ? AND number = ?');
  for (let n: string = number; n; n = n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : '') {
    if (has.get(documentId, n)) return `p-${n}`;
  }
  return null;
}

/** The source document of recommendation `id` and the documents stating its position. */
export function recommendationSource(db: Db, id: number): RecommendationSource {
  const rec = db.prepare('SELECT document_id AS documentId, paragraph FROM recommendations WHERE id = ?').get(id) as { documentId: number | null; paragraph: string | null } | undefined;
  const document = rec?.documentId ? ((db.prepare(DOC_SQL).get(rec.documentId) as DocumentRef | undefined) ?? null) : null;
  const positions = (db.prepare(`SELECT p.response, p.document_id AS documentId, COALESCE(p.document_symbol, d.symbol, s.file_name) AS documentSymbol, p.locator
      FROM recommendation_positions p LEFT JOIN documents d ON d.id = p.document_id LEFT JOIN sources s ON s.id = d.source_id
      WHERE p.recommendation_id = ? ORDER BY p.precedence DESC, p.id DESC`).all(id) as { response: string; documentId: number | null; documentSymbol: string | null; locator: string }[])
    .map((p) => ({ ...p, anchor: p.documentId ? anchorOf(db, p.documentId, /para\s+([\d.]+\d)/.exec(p.locator)?.[1] ?? null) : null }));
  return { document: document ? { id: document.id, symbol: document.symbol, type: document.type, fileName: document.fileName, sha256: document.sha256 } : null, anchor: document ? anchorOf(db, document.id, rec!.paragraph) : null, positions };
}

/** A stored document with its paragraphs and footnotes, or undefined. */
export function sourceDocument(db: Db, id: number): SourceDocumentPage | undefined {
  const doc = db.prepare(DOC_SQL).get(id) as Omit<SourceDocumentPage, 'paragraphs' | 'footnotes'> | undefined;
  if (!doc) return undefined;
  const paragraphs = getDocumentParagraphs(db, id).map((p) => ({ seq: p.seq, number: p.number, page: p.page, text: p.text, anchor: paragraphAnchor(p) }));
  return { ...doc, paragraphs, footnotes: getDocumentFootnotes(db, id) };
}
