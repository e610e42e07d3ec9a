// The document-ingest service: files and folders in, one outcome per document file out. Files are read
// a few at a time; each is stored in its own transaction, Working Group reports first so that the
// positions in addenda, decisions and thematic lists find their recommendations; then documents stored
// by earlier runs are read again when a report they state positions on has just arrived.
import type { Db } from '../store/index.js';
import { listDocumentFiles } from './walk.js';
import { forEachConcurrently } from './concurrency.js';
import { prepareFile, type PreparedFile } from './prepare.js';
import { storeFile, type StoredFile } from './store-document.js';
import { reattachPositions } from './reattach.js';
import { summarise, type IngestEvent, type IngestOptions, type IngestResult } from './types.js';

const DEFAULT_CONCURRENCY = 2;

/**
 * Reads, recognises, segments and stores the documents at `paths` (files, or folders read recursively),
 * with the recommendations, positions and dialogue they carry. Never throws for a bad file: its outcome
 * says why it failed and nothing from it is stored.
 */
export async function ingestDocuments(db: Db, paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const report = (e: IngestEvent) => options.onProgress?.(e);
  const { files, skipped } = listDocumentFiles(paths);
  for (const s of skipped) report({ kind: 'skipped', ...s });
  const prepared: PreparedFile[] = new Array(files.length);
  let done = 0;
  await forEachConcurrently(files, options.concurrency ?? DEFAULT_CONCURRENCY, async (file, i) => {
    prepared[i] = await prepareFile(db, file, report);
    report({ kind: 'read', file, done: ++done, total: files.length });
  });
  const storedNow: StoredFile[] = [];
  for (const i of storageOrder(prepared)) {
    const stored = storeFile(db, prepared[i]!, report);
    if (stored) storedNow.push(stored);
  }
  const outcomes = prepared.map((p) => p.outcome);
  await reattachPositions(db, storedNow, outcomes, report);
  return { outcomes, skipped, summary: summarise(outcomes, skipped) };
}

/** Indexes of the files in the order to store them: Working Group reports first, else as given. */
function storageOrder(prepared: readonly PreparedFile[]): number[] {
  const rank = (p: PreparedFile) => (p.doc?.recognition.type === 'wg_report' ? 0 : 1);
  return prepared.map((_, i) => i).sort((a, b) => rank(prepared[a]!) - rank(prepared[b]!) || a - b);
}
