// When a Working Group report arrives after its addendum, decision or thematic list (stored by an earlier
// run), those documents are read again from their path (if unchanged) so their positions find the
// report's recommendations. Extraction upserts, so this adds what was missing and changes nothing else.
import { documentsStatingPositions, inTransaction, type Db } from '../store/index.js';
import { fingerprint, prepareDocument } from '../ingest/index.js';
import { extractAndStore } from './extraction.js';
import { checkAndSaveDocument } from './document-check.js';
import type { StoredFile } from './store-document.js';
import type { DocumentOutcome, IngestEvent } from './types.js';

/** Reads again the earlier documents stating positions on the reviews of the reports stored now. */
export async function reattachPositions(db: Db, storedNow: readonly StoredFile[], outcomes: readonly DocumentOutcome[],
  report: (e: IngestEvent) => void): Promise<void> {
  const reviews = new Set(storedNow.filter((p) => p.type === 'wg_report' && p.reviewId !== null).map((p) => p.reviewId!));
  if (reviews.size === 0) return;
  const now = new Set(storedNow.map((p) => p.outcome.documentId));
  for (const d of documentsStatingPositions(db, [...reviews]).filter((e) => !now.has(e.id))) {
    try {
      if ((await fingerprint(d.path)).sha256 !== d.sha256) continue;
      const doc = await prepareDocument(d.path);
      const summary = inTransaction(db, () => {
        const s = extractAndStore(db, d, doc.raw);
        checkAndSaveDocument(db, { id: d.id, type: d.type, reviewId: d.reviewId }, doc.raw, doc.segmented);
        return s;
      });
      report({ kind: 'reread', file: d.path, positions: summary.positions });
      const same = outcomes.find((o) => o.status === 'already stored' && o.file === d.path);
      if (same) Object.assign(same, { positions: summary.positions, positionsAttached: true });
    } catch {
      // the earlier file moved or became unreadable: its positions wait for the next ingest of it
    }
  }
}
