// The first page of a Working Group report: its document symbol, the State under review and the
// Working Group session ("held its tenth session from 24 January to 4 February 2011").
import { resolveState, type Parsed, type Problem } from '../../core/index.js';

export interface ReportHeader {
  symbol: string | null;
  stateIso3: string | null;
  session: number | null;
}

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS: Record<string, number> = { twent: 20, thirt: 30, fort: 40, fift: 50 };

/** "tenth" → 10, "twenty-third" → 23, "fortieth" → 40; null for anything else. */
export function ordinalNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, '-');
  if (UNITS.includes(w) && w) return UNITS.indexOf(w);
  if (TEENS.includes(w)) return 10 + TEENS.indexOf(w);
  for (const [stem, n] of Object.entries(TENS)) {
    if (w === `${stem}ieth`) return n;
    const m = new RegExp(`^${stem}y-(\\w+)$`).exec(w);
    if (m && UNITS.indexOf(m[1]!) > 0) return n + UNITS.indexOf(m[1]!);
  }
  return null;
}

/** Reads symbol, State under review and session from the report's first pages. */
export function parseReportHeader(pages: readonly string[]): Parsed<ReportHeader> {
  const head = pages.slice(0, 4).join('\n');
  const problems: Problem[] = [];
  const symbol = /\bA\s?\/\s?HRC\s?\/\s?\d+\s?\/\s?\d+(\/Add\.\d+)?\b/.exec(head)?.[0].replace(/\s/g, '') ?? null;
  const lines = pages[0]?.split('\n').map((l) => l.replace(/[∗*]/g, '').trim()) ?? [];
  let stateIso3: string | null = null;
  const at = lines.findIndex((l) => /Periodic\s+Review$|^Review$/i.test(l) && !/^Universal Periodic Review$/i.test(l));
  const after = at < 0 ? [] : lines.slice(at + 1).filter(Boolean).slice(0, 2);
  for (const l of after) stateIso3 ??= resolveState(l)?.iso3 ?? null;
  if (!stateIso3) {
    const m = /The review of (?:the )?(.+?) was held/s.exec(head.replace(/\s+/g, ' '));
    if (m) stateIso3 = resolveState(m[1]!)?.iso3 ?? null;
  }
  if (!stateIso3) problems.push({ field: 'State under review', message: 'not found on the first page' });
  const s = /held its ([a-z]+(?:[- ][a-z]+)?) session/i.exec(head.replace(/\s+/g, ' '));
  const session = s ? ordinalNumber(s[1]!) : null;
  if (session === null) problems.push({ field: 'session', message: 'not found on the first page' });
  return { value: { symbol, stateIso3, session }, problems };
}
