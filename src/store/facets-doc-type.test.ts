import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, ensureSource, ensureReview, recommendationWriter, facetCounts, searchIds } from './index.js';

describe('document type facet and filter', () => {
  it('counts and filters recommendations by the type of the document they were read from', () => {
    const db = openStore(':memory:');
    const src = ensureSource(db, { kind: 'document', path: 'a.pdf', fileName: 'a.pdf', sha256: 'a'.repeat(64), sizeBytes: 1 });
    const review = ensureReview(db, 'SVN', 1, 7);
    const doc = Number(db.prepare(`INSERT INTO documents (source_id, symbol, type, review_id, ingested_at) VALUES (?, 'A/HRC/14/15', 'wg_report', ?, '2026-01-01')`).run(src, review).lastInsertRowid);
    const w = recommendationWriter(db);
    const base = { reviewId: review, paragraph: null, response: 'supported' as const, responseSource: null, actionCategory: null, sourceId: src, recommendingStates: [], issues: [] };
    w.insert({ ...base, origin: 'document', naturalKey: 'd1', text: 'Ratify the Optional Protocol', documentId: doc, locator: 'para 86.1' });
    w.insert({ ...base, origin: 'upr-info', naturalKey: 'u1', text: 'Ratify the Convention', documentId: null, locator: 'line 2' });
    assert.deepEqual(facetCounts(db, {}, 'docType'), [{ value: 'wg_report', label: 'wg_report', count: 1 }]);
    assert.equal(searchIds(db, { docType: ['wg_report'] }).total, 1);
    assert.equal(searchIds(db, { docType: ['national_report'] }).total, 0);
    db.close();
  });
});
