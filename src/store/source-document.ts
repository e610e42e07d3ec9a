// Where a recommendation was read: its source document and paragraph, and every document stating the
// position of the State under review, with anchors into the document page (/documents/:id#p-86.1).
import type { Db } from './database.js';
import { getDocumentParagraphs, getDocumentFootnotes } from './documents.js';
import { getCorrections } from './document-corrections.js';
import { documentVersions } from './document-versions.js';

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
  /** 1, or the number of the version stored now when other bytes of the same symbol replaced earlier ones. */
  version: number;
  earlierVersions: { version: number; fileName: string; sha256: string; replacedAt: string }[];
  /** For a corrigendum or revision: the stored document it corrects. */
  corrects: { id: number; symbol: string | null } | null;
  /** The corrigenda of this document with their instructions, each applied to its paragraph or to be read with it. */
  corrigenda: { id: number; symbol: string | null; instructions: { paragraph: string | null; page: number | null; text: string; applied: boolean }[] }[];
  /** `original`: the text as printed, for a paragraph a corrigendum changed (`correctedBy` names it). */
  paragraphs: { seq: number; number: string | null; page: number | null; text: string; anchor: string; original: string | null; correctedBy: string[] }[];
  footnotes: { number: string; page: number | null; text: string }[];
}

const DOC_SQL = `SELECT d.id, d.symbol, d.type, s.file_name AS fileName, s.sha256, d.title, v.state_iso3 AS stateIso3, v.cycle,
    d.version, d.corrects_id AS correctsId
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

/** A stored document with its paragraphs and footnotes, its versions and corrigenda, or undefined. */
export function sourceDocument(db: Db, id: number): SourceDocumentPage | undefined {
  const row = db.prepare(DOC_SQL).get(id) as (DocumentRef & { title: string | null; stateIso3: string | null; cycle: number | null; version: number; correctsId: number | null }) | undefined;
  if (!row) return undefined;
  const { correctsId, ...doc } = row;
  const corrects = correctsId === null ? null : (db.prepare('SELECT id, symbol FROM documents WHERE id = ?').get(correctsId) as { id: number; symbol: string | null });
  const corrigenda: SourceDocumentPage['corrigenda'] = [];
  for (const c of getCorrections(db, id).filter((x) => x.corrigendumId !== id)) {
    let entry = corrigenda.find((k) => k.id === c.corrigendumId);
    if (!entry) corrigenda.push((entry = { id: c.corrigendumId, symbol: c.corrigendumSymbol, instructions: [] }));
    entry.instructions.push({ paragraph: c.paragraph, page: c.page, text: c.text, applied: c.applied });
  }
  const originals = new Map((db.prepare('SELECT seq, original_text AS original FROM document_paragraphs WHERE document_id = ? AND original_text IS NOT NULL').all(id) as { seq: number; original: string }[]).map((r) => [r.seq, r.original]));
  const correctedBy = (number: string | null) => corrigenda.filter((k) => k.instructions.some((i) => i.applied && i.paragraph === number)).map((k) => k.symbol ?? String(k.id));
  const paragraphs = getDocumentParagraphs(db, id).map((p) => {
    const original = originals.get(p.seq) ?? null;
    return { seq: p.seq, number: p.number, page: p.page, text: p.text, anchor: paragraphAnchor(p), original, correctedBy: original === null ? [] : correctedBy(p.number) };
  });
  const earlierVersions = documentVersions(db, id).map((v) => ({ version: v.version, fileName: v.fileName, sha256: v.sha256, replacedAt: v.replacedAt }));
  return { ...doc, earlierVersions, corrects, corrigenda, paragraphs, footnotes: getDocumentFootnotes(db, id) };
}
