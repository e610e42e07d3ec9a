// What to fetch for a review: the pre-session documents from the session calendar, and the Working Group
// report and addendum from the symbols given, else from what the store knows about the review.
import { type Db, knownReportSymbols } from '../store/index.js';
import { councilSessionFor, normaliseSymbol, reportBaseSymbol, reviewPlan, reviewSession } from './symbols.js';
import { UprError } from '../core/index.js';
import type { FetchRequest } from './types.js';

export interface ReviewPlan {
  iso3: string;
  cycle: number;
  session: number;
  requests: FetchRequest[];
  /** Where the report symbols came from (`--symbol`, `stored document …`, `cited in …`). */
  reportSources: string[];
  /** Set when no report symbol is known: what could not be derived and how to pass it. */
  missing: string | null;
}

/** Plans the documents of the review of `iso3` in `cycle`; `symbols` (from --symbol) name its Working Group report. */
export function planReview(db: Db, iso3: string, cycle: number, symbols: readonly string[] = []): ReviewPlan {
  const session = reviewSession(iso3, cycle);
  const given = symbols.map((s) => {
    const base = reportBaseSymbol(normaliseSymbol(s));
    if (!base) throw new UprError('invalid_input', `--symbol takes a Working Group report symbol such as A/HRC/43/15, got "${s}"`, { field: '--symbol', value: s, usage: true });
    return base;
  });
  const council = councilSessionFor(session);
  const known = given.length > 0 ? given.map((symbol) => ({ symbol, via: '--symbol' })) : knownReportSymbols(db, iso3, cycle, council);
  const reports = known.map((k) => k.symbol);
  const requests = reviewPlan(session.number, iso3, reports).map((p) => ({ ...p, sessionEnd: session.end }));
  const missing = reports.length > 0 ? null
    : `the Working Group report of ${iso3}'s cycle-${cycle} review (session ${session.number}) and its addendum: the store knows no symbol for them. ` +
      `Pass it with --symbol A/HRC/${council}/NN (reports of session ${session.number} go to the Council's ${council}th session), ` +
      `or ingest a document of the review that cites it (the Council's decision on the outcome).`;
  return { iso3, cycle, session: session.number, requests, reportSources: known.map((k) => `${k.symbol} (${k.via})`), missing };
}
