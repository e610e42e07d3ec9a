import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  openStore, importUhriRows, countRecommendations, searchRecommendations, getRecommendationHistory, searchUnRecommendations,
  unRecommendationCounts, getUnRecommendationHistory, uhriKey, type Db, type SourceFile,
} from './index.js';
import { readUhriExport, type UhriRow } from '../ingest/index.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/uhri/', import.meta.url));
const file = (name: string): SourceFile => ({ kind: 'uhri', path: name, fileName: name, sha256: name, sizeBytes: 1 });
const rowsOf = async (name: string) => {
  const { value, problems } = await readUhriExport(readFileSync(FIXTURES + name), name);
  assert.deepEqual(problems, []);
  return value;
};
const count = (db: Db, sql: string) => (db.prepare(sql).pluck().get() as number);

describe('importUhriRows', () => {
  it('stores the XLSX fixture: UPR rows as recommendations with positions and States, other bodies as UN recommendations', async () => {
    const db = openStore(':memory:');
    const rows = await rowsOf('uhri-slovenia.xlsx');
    assert.deepEqual(importUhriRows(db, file('a.xlsx'), rows), { rows: 225, added: 225, alreadyStored: 0, updated: 0, upr: 215, un: 10, merged: 0, absorbed: 0 });
    assert.equal(countRecommendations(db), 215);
    const found = searchRecommendations(db, { origin: ['uhri'], state: ['SVN'], cycle: [3] }, { limit: null, facets: ['response', 'by'] });
    assert.equal(found.total, 215);
    assert.deepEqual(Object.fromEntries(found.facets.response!.map((v) => [v.value, v.count])), { supported: 182, noted: 33 });
    const rec = found.items.find((r) => r.paragraph === '121.1')!;
    assert.deepEqual(rec.recommendingStates.map((s) => s.iso3), ['FRA', 'LTU']);
    assert.deepEqual(rec.issues, ['Acceptance of international norms', 'Enforced disappearances']);
    assert.equal(rec.session, 34);
    assert.equal(count(db, "SELECT count(*) FROM uhri_annotations WHERE symbol = 'A/HRC/43/15' AND published = '2019-12-19'"), 215);
    const counts = unRecommendationCounts(db, 'SVN');
    assert.equal(counts[0]!.body, 'CRC', 'CRC first');
    assert.deepEqual(Object.fromEntries(counts.map((c) => [c.body, c.count])), { CRC: 6, CAT: 1, CEDAW: 1, CERD: 1, 'IE on the human right to safe drinking water and sanitation': 1 });
    const crc = searchUnRecommendations(db, { state: 'SVN', body: 'CRC', query: 'corporal punishment' });
    assert.deepEqual(crc.items.map((r) => [r.body, r.symbol, r.states]), [['CRC', 'CRC/C/SVN/CO/3-4', ['SVN']]]);
  });

  it('adds nothing when the same annotations come again, in the same or another file', async () => {
    const db = openStore(':memory:');
    const rows = await rowsOf('uhri-slovenia.xlsx');
    importUhriRows(db, file('a.xlsx'), rows);
    assert.deepEqual(importUhriRows(db, file('a.xlsx'), rows), { rows: 225, added: 0, alreadyStored: 225, updated: 0, upr: 215, un: 10, merged: 0, absorbed: 0 });
    assert.deepEqual(importUhriRows(db, file('b.xlsx'), [...rows].reverse()), { rows: 225, added: 0, alreadyStored: 225, updated: 0, upr: 215, un: 10, merged: 0, absorbed: 0 });
    assert.equal(countRecommendations(db), 215);
    assert.equal(count(db, 'SELECT count(*) FROM un_recommendations'), 10);
  });

  it('an edited row updates its one record and keeps the old text and position in its history', async () => {
    const db = openStore(':memory:');
    const rows = await rowsOf('uhri-upr-info.csv');
    importUhriRows(db, file('a.csv'), rows);
    const target = rows.find((r) => r.isUpr)!;
    const crc = rows.find((r) => r.body === 'CRC' && r.text.includes('Roma children'))!;
    const edited: UhriRow[] = rows.map((r) => r === target ? { ...r, text: `${r.text} (corrected)`, position: 'noted', positionRaw: 'Noted' }
      : r === crc ? { ...r, text: r.text.replace('Roma children', 'Roma children and adolescents') } : r);
    assert.deepEqual(importUhriRows(db, file('b.csv'), edited), { rows: 110, added: 0, alreadyStored: 108, updated: 2, upr: 106, un: 4, merged: 0, absorbed: 0 });
    const id = count(db, `SELECT id FROM recommendations WHERE natural_key = '${uhriKey(target.annotationId)}'`);
    const [now] = searchRecommendations(db, { origin: ['uhri'], query: '"corrected"' }).items;
    assert.deepEqual([now!.id, now!.response], [id, 'noted']);
    assert.deepEqual(getRecommendationHistory(db, id).map((h) => [h.text, h.response, h.file, h.replacedBy]), [[target.text, 'supported', 'a.csv', 'b.csv']]);
    const un = searchUnRecommendations(db, { query: 'adolescents' }).items;
    assert.equal(un.length, 1);
    assert.deepEqual(getUnRecommendationHistory(db, un[0]!.id).map((h) => [h.text, h.file, h.replacedBy]), [[crc.text, 'a.csv', 'b.csv']]);
    assert.equal(countRecommendations(db), 106);
  });

  it('stores nothing from a file with a row it cannot store, and nothing in a dry run', async () => {
    const db = openStore(':memory:');
    const rows = await rowsOf('uhri-upr-info.csv');
    const broken = [...rows, { ...rows[0]!, annotationId: '00000000-0000-0000-0000-000000000000', session: 99, line: 999 }];
    assert.throws(() => importUhriRows(db, file('a.csv'), broken), /session 99 is not a known UPR session/);
    assert.deepEqual(importUhriRows(db, file('a.csv'), rows, { dryRun: true }).added, 110);
    assert.deepEqual([countRecommendations(db), count(db, 'SELECT count(*) FROM un_recommendations'), count(db, 'SELECT count(*) FROM sources')], [0, 0, 0]);
  });
});
