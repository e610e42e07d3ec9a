// The review calendar: every session with the States reviewed and the usual deadline for stakeholders'
// submissions, each State's next review, and the sessions of the coming months. Pure: "now" is always passed in.
// Sessions 1–54 come from the reference calendar (src/core/reference/sessions-data.ts); later sessions are
// projected from it (same place in the order of review, 14 sessions and five years a cycle) and marked so.
import { SESSIONS, SUBMISSION_DEADLINE_RULE, UprError, resolveState, type DeadlineRule, type Session } from '../core/index.js';

export interface CalendarSession {
  number: number;
  cycle: number;
  /** ISO dates (YYYY-MM-DD); for projected sessions an estimate. */
  start: string;
  end: string;
  states: string[];
  /** True when the Human Rights Council has not scheduled the session yet and its dates are estimated. */
  projected: boolean;
  /** The usual deadline for stakeholders' submissions (SUBMISSION_DEADLINE_RULE), not an announced date. */
  deadline: string;
}

export interface NextReview {
  iso3: string;
  session: CalendarSession;
}

/** Sessions per cycle since cycle 2; a State keeps its place in the order from cycle to cycle. */
const SESSIONS_PER_CYCLE = 14;
/** Years from a session to the same place in the next cycle (sessions 13 → 27: May 2012 → May 2017). */
const YEARS_PER_CYCLE = 5;
/** Cycles projected beyond the reference calendar. */
const PROJECTED_CYCLES = 2;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** `date` (YYYY-MM-DD) moved by `n` days. */
export function addDays(date: string, n: number): string {
  const d = day(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** `date` moved by `n` months, the day of month kept or clamped to the month's last day. */
export function addMonths(date: string, n: number): string {
  const [y, m, dd] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(dd, last));
  return iso(first);
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of `date`. */
const weekday = (date: string) => ((day(date).getUTCDay() + 6) % 7) + 1;

/** The usual submission deadline for a session opening on `sessionStart`, by `rule`. */
export function submissionDeadline(sessionStart: string, rule: DeadlineRule = SUBMISSION_DEADLINE_RULE): string {
  return addDays(sessionStart, -7 * rule.weeksBefore);
}

const withDeadline = (s: Session | Omit<CalendarSession, 'deadline' | 'projected'>, projected: boolean): CalendarSession => ({
  number: s.number, cycle: s.cycle, start: s.start, end: s.end, states: [...s.states], projected, deadline: submissionDeadline(s.start),
});

/** A projected session: the one 14 places earlier, five years on, opening on the Monday on or after that date. */
function project(base: CalendarSession): CalendarSession {
  const raw = addMonths(base.start, 12 * YEARS_PER_CYCLE);
  const start = addDays(raw, (8 - weekday(raw)) % 7);
  const length = (day(base.end).getTime() - day(base.start).getTime()) / 86_400_000;
  return withDeadline({ number: base.number + SESSIONS_PER_CYCLE, cycle: base.cycle + 1, start, end: addDays(start, length), states: base.states }, true);
}

function buildCalendar(): readonly CalendarSession[] {
  const all = SESSIONS.map((s) => withDeadline(s, false));
  for (let k = 0; k < PROJECTED_CYCLES * SESSIONS_PER_CYCLE; k++) {
    const base = all[all.length - SESSIONS_PER_CYCLE];
    if (base) all.push(project(base));
  }
  return Object.freeze(all.map((s) => Object.freeze(s)));
}

const CALENDAR = buildCalendar();

/** Every session: held, scheduled (1–54) and projected (two more cycles, `projected: true`). */
export function calendarSessions(): readonly CalendarSession[] {
  return CALENDAR;
}

/** The review of `iso3` in the first session ending on or after `now` (YYYY-MM-DD), scheduled or projected. */
export function nextReviewOf(iso3: string, now: string): NextReview | undefined {
  const code = iso3.trim().toUpperCase();
  const session = CALENDAR.find((s) => s.end >= now && s.states.includes(code));
  return session ? { iso3: code, session } : undefined;
}

/** Sessions that end on or after `now` and open within `months` months of it, in order. */
export function upcomingSessions(now: string, months = 18): CalendarSession[] {
  const until = addMonths(now, months);
  return CALENDAR.filter((s) => s.end >= now && s.start <= until);
}

export interface ReviewCalendar {
  now: string;
  months: number;
  rule: DeadlineRule;
  /** The sessions of the coming `months` months. */
  sessions: CalendarSession[];
  /** The next review of each State asked for (all reviewed States when none was asked for), by date. */
  reviews: NextReview[];
}

/** The calendar as every face shows it: coming sessions and the next review of `states` (default: every State). */
export function reviewCalendar(now: string, opts: { states?: readonly string[]; months?: number } = {}): ReviewCalendar {
  const months = opts.months ?? 18;
  const states = opts.states?.length ? opts.states : [...new Set(CALENDAR.flatMap((s) => s.states))];
  const reviews = states.map((s) => nextReviewOf(s, now)).filter((r): r is NextReview => r !== undefined)
    .sort((a, b) => a.session.start.localeCompare(b.session.start) || a.iso3.localeCompare(b.iso3));
  return { now, months, rule: SUBMISSION_DEADLINE_RULE, sessions: upcomingSessions(now, months), reviews };
}

/** ISO3 codes of the State names or codes in `names` (any variant resolveState reads); an unknown name is an error. */
export function calendarStates(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => {
    const state = resolveState(name);
    if (!state) throw new UprError('invalid_input', `"${name}" is not a known State name or ISO3 code`, { field: 'state', value: name });
    return state.iso3;
  }))];
}
