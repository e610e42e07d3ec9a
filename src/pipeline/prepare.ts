// Reading one file for the store: recognised as already stored by its SHA-256, else read, recognised
// and segmented by src/ingest. Failures are recorded on the outcome, never thrown.
import { fingerprint, isOwnOutputPath, OWN_OUTPUT_MESSAGE, type PreparedDocument } from '../ingest/index.js';
import { findDocumentBySha, findEarlierVersion, type Db } from '../store/index.js';
import { formatProblem, UprError } from '../core/index.js';
import { emptyOutcome, failOutcome, storedOutcome } from './outcome.js';
import type { DocumentOutcome, IngestEvent } from './types.js';
import type { Reader } from './readers.js';
import { applyForced, type ForcedRecognition } from './forced.js';

export interface PreparedFile {
  outcome: DocumentOutcome;
  /** Set when the file was read and is a UPR document not yet stored. */
  doc?: PreparedDocument;
}

/**
 * Reads a file not yet stored; a file already stored is described from the store without being read.
 * upr's own reports and exports are refused, as are files not recognised as UPR documents unless `forced`.
 */
export async function prepareFile(db: Db, file: string, reader: Reader, report: (e: IngestEvent) => void, forced?: ForcedRecognition): Promise<PreparedFile> {
  const outcome = emptyOutcome(file);
  try {
    const print = await fingerprint(file);
    if (await isOwnOutputPath(file)) throw new UprError('invalid_input', OWN_OUTPUT_MESSAGE, { file });
    const stored = findDocumentBySha(db, print.sha256);
    if (stored) return { outcome: storedOutcome(db, stored.id, outcome) };
    // An earlier version replaced by a newer file stays replaced: running ingest again over a folder holding
    // both files changes nothing (`upr remove` then ingest brings an older version back).
    const earlier = findEarlierVersion(db, print.sha256);
    if (earlier) return { outcome: storedOutcome(db, earlier.documentId, outcome, earlier.version) };
    const doc = await reader.prepare(file, print);
    const r = doc.recognition;
    Object.assign(outcome, { symbol: r.symbol, type: r.type, state: r.stateIso3, session: r.session, cycle: r.cycle,
      language: r.language, paragraphs: doc.segmented.paragraphs.length });
    outcome.problems = doc.problems.map((p) => formatProblem({ ...p, file: undefined }));
    if (forced && !r.ownOutput) {
      outcome.problems = applyForced(r, forced, outcome.problems);
      Object.assign(outcome, { symbol: r.symbol, type: r.type, state: r.stateIso3, session: r.session, cycle: r.cycle });
    }
    if (!r.isUpr) throw new UprError('invalid_input', outcome.problems[0] ?? 'not a UPR document', { file });
    return { outcome, doc };
  } catch (err) {
    failOutcome(outcome, err, report);
    return { outcome };
  }
}
