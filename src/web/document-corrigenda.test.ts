import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './index.js';
import { applyCorrections, openStore, saveCorrections, saveDocument, type NewDocument } from '../store/index.js';

// Paragraph 11 of Slovenia's national report A/HRC/WG.6/34/SVN/1, and a corrigendum to it.
const P11 = 'The Act Amending the Human Rights Ombudsman Act stipulates additional systemic tasks of the Ombudsman and provides funding for their implementation. Additional seven people are planned to be employed in the Office of the Ombudsman by 2020.';

function doc(sha: string, symbol: string, paragraphs: string[], corrects: string | null = null): NewDocument {
  return {
    source: { kind: 'document', path: `/tmp/${sha}.pdf`, fileName: `${sha}.pdf`, sha256: sha, sizeBytes: 1 }, symbol, type: 'national_report', language: 'en',
    title: 'National report: Slovenia', stateIso3: 'SVN', cycle: 3, session: 34, corrects, format: 'pdf', ocr: false, pageCount: 1, text: paragraphs.join('\n'), html: null,
    paragraphs: paragraphs.map((text, i) => ({ seq: i + 1, number: String(i + 11), page: 3, text, footnoteRefs: [] })), footnotes: [],
  };
}

describe('document page: corrigenda', () => {
  it('shows the corrigendum beside the corrected document, the corrected text with the printed one, and links both ways', async () => {
    const db = openStore(':memory:');
    const report = saveDocument(db, doc('g1923444', 'A/HRC/WG.6/34/SVN/1', [P11, 'The Advocate addresses discrimination.']));
    const corr = saveDocument(db, doc('corr', 'A/HRC/WG.6/34/SVN/1/Corr.1', ['Paragraph 11: for "Additional seven people" read "Seven additional people"'], 'A/HRC/WG.6/34/SVN/1'));
    saveCorrections(db, corr.id, [
      { paragraph: '11', page: null, find: 'Additional seven people', replacement: 'Seven additional people', text: 'Paragraph 11\nFor "Additional seven people" read "Seven additional people"' },
      { paragraph: '12', page: null, find: null, replacement: null, text: 'Paragraph 12\nDelete the second sentence.' },
    ]);
    assert.equal(applyCorrections(db, report.id), 1);
    const app = createApp(db, { today: () => '2026-12-02' });
    const html = await (await app.request(`/documents/${report.id}`)).text();
    assert.match(html, new RegExp(`<h3><a href="/documents/${corr.id}">A/HRC/WG.6/34/SVN/1/Corr.1</a></h3>`));
    assert.match(html, /Paragraph 11<br\/?>For &quot;Additional seven people&quot; read &quot;Seven additional people&quot; <span class="meta">\(applied to the text below\)<\/span>/);
    assert.match(html, /Paragraph 12<br\/?>Delete the second sentence\. <span class="meta">\(not applied: read it with the text below\)<\/span>/);
    assert.match(html, /Seven additional people are planned to be employed[^<]*<span class="meta"> \(page 3\)<\/span><span class="meta"> \[corrected by A\/HRC\/WG\.6\/34\/SVN\/1\/Corr\.1\. As first printed: <del>The Act Amending[^<]*Additional seven people are planned/);
    const corrPage = await (await app.request(`/documents/${corr.id}?lang=fr`)).text();
    assert.match(corrPage, new RegExp(`<dt>Corrige</dt><dd><a href="/documents/${report.id}">A/HRC/WG.6/34/SVN/1</a></dd>`));
    db.close();
  });
});
