import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, ensureReview, knownReportSymbols, saveDocument, type NewDocument } from './index.js';

function storeDocument(db: ReturnType<typeof openStore>, sha: string, symbol: string | null, type: string, text: string) {
  saveDocument(db, {
    source: { kind: 'document', path: `/tmp/${sha}.pdf`, fileName: `${sha}.pdf`, sha256: sha, sizeBytes: 1 },
    symbol, type: type as NewDocument['type'], language: 'en', title: null, stateIso3: 'SVN', cycle: 3, session: 34, corrects: null, format: 'pdf',
    ocr: false, pageCount: 1, text, html: null, paragraphs: [{ seq: 1, number: null, page: 1, text, footnoteRefs: [] }], footnotes: [],
  });
}

describe('report symbols known for a review', () => {
  it('knows nothing of a review it has not seen', () => {
    const db = openStore(':memory:');
    assert.deepEqual(knownReportSymbols(db, 'SVN', 3, 43), []);
    ensureReview(db, 'SVN', 3, 34);
    assert.deepEqual(knownReportSymbols(db, 'SVN', 3, 43), []);
  });

  it('takes the report cited with its addendum by another document of the review, not other Council documents', () => {
    const db = openStore(':memory:');
    storeDocument(db, 'c'.repeat(64), 'A/HRC/WG.6/34/SVN/2', 'un_compilation',
      'A/HRC/28/15, para. 3. A/HRC/28/15/Add.1 ... visit (A/HRC/30/43/Add.1)'); // the previous cycle and a rapporteur's visit
    assert.deepEqual(knownReportSymbols(db, 'SVN', 3, 43), []);
    storeDocument(db, 'a'.repeat(64), 'A/HRC/DEC/43/112', 'hrc_decision',
      'Adopts the outcome of the review of Slovenia ... 1 A/HRC/43/15. A/HRC/43/15/Add.1 2 A/HRC/43/2 A/HRC/DEC/43/112');
    assert.deepEqual(knownReportSymbols(db, 'SVN', 3, 43), [{ symbol: 'A/HRC/43/15', via: 'cited in A/HRC/DEC/43/112' }]);
    assert.deepEqual(knownReportSymbols(db, 'SVN', 2, 28), []);
  });

  it('prefers a stored report or addendum of the review', () => {
    const db = openStore(':memory:');
    storeDocument(db, 'b'.repeat(64), 'A/HRC/43/15/Add.1', 'wg_report_addendum', 'Report of the Working Group on the Universal Periodic Review');
    assert.deepEqual(knownReportSymbols(db, 'SVN', 3, 43), [{ symbol: 'A/HRC/43/15', via: 'stored document A/HRC/43/15/Add.1' }]);
  });
});
