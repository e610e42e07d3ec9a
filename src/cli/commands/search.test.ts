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
    assert.match(stats.stdout, /^2 recommendation\(s\)/);
  });

  it("accepts UPR Info's region names (Africa, EEG, Latin America and Caribbean) for --group", async () => {
    assert.equal(await total('--group', 'Africa'), 1);
    assert.equal(await total('--group', 'latin america and caribbean'), 1);
    assert.equal(await total('--group', 'WEOG', '--group', 'Africa'), 2);
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
});
