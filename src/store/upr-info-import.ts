// Writes parsed UPR Info rows into the store in one transaction, idempotently.
import { createHash } from 'node:crypto';
import type { Db } from './database.js';
import type { UprInfoRow } from '../ingest/upr-info-csv.js';
import { cycleOfSession } from '../core/sessions.js';
import { ensureSource, type SourceFile } from './sources.js';
import { ensureReview } from './reviews.js';
import { recommendationWriter } from './recommendations.js';
import { UprError } from '../core/errors.js';

export interface ImportResult {
  rows: number;
  added: number;
  alreadyStored: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Stores `rows` from one file. Everything is written in one transaction: on any error nothing from
 * this file remains. With `dryRun` the transaction is rolled back and the counts say what would happen.
 */
export function importUprInfoRows(db: Db, file: SourceFile, rows: UprInfoRow[], opts: ImportOptions = {}): ImportResult {
  const result: ImportResult = { rows: rows.length, added: 0, alreadyStored: 0 };
  const run = db.transaction(() => {
    const sourceId = ensureSource(db, file);
    const writer = recommendationWriter(db);
    const seen = new Map<string, number>();
    const reviewIds = new Map<string, number>();
    rows.forEach((row, i) => {
      const cycle = cycleOfSession(row.session);
      if (cycle === undefined) {
        throw new UprError('invalid_input', `session ${row.session} is not a known UPR session`, { file: file.path, line: row.line, field: 'Session' });
      }
      const reviewKey = `${row.stateUnderReview.iso3}|${cycle}`;
      let reviewId = reviewIds.get(reviewKey);
      if (reviewId === undefined) {
        reviewId = ensureReview(db, row.stateUnderReview.iso3, cycle, row.session);
        reviewIds.set(reviewKey, reviewId);
      }
      const base = naturalKey(row);
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      const inserted = writer.insert({
        reviewId,
        origin: 'upr-info',
        naturalKey: occurrence === 1 ? base : `${base}#${occurrence}`,
        paragraph: null,
        text: row.text,
        response: row.response,
        responseSource: row.responseRaw ? `UPR Info database (Response: ${row.responseRaw})` : null,
        actionCategory: row.actionCategory,
        sourceId,
        documentId: null,
        locator: `line ${row.line}`,
        recommendingStates: row.recommendingState ? [row.recommendingState.iso3] : [],
        issues: row.issues,
      });
      if (inserted) result.added++;
      else result.alreadyStored++;
      if (opts.onProgress && (i % 500 === 0 || i === rows.length - 1)) opts.onProgress(i + 1, rows.length);
    });
    if (opts.dryRun) throw DRY_RUN;
  });
  try {
    run.immediate(); // the write lock first: a concurrent writer waits (busy timeout) rather than fails
  } catch (err) {
    if (err !== DRY_RUN) throw err;
  }
  return result;
}

const DRY_RUN = Symbol('dry-run rollback');

/** Identity of a UPR Info record, independent of the file it came in: session, States and text. */
function naturalKey(row: UprInfoRow): string {
  const text = row.text.toLowerCase().replace(/\s+/g, ' ').trim();
  const h = createHash('sha1')
    .update([row.session, row.stateUnderReview.iso3, row.recommendingState?.iso3 ?? '-', text].join('\u0000'))
    .digest('hex');
  return `upr-info:${h}`;
}
