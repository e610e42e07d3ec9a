import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';
import { MODEL_VERSION } from '../../extract/index.js';

// Real recommendations from the UPR Info export (session 7, Slovenia and others), in the export's own shape.
const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const ROWS = [
  'Slovenia,EEG,EU,Prohibit corporal punishment in all settings,Sweden,WEOG,EU,Noted,5,Rights of the Child,7',
  'Slovenia,EEG,EU,Strengthen national capacities to assist victims of domestic violence,Brazil,GRULAC,,Accepted,4,Women\'s rights,7',
  'Slovenia,EEG,EU,"Strengthen effective and transparent measures to prevent and punish all forms of discrimination against minorities",Algeria,Africa,AU,Accepted,4,Minorities,7',
  'Slovenia,EEG,EU,Adopt special procedures to ensure the effective protection of the rights of unaccompanied children in their access to asylum procedures,Mexico,GRULAC,,Accepted,5,"Rights of the Child,Migrants",7',
];

describe('upr classify', () => {
  const tmp = tempDir();
  after(tmp.cleanup);
  const csv = join(tmp.dir, 'sample.csv');
  writeFileSync(csv, [HEADER, ...ROWS].join('\r') + '\r', 'latin1');

  it('classifies every stored recommendation and stores the model version', async () => {
    assert.equal((await upr(['import', 'upr-info', csv, '--db', tmp.db])).code, 0);
    const r = await upr(['classify', '--db', tmp.db, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { classified: number; childRights: number; modelVersion: string; issues: { issue: string }[] };
    assert.deepEqual([out.classified, out.childRights, out.modelVersion], [4, 2, MODEL_VERSION]);
    assert.deepEqual(out.issues.map((i) => i.issue).sort(), ['corporal_punishment', 'migrant_refugee_children']);
    assert.match(r.stderr, /classify: 4\/4/, 'shows progress');
  });

  it('lets search filter by --child-rights and --child-issue afterwards', async () => {
    const yes = JSON.parse((await upr(['search', '--child-rights', '--json', '--db', tmp.db])).stdout) as { total: number };
    assert.equal(yes.total, 2);
    const cp = JSON.parse((await upr(['search', '--child-issue', 'corporal_punishment', '--json', '--db', tmp.db])).stdout) as { total: number; records: { text: string }[] };
    assert.equal(cp.total, 1);
    assert.match(cp.records[0]!.text, /corporal punishment/);
  });

  it('puts the stored result, with its evidence, into the JSONL export', async () => {
    const file = join(tmp.dir, 'out.jsonl');
    const r = await upr(['export', 'recommendations', '--format', 'jsonl', '--out', file, '--db', tmp.db]);
    assert.equal(r.code, 0, r.stderr);
    const records = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; childRights: { isChildRights: boolean; modelVersion: string; evidence: string[] } | null });
    const minorities = records.find((x) => x.text.includes('minorities'))!;
    assert.equal(minorities.childRights?.isChildRights, false);
    const asylum = records.find((x) => x.text.includes('unaccompanied'))!;
    assert.equal(asylum.childRights?.isChildRights, true);
    assert.equal(asylum.childRights?.modelVersion, MODEL_VERSION);
    assert.ok(asylum.childRights?.evidence.includes('child: children'));
  });
});
