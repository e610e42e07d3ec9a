// The dates of a State's next review as the planner shows them: the session from the calendar (projected ones
// marked so), the usual stakeholders' deadline, the pre-session, the adoption at the Human Rights Council and the
// mid-term report. The timing rules are data (PLAN_TIMING) with what they rest on; every date but the session's is
// an estimate and says so.
import { addDays, addMonths, nextReviewOf, type CalendarSession } from '../calendar.js';
import type { StageId } from './checklist.js';

export const PLAN_TIMING = Object.freeze({
  /** UPR Info's pre-sessions in Geneva are held about a month before the Working Group session. */
  presessionWeeksBefore: 5,
  /**
   * The Working Group's report is adopted at the first regular session of the Human Rights Council opening at least
   * this many weeks after the review (Slovenia: session 7, February 2010 → June 2010; 20, November 2014 → March 2015;
   * 34, November 2019 → March 2020).
   */
  adoptionWeeksAfter: 6,
  /** Months in which the Council's three regular sessions open (late February/March, June, September). */
  councilMonths: [3, 6, 9] as readonly number[],
  /** Mid-term reports are encouraged about two and a half years after the review. */
  midtermMonths: 30,
});

export interface PlanDate {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known (`precision: 'month'`). */
  date: string;
  /** Last day, for the session. */
  end?: string;
  precision: 'day' | 'month';
  /** Follows a usual timing, not a published date. */
  estimated: boolean;
  /** Derived from a session the calendar projects (not yet scheduled). */
  projected: boolean;
}

export interface PlanTimeline {
  session: CalendarSession;
  dates: Record<StageId, PlanDate>;
}

/** The month (YYYY-MM) of the Council session adopting the outcome of a review that ended on `end`. */
export function adoptionMonth(end: string): string {
  const from = addDays(end, 7 * PLAN_TIMING.adoptionWeeksAfter);
  const year = Number(from.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const m of PLAN_TIMING.councilMonths) {
      const first = `${y}-${String(m).padStart(2, '0')}-01`;
      if (first >= from) return first.slice(0, 7);
    }
  }
  throw new Error(`no Council session after ${from}`); // unreachable: next year's March always qualifies
}

/** The timeline of the next review of `iso3` after `now` (YYYY-MM-DD), or undefined when the calendar has none. */
export function planTimeline(iso3: string, now: string): PlanTimeline | undefined {
  const next = nextReviewOf(iso3, now);
  if (!next) return undefined;
  const s = next.session;
  const p = s.projected;
  return {
    session: s,
    dates: {
      prepare: { date: now, precision: 'day', estimated: false, projected: false },
      submission: { date: s.deadline, precision: 'day', estimated: true, projected: p },
      presession: { date: addDays(s.start, -7 * PLAN_TIMING.presessionWeeksBefore), precision: 'day', estimated: true, projected: p },
      review: { date: s.start, end: s.end, precision: 'day', estimated: p, projected: p },
      adoption: { date: adoptionMonth(s.end), precision: 'month', estimated: true, projected: p },
      followup: { date: addMonths(s.start, PLAN_TIMING.midtermMonths).slice(0, 7), precision: 'month', estimated: true, projected: p },
    },
  };
}
