import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';
import { sharedPath } from '../../../test/support/shared-data.js';

describe('upr eval extraction', () => {
  it('prints recall, precision, State accuracy and response agreement per year for the reports given', async (t) => {
    const reports = sharedPath(t, 'wg-reports');
    const truth = sharedPath(t, 'upr-info');
    if (!reports || !truth) return;
    const tmp = tempDir();
    t.after(tmp.cleanup);
    for (const f of ['algeria2008.pdf', 'austria2011.pdf', 'algeria2012.pdf']) copyFileSync(join(reports, f), join(tmp.dir, f));
    const r = await upr(['eval', 'extraction', '--docs', tmp.dir, '--truth', truth, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { years: { year: number | string; reports: number; recall: number; stateAccuracy: number }[]; reports: { file: string; hasReference: boolean }[] };
    assert.deepEqual(out.years.map((y) => [y.year, y.reports]), [[2008, 1], [2011, 1], [2012, 1], ['all', 3]]);
    assert.ok(out.years.every((y) => y.recall >= 97 && y.stateAccuracy >= 99), JSON.stringify(out.years));
    // Session 13 (2012) is in upr-info-sessions-13-16.csv: every report has its reference.
    assert.deepEqual(out.reports.filter((x) => !x.hasReference).map((x) => x.file), []);
    const lists = JSON.parse(r.stdout) as { sessions: { session: number | string }[]; belowRecall95: string[]; zeroRecommendations: string[] };
    assert.deepEqual([lists.sessions.map((s) => s.session), lists.belowRecall95, lists.zeroRecommendations], [[1, 10, 13, 'all'], [], []]);
  });

  it('asks for --docs and --truth', async () => {
    const r = await upr(['eval', 'extraction']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /--docs DIR and --truth DIR/);
  });
});
