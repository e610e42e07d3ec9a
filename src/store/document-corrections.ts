// Corrigenda applied to the documents they correct (migration 008): the instructions of each corrigendum,
// and the paragraphs they changed, which keep their text as printed in `original_text`. Applying always
// starts again from the printed text, so it is the same whichever of the two documents is stored first, and
// after a corrigendum is removed or the corrected document replaced by a new version.
import type { Db } from './database.js';

export interface CorrectionInput {
  paragraph: string | null;
  page: number | null;
  find: string | null;
  replacement: string | null;
  text: string;
}

export interface CorrectionRow extends CorrectionInput {
  corrigendumId: number;
  corrigendumSymbol: string | null;
  seq: number;
  applied: boolean;
}

/** Stores the instructions of corrigendum `corrigendumId` (replacing earlier ones). Call inside a transaction. */
export function saveCorrections(db: Db, corrigendumId: number, instructions: readonly CorrectionInput[]): void {
  db.prepare('DELETE FROM document_corrections WHERE corrigendum_id = ?').run(corrigendumId);
  const insert = db.prepare(`INSERT INTO document_corrections (corrigendum_id, seq, paragraph, page, find, replacement, instruction)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  instructions.forEach((c, i) => insert.run(corrigendumId, i + 1, c.paragraph, c.page, c.find, c.replacement, c.text));
}

/** The document a stored document corrects, if it is a corrigendum linked to it. */
export function correctedDocumentId(db: Db, documentId: number): number | null {
  const row = db.prepare('SELECT corrects_id AS id FROM documents WHERE id = ?').get(documentId) as { id: number | null } | undefined;
  return row?.id ?? null;
}

/**
 * Applies to document `documentId` the structured instructions of every corrigendum linked to it: the
 * paragraphs get back their printed text, then each "for X read Y" replaces the first X of its paragraph.
 * Marks each instruction applied or not. Returns how many were applied. Call inside a transaction.
 */
export function applyCorrections(db: Db, documentId: number): number {
  db.prepare('UPDATE document_paragraphs SET text = original_text, original_text = NULL WHERE document_id = ? AND original_text IS NOT NULL').run(documentId);
  const rows = db.prepare(`SELECT c.corrigendum_id AS corrigendumId, c.seq, c.paragraph, c.find, c.replacement FROM document_corrections c
      JOIN documents k ON k.id = c.corrigendum_id WHERE k.corrects_id = ? ORDER BY k.symbol, c.seq`).all(documentId) as
    { corrigendumId: number; seq: number; paragraph: string | null; find: string | null; replacement: string | null }[];
  if (rows.length === 0) return 0;
  const find = db.prepare('SELECT id, text FROM document_paragraphs WHERE document_id = ? AND number = ? ORDER BY seq LIMIT 1');
  const update = db.prepare('UPDATE document_paragraphs SET original_text = COALESCE(original_text, text), text = ? WHERE id = ?');
  const mark = db.prepare('UPDATE document_corrections SET applied = ? WHERE corrigendum_id = ? AND seq = ?');
  let applied = 0;
  for (const r of rows) {
    const para = r.paragraph && r.find !== null ? (find.get(documentId, r.paragraph) as { id: number; text: string } | undefined) : undefined;
    const at = para ? locate(para.text, r.find!) : undefined;
    if (para && at) {
      update.run(para.text.slice(0, at.start) + (r.replacement ?? '') + para.text.slice(at.end), para.id);
      applied++;
    }
    mark.run(para && at ? 1 : 0, r.corrigendumId, r.seq);
  }
  return applied;
}

/** Where `find` is in `text`, spaces and quote styles aside (a corrigendum's words are re-typed). */
function locate(text: string, find: string): { start: number; end: number } | undefined {
  const words = find.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The instructions of the corrigenda of document `documentId` (or of the corrigendum itself), in order. */
export function getCorrections(db: Db, documentId: number): CorrectionRow[] {
  const rows = db.prepare(`SELECT c.corrigendum_id AS corrigendumId, k.symbol AS corrigendumSymbol, c.seq, c.paragraph, c.page, c.find,
      c.replacement, c.instruction AS text, c.applied FROM document_corrections c JOIN documents k ON k.id = c.corrigendum_id
    WHERE k.corrects_id = ? OR k.id = ? ORDER BY k.symbol, c.seq`).all(documentId, documentId) as (Omit<CorrectionRow, 'applied'> & { applied: number })[];
  return rows.map((r) => ({ ...r, applied: r.applied === 1 }));
}
