// Writes one UHRI export into the store in one transaction, idempotently by OHCHR annotation id. UPR
// annotations become recommendations (origin 'uhri'); an edited one updates its record and keeps the old
// values in recommendation_history; a UPR annotation that is a recommendation already stored from another source
// becomes one of its sources (docs/merge.md). Other bodies' annotations become UN recommendations (un-recommendations.ts).
import type { Db } from './database.js';
import type { UhriRow } from '../ingest/index.js';
import { cycleOfSession, UprError } from '../core/index.js';
import { ensureSource, type SourceFile } from './sources.js';
import { ensureReview } from './reviews.js';
import { recommendationWriter } from './recommendations.js';
import { recordReviser, uprInfoRecordReader, type RecordValues } from './recommendation-history.js';
import { unRecommendationWriter } from './un-recommendations.js';
import { absorbMatching, claimMerger } from './recommendation-merge.js';
import { refreshChosen, saveClaim, type ClaimInput } from './recommendation-sources.js';
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
  /** Added UPR rows stored as a source of a recommendation already stored from a report (docs/merge.md). */
  merged: number;
  /** UPR Info records already stored that became sources of an added UHRI recommendation. */
  absorbed: number;
}

const DRY_RUN = Symbol('dry-run rollback');

/** A UPR row's leading item number, e.g. `121.1 Ratify …`. */
const PARAGRAPH = /^(\d{1,3}\.\d{1,3})\s/;

/** Page cache while importing (KiB): SQLite's default 2 MB makes a 300,000-row transaction spill to the WAL all along. */
const IMPORT_CACHE_KIB = 256 * 1024;

/**
 * What is stored of each UHRI claim, read in one pass: compared in memory, so unchanged rows cost no query.
 * `own` when the claim's recommendation is UHRI's own row (not merged into a report's recommendation).
 */
interface StoredUhri {
  recommendationId: number; own: number; text: string; response: string; responseSource: string | null; states: string; issues: string; annotation: string;
  sourceId: number; locator: string;
}

function storedUhriClaims(db: Db): Map<string, StoredUhri> {
  const rows = db.prepare(`SELECT c.claim_key AS key, c.recommendation_id AS recommendationId, r.natural_key = c.claim_key AS own, c.text,
      c.response, c.response_source AS responseSource, c.recommending_states AS states, c.source_id AS sourceId, c.locator,
      COALESCE((SELECT json_group_array(issue) FROM (SELECT issue FROM recommendation_issues WHERE recommendation_id = r.id ORDER BY issue)), '[]') AS issues,
      json_array(a.annotation_id, a.symbol, a.published, a.uhri_published, a.affected_persons, a.sdgs) AS annotation
    FROM recommendation_claims c JOIN recommendations r ON r.id = c.recommendation_id
    LEFT JOIN uhri_annotations a ON a.annotation_id = substr(c.claim_key, 6) WHERE c.kind = 'uhri'`).all() as (StoredUhri & { key: string })[];
  return new Map(rows.map((r) => [r.key, r]));
}

/** The natural key of a UHRI UPR annotation, and the key of its claim: its OHCHR annotation id. */
export const uhriKey = (annotationId: string) => `uhri:${annotationId}`;

/**
 * Stores `rows` from one UHRI file: everything in one transaction, nothing on any error. With `dryRun`
 * the transaction is rolled back and the counts say what would happen. A UPR row the merge rule finds to be a
 * recommendation already stored from a Working Group report becomes a source (claim) of it; otherwise it is
 * stored as its own recommendation, and the UPR Info records of its review that are the same recommendation
 * become its sources.
 */
