// Corrigenda in the ingest service: the instructions of a corrigendum (`…/Corr.1`) are stored and applied
// to the paragraphs of the document it corrects, whichever of the two is stored first (src/store keeps
// the printed text of each changed paragraph).
import { applyCorrections, correctedDocumentId, saveCorrections, type Db } from '../store/index.js';
import { parseCorrigendum } from '../ingest/index.js';

/** True for a corrigendum's symbol (`…/Corr.1`); revisions (`…/Rev.1`) are whole documents. */
export function isCorrigendum(symbol: string | null): boolean {
  return symbol !== null && /\/Corr\.\d+$/.test(symbol);
}

/**
 * For a corrigendum just stored: saves its instructions and applies them to the document it corrects.
 * For any other document: applies the corrigenda stored before it. Returns notes for the outcome.
 */
export function storeCorrections(db: Db, documentId: number, symbol: string | null, pages: readonly string[]): string[] {
  if (!isCorrigendum(symbol)) {
    applyCorrections(db, documentId);
    return [];
  }
  const instructions = parseCorrigendum(pages, symbol!);
  saveCorrections(db, documentId, instructions);
  const target = correctedDocumentId(db, documentId);
  const corrected = symbol!.replace(/\/Corr\.\d+$/, '');
  if (target === null) return [`corrects ${corrected}, which is not stored yet: its ${instructions.length} instruction(s) apply when it is ingested`];
  const structured = instructions.filter((i) => i.find !== null).length;
  const applied = applyCorrections(db, target);
  const shown = instructions.length - structured;
  return structured > applied || shown > 0
    ? [`corrects ${corrected}: ${applied} instruction(s) applied to its paragraphs, ${instructions.length - applied} shown beside it`]
    : [];
}
