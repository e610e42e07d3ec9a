// Children's-rights classification of document paragraphs: the numbered paragraphs of national reports, UN
// compilations and stakeholders' summaries and the dialogue statements of Working Group reports, with the same
// classifier and version as recommendations. Called by `upr classify`; every run replaces the stored verdicts.
import { paragraphsToClassify, replaceParagraphChildRights, type Db, type ParagraphKind } from '../store/index.js';
import { classifyText, MODEL_VERSION } from '../extract/index.js';

export interface ParagraphClassifySummary {
  classified: number;
  /** Paragraphs concerning children's rights, per kind of document text. */
  childRights: Partial<Record<ParagraphKind, number>>;
}

/** Classifies every countable paragraph of the stored documents and stores the verdicts. */
export function classifyDocumentParagraphs(db: Db): ParagraphClassifySummary {
  const childRights: ParagraphClassifySummary['childRights'] = {};
  const verdicts = paragraphsToClassify(db).map((p) => {
    const r = classifyText(p.text, 'en');
    if (r.isChildRights) childRights[p.kind] = (childRights[p.kind] ?? 0) + 1;
    return { paragraphId: p.paragraphId, documentId: p.documentId, kind: p.kind, isChildRights: r.isChildRights, score: r.score, issues: r.issues.map((i) => i.id) };
  });
  replaceParagraphChildRights(db, verdicts, MODEL_VERSION);
  return { classified: verdicts.length, childRights };
}
