import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyCorrections, openStore, saveCorrections, saveDocument, type NewDocument } from '../store/index.js';
import { buildReviewReport, renderReportHtml, renderReportMarkdown } from './index.js';

// Paragraph 11 of Slovenia's national report A/HRC/WG.6/34/SVN/1, and a corrigendum to it.
const P11 = "Additional seven people are planned to be employed in the Office of the Ombudsman by 2020. Since 2018, the Office of the Ombudsman also has children's rights advocates.";

function doc(sha: string, symbol: string, text: string, corrects: string | null = null): NewDocument {
  return {
    source: { kind: 'document', path: `/tmp/${sha}.pdf`, fileName: `${sha}.pdf`, sha256: sha, sizeBytes: 1 }, symbol, type: 'national_report', language: 'en',
    title: 'National report: Slovenia', stateIso3: 'SVN', cycle: 3, session: 34, corrects, format: 'pdf', ocr: false, pageCount: 1, text, html: null,
    paragraphs: [{ seq: 1, number: '11', page: 3, text, footnoteRefs: [] }], footnotes: [],
  };
}

describe('report: corrigenda beside the document they correct', () => {
  it('lists the instructions of the corrigendum with the corrected document and quotes the corrected text', () => {
    const db = openStore(':memory:');
    const report = saveDocument(db, doc('g1923444', 'A/HRC/WG.6/34/SVN/1', P11));
    const corr = saveDocument(db, doc('corr', 'A/HRC/WG.6/34/SVN/1/Corr.1', 'Paragraph 11', 'A/HRC/WG.6/34/SVN/1'));
    saveCorrections(db, corr.id, [{ paragraph: '11', page: null, find: 'Additional seven people', replacement: 'Seven additional people', text: 'Paragraph 11\nFor "Additional seven people" read "Seven additional people"' }]);
    applyCorrections(db, report.id);
    const r = buildReviewReport(db, 'SVN', 3);
    assert.deepEqual(r.documents.find((d) => d.symbol === 'A/HRC/WG.6/34/SVN/1')?.corrigenda,
      [{ symbol: 'A/HRC/WG.6/34/SVN/1/Corr.1', text: 'Paragraph 11 For "Additional seven people" read "Seven additional people"', applied: true }]);
    const md = renderReportMarkdown(r);
    assert.match(md, /\n- \*\*Corrigenda\*\*: A\/HRC\/WG\.6\/34\/SVN\/1\/Corr\.1: Paragraph 11 For "Additional seven people" read "Seven additional people"\n/);
    assert.match(renderReportHtml(r), /<br\/?>A\/HRC\/WG\.6\/34\/SVN\/1\/Corr\.1: <span lang="en">Paragraph 11 For &quot;Additional seven people&quot;/);
    db.close();
  });
});
