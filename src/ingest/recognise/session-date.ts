// Which Working Group session a dated UPR document belongs to, when its text names only a date
// (the review date of a decision, the issue date of an addendum). Pure over the session reference.
import { cycleOfSession, sessionsOfState } from '../../core/index.js';

/** The latest session of `iso3` that started on or before `isoDate`, or null. */
export function sessionAtDate(iso3: string, isoDate: string): number | null {
  const before = sessionsOfState(iso3).filter((s) => s.start <= isoDate);
  return before.length ? before[before.length - 1]!.number : null;
}

/** The UPR cycle of a Working Group session, or null when unknown. */
export function cycleOf(session: number): number | null {
  return cycleOfSession(session) ?? null;
}
