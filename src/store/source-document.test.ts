import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, ensureSource, ensureReview, recommendationWriter, recommendationSource, sourceDocument } from './index.js';

describe('source document of a recommendation', () => {
  it('links a recommendation to its paragraph (or the parent paragraph) and to the documents stating its position', () => {
    const db = openStore(':memory:');
    const src = ensureSource(db, { kind: 'document', path: 'g1423930.pdf', fileName: 'g1423930.pdf', sha256: 'b'.repeat(64), sizeBytes: 1 });
    const review = ensureReview(db, 'SVN', 2, 20);
    const doc = Number(db.prepare(`INSERT INTO documents (source_id, symbol, type, review_id, ingested_at) VALUES (?, 'A/HRC/28/15', 'wg_report', ?, '2026-01-01')`).run(src, review).lastInsertRowid);
    const para = db.prepare('INSERT INTO document_paragraphs (document_id, seq, number, page, text) VALUES (?, ?, ?, ?, ?)');
    para.run(doc, 1, null, 1, 'Recommendations');
    para.run(doc, 2, '115', 13, 'The following recommendations will be examined by Slovenia:');
    recommendationWriter(db).insert({ reviewId: review, origin: 'document', naturalKey: 'k', paragraph: '115.1', text: 'Ratify the Optional Protocol (Croatia)', response: 'supported',
      responseSource: null, actionCategory: null, sourceId: src, documentId: doc, locator: 'para 115.1, page 13', recommendingStates: ['HRV'], issues: [] });
    const id = (db.prepare('SELECT id FROM recommendations').get() as { id: number }).id;
    db.prepare(`INSERT INTO recommendation_positions (recommendation_id, response, document_id, document_symbol, locator, precedence) VALUES (?, 'pending', ?, NULL, 'para 115, page 13', 1)`).run(id, doc);

    const s = recommendationSource(db, id);
    assert.equal(s.document?.symbol, 'A/HRC/28/15');
    assert.equal(s.anchor, 'p-115', 'no paragraph 115.1 is stored, so the link goes to 115');
    assert.deepEqual(s.positions.map((p) => [p.response, p.documentSymbol, p.anchor]), [['pending', 'A/HRC/28/15', 'p-115']]);
    const page = sourceDocument(db, doc)!;
    assert.deepEqual(page.paragraphs.map((p) => p.anchor), ['s-1', 'p-115']);
    assert.equal(sourceDocument(db, 999), undefined);
    db.close();
  });
});
