import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { upr, tempDir } from '../../../test/support/cli.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/uhri/', import.meta.url));

// The reader and the store are tested in src/ingest and src/store; here: arguments, exit codes, what is printed.
describe('upr import uhri and upr search-un', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('rejects a file with an unknown State, naming line and column, and stores nothing', async () => {
    const bad = join(tmp.dir, 'bad.csv');
    writeFileSync(bad, readFileSync(`${FIXTURES}uhri-upr-info.csv`, 'utf8').replace('- Norway', '- Norvegia'));
    const r = await upr(['import', 'uhri', bad, '--db', tmp.db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.csv: 1 problem\(s\); nothing from this file was stored:\n {2}.*bad\.csv:line \d+: UPR Recommending States "Norvegia": unknown State name\n/);
    assert.match(r.stdout, /bad\.csv +110 +0 +0 +0 +0 +0 +0 +0 +1 +rejected: nothing stored/);
    const none = await upr(['search-un', '--db', tmp.db, '--json']);
    assert.equal((JSON.parse(none.stdout) as { total: number }).total, 0);
  });

  it('says plainly that a UPR Info export is not a UHRI export', async () => {
    const sheet = join(tmp.dir, 'upr-info.csv');
    writeFileSync(sheet, 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r\nSlovenia,EEG,EU,Do x,Norway,WEOG,,Accepted,5,,7\r\n');
    const r = await upr(['import', 'uhri', sheet, '--db', tmp.db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /upr-info\.csv, line 1: not a UHRI export \(OHCHR Universal Human Rights Index\): header lacks "OHCHR Annotation Id"/);
  });

  it('imports the XLSX and the CSV, adds nothing the second time, then finds the CRC texts on Slovenia', async () => {
    const xlsx = `${FIXTURES}uhri-slovenia.xlsx`;
    const csv = `${FIXTURES}uhri-upr-info.csv`;
    const first = await upr(['import', 'uhri', xlsx, csv, '--db', tmp.db, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const files = (JSON.parse(first.stdout) as { files: { rows: number; upr: number; un: number; added: number; alreadyStored: number }[] }).files;
    // The CSV repeats 4 of the XLSX's other-body rows (same annotation ids): stored once.
    assert.deepEqual(files.map((f) => [f.rows, f.upr, f.un, f.added, f.alreadyStored]), [[225, 215, 10, 225, 0], [110, 106, 4, 106, 4]]);
    const again = await upr(['import', 'uhri', xlsx, '--db', tmp.db]);
    assert.match(again.stdout, /uhri-slovenia\.xlsx +225 +215 +10 +0 +225 +0 +0 +0 +0 +ok/);
    const crc = await upr(['search-un', '--state', 'Slovenia', '--body', 'CRC', '--json', '--db', tmp.db]);
    const found = JSON.parse(crc.stdout) as { total: number; records: { body: string; childRights: boolean | null }[] };
    assert.equal(found.total, 6);
    assert.ok(found.records.every((r) => r.body === 'CRC' && r.childRights !== null), 'classified on import');
    const table = await upr(['search-un', 'corporal punishment', '--child-rights', '--db', tmp.db]);
    assert.match(table.stdout, /^1 UN recommendation\(s\) and observation\(s\) match\.\n/);
    assert.match(table.stdout, /CRC +Recommendations +SVN +CRC\/C\/SVN\/CO\/3-4/);
    const recs = await upr(['search', '--origin', 'uhri', '--state', 'Slovenia', '--cycle', '3', '--response', 'noted', '--json', '--db', tmp.db]);
    assert.equal((JSON.parse(recs.stdout) as { total: number }).total, 33);
  });

  it('refuses an unknown kind and an unknown State for search-un (usage errors)', async () => {
    assert.equal((await upr(['import', 'uhr', 'x.csv', '--db', tmp.db])).code, 2);
    const r = await upr(['search-un', '--state', 'Narnia', '--db', tmp.db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown State "Narnia"/);
  });
});
