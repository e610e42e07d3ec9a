// The main job (`npm start` → `upr demo`) on the bundled sample, without the web server.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { upr, tempDir } from './support/cli.js';
import { hasPdftotext } from '../src/cli/commands/demo-steps.js';

describe('upr demo', () => {
  const tmp = tempDir();
  after(tmp.cleanup);

  it('loads, ingests and classifies the bundled sample, and a second run adds nothing', async () => {
    const first = await upr(['demo', '--no-serve', '--db', tmp.db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /upr-info-sessions-05-08\.csv +7961 +7961 +0 +0 +ok/);
    const stats = JSON.parse((await upr(['stats', '--db', tmp.db, '--json'])).stdout);
    if (hasPdftotext()) {
      // 7,961 UPR Info records + Slovenia's Working Group reports of cycles 2 (163) and 3 (215 items, 3 of
      // them bundling 2, 3 and 2 clauses with their own States: 219 recommendations).
      assert.equal(stats.total, 7961 + 163 + 219);
    } else {
      console.error('*** pdftotext absent: the demo skipped the documents ***');
      assert.equal(stats.total, 7961);
    }
    assert.match(first.stdout, /classified \d+ recommendation\(s\)/);
    const cr = JSON.parse((await upr(['search', '--child-rights', '--db', tmp.db, '--json', '--limit', '1'])).stdout);
    assert.ok(cr.total > 1000, `children's-rights recommendations found: ${cr.total}`);

    const second = await upr(['demo', '--no-serve', '--db', tmp.db]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /upr-info-sessions-05-08\.csv +7961 +0 +7961 +0 +ok/);
    assert.equal(JSON.parse((await upr(['stats', '--db', tmp.db, '--json'])).stdout).total, stats.total);
  });
});
