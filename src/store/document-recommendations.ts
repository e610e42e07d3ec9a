// Recommendations, positions and dialogue extracted from UN documents. Rows are keyed by a stable natural
// key (`doc:<ISO3>:<cycle>:<paragraph>`) and updated in place, never deleted and re-inserted, so that
// assessments and notes attached to a recommendation survive a newer document for the same review.
// Also the interactive dialogue's statements, one row per review and paragraph, updated the same way.
import type { Db } from './database.js';
import type { Response } from '../core/index.js';
import { cachedStatement } from './statements.js';
import { documentClaimKey, refreshChosen, saveClaim, saveClaimPosition } from './recommendation-sources.js';
import { absorbMatching } from './recommendation-merge.js';

/** The stored document a batch of rows comes from. */
export interface DocumentOrigin {
  documentId: number;
  sourceId: number;
  reviewId: number;
  stateIso3: string;
  cycle: number;
  symbol: string | null;
}

export interface DocumentRecommendationInput {
  paragraph: string;
  text: string;
  recommendingStates: string[];
  /** e.g. `para 116.23, page 15`. */
  locator: string;
}

export interface PositionInput {
  paragraph: string;
  response: Response;
  locator: string;
}

/** Precedence of the document types stating positions: a higher one overrides a lower one. */
export const POSITION_PRECEDENCE = { wg_report: 1, wg_report_addendum: 2, thematic_list: 3, hrc_decision: 4 } as const;

export function documentRecommendationKey(stateIso3: string, cycle: number, paragraph: string): string {
  return `doc:${stateIso3}:${cycle}:${paragraph}`;
}

/** Kind of claim each position precedence's document makes (recommendation_claims). */
const CLAIM_KIND_OF_PRECEDENCE = { 1: 'wg_report', 2: 'addendum', 3: 'thematic_list', 4: 'hrc_decision' } as const;

/**
 * Inserts new recommendations and updates changed ones in place (text, States, locator, document). With
 * `keepText`, an existing row keeps its text and States (a thematic list does not overwrite the report).
 * Each row's claim from this document is saved, and rows of the review from UPR Info (or UHRI) that the merge
 * rule finds to be one of these are folded into it (docs/merge.md).
 * Returns the id of each recommendation by paragraph and what changed.
 */
export function upsertDocumentRecommendations(db: Db, origin: DocumentOrigin, recs: readonly DocumentRecommendationInput[], keepText = false): { ids: Map<string, number>; inserted: number; updated: number } {
  const find = db.prepare('SELECT id, text, locator, document_id AS documentId FROM recommendations WHERE natural_key = ?');
  const insert = db.prepare(`INSERT INTO recommendations (review_id, origin, natural_key, paragraph, text, response, response_source,
      action_category, source_id, document_id, locator) VALUES (?, 'document', ?, ?, ?, 'unknown', NULL, NULL, ?, ?, ?)`);
  const update = db.prepare('UPDATE recommendations SET text = ?, locator = ?, source_id = ?, document_id = ? WHERE id = ?');
  const states = db.prepare('SELECT state_iso3 AS iso3 FROM recommendation_states WHERE recommendation_id = ? ORDER BY position');
  const clearStates = db.prepare('DELETE FROM recommendation_states WHERE recommendation_id = ?');
  const addState = db.prepare('INSERT OR IGNORE INTO recommendation_states (recommendation_id, state_iso3, position) VALUES (?, ?, ?)');
  const ids = new Map<string, number>();
  let inserted = 0;
  let updated = 0;
  for (const r of recs) {
    const key = documentRecommendationKey(origin.stateIso3, origin.cycle, r.paragraph);
    const row = find.get(key) as { id: number; text: string; locator: string; documentId: number | null } | undefined;
    let id: number;
    const claim = (recId: number) => saveClaim(db, recId, {
      kind: keepText ? 'thematic_list' : 'wg_report', claimKey: documentClaimKey(keepText ? 'thematic_list' : 'wg_report', recId),
      sourceId: origin.sourceId, documentId: origin.documentId, documentSymbol: origin.symbol, locator: r.locator, paragraph: r.paragraph,
      text: r.text, response: 'unknown', responseSource: null, recommendingStates: [...new Set(r.recommendingStates)],
    });
    if (!row) {
      id = Number(insert.run(origin.reviewId, key, r.paragraph, r.text, origin.sourceId, origin.documentId, r.locator).lastInsertRowid);
      inserted++;
    } else {
      id = row.id;
      if (keepText) {
        claim(id);
        ids.set(r.paragraph, id);
        continue;
      }
      if (row.text !== r.text || row.locator !== r.locator || row.documentId !== origin.documentId) {
        update.run(r.text, r.locator, origin.sourceId, origin.documentId, id);
        updated++;
      }
    }
    // A row inserted just now has no States yet: no need to read or clear them.
    const current = row ? (states.all(id) as { iso3: string }[]).map((s) => s.iso3) : [];
    const wanted = [...new Set(r.recommendingStates)];
    if (current.join() !== wanted.join()) {
      if (row) clearStates.run(id);
      wanted.forEach((iso3, i) => addState.run(id, iso3, i));
    }
    claim(id);
    ids.set(r.paragraph, id);
  }
  absorbMatching(db, origin.reviewId, 'document');
  return { ids, inserted, updated };
}

