import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './index.js';
import { openStore, saveDocument, saveDocumentCheck } from '../store/index.js';

describe('State page: reviews whose documents need review', () => {
  it('marks the cycle with the reasons, in HTML and JSON', async () => {
    const db = openStore(':memory:');
    const saved = saveDocument(db, {
      source: { kind: 'document', path: '/tmp/r.pdf', fileName: 'r.pdf', sha256: 'r', sizeBytes: 1 }, symbol: 'A/HRC/14/15', type: 'wg_report', language: 'en',
      title: 'Report of the Working Group', stateIso3: 'SVN', cycle: 1, session: 7, corrects: null, format: 'pdf', ocr: false, pageCount: 1, text: '', html: null, paragraphs: [], footnotes: [],
    });
    saveDocumentCheck(db, saved.id, { ok: false, reasons: ['no recommendation found: the conclusions yielded none'] });
    const app = createApp(db, { today: () => '2026-11-28' });
    const html = await (await app.request('/states/SVN')).text();
    assert.match(html, /<strong class="needs-review" title="A\/HRC\/14\/15: no recommendation found: the conclusions yielded none">⚠ extraction needs review<\/strong>/);
    assert.match(await (await app.request('/states/SVN?lang=fr')).text(), /extraction à vérifier/);
    const api = await (await app.request('/api/states/SVN')).json() as { needsReview: Record<string, { reasons: string[] }[]> };
    assert.deepEqual(api.needsReview['1']?.[0]?.reasons, ['no recommendation found: the conclusions yielded none']);
    db.close();
  });
});
