import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, saveDocument, saveDocumentCheck, listDocumentChecks, getDocumentCheck, reviewsNeedingReview, type NewDocument } from './index.js';

const doc = (sha: string, symbol: string, cycle: number): NewDocument => ({
  source: { kind: 'document', path: `/tmp/${sha}.pdf`, fileName: `${sha}.pdf`, sha256: sha, sizeBytes: 10 },
  symbol, type: 'wg_report', language: 'en', title: 'Report of the Working Group', stateIso3: 'SVN', cycle, session: cycle === 1 ? 7 : 20,
  corrects: null, format: 'pdf', ocr: false, pageCount: 1, text: '', html: null, paragraphs: [], footnotes: [],
});

describe('document checks store', () => {
  it('keeps one check per document, replaced when checked again, and lists those needing review', () => {
    const db = openStore(':memory:');
    const a = saveDocument(db, doc('a', 'A/HRC/14/15', 1));
    const b = saveDocument(db, doc('b', 'A/HRC/28/15', 2));
    saveDocumentCheck(db, a.id, { ok: false, reasons: ['para 111: numbering has a gap, 111.4 missing from the list 111.1–111.97'] });
    saveDocumentCheck(db, b.id, { ok: true, reasons: [] });
    assert.deepEqual(listDocumentChecks(db).map((c) => [c.symbol, c.status, c.reasons]), [['A/HRC/14/15', 'needs review', ['para 111: numbering has a gap, 111.4 missing from the list 111.1–111.97']]]);
    assert.equal(listDocumentChecks(db, { all: true }).length, 2);
    assert.deepEqual([...reviewsNeedingReview(db, 'SVN').keys()], [1]);
    saveDocumentCheck(db, a.id, { ok: true, reasons: [] });
    assert.equal(getDocumentCheck(db, a.id)?.status, 'ok');
    assert.equal(listDocumentChecks(db).length, 0);
  });
});
