import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';

describe('upr analyse', () => {
  it('names the analyses it knows, says what an analysis needs, checks its parameters, and writes CSV (bundled sample)', async () => {
    const tmp = tempDir();
    try {
      assert.equal((await upr(['import', 'upr-info', resolve('data/sample/upr-info/upr-info-sessions-05-08.csv'), '--db', tmp.db])).code, 0);
      assert.equal((await upr(['classify', '--db', tmp.db])).code, 0);
      const unknown = await upr(['analyse', 'popularity', '--db', tmp.db]);
      assert.equal(unknown.code, 3);
      assert.match(unknown.stderr, /no analysis "popularity" \(one of prominence, recommending-states, focus-matrix, responses, lobbying-targets, continuity\b/);
      const needs = await upr(['analyse', 'lobbying-targets', '--state', 'Slovenia', '--db', tmp.db]);
      assert.equal(needs.code, 1);
      assert.match(needs.stderr, /lobbying targets need exactly one children's-rights issue \(childIssue\)/);
      const bad = await upr(['analyse', 'focus-matrix', '--min', 'five', '--db', tmp.db]);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /--min must be a whole number 1-1000, got "five"/);
      const text = await upr(['analyse', 'recommending-states', '--limit', '3', '--db', tmp.db]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^Counted: [\d,]+ recommendations, [\d,]+ of them classified as concerning children's rights\.\n/);
      const csv = await upr(['analyse', 'recommending-states', '--limit', '3', '--format', 'csv', '--db', tmp.db]);
      const lines = csv.stdout.replace(/^\ufeff/, '').trim().split('\r\n');
      assert.equal(lines[0], "Rank,State,Regional group (recommending),Children's rights,All made,Share of own recommendations,Category 1,Category 2,Category 3,Category 4,Category 5");
      assert.equal(lines.length, 4);
      const json = JSON.parse((await upr(['analyse', 'recommending-states', '--limit', '3', '--json', '--db', tmp.db])).stdout) as { tables: { rows: { childRights: { value: number } }[] }[] };
      assert.deepEqual(lines.slice(1).map((l) => Number(l.split(',')[3])), json.tables[0]!.rows.map((r) => r.childRights.value));
    } finally {
      tmp.cleanup();
    }
  });
});
