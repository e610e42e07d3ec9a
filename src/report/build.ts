// buildReviewReport: gathers every children's-rights reference of one review (State + cycle) from the store,
// in document order, numbers them, and computes the summary and the comparison with the previous cycle.
import { UprError, stateByIso3, sessionByNumber } from '../core/index.js';
import { getCorrections, listDocuments, listReviews, type Db, type DocumentRow, type ReviewRow } from '../store/index.js';
import { REFERENCE_KINDS, type ReportNote, type ReportReference, type ReviewReport } from './model.js';
import { childRightsCheck, CLASSIFIER_VERSION, type ChildRightsCheck } from './child-rights-check.js';
import { paragraphReferences } from './paragraph-references.js';
import { advanceQuestionReferences, dialogueReferences, recommendationReferences } from './review-references.js';
import { compareCycles, summarise } from './summary.js';
import { expectedDocuments } from './expected-documents.js';
import { crcRecommendations } from './crc.js';

const PRE_SESSION = ['national_report', 'un_compilation', 'stakeholder_summary'];

/**
 * Advance questions carry no symbol, session or cycle, and ingest leaves them outside any review: they are given
 * to the review of the next document of the same State ingested after them (a folder is ingested in name order,
 * where the advance questions come first), leaving out Working Group reports, which ingest stores first in a
 * batch. The report says so in its notes.
 */
function advanceQuestionsOf(all: DocumentRow[], review: ReviewRow, stateName: string): DocumentRow[] {
  const reviewed = all.filter((d) => d.reviewId !== null && d.stateIso3 === review.stateIso3 && d.type !== 'wg_report').sort((a, b) => a.id - b.id);
  return all.filter((d) => {
    if (d.type !== 'advance_questions' || d.reviewId !== null || !(d.title ?? '').includes(stateName)) return false;
    const next = reviewed.find((x) => x.id > d.id) ?? reviewed[reviewed.length - 1];
    return next?.reviewId === review.id;
  });
}

const DOCUMENT_ORDER = ['national_report', 'un_compilation', 'stakeholder_summary', 'advance_questions', 'wg_report', 'wg_report_addendum', 'thematic_list', 'hrc_decision'];
const typeRank = (d: DocumentRow): number => (DOCUMENT_ORDER.indexOf(d.type) + 1 || DOCUMENT_ORDER.length + 1);

function sessionDates(session: number | null): { start: string; end: string } | null {
  const s = session !== null ? sessionByNumber(session) : undefined;
  return s ? { start: s.start, end: s.end } : null;
}

function reviewOf(db: Db, iso3: string, cycle: number): ReviewRow | undefined {
  return listReviews(db, iso3).find((r) => r.cycle === cycle);
}

function childRecommendations(db: Db, iso3: string, cycle: number, docs: DocumentRow[], check: ChildRightsCheck): ReportReference[] {
  return recommendationReferences(db, iso3, cycle, docs.find((d) => d.type === 'wg_report'), check);
}

/** The children's-rights reference report of one review; `not_found` when the store holds no such review. */
export function buildReviewReport(db: Db, iso3: string, cycle: number): ReviewReport {
  const code = iso3.toUpperCase();
  const state = stateByIso3(code);
  const review = reviewOf(db, code, cycle);
  if (!state || !review) throw new UprError('not_found', `no review of ${state?.shortName ?? code} in cycle ${cycle} is stored; run upr ingest first`, { field: 'state', value: iso3 });
  const check = childRightsCheck();
  const notes: ReportNote[] = [];
  const all = listDocuments(db);
  const docs = all.filter((d) => d.reviewId === review.id);
  const questions = advanceQuestionsOf(all, review, state.shortName);
  if (questions.length > 0) notes.push({ code: 'advance_questions' });
  const refs: ReportReference[] = [];
  for (const type of PRE_SESSION) for (const d of docs.filter((x) => x.type === type)) refs.push(...paragraphReferences(db, d, check, notes));
  for (const d of questions) refs.push(...advanceQuestionReferences(db, d, check));
  refs.push(...dialogueReferences(db, review, docs, check));
  refs.push(...childRecommendations(db, code, cycle, docs, check));
  const counters = new Map<string, number>();
  for (const r of refs) {
    const n = (counters.get(r.kind) ?? 0) + 1;
    counters.set(r.kind, n);
    r.id = `r-${r.kind.replace(/_/g, '-')}-${n}`;
  }
  refs.sort((a, b) => REFERENCE_KINDS.indexOf(a.kind) - REFERENCE_KINDS.indexOf(b.kind));
  const previousReview = reviewOf(db, code, cycle - 1);
  const previous = previousReview
    ? childRecommendations(db, code, cycle - 1, all.filter((d) => d.reviewId === previousReview.id), check)
    : [];
  const current = refs.filter((r) => r.kind === 'recommendation');
  return {
    state: { iso3: code, name: state.shortName },
    cycle,
    session: review.session,
    reviewDate: review.reviewDate,
    sessionDates: sessionDates(review.session),
    documents: [...docs, ...questions].sort((a, b) => typeRank(a) - typeRank(b)).map((d) => ({ symbol: d.symbol, type: d.type, title: d.title, fileName: d.fileName, ...corrigendaOf(db, d.id) })),
    expectedDocuments: expectedDocuments(db, review, docs),
    references: refs,
    summary: summarise(refs, previous),
    comparison: previous.length > 0 && current.length > 0 ? compareCycles(current, previous, cycle - 1) : null,
    classifier: CLASSIFIER_VERSION,
    notes,
    ...crcRecommendations(db, code),
  };
}

/** The instructions of a document's corrigenda, when it has any (shown beside it). */
function corrigendaOf(db: Db, documentId: number): { corrigenda?: { symbol: string | null; text: string; applied: boolean }[] } {
  const rows = getCorrections(db, documentId).filter((c) => c.corrigendumId !== documentId);
  return rows.length > 0 ? { corrigenda: rows.map((c) => ({ symbol: c.corrigendumSymbol, text: c.text.replace(/\s+/g, ' '), applied: c.applied })) } : {};
}

/** Every stored review (State, cycle) that has documents, for `upr report --all`. */
export function reportableReviews(db: Db): { iso3: string; cycle: number }[] {
  const withDocs = new Set(listDocuments(db).map((d) => d.reviewId));
  return listReviews(db).filter((r) => withDocs.has(r.id)).map((r) => ({ iso3: r.stateIso3, cycle: r.cycle }));
}
