// `upr search` and `upr stats` filter flags: another letter case and UPR Info's names find the records,
// an unknown value stops with the valid ones listed (never a silent "0 recommendation(s) match").
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';

const CSV = ['To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session',
  'Slovenia,EEG,EU,Prohibit corporal punishment of children in all settings.,Sweden,WEOG,EU,Noted,5,Rights of the Child,7',
  'Slovenia,EEG,EU,"Adopt a national plan for Roma children.",Libyan Arab Jamahiriya,Africa,AU,Accepted,4,"Minorities,Rights of the Child",7',
  'Slovenia,EEG,EU,Ratify the Optional Protocol to the Convention against Torture.,Chile,GRULAC,OAS,Accepted,5,Torture and other CID treatment,7',
  'Albania,EEG,"OIC, OIF",The Government is committed to the National Strategy for Roma children.,Albania,EEG,"OIC, OIF",Voluntary Pledge,5,"Minorities,Rights of the Child",19',
  'Albania,EEG,"OIC, OIF",The Government will implement the anti-corruption strategy.,Albania,EEG,"OIC, OIF",Voluntary Pledge,5,Corruption,19',
].join('\r');

describe('upr search filters', () => {
  const tmp = tempDir();
  before(async () => {
    const file = join(tmp.dir, 'rows.csv');
    writeFileSync(file, CSV, 'latin1');
    assert.equal((await upr(['import', 'upr-info', file, '--db', tmp.db])).code, 0);
  });
  after(tmp.cleanup);
  const search = (...args: string[]) => upr(['search', ...args, '--db', tmp.db, '--json']);
  const total = async (...args: string[]) => (JSON.parse((await search(...args)).stdout) as { total: number }).total;

  it('finds an issue written in another letter case', async () => {
    assert.equal(await total('--issue', 'Rights of the Child'), 2);
    assert.equal(await total('--issue', 'rights of the child'), 2);
    const stats = await upr(['stats', '--issue', 'RIGHTS OF THE CHILD', '--db', tmp.db]);
    assert.match(stats.stdout, /^2 recommendation\(s\) matching --issue "Rights of the Child"\n/, 'stats say what they count');
    assert.match((await upr(['stats', '--db', tmp.db])).stdout, /^3 recommendation\(s\) \(the whole store: no query, no filter\)\n/);
  });

  it("accepts UPR Info's region names (Africa, EEG, Latin America and Caribbean) for --group", async () => {
    assert.equal(await total('--group', 'Africa'), 1);
    assert.equal(await total('--group', 'latin america and caribbean'), 1);
    assert.equal(await total('--group', 'WEOG', '--group', 'Africa'), 2);
  });

  it("lists the States of a regional group named as UPR Info names it (upr states --group Africa)", async () => {
    const africa = JSON.parse((await upr(['states', '--group', 'Africa', '--json'])).stdout) as { group: string }[];
    assert.ok(africa.length >= 50, `${africa.length} African States`);
    assert.ok(africa.every((s) => s.group === 'African'));
    assert.equal((JSON.parse((await upr(['states', '--group', 'eeg', '--json'])).stdout) as unknown[]).length, 23);
    const bad = await upr(['states', '--group', 'Europe']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown regional group "Europe"/);
  });

  it('refuses an unknown children\'s-rights issue or issue, naming the flag and listing the valid values', async () => {
    const r = await search('--child-issue', 'corporal');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /--child-issue/);
    assert.match(r.stderr, /unknown children's-rights issue "corporal" \(one of: education, health, .*corporal_punishment/);
    const i = await search('--issue', 'child rights');
    assert.equal(i.code, 2);
    assert.match(i.stderr, /unknown issue "child rights" \(one of: .*Rights of the Child/);
  });

  it('lists voluntary pledges with --kind pledge (negative queries too), and keeps counting recommendations by default', async () => {
    assert.equal(await total(), 3, 'pledges are not recommendations');
    assert.equal(await total('roma'), 1);
    const pledges = JSON.parse((await search('--kind', 'pledge', 'roma')).stdout) as { kind: string; total: number; records: { text: string; stateIso3: string }[] };
    assert.equal(pledges.kind, 'pledge');
    assert.deepEqual(pledges.records.map((p) => [p.stateIso3, p.text]), [['ALB', 'The Government is committed to the National Strategy for Roma children.']]);
    const without = JSON.parse((await upr(['search', '--kind', 'pledge', '--json', '--db', tmp.db, '--', '-roma'])).stdout) as { total: number; records: { text: string }[] };
    assert.deepEqual(without.records.map((p) => p.text), ['The Government will implement the anti-corruption strategy.']);
    assert.equal(await total('--kind', 'pledge', '--issue', 'rights of the child'), 1);
    const table = await upr(['search', '--kind', 'pledge', '--state', 'Albania', '--db', tmp.db]);
    assert.match(table.stdout, /^2 voluntary pledge\(s\) match\./);
    const refused = await search('--kind', 'pledge', '--response', 'noted');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /voluntary pledges have no response/);
    const bad = await search('--kind', 'promise');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown kind "promise" \(one of: recommendation, pledge/);
  });

  it('says an --offset past the last row is past it, never "showing 101-100"', async () => {
    const r = await upr(['search', '--offset', '100', '--db', tmp.db]);
    assert.match(r.stdout, /^3 recommendation\(s\) match; none from row 101 \(--offset 100 is past the last\)\./);
  });
});
