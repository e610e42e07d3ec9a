import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, ensureReview, ensureSource, type Db } from './index.js';
import {
  getDialogue, getPositions, saveDialogue, savePosition, upsertDocumentRecommendations, type DocumentOrigin,
} from './document-recommendations.js';

function setup(): { db: Db; origin: (symbol: string, type?: string) => DocumentOrigin } {
  const db = openStore(':memory:');
  const reviewId = ensureReview(db, 'SVN', 3, 34);
  const origin = (symbol: string, type = 'wg_report'): DocumentOrigin => {
    const sourceId = ensureSource(db, { kind: 'document', path: `${symbol}.pdf`, fileName: `${symbol}.pdf`, sha256: symbol, sizeBytes: 1 });
    const documentId = Number(db.prepare(`INSERT INTO documents (source_id, symbol, type, review_id, ingested_at) VALUES (?, ?, ?, ?, '2020')`)
      .run(sourceId, symbol, type, reviewId).lastInsertRowid);
    return { documentId, sourceId, reviewId, stateIso3: 'SVN', cycle: 3, symbol };
  };
  return { db, origin };
}

const rec = (text: string, states = ['FRA']) => ({ paragraph: '122.1', text, recommendingStates: states, locator: 'para 122.1, page 5' });

describe('document recommendations in the store', () => {
  it('stores a recommendation under its natural key, and storing it again changes nothing', () => {
    const { db, origin } = setup();
    const report = origin('A/HRC/43/15');
    const first = upsertDocumentRecommendations(db, report, [rec('Ratify CED')]);
    const again = upsertDocumentRecommendations(db, report, [rec('Ratify CED')]);
    assert.deepEqual([first.inserted, again.inserted, again.updated], [1, 0, 0]);
    const row = db.prepare('SELECT natural_key AS k, origin, document_id AS d, locator FROM recommendations').get();
    assert.deepEqual(row, { k: 'doc:SVN:3:122.1', origin: 'document', d: report.documentId, locator: 'para 122.1, page 5' });
  });

  it('updates a recommendation in place from a newer document, keeping what is attached to it', () => {
    const { db, origin } = setup();
    const id = upsertDocumentRecommendations(db, origin('A/HRC/43/15'), [rec('Ratify CED')]).ids.get('122.1')!;
    db.prepare("INSERT INTO recommendation_issues (recommendation_id, issue) VALUES (?, 'Children')").run(id);
    const newer = upsertDocumentRecommendations(db, origin('A/HRC/43/15/Corr.1'), [rec('Ratify the CED', ['FRA', 'LTU'])]);
    assert.deepEqual([newer.ids.get('122.1'), newer.updated], [id, 1]);
    const states = db.prepare('SELECT state_iso3 AS s FROM recommendation_states WHERE recommendation_id = ? ORDER BY position').all(id);
    assert.deepEqual(states, [{ s: 'FRA' }, { s: 'LTU' }]);
    assert.equal((db.prepare('SELECT text FROM recommendations WHERE id = ?').get(id) as { text: string }).text, 'Ratify the CED');
    assert.equal((db.prepare('SELECT count(*) AS n FROM recommendation_issues WHERE recommendation_id = ?').get(id) as { n: number }).n, 1);
  });

  it('keeps every position with its source and lets the addendum override the report', () => {
    const { db, origin } = setup();
    const report = origin('A/HRC/43/15');
    const addendum = origin('A/HRC/43/15/Add.1', 'wg_report_addendum');
    const id = upsertDocumentRecommendations(db, report, [rec('Ratify CED')]).ids.get('122.1')!;
    savePosition(db, id, report, { paragraph: '122.1', response: 'pending', locator: 'para 122' }, 1);
    savePosition(db, id, addendum, { paragraph: '122.1', response: 'noted', locator: 'para 5, page 6' }, 2);
    savePosition(db, id, report, { paragraph: '122.1', response: 'pending', locator: 'para 122' }, 1);
    const r = db.prepare('SELECT response, response_source AS source FROM recommendations WHERE id = ?').get(id);
    assert.deepEqual(r, { response: 'noted', source: 'A/HRC/43/15/Add.1, para 5, page 6' });
    assert.deepEqual(getPositions(db, id).map((p) => `${p.documentSymbol} ${p.locator}: ${p.response}`), [
      'A/HRC/43/15/Add.1 para 5, page 6: noted',
      'A/HRC/43/15 para 122: pending',
    ]);
  });

  it('stores dialogue statements once per paragraph and updates them from a newer report', () => {
    const { db, origin } = setup();
    const report = origin('A/HRC/43/15');
    const st = { paragraph: '45', stateIso3: 'CAN', text: 'Canada recommended…', page: 8 };
    assert.equal(saveDialogue(db, report, [st]), 1);
    assert.equal(saveDialogue(db, report, [st]), 0);
    const newer = origin('A/HRC/43/15/Corr.1');
    assert.equal(saveDialogue(db, newer, [{ ...st, text: 'Canada recommended that…' }]), 1);
    assert.deepEqual(getDialogue(db, report.reviewId), [{ ...st, text: 'Canada recommended that…', documentId: newer.documentId }]);
  });
});
