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
