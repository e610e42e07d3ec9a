// The data of a one-page outcome summary of a review (for partners and media): how many recommendations, how
// many on children's rights, supported vs noted by issue, who recommended most, a few key children's-rights
// recommendations quoted, and what happens next. Every figure keeps the paragraphs it counts (symbol + para).
import { UprError, nextReview, projectedReview, sessionByNumber, sessionsOfState, stateByIso3, type RecommendationView } from '../core/index.js';
import { getChildRights, isClassified, listDocuments, listReviews, searchRecommendations, type Db } from '../store/index.js';

/** Where a recommendation is: the Working Group report's symbol and paragraph, else the source file and line. */
export interface Trace { symbol: string; paragraph: string }

export interface CountedRecommendation {
  id: number;
  trace: Trace;
  text: string;
  response: string;
  states: string[];
  /** Concerns children's rights (classifier). */
  childRights: boolean;
  /** Its children's-rights issues (classifier), best first; may be empty for a general one. */
  childIssues: string[];
}

export interface OutcomeSummary {
  state: { iso3: string };
  cycle: number;
  session: number | null;
  sessionDates: { start: string; end: string } | null;
  reviewDate: string | null;
  /** The Working Group report and its addendum (the State's responses), when stored. */
  reportSymbol: string | null;
  responsesSymbol: string | null;
  /** Every recommendation of the review; the renderers count and trace from here. */
  recommendations: CountedRecommendation[];
  /** False when `upr classify` has not run: no children's-rights figures. */
  classified: boolean;
  /** 3-5 children's-rights recommendations to quote: different issues, supported and noted, best classified first. */
  key: CountedRecommendation[];
  /** Recommending States by number of recommendations (top 5). */
  topStates: { iso3: string; count: number; childRights: number }[];
  next: { review?: { session: number; start: string; end: string }; projected?: { session: number; month: string }; midTermMonth?: string };
}

const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function trace(r: RecommendationView, reportSymbol: string | null): Trace {
  const claim = r.sources?.find((s) => s.documentSymbol && (s.kind === 'wg_report' || s.kind === 'thematic_list'));
  const symbol = claim?.documentSymbol ?? (r.provenance.file ? r.provenance.file : reportSymbol ?? '');
  return { symbol, paragraph: r.paragraph ?? claim?.paragraph ?? r.provenance.locator };
}

/** Builds the outcome summary of `iso3`'s review in `cycle`; `today` (YYYY-MM-DD) sets what is next. */
export function buildOutcomeSummary(db: Db, iso3: string, cycle: number, today: string): OutcomeSummary {
  const code = iso3.toUpperCase();
  const review = listReviews(db, code).find((r) => r.cycle === cycle);
  if (!stateByIso3(code) || !review) throw new UprError('not_found', `no review of ${code} in cycle ${cycle} is stored; import or ingest it first`, { field: 'state', value: iso3 });
  const docs = listDocuments(db).filter((d) => d.reviewId === review.id);
  const reportSymbol = docs.find((d) => d.type === 'wg_report')?.symbol ?? null;
  const responsesSymbol = docs.find((d) => d.type === 'wg_report_addendum')?.symbol ?? null;
  const items = searchRecommendations(db, { state: [code], cycle: [cycle] }, { limit: null, sort: 'session' }).items;
  const classified = isClassified(db);
  const child = getChildRights(db, items.map((r) => r.id));
  const recommendations: CountedRecommendation[] = items.map((r) => {
    const c = child.get(r.id);
    return {
      id: r.id, trace: trace(r, reportSymbol), text: r.text, response: r.response, states: r.recommendingStates.map((s) => s.iso3),
      childRights: c?.isChildRights === true, childIssues: c?.isChildRights ? c.issues.map((i) => i.id) : [],
    };
  });
  const scores = new Map([...child].map(([id, c]) => [id, c.score]));
  const session = review.session ?? null;
  const s = session ? sessionByNumber(session) : undefined;
  const nextSession = nextReview(code, today);
  const projected = nextSession ? undefined : projectedReview(code, today);
  // The mid-term report falls halfway to the State's following review (scheduled, else projected).
  const following = session ? sessionsOfState(code).find((x) => x.number > session) : undefined;
  const nextMonth = following?.start.slice(0, 7) ?? nextSession?.start.slice(0, 7) ?? projected?.expectedMonth;
  const from = s?.start.slice(0, 7) ?? review.reviewDate?.slice(0, 7);
  return {
    state: { iso3: code }, cycle, session, sessionDates: s ? { start: s.start, end: s.end } : null, reviewDate: review.reviewDate ?? null,
    reportSymbol, responsesSymbol, recommendations, classified,
    key: keyRecommendations(recommendations, scores),
    topStates: topStates(recommendations),
    next: {
      review: nextSession && nextSession.number !== session ? { session: nextSession.number, start: nextSession.start, end: nextSession.end } : undefined,
      projected: projected ? { session: projected.session, month: projected.expectedMonth } : undefined,
      midTermMonth: from && nextMonth && nextMonth > from ? addMonths(from, Math.round(monthsBetween(from, nextMonth) / 2)) : undefined,
    },
  };
}

function topStates(recs: CountedRecommendation[]): OutcomeSummary['topStates'] {
  const counts = new Map<string, { count: number; childRights: number }>();
  for (const r of recs) for (const st of r.states) {
    const c = counts.get(st) ?? { count: 0, childRights: 0 };
    c.count++;
    if (r.childRights) c.childRights++;
    counts.set(st, c);
  }
  return [...counts].map(([iso3, c]) => ({ iso3, ...c })).sort((a, b) => b.count - a.count || b.childRights - a.childRights || (a.iso3 < b.iso3 ? -1 : 1)).slice(0, 5);
}

/** Up to five children's-rights recommendations on different issues, best classified first, a noted one included when any. */
function keyRecommendations(recs: CountedRecommendation[], scores: Map<number, number>): CountedRecommendation[] {
  const child = recs.filter((r) => r.childRights && r.childIssues.length).sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0) || a.id - b.id);
  const picked: CountedRecommendation[] = [];
  const issues = new Set<string>();
  for (const r of child) {
    if (picked.length >= 5) break;
    if (issues.has(r.childIssues[0]!)) continue;
    picked.push(r);
    issues.add(r.childIssues[0]!);
  }
  const noted = child.find((r) => r.response === 'noted');
  if (noted && !picked.some((r) => r.response === 'noted')) picked.splice(Math.min(picked.length, 4), 1, noted);
  return picked;
}
