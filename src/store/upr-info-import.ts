// Writes parsed UPR Info rows into the store in one transaction, idempotently. A row already stored is
// counted, a corrected row updates its record and keeps the old values in the history, a voluntary pledge
// becomes a pledge record.
import { createHash } from 'node:crypto';
import type { Db } from './database.js';
import type { UprInfoRow } from '../ingest/index.js';
import { cycleOfSession, UprError } from '../core/index.js';
import { ensureSource, type SourceFile } from './sources.js';
import { ensureReview } from './reviews.js';
import { recommendationWriter } from './recommendations.js';
import { pledgeWriter } from './pledges.js';
import { differs, findCorrectedRecord, recordReviser, uprInfoRecordReader, type RecordValues, type StoredUprInfoRecord } from './recommendation-history.js';
import { claimMerger } from './recommendation-merge.js';
import { findClaim, refreshChosen, renameClaim, saveClaim, type ClaimInput } from './recommendation-sources.js';

export interface ImportResult {
  rows: number;
  added: number;
  alreadyStored: number;
  /** Records whose response, text, action or issues this file corrected (old values kept in the history). */
  updated: number;
  /** Rows that are voluntary pledges of the State under review (counted in added / alreadyStored too). */
  pledges: number;
  /** Added rows stored as a source of a recommendation already extracted from a document (docs/merge.md). */
  merged: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

interface Planned {
  row: UprInfoRow;
  cycle: number;
  values: RecordValues;
  stored?: StoredUprInfoRecord;
}

/**
 * Stores `rows` from one file. Everything is written in one transaction: on any error nothing from
 * this file remains. With `dryRun` the transaction is rolled back and the counts say what would happen.
 */
export function importUprInfoRows(db: Db, file: SourceFile, rows: UprInfoRow[], opts: ImportOptions = {}): ImportResult {
  const result: ImportResult = { rows: rows.length, added: 0, alreadyStored: 0, updated: 0, pledges: 0, merged: 0 };
  const run = db.transaction(() => {
    const sourceId = ensureSource(db, file);
    const plan = matchStored(db, file, rows.filter((r) => r.kind === 'recommendation'), sourceId);
    const writer = recommendationWriter(db);
    const revise = recordReviser(db, sourceId);
    const merger = claimMerger(db);
    const idByKey = db.prepare('SELECT id FROM recommendations WHERE natural_key = ?');
    const pledges = pledgeWriter(db);
    const reviewIds = new Map<string, number>();
    const reviewOf = (row: UprInfoRow, cycle: number) => {
      const key = `${row.stateUnderReview.iso3}|${cycle}`;
      let id = reviewIds.get(key);
      if (id === undefined) reviewIds.set(key, (id = ensureReview(db, row.stateUnderReview.iso3, cycle, row.session)));
      return id;
    };
    let done = 0;
    const progress = () => {
      done++;
      if (opts.onProgress && (done % 500 === 1 || done === rows.length)) opts.onProgress(done, rows.length);
    };
    for (const p of plan) {
      const claim = claimOf(p);
      if (p.stored && differs(p.stored, p.values)) {
        revise(p.stored, p.values);
        renameClaim(db, p.stored.naturalKey, claim.claimKey);
        saveClaim(db, p.stored.id, claim);
        result.updated++;
      } else if (p.stored) result.alreadyStored++;
      else {
        const merged = findClaim(db, claim.claimKey);
        if (merged) {
          // Already stored as a source of a recommendation from a document: update that claim only.
          if (merged.text !== claim.text || merged.response !== claim.response || merged.responseSource !== claim.responseSource) {
            saveClaim(db, merged.recommendationId, claim);
            refreshChosen(db, merged.recommendationId);
            result.updated++;
          } else result.alreadyStored++;
        } else if (merger.attach(reviewOf(p.row, p.cycle), 'upr-info', claim, { issues: p.values.issues, actionCategory: p.values.actionCategory }) !== undefined) {
          result.added++;
          result.merged++;
        } else if (writer.insert({ ...p.values, reviewId: reviewOf(p.row, p.cycle), origin: 'upr-info', paragraph: null, documentId: null,
          recommendingStates: claim.recommendingStates })) {
          saveClaim(db, (idByKey.get(claim.claimKey) as { id: number }).id, claim);
          result.added++;
        } else result.alreadyStored++;
      }
      progress();
    }
    for (const row of rows.filter((r) => r.kind === 'pledge')) {
      result.pledges++;
      const cycle = cycleOf(row, file);
      const added = pledges.insert({ reviewId: reviewOf(row, cycle), session: row.session, stateIso3: row.stateUnderReview.iso3, text: row.text,
        actionCategory: row.actionCategory, issues: row.issues, sourceId, locator: `line ${row.line}` });
      if (added) result.added++;
      else result.alreadyStored++;
      progress();
    }
    if (opts.dryRun) throw DRY_RUN;
  });
  try {
    run.immediate(); // the write lock first: a concurrent writer waits (busy timeout) rather than fails
  } catch (err) {
    if (err !== DRY_RUN) throw err;
  }
  return result;
}

/**
 * Reads only: pairs each recommendation row with the stored record it is. First by natural key (same text);
 * rows left over are matched to records of the same review and recommending State that no row of
 * this file claims, when the text is a correction of theirs (see recommendation-history.ts).
 */
function matchStored(db: Db, file: SourceFile, rows: UprInfoRow[], sourceId: number): Planned[] {
  const read = uprInfoRecordReader(db);
  const seen = new Map<string, number>();
  const claimed = new Set<number>();
  const plan: Planned[] = rows.map((row) => {
    const cycle = cycleOf(row, file);
    const base = naturalKey(row);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const values: RecordValues = {
      naturalKey: occurrence === 1 ? base : `${base}#${occurrence}`,
      text: row.text,
      response: row.response,
      responseSource: row.responseRaw ? `UPR Info database (Response: ${row.responseRaw})` : null,
      actionCategory: row.actionCategory,
      issues: row.issues,
      sourceId,
      locator: `line ${row.line}`,
    };
    const stored = read.byKey(values.naturalKey);
    if (stored) claimed.add(stored.id);
    return { row, cycle, values, stored };
  });
  const reviews = new Map<string, StoredUprInfoRecord[]>();
  const findReview = db.prepare('SELECT id FROM reviews WHERE state_iso3 = ? AND cycle = ?');
  for (const p of plan) {
    if (p.stored) continue;
    const key = `${p.row.stateUnderReview.iso3}|${p.cycle}`;
    if (!reviews.has(key)) {
      const review = findReview.get(p.row.stateUnderReview.iso3, p.cycle) as { id: number } | undefined;
      reviews.set(key, review ? read.inReview(review.id) : []);
    }
    const by = p.row.recommendingState?.iso3 ?? '';
    const candidates = reviews.get(key)!.filter((r) => !claimed.has(r.id) && r.byState === by);
    const match = findCorrectedRecord({ text: p.row.text, fileName: file.fileName, locator: p.values.locator }, candidates);
    if (match) {
      claimed.add(match.id);
      p.stored = match;
    }
  }
  return plan;
}

/** The row's claim about its recommendation (recommendation_claims). */
function claimOf(p: Planned): ClaimInput {
  return {
    kind: 'upr_info', claimKey: p.values.naturalKey, sourceId: p.values.sourceId, documentId: null, documentSymbol: null,
    locator: p.values.locator, paragraph: null, text: p.values.text, response: p.values.response, responseSource: p.values.responseSource,
    recommendingStates: p.row.recommendingState ? [p.row.recommendingState.iso3] : [],
  };
}

function cycleOf(row: UprInfoRow, file: SourceFile): number {
  const cycle = cycleOfSession(row.session);
  if (cycle === undefined) throw new UprError('invalid_input', `session ${row.session} is not a known UPR session`, { file: file.path, line: row.line, field: 'Session' });
  return cycle;
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
