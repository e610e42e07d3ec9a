import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore, importUprInfoRows, countRecommendations, searchRecommendations, facetCounts, type SourceFile } from './index.js';
import { parseUprInfoCsv, decodeText } from '../ingest/index.js';
import { sharedPath, UPR_INFO_FILES } from '../../test/support/shared-data.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const CSV = `${HEADER}
Slovenia,EEG,EU,Prohibit corporal punishment of children in all settings.,Sweden,WEOG,EU,Noted,5,Rights of the Child,7
Slovenia,EEG,EU,Prohibit corporal punishment of children in all settings.,Sweden,WEOG,EU,Noted,5,Rights of the Child,7
Slovenia,EEG,EU,Ratify the Convention on migrant workers.,Algeria,Africa,AU,Noted,4,"International instruments,Migrants",7
Chad,Africa,AU,Take measures against the recruitment of child soldiers.,France,WEOG,EU,Accepted,5,Rights of the Child,5
`;
const file = (sha: string): SourceFile => ({ kind: 'upr-info-csv', path: `/tmp/${sha}.csv`, fileName: `${sha}.csv`, sha256: sha, sizeBytes: 10 });

describe('importUprInfoRows', () => {
  it('stores every row (identical rows too), and a second import adds nothing', () => {
    const db = openStore(':memory:');
    const { value } = parseUprInfoCsv(CSV, 'a.csv');
    assert.deepEqual(importUprInfoRows(db, file('a'), value), { rows: 4, added: 4, alreadyStored: 0, updated: 0, pledges: 0, merged: 0 });
    assert.deepEqual(importUprInfoRows(db, file('a'), value), { rows: 4, added: 0, alreadyStored: 4, updated: 0, pledges: 0, merged: 0 });
    // The same records in another file are recognised too.
    assert.deepEqual(importUprInfoRows(db, file('b'), value), { rows: 4, added: 0, alreadyStored: 4, updated: 0, pledges: 0, merged: 0 });
    assert.equal(countRecommendations(db), 4);
  });

  it('with dryRun reports what would be added and stores nothing', () => {
    const db = openStore(':memory:');
    const { value } = parseUprInfoCsv(CSV, 'a.csv');
    assert.deepEqual(importUprInfoRows(db, file('a'), value, { dryRun: true }), { rows: 4, added: 4, alreadyStored: 0, updated: 0, pledges: 0, merged: 0 });
    assert.equal(countRecommendations(db), 0);
    assert.equal((db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, 0);
  });

  it('rolls back the whole file when a row cannot be stored', () => {
    const db = openStore(':memory:');
    const { value } = parseUprInfoCsv(CSV, 'a.csv');
    const broken = [...value, { ...value[0]!, session: 999, line: 9 }];
    assert.throws(() => importUprInfoRows(db, file('a'), broken), /session 999 is not a known UPR session/);
    assert.equal(countRecommendations(db), 0);
  });

  it('keeps provenance and makes records findable by stemmed full text and filters', () => {
    const db = openStore(':memory:');
    importUprInfoRows(db, file('a'), parseUprInfoCsv(CSV, 'a.csv').value);
    assert.equal(searchRecommendations(db, { query: 'punish', response: ['noted'] }).total, 2, 'stemming: punish ~ punishment');
    assert.equal(searchRecommendations(db, { query: 'punis' }).total, 0, 'a bare prefix without * is not a match');
    assert.equal(searchRecommendations(db, { query: 'punis*' }).total, 2);
    const hit = searchRecommendations(db, { query: '"corporal punishments"', response: ['noted'] });
    assert.equal(hit.total, 2);
    assert.deepEqual(hit.items[0]!.stateUnderReview, { name: 'Slovenia', iso3: 'SVN' });
    assert.deepEqual(hit.items[0]!.recommendingStates, [{ name: 'Sweden', iso3: 'SWE' }]);
    assert.equal(hit.items[0]!.session, 7);
    assert.equal(hit.items[0]!.cycle, 1);
    assert.equal(hit.items[0]!.responseSource, 'UPR Info database (Response: Noted)');
    assert.deepEqual(hit.items[0]!.provenance, { file: 'a.csv', sha256: 'a', locator: 'line 2' });
    assert.equal(searchRecommendations(db, { query: 'child* NOT corporal' }).total, 1);
    assert.equal(searchRecommendations(db, { by: ['DZA'] }).items[0]!.issues.join('|'), 'International instruments|Migrants');
    assert.deepEqual(facetCounts(db, {}, 'session').map((f) => [f.value, f.count]), [['5', 1], ['7', 3]]);
  });

  it('imports the three real exports: 21,355 records, per-session counts equal to the files', (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const db = openStore(':memory:');
    const expected = new Map<string, number>();
    for (const f of UPR_INFO_FILES) {
      const { value, problems } = parseUprInfoCsv(decodeText(readFileSync(`${dir}/${f}`)).text, f);
      assert.equal(problems.length, 0);
      for (const r of value) expected.set(String(r.session), (expected.get(String(r.session)) ?? 0) + 1);
      importUprInfoRows(db, file(f), value);
    }
    assert.equal(countRecommendations(db), 21355);
    const got = new Map(facetCounts(db, {}, 'session').map((f) => [f.value, f.count]));
    assert.deepEqual(got, expected);
    const noted = searchRecommendations(db, { query: '"corporal punishment"', response: ['noted'] }, { limit: null });
    assert.ok(noted.total > 10, `expected many noted corporal punishment recommendations, got ${noted.total}`);
    assert.ok(noted.items.every((i) => /corporal punishment/i.test(i.text) && i.response === 'noted'));
  });
});
