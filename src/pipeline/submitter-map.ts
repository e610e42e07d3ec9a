// The civil-society map of a stored summary of stakeholders' submissions (/3): its list of submitters and the
// attribution of its paragraphs (src/extract/submitters.ts), each attributed paragraph judged by the
// children's-rights classifier, stored in one go. Called when a /3 document is stored and by `upr classify`.
import { getDocumentFootnotes, getDocumentParagraphs, inTransaction, saveSubmitterMap, stakeholderSummaryIds, type Db } from '../store/index.js';
import { classifyText, MODEL_VERSION, readSubmitterMap } from '../extract/index.js';
import { formatProblem } from '../core/index.js';

/** Maps stored document `documentId` (a /3 summary); returns its problems as sentences naming the document. */
export function mapSubmitters(db: Db, documentId: number, symbol?: string | null): string[] {
  const paragraphs = getDocumentParagraphs(db, documentId);
  const footnotes = getDocumentFootnotes(db, documentId);
  const { value, problems } = readSubmitterMap(paragraphs, footnotes);
  const text = new Map(paragraphs.map((p) => [p.number, p.text]));
  saveSubmitterMap(db, documentId, {
    listFound: value.listFound, submitters: value.submitters, problems, modelVersion: MODEL_VERSION,
    paragraphs: value.paragraphs.map((p) => {
      const r = classifyText(text.get(p.paragraph) ?? '', 'en');
      return { ...p, childRights: r.isChildRights, issues: r.isChildRights ? r.issues.map((i) => i.id) : [] };
    }),
  });
  return problems.map((p) => `${symbol ?? `document ${documentId}`}: submitters: ${formatProblem(p)}`);
}

/** Maps every stored /3 summary again (after a classifier change, or for documents stored before the map existed). */
export function mapAllSubmitters(db: Db): { documents: number; problems: string[] } {
  const docs = stakeholderSummaryIds(db);
  const problems: string[] = [];
  inTransaction(db, () => {
    for (const d of docs) problems.push(...mapSubmitters(db, d.id, d.symbol));
  });
  return { documents: docs.length, problems };
}
