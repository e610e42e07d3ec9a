// The document-ingest service: files and folders in, one outcome per document file out. Files are read
// a few at a time and each is stored, in its own transaction, as soon as it and the files before it are
// read, so an interrupted run keeps what it finished. Addenda, HRC decisions and thematic lists wait
// until the batch's Working Group reports are stored, so that their positions find the recommendations;
// then documents stored by earlier runs are read again when a report they state positions on arrives.
import type { Db } from '../store/index.js';
import type { DocumentType } from '../core/index.js';
import { listDocumentFiles } from './walk.js';
import { forEachConcurrently } from './concurrency.js';
import { prepareFile, type PreparedFile } from './prepare.js';
import { storeFile, type StoredFile } from './store-document.js';
import { reattachPositions } from './reattach.js';
import { inThreadReader, workerReader } from './readers.js';
import { summarise, type IngestEvent, type IngestOptions, type IngestResult } from './types.js';

const DEFAULT_CONCURRENCY = 2;
/** Documents stating positions on a review's recommendations: stored after the batch's reports. */
const STATES_POSITIONS: readonly DocumentType[] = ['wg_report_addendum', 'hrc_decision', 'thematic_list'];

/**
 * Reads, recognises, segments and stores the documents at `paths` (files, or folders read recursively),
 * with the recommendations, positions and dialogue they carry. Never throws for a bad file: its outcome
 * says why it failed and nothing from it is stored.
 */
export async function ingestDocuments(db: Db, paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const report = (e: IngestEvent) => options.onProgress?.(e);
  const { files, skipped } = listDocumentFiles(paths);
  for (const s of skipped) report({ kind: 'skipped', ...s });
  const prepared: (PreparedFile | undefined)[] = new Array(files.length);
  const storedNow: StoredFile[] = [];
  const later: PreparedFile[] = [];
  const store = (p: PreparedFile) => {
    const stored = storeFile(db, p, report);
    if (stored) storedNow.push(stored);
    p.doc = undefined; // the text is in the store now; keep memory (and the cost of spawning readers) low
  };
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const reader = (options.readInWorkers ?? files.length > concurrency) ? workerReader(concurrency) : inThreadReader;
  let next = 0;
  let done = 0;
  try {
    await forEachConcurrently(files, concurrency, async (file, i) => {
      prepared[i] = await prepareFile(db, file, reader, report, options.forced);
      report({ kind: 'read', file, done: ++done, total: files.length });
      for (; next < files.length && prepared[next]; next++) {
        const p = prepared[next]!;
        if (p.doc && STATES_POSITIONS.includes(p.doc.recognition.type)) later.push(p);
        else store(p);
      }
    });
  } finally {
    await reader.close();
  }
  for (const p of later) store(p);
  const outcomes = prepared.map((p) => p!.outcome);
  await reattachPositions(db, storedNow, outcomes, report);
  return { outcomes, skipped, summary: summarise(outcomes, skipped) };
}
