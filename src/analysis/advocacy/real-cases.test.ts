// Lobbying targets and continuity on real cases: UPR Info exports of sessions 1–4 (cycle 1) and 13–16
// (cycle 2) and the Working Group report of the Bahamas' second review (its troika), classified.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore, searchIds, getRecommendations, type Db } from '../../store/index.js';
import { localeFor } from '../../core/index.js';
import { upr, tempDir } from '../../../test/support/cli.js';
import { SHARED_DATA, sharedPath } from '../../../test/support/shared-data.js';
import { runAnalysis } from './registry.js';
import { describeReason } from './reasons.js';
import { dice } from './continuity.js';
import { isLinked, isReasons, type Reason, type Row } from './types.js';

const en = localeFor('en');
const words = (s: string) => new Set((s.toLowerCase().normalize('NFKD').match(/\p{L}{3,}/gu) ?? []));

describe('lobbying targets and continuity on real reviews', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let db: Db | undefined;
  before(async () => {
    tmp = tempDir();
    const files = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-13-16.csv'].map((f) => join(SHARED_DATA, 'upr-info', f));
    if ((await upr(['import', 'upr-info', ...files, '--db', tmp.db])).code !== 0) return;
    await upr(['ingest', join(SHARED_DATA, 'wg-reports', 'bahamas2013.pdf'), '--db', tmp.db]);
    await upr(['classify', '--db', tmp.db]);
    db = openStore(tmp.db, { mode: 'read' });
  });
  after(() => {
    db?.close();
    tmp?.cleanup();
  });

  const targets = (review: string) => runAnalysis(db!, 'lobbying-targets', { state: ['BHS'], childIssue: ['corporal_punishment'], origin: ['upr-info'] }, { review, limit: '0' }).tables[0]!.rows;
  const reasonsOf = (rows: Row[], iso3: string) => (rows.find((r) => r.state === iso3)?.reasons as Reason[] | undefined) ?? [];
  const texts = (rs: Reason[]) => rs.map((r) => describeReason(en, r));

  it('names the troika of the Bahamas\' second review, read from its Working Group report, and the regional group', (t) => {
    if (!sharedPath(t, 'wg-reports', 'bahamas2013.pdf') || !db) return;
    const rows = targets('2');
    assert.deepEqual(texts(reasonsOf(rows, 'GAB')), ['member of the troika for the review of Bahamas (cycle 2)']);
    assert.deepEqual(texts(reasonsOf(rows, 'PAK')), ['member of the troika for the review of Bahamas (cycle 2)']);
    const cri = texts(reasonsOf(rows, 'CRI'));
    assert.ok(cri.includes('member of the troika for the review of Bahamas (cycle 2)'), cri.join('; '));
    assert.ok(cri.includes('same regional group as Bahamas (Latin American and Caribbean States)'), cri.join('; '));
  });

  it("explains the first target in words: its recommendations on the issue per cycle, continuity, the Bahamas' earlier response, the group", (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-sessions-13-16.csv') || !db) return;
    const rows = targets('2');
    assert.equal(rows[0]!.state, 'MEX');
    assert.deepEqual(texts(reasonsOf(rows, 'MEX')), [
      'made 2 recommendations on corporal punishment in cycle 1, 2 of them specific (category 5)',
      // 7: origin upr-info matches any record with a UPR Info source, so Mexico's recommendation to the Bahamas
      // (merged into the report's recommendation when the report was ingested) counts too (docs/merge.md).
      'made 7 recommendations on corporal punishment in cycle 2, 5 of them specific (category 5)',
      'raised corporal punishment in 2 cycles (1, 2)',
      "Bahamas supported its one earlier children's-rights recommendation",
      'same regional group as Bahamas (Latin American and Caribbean States)',
    ]);
  });

  it('ranks by points that add up from the reasons, and each reason\'s figures are those of its search', (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-sessions-13-16.csv') || !db) return;
    const rows = targets('2');
    for (const [i, r] of rows.entries()) {
      const reasons = r.reasons as Reason[];
      assert.equal(r.score, reasons.reduce((a, x) => a + x.points, 0));
      if (i > 0) assert.ok((rows[i - 1]!.score as number) >= (r.score as number));
      for (const x of reasons) {
        if (x.key === 'anReasonIssue' || x.key.startsWith('anReasonIssueOne')) assert.equal(searchIds(db!, x.filters!, { limit: 0 }).total, x.vars.n);
        if (x.key.startsWith('anReasonRespons')) assert.equal(searchIds(db!, x.filters!, { limit: 0 }).total, x.vars.total);
      }
      assert.ok(isLinked(r.recommendations!) && searchIds(db!, r.recommendations.filters, { limit: 0 }).total === r.recommendations.value);
    }
  });

  // The earlier-responses reason counts every earlier recommendation whatever its source: a cycle-2 UPR Info record
  // merged into a report's recommendation has origin 'document' (docs/merge.md, --origin), yet it counts.
  it('prepares the next review by default: no troika known yet, and both loaded cycles are earlier, whatever the source', (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-sessions-13-16.csv') || !db) return;
    const rows = targets('');
    assert.ok(rows.every((r) => isReasons(r.reasons!) && !r.reasons.some((x) => x.key === 'anReasonTroika')));
    const f = { state: ['BHS'], by: ['MEX'], childRights: true };
    const [n, s, n1] = [searchIds(db, f, { limit: 0 }).total, searchIds(db, { ...f, response: ['supported'] }, { limit: 0 }).total, searchIds(db, { ...f, cycle: [1] }, { limit: 0 }).total];
    assert.ok(n > n1, 'cycle 2 counts as earlier too');
    assert.ok(texts(reasonsOf(rows, 'MEX')).includes(`Bahamas supported ${s} of its ${n} earlier children's-rights recommendations`), texts(reasonsOf(rows, 'MEX')).join('; '));
  });

  it("finds Sweden's cycle-1 recommendation on corporal punishment to the United Kingdom raised again by Sweden in cycle 2", (t) => {
    if (!sharedPath(t, 'upr-info', 'upr-info-sessions-13-16.csv') || !db) return;
    const r = runAnalysis(db, 'continuity', { state: ['GBR'] });
    assert.deepEqual(r.params.cycles, [1, 2]);
    const again = r.tables.find((x) => x.name === 'raised-again')!.rows;
    const row = again.find((x) => String(x.earlierText).startsWith('Reconsider its position about the continued legality of corporal punishment'));
    assert.ok(row, 'the recommendation is raised again');
    assert.equal(row.earlierBy, 'SWE');
    assert.equal(row.laterBy, 'SWE');
    assert.equal(row.sameState, 'SWE');
    assert.match(String(row.issue), /corporal_punishment/);
    // Every pair: an earlier-cycle and a later-cycle recommendation to the State, sharing an issue, with the similarity stated.
    for (const x of again) {
      const [a, b] = getRecommendations(db, [x.earlier as number, x.later as number]);
      assert.deepEqual([a!.cycle, b!.cycle, a!.stateUnderReview.iso3, b!.stateUnderReview.iso3], [1, 2, 'GBR', 'GBR']);
      assert.ok(Math.abs(dice(words(a!.text), words(b!.text)) - (x.similarity as number)) < 0.2);
      assert.ok((x.similarity as number) >= 0.4);
    }
    const issues = r.tables.find((x) => x.name === 'issues')!.rows;
    for (const i of issues) {
      const [na, nb] = [i.earlier, i.later].map((c) => (isLinked(c!) ? c.value : -1));
      assert.equal(i.status, na === 0 ? 'new' : nb === 0 ? 'vanished' : 'continued');
    }
    assert.ok(issues.some((i) => i.status === 'new') && issues.some((i) => i.status === 'continued'));
  });
});
