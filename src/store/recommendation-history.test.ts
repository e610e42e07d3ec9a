import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, importUprInfoRows, countRecommendations, getRecommendationHistory, searchIds, type Db, type SourceFile } from './index.js';
import { parseUprInfoCsv } from '../ingest/index.js';
import { textOverlap } from './recommendation-history.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const row = (text: string, response = 'Noted', by = 'Sweden', action = '5', issues = 'Rights of the Child') =>
  `Slovenia,EEG,EU,"${text}",${by},WEOG,EU,${response},${action},"${issues}",7`;
const CP = 'Prohibit corporal punishment of children in all settings, including the home.';
const MIGRANTS = 'Ratify the International Convention on the Protection of the Rights of All Migrant Workers.';

function load(db: Db, name: string, sha: string, rows: string[]) {
  const file: SourceFile = { kind: 'upr-info-csv', path: `/data/${name}`, fileName: name, sha256: sha, sizeBytes: 1 };
  return importUprInfoRows(db, file, parseUprInfoCsv(`${HEADER}\n${rows.join('\n')}\n`, name).value);
}
const ids = (db: Db, query: string) => searchIds(db, { query }, { limit: null }).ids;

describe('re-importing corrected UPR Info rows', () => {
  it('updates the one record when the response changed and keeps the old response in its history', () => {
    const db = openStore(':memory:');
    load(db, 'export.csv', 'v1', [row(CP, 'Noted'), row(MIGRANTS, 'Noted', 'Algeria')]);
    const [id] = ids(db, 'corporal');
    const r = load(db, 'export.csv', 'v2', [row(CP, 'Accepted', 'Sweden', '4', 'Rights of the Child,Torture and other CID treatment'), row(MIGRANTS, 'Noted', 'Algeria')]);
    assert.deepEqual(r, { rows: 2, added: 0, alreadyStored: 1, updated: 1, pledges: 0, merged: 0 });
    assert.equal(countRecommendations(db), 2);
    const now = db.prepare('SELECT response, action_category AS a, source_id AS s FROM recommendations WHERE id = ?').get(id) as { response: string; a: number };
    assert.equal(now.response, 'supported');
    assert.equal(now.a, 4);
    const history = getRecommendationHistory(db, id!);
    assert.equal(history.length, 1);
    assert.deepEqual([history[0]!.response, history[0]!.actionCategory, history[0]!.issues, history[0]!.file, history[0]!.replacedBy],
      ['noted', 5, ['Rights of the Child'], 'export.csv', 'export.csv']);
    assert.deepEqual(load(db, 'export.csv', 'v2', [row(CP, 'Accepted', 'Sweden', '4', 'Rights of the Child,Torture and other CID treatment')]).updated, 0, 'the same file again changes nothing');
  });

  it('updates the one record when its text was corrected, searches the new text and keeps the old one', () => {
    const db = openStore(':memory:');
    load(db, 'export.csv', 'v1', [row('Prohibit corporal punishmnet of children in all settings, including the home.'), row(MIGRANTS, 'Noted', 'Algeria')]);
    const [id] = ids(db, 'punishmnet');
    const r = load(db, 'export.csv', 'v2', [row(CP), row(MIGRANTS, 'Noted', 'Algeria')]);
    assert.deepEqual([r.added, r.updated], [0, 1]);
    assert.equal(countRecommendations(db), 2);
    assert.deepEqual(ids(db, 'punishment'), [id], 'the full-text index has the corrected text');
    assert.deepEqual(ids(db, 'punishmnet'), []);
    assert.match(getRecommendationHistory(db, id!)[0]!.text, /punishmnet/);
  });

  it('recognises a near-identical text in another export, but keeps a different recommendation of the same State apart', () => {
    const db = openStore(':memory:');
    load(db, 'sessions-05-08.csv', 'v1', [row(CP)]);
    const near = load(db, 'corrected-export.csv', 'v2', [row(CP.replace('the home', 'the family home'))]);
    assert.deepEqual([near.added, near.updated], [0, 1]);
    const other = load(db, 'another.csv', 'v3', [row('Prohibit corporal punishment of children in schools and penal institutions.')]);
    assert.deepEqual([other.added, other.updated], [1, 0]);
    assert.equal(countRecommendations(db), 2);
  });

  it('measures word overlap between texts', () => {
    assert.equal(textOverlap(CP, CP), 1);
    assert.ok(textOverlap(CP, CP.replace('home', 'family')) > 0.9);
    assert.ok(textOverlap(CP, MIGRANTS) < 0.3);
  });
});
