// Bridge from the ingest service to recommendation/response/dialogue extraction: given a stored document
// and its text, extract what its type carries and store it. Owned by the extraction work (issue 4b).
import {
  documentRecommendationIds, pendingParagraphs, saveDialogue, savePosition, upsertDocumentRecommendations, POSITION_PRECEDENCE,
  type Db, type DocumentOrigin,
} from '../store/index.js';
import { attachPositions, parseDialogue, parseResponses, parseThematicList, parseWorkingGroupReport, spreadOverClauses } from '../extract/index.js';
import type { DocumentText } from '../ingest/index.js';
import { type DocumentType, formatProblem, type Problem } from '../core/index.js';

export interface StoredDocumentRef {
  id: number;
  sourceId: number;
  reviewId: number | null;
  type: DocumentType;
  symbol: string | null;
  stateIso3: string | null;
  cycle: number | null;
  session: number | null;
}

export interface ExtractionSummary {
  recommendations: number;
  positions: number;
  dialogue: number;
  problems: string[];
}

const CARRIERS: DocumentType[] = ['wg_report', 'wg_report_addendum', 'hrc_decision', 'thematic_list'];

/** Extracts and stores what `doc` carries; documents without recommendations yield zeros. */
export function extractAndStore(db: Db, doc: StoredDocumentRef, text: DocumentText): ExtractionSummary {
  const summary: ExtractionSummary = { recommendations: 0, positions: 0, dialogue: 0, problems: [] };
  if (!CARRIERS.includes(doc.type)) return summary;
  if (doc.reviewId === null || doc.stateIso3 === null || doc.cycle === null) {
    summary.problems.push(`${doc.symbol ?? 'document'}: State under review or cycle unknown, so its recommendations were not stored`);
    return summary;
  }
  const origin: DocumentOrigin = { documentId: doc.id, sourceId: doc.sourceId, reviewId: doc.reviewId, stateIso3: doc.stateIso3, cycle: doc.cycle, symbol: doc.symbol };
  const report = (problems: Problem[]) => summary.problems.push(...problems.map((p) => formatProblem(p)));
  if (doc.type === 'wg_report') storeReport(db, origin, text, summary, report);
  else if (doc.type === 'thematic_list') storeThematicList(db, origin, text, summary, report);
  else storeStatedPositions(db, origin, text.pages, POSITION_PRECEDENCE[doc.type === 'hrc_decision' ? 'hrc_decision' : 'wg_report_addendum'], summary, report);
  return summary;
}

function storeReport(db: Db, origin: DocumentOrigin, text: DocumentText, summary: ExtractionSummary, report: (p: Problem[]) => void): void {
  const recs = parseWorkingGroupReport(text.pages);
  report(recs.problems);
  const { ids } = upsertDocumentRecommendations(db, origin, recs.value.map((r) => ({ ...r, locator: `para ${r.paragraph}, page ${r.page}` })));
  for (const r of recs.value) {
    savePosition(db, ids.get(r.paragraph)!, origin, { paragraph: r.paragraph, response: r.response, locator: `para ${r.positionParagraph}` }, POSITION_PRECEDENCE.wg_report);
  }
  summary.recommendations = recs.value.length;
  summary.positions = recs.value.length;
  const dialogue = parseDialogue(text.pages, origin.stateIso3);
  report(dialogue.problems);
  saveDialogue(db, origin, dialogue.value);
  summary.dialogue = dialogue.value.length;
}

function storeThematicList(db: Db, origin: DocumentOrigin, text: DocumentText, summary: ExtractionSummary, report: (p: Problem[]) => void): void {
  const parsed = parseThematicList(text.html ?? '');
  const rows = { ...parsed, value: spreadOverClauses(parsed.value, documentRecommendationIds(db, origin.reviewId).keys()) };
  report(rows.problems);
  // The report's own text and States win over the list's copy when both are stored.
  const { ids } = upsertDocumentRecommendations(db, origin, rows.value.map((r) => ({ ...r, locator: `thematic list, row ${r.row} (${r.paragraph})` })), true);
  for (const r of rows.value) {
    const locator = `thematic list, row ${r.row} (${r.paragraph})${r.positionSource ? `; position from ${r.positionSource}` : ''}`;
    savePosition(db, ids.get(r.paragraph)!, origin, { paragraph: r.paragraph, response: r.response, locator }, POSITION_PRECEDENCE.thematic_list);
  }
  summary.recommendations = rows.value.length;
  summary.positions = rows.value.length;
}

function storeStatedPositions(db: Db, origin: DocumentOrigin, pages: readonly string[], precedence: number, summary: ExtractionSummary, report: (p: Problem[]) => void): void {
  const stated = parseResponses(pages);
  if (stated.value.length === 0) return; // HRC decisions usually only adopt the outcome
  const ids = documentRecommendationIds(db, origin.reviewId);
  if (ids.size === 0) {
    summary.problems.push(`${origin.symbol ?? 'document'}: ${stated.value.length} positions found but no recommendations of this review are stored yet; they attach when its Working Group report is ingested`);
    return;
  }
  const attached = attachPositions(stated.value, [...ids.keys()], pendingParagraphs(db, origin.reviewId));
  report(attached.problems);
  for (const p of attached.value) {
    savePosition(db, ids.get(p.target)!, origin, { paragraph: p.target, response: p.response, locator: `para ${p.paragraph}, page ${p.page}` }, precedence);
  }
  summary.positions = attached.value.length;
}