export function importUhriRows(db: Db, file: SourceFile, rows: readonly UhriRow[], opts: ImportOptions = {}): UhriImportResult {
  const result: UhriImportResult = { rows: rows.length, added: 0, alreadyStored: 0, updated: 0, upr: 0, un: 0, merged: 0, absorbed: 0 };
  const run = db.transaction(() => {
    const sourceId = ensureSource(db, file);
    const stored = storedUhriClaims(db);
    const read = uprInfoRecordReader(db);
    const writer = recommendationWriter(db);
    const revise = recordReviser(db, sourceId);
    const merger = claimMerger(db);
    const un = unRecommendationWriter(db, sourceId);
    const annotate = db.prepare(`INSERT INTO uhri_annotations (annotation_id, recommendation_id, symbol, published, uhri_published, affected_persons, sdgs)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(annotation_id) DO UPDATE SET recommendation_id = excluded.recommendation_id, symbol = excluded.symbol,
      published = excluded.published, uhri_published = excluded.uhri_published, affected_persons = excluded.affected_persons, sdgs = excluded.sdgs`);
    const addIssue = db.prepare('INSERT OR IGNORE INTO recommendation_issues (recommendation_id, issue) VALUES (?, ?)');
    // An edited row merged into another source's recommendation: its earlier claim goes to the recommendation's history.
    const keepClaim = db.prepare(`INSERT INTO recommendation_history (recommendation_id, text, response, response_source, action_category,
      issues, natural_key, source_id, locator, replaced_by_source_id, replaced_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`);
    const now = new Date().toISOString();
    const idOf = db.prepare('SELECT id FROM recommendations WHERE natural_key = ?').pluck();
    const reviewIds = new Map<string, number>();
    const reviewOf = (iso3: string, cycle: number, session: number) => {
      const key = `${iso3}|${cycle}`;
      let id = reviewIds.get(key);
      if (id === undefined) reviewIds.set(key, (id = ensureReview(db, iso3, cycle, session)));
      return id;
    };
    const withOwnRows = new Set<number>();
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
      const claim: ClaimInput = {
        kind: 'uhri', claimKey: values.naturalKey, sourceId, documentId: null, documentSymbol: null, locator: values.locator, // the row of the UHRI file (its symbol is the report's)
        paragraph: PARAGRAPH.exec(row.text)?.[1] ?? null, text: row.text, response: row.position!, responseSource: values.responseSource,
        recommendingStates: row.recommendingStates.map((s) => s.iso3),
      };
      const annotation = [row.annotationId, row.symbol, row.published, row.uhriPublished, JSON.stringify(row.affectedPersons), JSON.stringify(row.sdgs)] as const;
      const annotateAs = (id: number) => annotate.run(row.annotationId, id, ...annotation.slice(1));
      const old = stored.get(values.naturalKey);
      if (old) {
        const issues = new Set(JSON.parse(old.issues) as string[]);
        const changed = old.text !== claim.text || old.response !== claim.response || old.responseSource !== claim.responseSource
          || old.states !== JSON.stringify(claim.recommendingStates) || row.themes.some((t) => !issues.has(t));
        if (changed) {
          if (old.own) revise(read.byKey(values.naturalKey)!, values);
          else {
            keepClaim.run(old.recommendationId, old.text, old.response, old.responseSource, old.issues, values.naturalKey, old.sourceId, old.locator, sourceId, now);
            for (const theme of row.themes) addIssue.run(old.recommendationId, theme);
          }
          saveClaim(db, old.recommendationId, claim);
          refreshChosen(db, old.recommendationId);
          result.updated++;
        } else result.alreadyStored++;
        if (old.annotation !== JSON.stringify(annotation)) annotateAs(old.recommendationId);
        return;
      }
      const reviewId = reviewOf(row.statesConcerned[0]!.iso3, cycle, session);
      const target = merger.attach(reviewId, 'uhri', claim, { issues: row.themes, actionCategory: null });
      if (target !== undefined) {
        annotateAs(target);
        result.added++;
        result.merged++;
        return;
      }
      const added = writer.insert({ ...values, reviewId, origin: 'uhri', paragraph: claim.paragraph, documentId: null, recommendingStates: claim.recommendingStates });
      if (!added) throw new Error(`annotation ${row.annotationId} was stored meanwhile`);
      const id = idOf.get(values.naturalKey) as number;
      saveClaim(db, id, claim);
      annotateAs(id);
      withOwnRows.add(reviewId);
      result.added++;
    });
    for (const reviewId of withOwnRows) result.absorbed += absorbMatching(db, reviewId, 'uhri');
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
