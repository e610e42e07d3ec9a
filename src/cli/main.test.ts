import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseUprInfoCsv, decodeText } from '../ingest/index.js';
import { join } from 'node:path';
import { upr, tempDir } from '../../test/support/cli.js';
import { sharedPath, UPR_INFO_FILES } from '../../test/support/shared-data.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const GOOD = `${HEADER}\rSlovenia,EEG,EU,Prohibit corporal punishment of children in all settings.,Sweden,WEOG,EU,Noted,5,Rights of the Child,7\rSlovenia,EEG,EU,"Adopt a national plan,\rincluding for Roma children.",Libyan Arab Jamahiriya,Africa,AU,Accepted,4,"Minorities,Rights of the Child",7\r`;

describe('upr CLI', () => {
  const tmp = tempDir();
  after(tmp.cleanup);
  const good = join(tmp.dir, 'good.csv');
  writeFileSync(good, GOOD, 'latin1');

  it('exits 2 with a clear message on an unknown flag', async () => {
    const r = await upr(['search', '--colour', 'red', '--db', tmp.db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option '--colour'/);
    assert.match(r.stderr, /Usage: upr search/);
  });

  it('exits 2 on an unknown command and lists the commands', async () => {
    const r = await upr(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command "frobnicate"/);
    assert.match(r.stderr, /import +Import UPR Info/);
  });

  it('prints help for every command', async () => {
    for (const cmd of ['import', 'search', 'stats', 'states', 'export', 'demo']) {
      const r = await upr([cmd, '--help']);
      assert.equal(r.code, 0, cmd);
      assert.match(r.stdout, /Usage: upr /, cmd);
    }
  });

  it('imports a file once; the second import adds nothing; --dry-run stores nothing', async () => {
    const dry = await upr(['import', 'upr-info', good, '--dry-run', '--db', tmp.db, '--json']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(JSON.parse(dry.stdout).files[0].added, 2);
    const first = await upr(['import', 'upr-info', good, '--db', tmp.db, '--json']);
    assert.equal(JSON.parse(first.stdout).files[0].added, 2);
    assert.match(first.stderr, /good\.csv: 2\/2\n/, 'progress (plain lines when not a terminal) ends on the last row');
    const second = await upr(['import', 'upr-info', good, '--db', tmp.db, '--json']);
    assert.deepEqual(JSON.parse(second.stdout).files[0], { file: good, rows: 2, added: 0, alreadyStored: 2, updated: 0, pledges: 0, merged: 0, rejected: 0, status: 'ok' });
  });

  it('rejects a file with an unknown State and a truncated line, naming file, line and value, storing nothing from it', async () => {
    const bad = join(tmp.dir, 'bad.csv');
    writeFileSync(bad, `${HEADER}\nChad,Africa,AU,Abolish child labour.,France,WEOG,EU,Accepted,5,Rights of the Child,5\nChad,Africa,AU,Something,Narnia,WEOG,EU,Maybe,5,General,5\nChad,Africa,AU,cut here\n`);
    const r = await upr(['import', 'upr-info', bad, '--db', tmp.db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:line 3: From "Narnia": unknown State name`));
    assert.match(r.stderr, /bad\.csv:line 4: From: missing \(truncated line\?\)/);
    assert.match(r.stdout, /rejected: nothing stored/);
    const counted = await upr(['import', 'upr-info', bad, '--db', tmp.db, '--json']);
    assert.deepEqual(JSON.parse(counted.stdout).files[0], { file: bad, rows: 3, added: 0, alreadyStored: 0, updated: 0, pledges: 0, merged: 0, rejected: 2, status: 'rejected: nothing stored' },
      'three data lines: one good, two rejected (a line with two problems counts once)');
    const s = await upr(['search', '--state', 'Chad', '--db', tmp.db, '--json']);
    assert.equal(JSON.parse(s.stdout).total, 0);
  });

  it('searches with filters and prints State under review, recommending State, session and response', async () => {
    const r = await upr(['search', 'corporal punishment', '--response', 'noted', '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 recommendation\(s\) match/);
    assert.match(r.stdout, /Slovenia +Sweden +7 +noted +Prohibit corporal punishment/);
  });

  it('explains a bad filter value', async () => {
    const r = await upr(['search', '--response', 'maybe', '--db', tmp.db]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /field --response: unknown response "maybe"/);
    const s = await upr(['search', '--state', 'Atlantis', '--db', tmp.db]);
    assert.match(s.stderr, /unknown State "Atlantis"/);
  });

  it('exports JSONL with the documented fields and provenance', async () => {
    const out = join(tmp.dir, 'out.jsonl');
    const r = await upr(['export', 'recommendations', '--format', 'jsonl', '--out', out, '--db', tmp.db, '--state', 'SVN']);
    assert.equal(r.code, 0, r.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    const rec = lines.find((l) => l.text.startsWith('Adopt'));
    assert.equal(rec.text, 'Adopt a national plan,\rincluding for Roma children.');
    assert.deepEqual(rec.stateUnderReview, { name: 'Slovenia', iso3: 'SVN' });
    assert.equal(rec.recommendingStates[0].iso3, 'LBY');
    assert.equal(rec.cycle, 1);
    assert.equal(rec.session, 7);
    assert.equal(rec.response, 'supported');
    assert.deepEqual(rec.issues, ['Minorities', 'Rights of the Child']);
    assert.equal(rec.actionCategory, 4);
    assert.deepEqual(rec.provenance, { file: 'good.csv', sha256: rec.provenance.sha256, locator: 'line 3' });
    for (const k of ['id', 'paragraph', 'responseSource', 'childRights']) assert.ok(k in rec, k);
  });

  it('resolves State names and fails on unknown ones', async () => {
    const r = await upr(['states', 'Türkiye', "Cote d'Ivoire", 'Libyan Arab Jamahiriya', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).map((s: { iso3: string }) => s.iso3), ['TUR', 'CIV', 'LBY']);
    const bad = await upr(['states', 'Narnia']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /1 name\(s\) could not be resolved/);
  });

  it('imports the three real exports with 0 rejected rows and per-session stats equal to the files', async (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const db = join(tmp.dir, 'real.db');
    const r = await upr(['import', 'upr-info', ...UPR_INFO_FILES.map((f) => join(dir, f)), '--db', db, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const files = JSON.parse(r.stdout).files as { added: number; rejected: number }[];
    assert.equal(files.reduce((n, f) => n + f.added, 0), 21355);
    assert.equal(files.reduce((n, f) => n + f.rejected, 0), 0);
    const again = await upr(['import', 'upr-info', ...UPR_INFO_FILES.map((f) => join(dir, f)), '--db', db, '--json']);
    assert.equal(JSON.parse(again.stdout).files.reduce((n: number, f: { added: number }) => n + f.added, 0), 0);
    const stats = JSON.parse((await upr(['stats', '--db', db, '--json'])).stdout);
    assert.equal(stats.total, 21355);
    assert.deepEqual(
      Object.fromEntries(stats.session.map((s: { value: string; count: number }) => [s.value, s.count])),
      sessionCountsInFiles(UPR_INFO_FILES.map((f) => join(dir, f))),
    );
    const noted = JSON.parse((await upr(['search', 'corporal punishment', '--response', 'noted', '--limit', '0', '--db', db, '--json'])).stdout);
    assert.ok(noted.total >= 10);
  });
});

/** Rows per Session column value, counted straight from the CSV files. */
function sessionCountsInFiles(files: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of files) {
    for (const row of parseUprInfoCsv(decodeText(readFileSync(f)).text, f).value) counts[row.session] = (counts[row.session] ?? 0) + 1;
  }
  return counts;
}
