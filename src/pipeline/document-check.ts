// Structural self-check of a document just stored by the ingest service: the pure checks of extract/checks run on
// what the document yields (and, for addenda and thematic lists, on its review's stored recommendations);
// the result is stored as status `ok` or `needs review` with reasons. Belongs with the ingest pipeline.
import {
  documentRecommendationIds, pendingParagraphs, reportParagraphs, saveDocumentCheck, stillPendingParagraphs, type Db,
} from '../store/index.js';
import {
  attachPositions, attributeSummary, checkAddendumCoverage, checkStakeholderSummary, checkThematicListCoverage,
  checkWorkingGroupRecommendations, parseResponses, parseThematicList, parseWorkingGroupReport, type CheckResult,
} from '../extract/index.js';
import type { DocumentText } from '../ingest/index.js';
import type { DocumentType } from '../core/index.js';

export interface CheckedDocumentRef {
  id: number;
  type: DocumentType;
  reviewId: number | null;
}

interface Segmented {
  paragraphs: readonly { number: string | null; text: string; footnoteRefs: readonly (number | string)[] }[];
  footnotes: readonly { number: string; text: string }[];
}

/** Runs the checks that apply to the document's type; undefined for types without any. */
export function checkDocument(db: Db, doc: CheckedDocumentRef, text: DocumentText, segmented: Segmented): CheckResult | undefined {
  switch (doc.type) {
    case 'wg_report':
      return checkWorkingGroupRecommendations(parseWorkingGroupReport(text.pages).value);
    case 'stakeholder_summary':
      return checkStakeholderSummary(attributeSummary(segmented.paragraphs, segmented.footnotes));
    case 'wg_report_addendum': {
      if (doc.reviewId === null) return undefined;
      const known = [...documentRecommendationIds(db, doc.reviewId).keys()];
      if (known.length === 0) return undefined; // checked when its report arrives and it is read again
      const stated = parseResponses(text.pages).value;
      const attached = attachPositions(stated, known, pendingParagraphs(db, doc.reviewId));
      return checkAddendumCoverage({ stated: stated.length, unattached: attached.problems.map((p) => p.message), stillPending: stillPendingParagraphs(db, doc.reviewId) });
    }
    case 'thematic_list':
      if (doc.reviewId === null) return undefined;
      return checkThematicListCoverage(parseThematicList(text.html ?? '').value.map((r) => r.paragraph), reportParagraphs(db, doc.reviewId));
    default:
      return undefined;
  }
}

/** Checks the document and stores the result; returns it (undefined when no check applies). */
export function checkAndSaveDocument(db: Db, doc: CheckedDocumentRef, text: DocumentText, segmented: Segmented): CheckResult | undefined {
  const check = checkDocument(db, doc, text, segmented);
  if (check) saveDocumentCheck(db, doc.id, check);
  return check;
}
