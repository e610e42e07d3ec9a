// Storing one read file: the document, its text, paragraphs and footnotes, and what extraction finds in
// it, all in one transaction, so a file that fails leaves the store as it was and one that succeeds is
// committed whatever happens to the files after it.
import { finishReplacement, inTransaction, saveDocument, saveTroika, type Db, type SavedDocument } from '../store/index.js';
import { extractTroika } from '../extract/index.js';
import type { PreparedDocument } from '../ingest/index.js';
import { isCorrigendum, storeCorrections } from './corrigenda.js';
import { extractAndStore, type ExtractionSummary } from './extraction.js';
import { checkAndSaveDocument } from './document-check.js';
import { mapSubmitters } from './submitter-map.js';
import type { CheckResult } from '../extract/index.js';
import { failOutcome, storedOutcome } from './outcome.js';
import type { PreparedFile } from './prepare.js';
import type { DocumentOutcome, IngestEvent } from './types.js';
import type { DocumentType } from '../core/index.js';

/** A file stored by this run: its outcome, type and the review it belongs to. */
export interface StoredFile {
  outcome: DocumentOutcome;
  type: DocumentType;
  reviewId: number | null;
}

/** Stores a prepared file; returns it when this run stored it, undefined when failed or already stored. */
export function storeFile(db: Db, p: PreparedFile, report: (e: IngestEvent) => void): StoredFile | undefined {
  if (!p.doc) return undefined;
  const { outcome, doc } = p;
  try {
    const { summary, saved } = storeDocument(db, doc);
    if (summary === 'already stored') {
      p.outcome = storedOutcome(db, saved.id, outcome); // same content twice in one batch
      return undefined;
    }
    Object.assign(outcome, { recommendations: summary.recommendations, positions: summary.positions, dialogue: summary.dialogue, documentId: saved.id,
      version: saved.version, currentVersion: saved.version });
    if (summary.removed > 0) outcome.problems.push(`${summary.removed} recommendation(s) of version ${saved.version - 1} are not in version ${saved.version} and were removed`);
    if (summary.check && !summary.check.ok) Object.assign(outcome, { status: 'needs review', reasons: summary.check.reasons });
    outcome.problems.push(...summary.problems);
    for (const problem of outcome.problems) report({ kind: 'problem', file: outcome.file, problem });
    return { outcome, type: doc.recognition.type, reviewId: saved.reviewId };
  } catch (err) {
    failOutcome(outcome, err, report);
    return undefined;
  }
}

function storeDocument(db: Db, doc: PreparedDocument): { summary: (ExtractionSummary & { check?: CheckResult; removed: number }) | 'already stored'; saved: SavedDocument } {
  const r = doc.recognition;
  return inTransaction(db, () => {
    const saved = saveDocument(db, {
      source: { kind: 'document', path: doc.path, fileName: doc.fileName, sha256: doc.sha256, sizeBytes: doc.sizeBytes },
      symbol: r.symbol, type: r.type, language: r.language, title: r.title, stateIso3: r.stateIso3, cycle: r.cycle,
      session: r.session, corrects: r.corrects, format: doc.text.format, ocr: Boolean(doc.text.ocr),
      pageCount: doc.text.pages.length, text: doc.segmented.text, html: doc.text.html ?? null,
      paragraphs: doc.segmented.paragraphs, footnotes: doc.segmented.footnotes,
    });
    if (saved.alreadyStored) return { summary: 'already stored' as const, saved };
    const corrections = storeCorrections(db, saved.id, r.symbol, doc.raw.pages);
    if (isCorrigendum(r.symbol)) {
      // A corrigendum carries corrections, not recommendations, and the checks of its type do not apply.
      const removed = saved.replaced ? finishReplacement(db, saved.id, saved.sourceId, saved.replaced) : 0;
      return { saved, summary: { recommendations: 0, positions: 0, dialogue: 0, problems: corrections, removed } };
    }
    const summary = extractAndStore(db, { id: saved.id, sourceId: saved.sourceId, reviewId: saved.reviewId, type: r.type, symbol: r.symbol,
      stateIso3: r.stateIso3, cycle: r.cycle, session: r.session }, doc.raw);
    const removed = saved.replaced ? finishReplacement(db, saved.id, saved.sourceId, saved.replaced) : 0;
    const check = checkAndSaveDocument(db, { id: saved.id, type: r.type, reviewId: saved.reviewId }, doc.raw, doc.segmented);
    if (r.type === 'wg_report') saveTroika(db, saved.reviewId, extractTroika(doc.text.text, doc.fileName).value?.states, saved.id);
    if (r.type === 'stakeholder_summary') summary.problems.push(...mapSubmitters(db, saved.id, r.symbol));
    return { saved, summary: { ...summary, problems: [...summary.problems, ...corrections], check, removed } };
  });
}
