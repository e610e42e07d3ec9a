// Building a file's outcome: empty, failed (with the reason in words), or described from the store.
import { storedDocumentSummary, type Db } from '../store/index.js';
import { describeError } from '../core/index.js';
import { fsReason } from './walk.js';
import type { DocumentOutcome, IngestEvent } from './types.js';

const FILE_SYSTEM_CODES = new Set(['ENOENT', 'EISDIR', 'ELOOP', 'EACCES', 'EPERM']);

export function emptyOutcome(file: string): DocumentOutcome {
  return { file, symbol: null, type: null, state: null, session: null, cycle: null, language: null, paragraphs: 0,
    recommendations: 0, positions: 0, dialogue: 0, status: 'ok', reasons: [], problems: [], positionsAttached: false, documentId: null,
    version: null, currentVersion: null };
}

/** Marks the outcome failed with the error in words (without the file name, which the outcome carries). */
export function failOutcome(outcome: DocumentOutcome, err: unknown, report: (e: IngestEvent) => void): void {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = typeof code === 'string' && FILE_SYSTEM_CODES.has(code) ? fsReason(err) : describeError(err).replace(`${outcome.file}: `, '');
  Object.assign(outcome, { status: 'failed', reasons: [reason], documentId: null });
  report({ kind: 'failed', file: outcome.file, reason });
}

/**
 * The outcome of a file whose content is already stored as document `documentId`: its current version, or
 * the earlier `version` it was before a newer file replaced it.
 */
export function storedOutcome(db: Db, documentId: number, outcome: DocumentOutcome, version?: number): DocumentOutcome {
  const { version: currentVersion, ...row } = storedDocumentSummary(db, documentId) ?? { version: null };
  return { ...outcome, ...row, status: 'already stored', documentId, version: version ?? currentVersion, currentVersion };
}
