// The engagement planner: Slovenia's timeline against the review calendar (and the Council sessions that adopted
// its past reviews), the checklist filled with its figures from the UHRI fixtures, worded in English and French.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Db } from '../../store/index.js';
import { localeFor } from '../../core/index.js';
import { uhriSloveniaStore } from '../../../test/support/uhri-slovenia-store.js';
import { addDays, addMonths, calendarSessions, nextReviewOf, submissionDeadline } from '../calendar.js';
import { CHECKLIST } from './checklist.js';
import { adoptionMonth, planTimeline, PLAN_TIMING } from './timeline.js';
import { engagementPlan } from './plan.js';
import { planDocument } from './plan-document.js';

describe('engagement planner', () => {
  let db: Db;
  before(async () => { db = await uhriSloveniaStore(); });
  after(() => db.close());

  it("dates Slovenia's next review from the calendar: projected session 62, its usual deadline, adoption and mid-term", () => {
    const tl = planTimeline('SVN', '2026-12-02')!;
    const next = nextReviewOf('SVN', '2026-12-02')!.session;
    assert.equal(tl.session, next);
    assert.equal(tl.session.number, 62);
    assert.equal(tl.session.projected, true);
    assert.deepEqual(tl.dates.submission, { date: submissionDeadline(next.start), precision: 'day', estimated: true, projected: true });
    assert.equal(tl.dates.presession.date, addDays(next.start, -7 * PLAN_TIMING.presessionWeeksBefore));
    assert.deepEqual([tl.dates.review.date, tl.dates.review.end], [next.start, next.end]);
    assert.equal(tl.dates.adoption.date, adoptionMonth(next.end));
    assert.equal(tl.dates.followup.date, addMonths(next.start, 30).slice(0, 7));
    assert.ok(tl.dates.adoption.date > next.end.slice(0, 7) && tl.dates.followup.date > tl.dates.adoption.date);
  });

  it("plans Slovenia's past reviews as they happened: the calendar's session and the Council session that adopted each outcome", () => {
    // Human Rights Council sessions that adopted Slovenia's outcomes: 14th (June 2010), 28th (March 2015), 43rd (from 24 February 2020).
    const adopted: Record<number, string> = { 7: '2010-06', 20: '2015-03', 34: '2020-03' };
    for (const s of calendarSessions().filter((x) => x.states.includes('SVN') && adopted[x.number])) {
      const tl = planTimeline('SVN', addDays(s.start, -300))!;
      assert.equal(tl.session.number, s.number);
      assert.equal(tl.session.projected, false);
      assert.equal(tl.dates.review.estimated, false);
      assert.equal(tl.dates.adoption.date, adopted[s.number], `session ${s.number}`);
    }
  });

  it("fills the checklist with Slovenia's figures: the gap issue, its recommendations and responses", () => {
    const plan = engagementPlan(db, 'Slovenia', '2026-12-02');
    assert.equal(plan.state, 'SVN');
    assert.deepEqual({ ...plan.figures, targets: undefined }, { childRecs: 50, supported: 46, noted: 4, crcItems: 6, gapIssues: ['child_marriage', 'girl_child_discrimination'], topIssue: 'child_marriage', targets: undefined });
    const en = planDocument(localeFor('en'), plan);
    assert.deepEqual(en.stages.map((s) => s.id), CHECKLIST.map((s) => s.stage));
    const item = (id: string) => en.stages.flatMap((s) => s.items).find((i) => i.id === id)!;
    assert.match(item('issues').text, /raised 2 issue\(s\) with Slovenia that no UPR recommendation did: Child, early and forced marriage, The girl child and discrimination\./);
    assert.equal(item('issues').href, '/analyses/crc-gap?state=SVN');
    assert.match(item('past').text, /the 50 children's-rights recommendations Slovenia received .*\(46 supported, 4 noted\)/);
    assert.equal(item('coalition').href, '/analyses/civil-society?state=SVN');
    assert.equal(item('targets').href, '/analyses/lobbying-targets?state=SVN&childIssue=child_marriage');
    assert.match(item('deadline').text, /usually June 11, 2029\./);
    assert.match(en.nextReview, /session 62 .*cycle 5.*January 21, 2030 – February 1, 2030 \(projected\)/);
    const fr = planDocument(localeFor('fr'), plan);
    assert.equal(fr.title, "Plan d'engagement : Slovénie");
    assert.match(fr.stages[1]!.when, /^11 juin 2029 \(projetée, estimée\)$/);
  });

  it('asks for CRC data and says no target is known when the store holds nothing on the State', () => {
    const empty = openStore(':memory:');
    try {
      const doc = planDocument(localeFor('en'), engagementPlan(empty, 'FRA', '2026-12-02'));
      const items = doc.stages.flatMap((s) => s.items);
      assert.match(items.find((i) => i.id === 'issues')!.text, /Load the Committee on the Rights of the Child's concluding observations on France/);
      assert.match(items.find((i) => i.id === 'targets')!.text, /the data loaded names none yet/);
    } finally {
      empty.close();
    }
  });
});
