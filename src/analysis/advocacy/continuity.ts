// Analysis 7, continuity across cycles: for a State under review and two cycles, which children's-rights
// recommendations of the earlier cycle were raised again in the later one (same issue, similar text), by
// whom, and which issues vanished or are new. Text similarity is the word-set overlap (Dice coefficient).
import { crossCounts, facetCounts, getRecommendations, searchIds, type Db, type RecommendationFilters } from '../../store/index.js';
import { UprError, type RecommendationView } from '../../core/index.js';
import type { Analysis, AnalysisResult, Row } from './types.js';
import { childScope, countMap, linked, scopeOf } from './scope.js';

const STOP = new Set('the and for with that its all any from into their this these those such have has are was were been being which who whom will shall would should could other also more most take further continue ensure'.split(' '));
const wordSet = (s: string) => new Set((s.toLowerCase().normalize('NFKD').match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w)));

/** Word-set overlap of two texts (Dice coefficient, 0–1), stop words left out. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

function theOne(filters: RecommendationFilters): string {
  if (!filters.state || filters.state.length !== 1) throw new UprError('invalid_input', 'continuity needs exactly one State under review (state)', { field: 'state' });
  return filters.state[0]!;
}

/** Continuity of `filters.state`'s children's-rights recommendations between two cycles (`filters.cycle`, or its two latest). */
export function continuity(db: Db, filters: RecommendationFilters, similarPercent = 40): AnalysisResult {
  const sur = theOne(filters);
  const { cycle: asked, ...base } = filters;
  const child = childScope(base);
  const loaded = facetCounts(db, child, 'cycle').map((c) => Number(c.value)).sort((a, b) => a - b);
  const pair = asked && asked.length === 2 ? [...asked].sort((a, b) => a - b) : loaded.slice(-2);
  if (pair.length !== 2 || pair[0] === pair[1]) {
    throw new UprError('invalid_input', `continuity compares two cycles: give two (cycle=1&cycle=2, --cycle 1-2); ${sur} has children's-rights recommendations in cycle(s) ${loaded.join(', ') || 'none'}`, { field: 'cycle' });
  }
  const [a, b] = pair as [number, number];
  const read = (cy: number) => getRecommendations(db, searchIds(db, { ...child, cycle: [cy] }, { limit: null, sort: 'session' }).ids);
  const issuesOf = (cy: number) => countMap(crossCounts(db, { ...child, cycle: [cy] }, ['childIssue']));
  const idsByIssue = (cy: number) => {
    const m = new Map<number, Set<string>>();
    for (const { values } of crossCounts(db, { ...child, cycle: [cy] }, ['childIssue']).cells) {
      for (const id of searchIds(db, { ...child, cycle: [cy], childIssue: [values[0]!] }, { limit: null }).ids) m.set(id, (m.get(id) ?? new Set()).add(values[0]!));
    }
    return m;
  };
  const [recsA, recsB] = [read(a), read(b)];
  const [issA, issB] = [idsByIssue(a), idsByIssue(b)];
  const wordsB = recsB.map((r) => wordSet(r.text));
  const names = (r: RecommendationView) => r.recommendingStates.map((s) => s.iso3);
  const again: Row[] = [];
  for (const ra of recsA) {
    const wa = wordSet(ra.text);
    const ia = issA.get(ra.id) ?? new Set<string>();
    let best: { rb: RecommendationView; sim: number; shared: string[] } | undefined;
    recsB.forEach((rb, k) => {
      const shared = [...(issB.get(rb.id) ?? [])].filter((i) => ia.has(i));
      if (shared.length === 0) return;
      const sim = dice(wa, wordsB[k]!);
      if (sim * 100 >= similarPercent && (!best || sim > best.sim)) best = { rb, sim, shared };
    });
    if (!best) continue;
    const { rb, sim, shared } = best;
    const same = names(rb).filter((s) => names(ra).includes(s));
    again.push({ issue: shared.sort().join(', '), earlier: ra.id, earlierBy: names(ra).join(', '), later: rb.id, laterBy: names(rb).join(', '),
      sameState: same.join(', '), similarity: Math.round(sim * 100) / 100, earlierText: ra.text, laterText: rb.text });
  }
  const [countA, countB] = [issuesOf(a), issuesOf(b)];
  const issues: Row[] = [...new Set([...countA.keys(), ...countB.keys()])].map((i) => {
    const na = countA.get(i) ?? 0, nb = countB.get(i) ?? 0;
    return { issue: i, status: na === 0 ? 'new' : nb === 0 ? 'vanished' : 'continued',
      earlier: linked(na, { ...child, cycle: [a], childIssue: [i] }), later: linked(nb, { ...child, cycle: [b], childIssue: [i] }) };
  }).sort((x, y) => (x.status as string).localeCompare(y.status as string) || (y.later as { value: number }).value - (x.later as { value: number }).value);
  return {
    analysis: 'continuity', scope: scopeOf(db, base), params: { state: sur, cycles: [a, b], similar: similarPercent },
    facts: [
      { key: 'anEarlierCycle', value: recsA.length, kind: 'count', filters: { ...child, cycle: [a] } },
      { key: 'anLaterCycle', value: recsB.length, kind: 'count', filters: { ...child, cycle: [b] } },
      { key: 'anRaisedAgain', value: again.length, kind: 'text' },
      { key: 'anVanished', value: issues.filter((r) => r.status === 'vanished').length, kind: 'text' },
      { key: 'anNewIssues', value: issues.filter((r) => r.status === 'new').length, kind: 'text' },
    ],
    tables: [
      { name: 'issues', title: 'anTableContinuityIssues', columns: [
        { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' }, { key: 'status', label: 'anStatus', kind: 'value', facet: 'continuity' },
        { key: 'earlier', label: 'anEarlierCycle', kind: 'count' }, { key: 'later', label: 'anLaterCycle', kind: 'count' },
      ], rows: issues },
      { name: 'raised-again', title: 'anTableRaisedAgain', columns: [
        { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' }, { key: 'earlier', label: 'anEarlierCycle', kind: 'record' }, { key: 'earlierBy', label: 'facetBy', kind: 'value', facet: 'by' },
        { key: 'later', label: 'anLaterCycle', kind: 'record' }, { key: 'laterBy', label: 'facetBy', kind: 'value', facet: 'by' }, { key: 'sameState', label: 'anSameState', kind: 'value', facet: 'by' },
        { key: 'similarity', label: 'anSimilarity', kind: 'index' }, { key: 'earlierText', label: 'anText', kind: 'text' }, { key: 'laterText', label: 'anText', kind: 'text' },
      ], rows: again },
    ],
  };
}

export const CONTINUITY: Analysis = {
  name: 'continuity', title: 'anContinuity', description: 'anContinuityIntro', requires: ['state'],
  summary: "For a State under review (--state) and two cycles: children's-rights recommendations raised again, by whom, issues vanished and new.",
  params: [{ name: 'similar', help: 'least word overlap (Dice, in %) for a later recommendation on the same issue to count as raised again', valueName: 'PCT', default: 40, min: 1, max: 100 }],
  run: (db, filters, p) => continuity(db, filters, p.similar ?? 40),
};
