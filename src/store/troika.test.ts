import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, ensureReview } from './index.js';
import { saveTroika, getTroika, allTroikas } from './troika.js';

describe('troika store', () => {
  it('keeps the rapporteurs of a review in the printed order and replaces them when a report states them again', () => {
    const db = openStore(':memory:');
    const zmb = ensureReview(db, 'ZMB', 1, 2);
    saveTroika(db, zmb, ['SEN', 'CHE', 'PHL']);
    assert.deepEqual(getTroika(db, 'ZMB', 1), ['SEN', 'CHE', 'PHL']);
    saveTroika(db, zmb, null);
    assert.deepEqual(getTroika(db, 'ZMB', 1), ['SEN', 'CHE', 'PHL'], 'a report naming no troika keeps the stored one');
    saveTroika(db, zmb, ['PHL', 'SEN', 'CHE']);
    assert.deepEqual(getTroika(db, 'ZMB', 1), ['PHL', 'SEN', 'CHE']);
    assert.deepEqual(getTroika(db, 'ZMB', 2), []);
    assert.deepEqual([...allTroikas(db)], [['ZMB:1', ['PHL', 'SEN', 'CHE']]]);
    db.close();
  });
});
