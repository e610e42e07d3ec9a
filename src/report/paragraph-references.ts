// Children's-rights references in the pre-session documents of a review: national report (/1), compilation of
// UN information (/2, with the UN bodies its footnotes cite) and summary of stakeholders' submissions (/3, with
// the submitters resolved from the summary's own list, the national human rights institution's part kept apart).
import { getDocumentFootnotes, getDocumentParagraphs, type Db, type DocumentRow } from '../store/index.js';
import { attributeSummary, childSentences, unSourcesByNote, type AttributedParagraph, type Submitter } from '../extract/index.js';
import type { ReferenceKind, ReferenceSource, ReportNote, ReportReference } from './model.js';
import type { ChildRightsCheck } from './child-rights-check.js';

const KIND_OF_TYPE: Record<string, ReferenceKind> = {
  national_report: 'national_report',
  un_compilation: 'un_compilation',
  stakeholder_summary: 'stakeholder_summary',
};

function submitterSource(s: Submitter): ReferenceSource {
  const kind = s.kind === 'attachment' ? 'regional' : s.kind;
  return { key: s.key, name: s.name, kind, ...(s.members.length > 0 ? { members: s.members } : {}) };
}

/** Children's-rights paragraphs of one /1, /2 or /3 document, with who they cite; notes say what was missing. */
export function paragraphReferences(db: Db, doc: DocumentRow, check: ChildRightsCheck, notes: ReportNote[]): ReportReference[] {
  const kind = KIND_OF_TYPE[doc.type];
  if (!kind) return [];
  const paragraphs = getDocumentParagraphs(db, doc.id);
  const footnotes = getDocumentFootnotes(db, doc.id);
  const unByNote = kind === 'un_compilation' ? unSourcesByNote(footnotes) : undefined;
  // The same attribution as the stakeholder-summary self-check (src/extract/checks): the NHRI's section to the NHRI.
  let attributed: Map<string, AttributedParagraph> | undefined;
  if (kind === 'stakeholder_summary') {
    const attribution = attributeSummary(paragraphs, footnotes);
    if (attribution.listFound) attributed = new Map(attribution.paragraphs.map((a) => [a.number, a]));
    else notes.push({ code: 'no_submission_list', document: doc.symbol ?? doc.fileName });
  }
  const out: ReportReference[] = [];
  for (const p of paragraphs) {
    if (p.number === null) continue;
    const result = check(p.text);
    if (!result.isChildRights) continue;
    let sources: ReferenceSource[] = [];
    if (unByNote) {
      for (const n of p.footnoteRefs) {
        for (const u of unByNote.get(String(n)) ?? []) if (!sources.some((s) => s.key === u.key)) sources.push({ ...u, kind: 'un' });
      }
    }
    const a = attributed?.get(p.number);
    if (a) sources = [...a.primary.map(submitterSource), ...a.secondary.map((x) => ({ ...submitterSource(x), secondary: true as const }))];
    const nhri = kind === 'stakeholder_summary' && (a?.section === 'nhri' || (sources.length > 0 && sources.every((s) => s.kind === 'nhri')));
    const excerpt = childSentences(p.text, (s) => check(s).isChildRights);
    out.push({
      id: '',
      kind,
      documentSymbol: doc.symbol,
      documentFile: doc.fileName,
      paragraph: p.number,
      page: p.page,
      text: p.text,
      ...(excerpt ? { excerpt } : {}),
      issues: result.issues,
      score: result.score,
      evidence: result.evidence,
      sources,
      ...(kind === 'stakeholder_summary' ? { nhri } : {}),
    });
  }
  return out;
}
