import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, ensureSource, ensureReview, recommendationWriter } from '../store/index.js';
import { highlightMatches } from './index.js';

describe('highlighting query words', () => {
  it('marks stemmed words and phrases of the query and leaves the rest as plain text', () => {
    const db = openStore(':memory:');
    const src = ensureSource(db, { kind: 'upr-info-csv', path: 'f.csv', fileName: 'f.csv', sha256: 'c'.repeat(64), sizeBytes: 1 });
    const review = ensureReview(db, 'SVN', 1, 7);
    recommendationWriter(db).insert({ reviewId: review, origin: 'upr-info', naturalKey: 'k', paragraph: null, text: 'Prohibit corporal punishment of children <at home>.',
      response: 'noted', responseSource: null, actionCategory: null, sourceId: src, documentId: null, locator: 'line 2', recommendingStates: [], issues: [] });
    const [seg] = [...highlightMatches(db, '"corporal punishment" OR child*', [1]).values()];
    assert.deepEqual(seg, [
      { text: 'Prohibit ', match: false }, { text: 'corporal punishment', match: true }, { text: ' of ', match: false },
      { text: 'children', match: true }, { text: ' <at home>.', match: false },
    ]);
    assert.equal(highlightMatches(db, undefined, [1]).size, 0);
    db.close();
  });
});
