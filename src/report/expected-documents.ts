// The documents every review is expected to have (national report /1, compilation of UN information /2,
// summary of stakeholders' submissions /3, Working Group report and its addendum) and whether the store
// holds each one readable, so that a report says which of its sections are missing and why instead of
// silently leaving them out.
import { getDocumentCheck, getDocumentParagraphs, type Db, type DocumentRow, type ReviewRow } from '../store/index.js';
import type { ExpectedDocument, ExpectedDocumentType } from './model.js';

export const EXPECTED_DOCUMENT_TYPES: readonly ExpectedDocumentType[] = ['national_report', 'un_compilation', 'stakeholder_summary', 'wg_report', 'wg_report_addendum'];

/** The symbol a document of the review has, or should have when it is missing (null when it cannot be told). */
function expectedSymbol(type: ExpectedDocumentType, review: ReviewRow, docs: DocumentRow[]): string | null {
  const n = { national_report: 1, un_compilation: 2, stakeholder_summary: 3 }[type as string];
  if (n !== undefined) return review.session !== null ? `A/HRC/WG.6/${review.session}/${review.stateIso3}/${n}` : null;
  const wg = docs.find((d) => d.type === 'wg_report')?.symbol;
  return type === 'wg_report_addendum' && wg ? `${wg}/Add.1` : null;
}

const isCorrigendum = (d: DocumentRow): boolean => /\/Corr\.\d+$/i.test(d.symbol ?? '');

/** One line per expected document of `review`: stored and read, stored but needing review or unreadable, or missing. */
export function expectedDocuments(db: Db, review: ReviewRow, docs: DocumentRow[]): ExpectedDocument[] {
  return EXPECTED_DOCUMENT_TYPES.map((type) => {
    const ofType = docs.filter((d) => d.type === type);
    // A corrigendum (`…/2/Corr.1`) corrects a few lines; it does not stand for the document itself.
    const doc = ofType.filter((d) => !isCorrigendum(d)).sort((a, b) => b.id - a.id)[0];
    if (!doc) {
      const corrigenda = ofType.map((d) => d.symbol ?? d.fileName);
      return { type, symbol: expectedSymbol(type, review, docs), fileName: null, status: 'missing', reasons: corrigenda.map((c) => `only its corrigendum ${c} is stored`) };
    }
    const base = { type, symbol: doc.symbol ?? expectedSymbol(type, review, docs), fileName: doc.fileName };
    if (getDocumentParagraphs(db, doc.id).length === 0) return { ...base, status: 'unreadable', reasons: ['no text could be read from it'] };
    const check = getDocumentCheck(db, doc.id);
    return check?.status === 'needs review' ? { ...base, status: 'needs_review', reasons: check.reasons } : { ...base, status: 'stored', reasons: [] };
  });
}
