// The shapes the ingest service hands back: one outcome per document file, the paths skipped while
// walking folders, a summary, and the events it reports while it runs.
import type { DocumentType } from '../core/index.js';
import type { ForcedRecognition } from './forced.js';

/**
 * What became of one file. `needs review` is for documents stored whose self-checks failed (the
 * reasons say which); `failed` stores nothing from the file.
 */
export type DocumentStatus = 'ok' | 'already stored' | 'needs review' | 'failed';

export interface DocumentOutcome {
  file: string;
  symbol: string | null;
  type: DocumentType | null;
  state: string | null;
  session: number | null;
  cycle: number | null;
  language: string | null;
  paragraphs: number;
  recommendations: number;
  /** Positions stored from this file (for an already stored file: attached when it was read again). */
  positions: number;
  dialogue: number;
  status: DocumentStatus;
  /** Why the file failed or needs review; empty otherwise. */
  reasons: string[];
  /** What reading, recognition or extraction could not take, though the document was stored. */
  problems: string[];
  /** True when a document stored earlier was read again so its positions attach to a newly stored report. */
  positionsAttached: boolean;
  /** The stored document (stored now or before); null when nothing was stored. */
  documentId: number | null;
  /** The version of the document this file is (1 when first stored; 2 when it replaced version 1…); null when not stored. */
  version: number | null;
  /** The version the store holds now: above `version` for a file that is an earlier, replaced version. */
  currentVersion: number | null;
}

/** A path met while walking folders that is not read: a dangling symbolic link, a loop, an unreadable folder. */
export interface SkippedPath {
  path: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  stored: number;
  /** Of the files stored, those that replaced an earlier version of the same document. */
  updated: number;
  alreadyStored: number;
  needsReview: number;
  failed: number;
  skipped: number;
}

export interface IngestResult {
  outcomes: DocumentOutcome[];
  skipped: SkippedPath[];
  summary: IngestSummary;
}

/** Reported while the service runs, in the order things happen. */
export type IngestEvent =
  | { kind: 'skipped'; path: string; reason: string }
  /** A file has been read, recognised and segmented (or failed to be): `done` of `total`. */
  | { kind: 'read'; file: string; done: number; total: number }
  | { kind: 'failed'; file: string; reason: string }
  | { kind: 'problem'; file: string; problem: string }
  /** A document stored earlier was read again for a newly stored Working Group report. */
  | { kind: 'reread'; file: string; positions: number };

export interface IngestOptions {
  onProgress?: (event: IngestEvent) => void;
  /** Files read at a time (default 2). */
  concurrency?: number;
  /** Read in worker threads (default: when there are more files than `concurrency`). */
  readInWorkers?: boolean;
  /** What every file is, in place of recognition (`upr ingest --as`); upr's own outputs stay refused. */
  forced?: ForcedRecognition;
}

/** Counts the outcomes by status. */
export function summarise(outcomes: readonly DocumentOutcome[], skipped: readonly SkippedPath[]): IngestSummary {
  const count = (s: DocumentStatus) => outcomes.filter((o) => o.status === s).length;
  const updated = outcomes.filter((o) => (o.status === 'ok' || o.status === 'needs review') && (o.version ?? 1) > 1).length;
  return { files: outcomes.length, stored: count('ok'), updated, alreadyStored: count('already stored'), needsReview: count('needs review'),
    failed: count('failed'), skipped: skipped.length };
}
