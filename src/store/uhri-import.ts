// Writes one UHRI export into the store in one transaction, idempotently by OHCHR annotation id. UPR
// annotations become recommendations (origin 'uhri'); an edited one updates its record and keeps the old
// values in recommendation_history. Other bodies' annotations become UN recommendations (un-recommendations.ts).
import type { Db } from './database.js';
import type { UhriRow } from '../ingest/index.js';
import { cycleOfSession, UprError } from '../core/index.js';
import { ensureSource, type SourceFile } from './sources.js';
import { ensureReview } from './reviews.js';
import { recommendationWriter } from './recommendations.js';
import { recordReviser, uprInfoRecordReader, type RecordValues } from './recommendation-history.js';
import { unRecommendationWriter } from './un-recommendations.js';
import type { ImportOptions } from './upr-info-import.js';

export interface UhriImportResult {
  rows: number;
  added: number;
  alreadyStored: number;
  /** Annotations edited since they were stored (old values kept in the history). */
  updated: number;
  /** Of the rows: UPR recommendations, and other bodies' recommendations and observations. */
  upr: number;
  un: number;
}

const DRY_RUN = Symbol('dry-run rollback');

/** Page cache while importing (KiB): SQLite's default 2 MB makes a 300,000-row transaction spill to the WAL all along. */
const IMPORT_CACHE_KIB = 256 * 1024;

/** What is stored of each UHRI recommendation, read in one pass: compared in memory, so unchanged rows cost no query. */
interface StoredUhri { id: number; text: string; response: string; responseSource: string | null; issues: string; annotation: string }

function storedUhriRecords(db: Db): Map<string, StoredUhri> {
  const rows = db.prepare(`SELECT r.natural_key AS key, r.id, r.text, r.response, r.response_source AS responseSource,
      COALESCE((SELECT json_group_array(issue) FROM (SELECT issue FROM recommendation_issues WHERE recommendation_id = r.id ORDER BY issue)), '[]') AS issues,
      json_array(a.annotation_id, a.symbol, a.published, a.uhri_published, a.affected_persons, a.sdgs) AS annotation
    FROM recommendations r LEFT JOIN uhri_annotations a ON a.recommendation_id = r.id WHERE r.origin = 'uhri'`).all() as (StoredUhri & { key: string })[];
  return new Map(rows.map((r) => [r.key, r]));
}

/** The natural key of a UHRI UPR annotation: its OHCHR annotation id. */
export const uhriKey = (annotationId: string) => `uhri:${annotationId}`;

/**
 * Stores `rows` from one UHRI file: everything in one transaction, nothing on any error. With `dryRun`
 * the transaction is rolled back and the counts say what would happen.
 */
export function importUhriRows(db: Db, file: SourceFile, rows: readonly UhriRow[], opts: ImportOptions = {}): UhriImportResult {
  const result: UhriImportResult = { rows: rows.length, added: 0, alreadyStored: 0, updated: 0, upr: 0, un: 0 };
  const run = db.transaction(() => {
    const sourceId = ensureSource(db, file);
    const stored = storedUhriRecords(db);
    const read = uprInfoRecordReader(db);
    const writer = recommendationWriter(db);
    const revise = recordReviser(db, sourceId);
    const un = unRecommendationWriter(db, sourceId);
    const annotate = db.prepare(`INSERT INTO uhri_annotations (recommendation_id, annotation_id, symbol, published, uhri_published, affected_persons, sdgs)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(recommendation_id) DO UPDATE SET symbol = excluded.symbol, published = excluded.published,
      uhri_published = excluded.uhri_published, affected_persons = excluded.affected_persons, sdgs = excluded.sdgs`);
    const idOf = db.prepare('SELECT id FROM recommendations WHERE natural_key = ?').pluck();
    const reviewIds = new Map<string, number>();
    const reviewOf = (iso3: string, cycle: number, session: number) => {
      const key = `${iso3}|${cycle}`;
      let id = reviewIds.get(key);
      if (id === undefined) reviewIds.set(key, (id = ensureReview(db, iso3, cycle, session)));
      return id;
    };
    rows.forEach((row, i) => {
      if (opts.onProgress && (i % 2000 === 0 || i === rows.length - 1)) opts.onProgress(i + 1, rows.length);
      if (!row.isUpr) {
        result.un++;
        const outcome = un.write({ annotationId: row.annotationId, body: row.body, type: row.types.join('; '), symbol: row.symbol, published: row.published,
          uhriPublished: row.uhriPublished, text: row.text, themes: row.themes, affectedPersons: row.affectedPersons, sdgs: row.sdgs,
          regions: row.regionsConcerned, states: row.statesConcerned.map((s) => s.iso3), sourceId, locator: `row ${row.line}` });
        if (outcome === 'added') result.added++;
        else if (outcome === 'updated') result.updated++;
        else result.alreadyStored++;
        return;
      }
      result.upr++;
      const session = row.session!;
      const cycle = cycleOfSession(session);
      if (cycle === undefined) throw new UprError('invalid_input', `session ${session} is not a known UPR session`, { file: file.path, line: row.line, field: 'UPR Session' });
      const values: RecordValues = {
        naturalKey: uhriKey(row.annotationId), text: row.text, response: row.position!,
        responseSource: `UHRI (UPR Position: ${row.positionRaw || 'none'})`, actionCategory: null, issues: row.themes, sourceId, locator: `row ${row.line}`,
      };
      const annotation = [row.annotationId, row.symbol, row.published, row.uhriPublished, JSON.stringify(row.affectedPersons), JSON.stringify(row.sdgs)] as const;
      const old = stored.get(values.naturalKey);
      if (old) {
        const changed = old.text !== values.text || old.response !== values.response || old.responseSource !== values.responseSource
          || old.issues !== JSON.stringify([...new Set(values.issues)].sort());
        if (changed) revise(read.byKey(values.naturalKey)!, values);
        if (changed) result.updated++;
        else result.alreadyStored++;
        if (old.annotation !== JSON.stringify(annotation)) annotate.run(old.id, ...annotation);
        return;
      }
      const added = writer.insert({ ...values, reviewId: reviewOf(row.statesConcerned[0]!.iso3, cycle, session), origin: 'uhri',
        paragraph: /^(\d{1,3}\.\d{1,3})\s/.exec(row.text)?.[1] ?? null, documentId: null, recommendingStates: row.recommendingStates.map((s) => s.iso3) });
      if (!added) throw new Error(`annotation ${row.annotationId} was stored meanwhile`);
      annotate.run(idOf.get(values.naturalKey), ...annotation);
      result.added++;
    });
    if (opts.dryRun) throw DRY_RUN;
  });
  const cache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  try {
    run.immediate();
  } catch (err) {
    if (err !== DRY_RUN) throw err;
  } finally {
    db.pragma(`cache_size = ${cache}`);
  }
  return result;
}
