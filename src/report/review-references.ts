// Children's-rights references in what States said and asked: the interactive dialogue of the Working Group
// report, advance questions, and the recommendations with recommending States and final position.
import { getDialogue, getDocumentParagraphs, getRecommendations, searchIds, type Db, type DocumentRow, type ReviewRow } from '../store/index.js';
import { resolveState, stateByIso3 } from '../core/index.js';
import type { ReferenceSource, ReportReference } from './model.js';
import type { ChildRightsCheck } from './child-rights-check.js';

const stateSource = (iso3: string, name?: string): ReferenceSource => ({ key: iso3, name: name ?? stateByIso3(iso3)?.shortName ?? iso3, kind: 'state' });

/** Statements of the interactive dialogue that concern children, with the State that made them. */
export function dialogueReferences(db: Db, review: ReviewRow, docs: DocumentRow[], check: ChildRightsCheck): ReportReference[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return getDialogue(db, review.id).flatMap((s) => {
    const r = check(s.text);
    if (!r.isChildRights) return [];
    const doc = byId.get(s.documentId);
    return [{
      id: '', kind: 'dialogue' as const, documentSymbol: doc?.symbol ?? null, documentFile: doc?.fileName ?? '',
      paragraph: s.paragraph, page: s.page, text: s.text, issues: r.issues, score: r.score, evidence: r.evidence,
      sources: s.stateIso3 ? [stateSource(s.stateIso3)] : [],
    }];
  });
}

/** A heading line of an advance-questions document that names the asking State (`UNITED KINGDOM OF…`, `PORTUGAL on behalf of…`). */
function askingState(line: string): string | undefined {
  if (line.length > 120 || /\?/.test(line)) return undefined;
  const head = line.replace(/\s+on behalf of.*$/i, '').trim();
  if (head !== head.toUpperCase() && !/on behalf of/i.test(line)) return undefined;
  return resolveState(head)?.iso3;
}

/** Advance questions that concern children, each with the State that asked it. */
export function advanceQuestionReferences(db: Db, doc: DocumentRow, check: ChildRightsCheck): ReportReference[] {
  const out: ReportReference[] = [];
  let asker: string | undefined;
  for (const p of getDocumentParagraphs(db, doc.id)) {
    const state = askingState(p.text);
    if (state) {
      asker = state;
      continue;
    }
    const text = p.text.replace(/^[•\-–]\s*/, '');
    const r = check(text);
    if (!r.isChildRights) continue;
    out.push({
      id: '', kind: 'advance_question', documentSymbol: doc.symbol, documentFile: doc.fileName, paragraph: p.number ?? String(p.seq),
      page: p.page, text, issues: r.issues, score: r.score, evidence: r.evidence, sources: asker ? [stateSource(asker)] : [],
    });
  }
  return out;
}

/** Recommendations of a review that concern children, from the documents when ingested, else from imports. */
export function recommendationReferences(db: Db, iso3: string, cycle: number, wgReport: DocumentRow | undefined, check: ChildRightsCheck): ReportReference[] {
  let { ids } = searchIds(db, { state: [iso3], cycle: [cycle], origin: ['document'] }, { limit: null });
  if (ids.length === 0) ids = searchIds(db, { state: [iso3], cycle: [cycle] }, { limit: null }).ids;
  return getRecommendations(db, ids).flatMap((rec) => {
    const r = check(rec.text);
    if (!r.isChildRights) return [];
    const page = /page (\d+)/.exec(rec.provenance.locator);
    return [{
      id: '', kind: 'recommendation' as const, documentSymbol: wgReport?.symbol ?? null, documentFile: wgReport?.fileName ?? rec.provenance.file,
      paragraph: rec.paragraph, page: page ? Number(page[1]) : null, text: rec.text, issues: r.issues, score: r.score, evidence: r.evidence,
      sources: rec.recommendingStates.map((s) => stateSource(s.iso3, stateByIso3(s.iso3)?.shortName ?? s.name)),
      response: rec.response, responseSource: rec.responseSource,
    }];
  });
}