/** Paragraph → id of the document recommendations of a review (to tie an addendum's positions to them). */
export function documentRecommendationIds(db: Db, reviewId: number): Map<string, number> {
  const rows = db.prepare("SELECT id, paragraph FROM recommendations WHERE review_id = ? AND origin = 'document' AND paragraph IS NOT NULL").all(reviewId) as { id: number; paragraph: string }[];
  return new Map(rows.map((r) => [r.paragraph, r.id]));
}

/** Paragraphs of a review's recommendations that the Working Group report left pending. */
export function pendingParagraphs(db: Db, reviewId: number): Set<string> {
  const rows = db.prepare(`SELECT r.paragraph FROM recommendations r JOIN recommendation_positions p ON p.recommendation_id = r.id
    WHERE r.review_id = ? AND p.precedence = 1 AND p.response = 'pending'`).all(reviewId) as { paragraph: string }[];
  return new Set(rows.map((r) => r.paragraph));
}

/** Records one document's position on a recommendation (replacing that document's earlier one) and refreshes the final response. */
export function savePosition(db: Db, recommendationId: number, origin: DocumentOrigin, position: PositionInput, precedence: number): void {
  cachedStatement(db, `INSERT INTO recommendation_positions (recommendation_id, response, document_id, document_symbol, locator, precedence)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (recommendation_id, document_id) DO UPDATE SET response = excluded.response,
      document_symbol = excluded.document_symbol, locator = excluded.locator, precedence = excluded.precedence
    WHERE response IS NOT excluded.response OR locator IS NOT excluded.locator OR precedence IS NOT excluded.precedence`)
    .run(recommendationId, position.response, origin.documentId, origin.symbol, position.locator, precedence);
  const kind = CLAIM_KIND_OF_PRECEDENCE[precedence as keyof typeof CLAIM_KIND_OF_PRECEDENCE] ?? 'addendum';
  saveClaimPosition(db, recommendationId, kind, { sourceId: origin.sourceId, documentId: origin.documentId, documentSymbol: origin.symbol,
    locator: position.locator, response: position.response, responseSource: [origin.symbol, position.locator].filter(Boolean).join(', ') });
  refreshResponse(db, recommendationId);
}

/** Sets the recommendation's response to the one chosen among its sources' claims (recommendation-sources.ts). */
export function refreshResponse(db: Db, recommendationId: number): void {
  refreshChosen(db, recommendationId);
}

export interface PositionRow {
  response: Response;
  documentSymbol: string | null;
  locator: string;
  precedence: number;
}

/** Every position stated on a recommendation, highest precedence first. */
export function getPositions(db: Db, recommendationId: number): PositionRow[] {
  return db.prepare(`SELECT response, document_symbol AS documentSymbol, locator, precedence FROM recommendation_positions
    WHERE recommendation_id = ? ORDER BY precedence DESC, id DESC`).all(recommendationId) as PositionRow[];
}

export interface DialogueStatementInput {
  paragraph: string;
  stateIso3: string | null;
  text: string;
  page: number;
}

export interface DialogueStatementRow extends DialogueStatementInput {
  documentId: number;
}

/** Upserts the statements of a report; returns how many rows were inserted or changed. */
export function saveDialogue(db: Db, origin: DocumentOrigin, statements: readonly DialogueStatementInput[]): number {
  const upsert = db.prepare(`INSERT INTO dialogue_statements (review_id, document_id, paragraph, state_iso3, text, page)
    VALUES (@reviewId, @documentId, @paragraph, @stateIso3, @text, @page)
    ON CONFLICT (review_id, paragraph) DO UPDATE SET document_id = excluded.document_id, state_iso3 = excluded.state_iso3,
      text = excluded.text, page = excluded.page
    WHERE document_id IS NOT excluded.document_id OR state_iso3 IS NOT excluded.state_iso3 OR text IS NOT excluded.text`);
  let changed = 0;
  for (const s of statements) changed += upsert.run({ ...s, reviewId: origin.reviewId, documentId: origin.documentId }).changes;
  return changed;
}

/** The dialogue of a review in paragraph order. */
export function getDialogue(db: Db, reviewId: number): DialogueStatementRow[] {
  return db.prepare(`SELECT paragraph, state_iso3 AS stateIso3, text, page, document_id AS documentId FROM dialogue_statements
    WHERE review_id = ? ORDER BY CAST(paragraph AS INTEGER)`).all(reviewId) as DialogueStatementRow[];
}
