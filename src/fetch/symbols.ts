// Document symbols of a review (pure): the pre-session documents from the session calendar, the Working
// Group report and its addendum, and the checks and normalisation a symbol gets before it is requested.
import { UprError, sessionsOfState, type Session } from '../core/index.js';

/** A document the UN publishes for a review, with why it is expected. */
export interface PlannedDocument {
  symbol: string;
  /** `required`: expected to exist; `optional`: requested in case it exists (corrigenda), a 404 is not an error. */
  need: 'required' | 'optional';
}

const SYMBOL = /^[A-Z][A-Za-z0-9.\-/]*[A-Za-z0-9]$/;

/** Trims a UN document symbol and checks its characters; throws `invalid_input` naming the symbol. */
export function normaliseSymbol(raw: string): string {
  const s = raw.trim().replace(/\s+/g, '').replace(/^a\/hrc\//i, 'A/HRC/').replace(/\/wg\.6\//i, '/WG.6/')
    .replace(/\/(add|corr|rev)\.(\d+)$/i, (_m, k: string, n: string) => `/${k[0]!.toUpperCase()}${k.slice(1).toLowerCase()}.${n}`);
  if (!SYMBOL.test(s) || s.includes('//') || s.includes('..')) {
    throw new UprError('invalid_input', `"${raw}" is not a UN document symbol (e.g. A/HRC/WG.6/34/SVN/1, A/HRC/43/15)`, { field: 'symbol', value: raw });
  }
  return s;
}

/** The symbols of the national report (/1), UN compilation (/2) and stakeholders' summary (/3) of a review. */
export function preSessionSymbols(session: number, iso3: string): string[] {
  return [1, 2, 3].map((n) => `A/HRC/WG.6/${session}/${iso3.toUpperCase()}/${n}`);
}

/** A Working Group report symbol without any /Add.N, /Corr.N or /Rev.N suffix: `A/HRC/43/15/Add.1` → `A/HRC/43/15`. */
export function reportBaseSymbol(symbol: string): string | null {
  const m = /^(A\/HRC\/\d+\/\d+)(?:\/(?:Add|Corr|Rev)\.\d+)*$/i.exec(symbol.trim());
  return m ? m[1]!.toUpperCase() : null;
}

/**
 * What to fetch for a review: the three pre-session documents with their first corrigenda (optional), and
 * each Working Group report with its addendum (the State's responses).
 */
export function reviewPlan(session: number, iso3: string, reportSymbols: readonly string[]): PlannedDocument[] {
  const out: PlannedDocument[] = [];
  for (const s of preSessionSymbols(session, iso3)) out.push({ symbol: s, need: 'required' }, { symbol: `${s}/Corr.1`, need: 'optional' });
  for (const r of new Set(reportSymbols)) out.push({ symbol: r, need: 'required' }, { symbol: `${r}/Add.1`, need: 'required' });
  return out;
}

/** The Working Group session at which `iso3` was (or will be) reviewed in `cycle`; throws `not_found` naming the sessions known. */
export function reviewSession(iso3: string, cycle: number): Session {
  const sessions = sessionsOfState(iso3);
  const s = sessions.filter((x) => x.cycle === cycle).at(-1);
  if (s) return s;
  const known = sessions.map((x) => `${x.number} (cycle ${x.cycle})`).join(', ') || 'none';
  throw new UprError('not_found', `${iso3} has no review in cycle ${cycle} in the session calendar (sessions: ${known})`, { field: '--cycle', value: String(cycle) });
}

/** The latest cycle in which `iso3` had a session that has ended by `today` (YYYY-MM-DD), or undefined. */
export function latestPastCycle(iso3: string, today: string): number | undefined {
  return sessionsOfState(iso3).filter((s) => s.end < today).at(-1)?.cycle;
}

/**
 * The Human Rights Council regular session that adopts the outcomes of a Working Group session: the first
 * Council session (March, June or September; three a year since 2007) starting after the Working Group
 * session has ended and its report has been drafted (about six weeks).
 */
export function councilSessionFor(session: Session): number {
  const [y, m] = session.end.split('-').map(Number) as [number, number];
  // Council sessions: March = 3(y-2007)+4, June = +5, September = +6.
  const base = 3 * (y - 2007) + 4;
  if (m <= 2) return base + 1; // January–February → June
  if (m <= 5) return y === 2008 ? 8 : base + 2; // April–May → September (the first cycle's 2008 sessions went to June)
  return base + 3; // October–December → March of next year
}
