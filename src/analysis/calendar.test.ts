import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { projectedReview, SESSIONS, SUBMISSION_DEADLINE_RULE, allStates, nextReview } from '../core/index.js';
import { addMonths, calendarSessions, nextReviewOf, reviewCalendar, submissionDeadline, upcomingSessions } from './calendar.js';

const days = (a: string, b: string) => Math.abs(new Date(a).getTime() - new Date(b).getTime()) / 86_400_000;

describe('submissionDeadline', () => {
  it('falls 32 weeks before the session opens, on the same weekday (Monday)', () => {
    assert.equal(submissionDeadline('2027-01-25'), '2026-06-15');
    for (const s of calendarSessions()) {
      const d = submissionDeadline(s.start);
      assert.equal(new Date(`${d}T00:00:00Z`).getUTCDay(), new Date(`${s.start}T00:00:00Z`).getUTCDay(), `session ${s.number}`);
      assert.ok(days(d, addMonths(s.start, -7)) < 31, `session ${s.number}: ${d}`);
    }
  });

  it('lands within three weeks of every deadline OHCHR published that the rule records', () => {
    for (const p of SUBMISSION_DEADLINE_RULE.published) {
      const session = SESSIONS.find((s) => s.number === p.session);
      assert.ok(session, `session ${p.session}`);
      const d = submissionDeadline(session.start);
      assert.ok(days(d, p.deadline) <= 21, `session ${p.session}: rule ${d}, published ${p.deadline}`);
      assert.ok(d <= p.deadline, `session ${p.session}: the rule never says later than OHCHR did`);
    }
  });
});

describe('calendarSessions', () => {
  it('keeps sessions 1–54 as scheduled and projects two more cycles, marked projected, in order', () => {
    const all = calendarSessions();
    assert.deepEqual(all.map((s) => s.number), Array.from({ length: 82 }, (_, i) => i + 1));
    assert.ok(all.slice(0, 54).every((s, i) => !s.projected && s.start === SESSIONS[i]?.start));
    assert.ok(all.slice(54).every((s) => s.projected));
    all.forEach((s, i) => { if (i > 0) assert.ok(all[i - 1]!.end < s.start, `session ${s.number} overlaps`); });
    const s55 = all[54]!;
    assert.deepEqual([s55.cycle, s55.start, s55.states], [5, '2027-11-08', SESSIONS[40]!.states]);
  });
});

describe('nextReviewOf', () => {
  it("gives Slovenia's projected cycle-5 review once session 48 is past, and the scheduled one before", () => {
    assert.equal(nextReviewOf('SVN', '2024-06-01')?.session.number, 48);
    assert.equal(nextReviewOf('SVN', '2024-06-01')?.session.projected, false);
    const later = nextReviewOf('svn', '2026-12-02');
    assert.equal(later?.session.number, 62);
    assert.equal(later?.session.projected, true);
  });

  it('agrees with the core projection (session and month) for every State', () => {
    for (const s of allStates()) {
      const r = nextReviewOf(s.iso3, '2026-12-02');
      const scheduled = nextReview(s.iso3, '2026-12-02');
      const projected = projectedReview(s.iso3, '2026-12-02');
      if (scheduled) assert.equal(r?.session.number, scheduled.number, s.iso3);
      else if (projected) assert.deepEqual([r?.session.number, r?.session.start.slice(0, 7)], [projected.session, projected.expectedMonth], s.iso3);
      else assert.equal(r, undefined, s.iso3);
    }
  });
});

describe('upcomingSessions and reviewCalendar', () => {
  it('lists the sessions opening in the next 18 months, including one under way', () => {
    assert.deepEqual(upcomingSessions('2026-12-02').map((s) => s.number), [54, 55, 56, 57]);
    assert.deepEqual(upcomingSessions('2027-01-30', 6).map((s) => s.number), [54]);
    assert.deepEqual(upcomingSessions('2026-12-02', 1).map((s) => s.number), []);
  });

  it('orders the next reviews of the States asked for by date and leaves unknown codes out', () => {
    const cal = reviewCalendar('2026-12-02', { states: ['SVN', 'FRA', 'XXX'], months: 12 });
    assert.deepEqual(cal.reviews.map((r) => [r.iso3, r.session.number]), [['FRA', 57], ['SVN', 62]]);
    assert.deepEqual(cal.sessions.map((s) => s.number), [54, 55]);
    assert.equal(reviewCalendar('2026-12-02').reviews.length, new Set(SESSIONS.slice(40).flatMap((s) => s.states)).size);
  });
});
