// Looks up UPR Working Group sessions: by number, by State reviewed, and the next review of a State.
// Pure: dates are compared as ISO strings, and "today" is always passed in.
import type { Session } from './types.js';
import { SESSIONS } from './reference/sessions-data.js';

const BY_NUMBER = new Map(SESSIONS.map((s) => [s.number, s]));

/** Last session number of each cycle; cycle 5 is expected to have 14 sessions like cycles 2–4. */
const CYCLE_ENDS: readonly [cycle: Session['cycle'], lastSession: number][] = [
  [1, 12],
  [2, 26],
  [3, 40],
  [4, 54],
  [5, 68],
];

/** The Working Group session numbered `n`, or undefined. */
export function sessionByNumber(n: number): Session | undefined {
  return BY_NUMBER.get(n);
}

/**
 * The UPR cycle of session `n` (1: sessions 1–12, 2: 13–26, 3: 27–40, 4: 41–54, 5: 55–68), or undefined
 * when `n` cannot be a session number.
 */
export function cycleOfSession(n: number): Session['cycle'] | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  return CYCLE_ENDS.find(([, last]) => n <= last)?.[0];
}

/** The sessions at which the State `iso3` was or will be reviewed, in order. */
export function sessionsOfState(iso3: string): Session[] {
  const code = iso3.trim().toUpperCase();
  return SESSIONS.filter((s) => s.states.includes(code)).sort((a, b) => a.number - b.number);
}

/** The first session of State `iso3` ending on or after `today` (YYYY-MM-DD), or undefined if none is known. */
export function nextReview(iso3: string, today: string): Session | undefined {
  return sessionsOfState(iso3).find((s) => s.end >= today);
}

/** The last session in the reference data (held or scheduled). */
export function latestSession(): Session {
  const last = SESSIONS[SESSIONS.length - 1];
  if (!last) throw new Error('No UPR sessions in the reference data');
  return last;
}

/** A review that the Human Rights Council has not scheduled yet, projected from the order of review. */
export interface ProjectedReview {
  session: number;
  cycle: number;
  /** Expected month (YYYY-MM): the State's last scheduled session moved on by one five-year cycle per cycle. */
  expectedMonth: string;
  /** The scheduled session it is projected from. */
  basedOn: number;
}

/** Sessions per cycle since cycle 2 (14: three a year); a State keeps its place in the order from cycle to cycle. */
const SESSIONS_PER_CYCLE = 14;
/** Years from a State's session in one cycle to its session in the next (cycles 2→3→4: Nov 2017 → Nov 2022…). */
const YEARS_PER_CYCLE = 5;

/**
 * When the reference data holds no future session for `iso3`, its next review projected beyond the last scheduled
 * cycle: the same place in the order (session + 14 per cycle, as from cycle 2 to 4) about five years later.
 * Undefined when a scheduled session is still ahead, or the State was never reviewed (observer States).
 */
export function projectedReview(iso3: string, today: string): ProjectedReview | undefined {
  if (nextReview(iso3, today)) return undefined;
  const last = sessionsOfState(iso3).at(-1);
  if (!last) return undefined;
  const [y, m] = last.start.split('-').map(Number) as [number, number];
  for (let k = 1; k <= 10; k++) {
    const expectedMonth = `${y + YEARS_PER_CYCLE * k}-${String(m).padStart(2, '0')}`;
    if (expectedMonth >= today.slice(0, 7)) {
      return { session: last.number + SESSIONS_PER_CYCLE * k, cycle: last.cycle + k, expectedMonth, basedOn: last.number };
    }
  }
  return undefined;
}
