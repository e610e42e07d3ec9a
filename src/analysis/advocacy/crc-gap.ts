// Analysis 9, the CRC ↔ UPR gap: for a State, the Committee on the Rights of the Child's concerns and
// recommendations (UHRI import) per children's-rights issue against the UPR recommendations the State received
// on the same issue (how many, in which cycles, supported or noted), issues never raised at the UPR first;
// and, per CRC item, the UPR recommendation closest in wording, to say which were raised nearly word-for-word.
import { crossCounts, getRecommendations, searchIds, type Db, type RecommendationFilters } from '../../store/index.js';
import { UprError } from '../../core/index.js';
import type { Analysis, AnalysisResult, Row } from './types.js';
import { childScope, countMap, linked, scopeOf } from './scope.js';
import { crcItems, matchItems, type CrcMatch } from './crc-gap-items.js';

/** Overlap of salient words (Dice, %) from which a UPR recommendation counts as raising a CRC item nearly word-for-word. */
export const NEARLY_VERBATIM = 60;

function theState(filters: RecommendationFilters): string {
  if (filters.state?.length !== 1) throw new UprError('invalid_input', 'crc-gap needs exactly one State (state)', { field: 'state' });
  return filters.state[0]!;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function issueRows(db: Db, child: RecommendationFilters, matches: CrcMatch[], similar: number): Row[] {
  const byIssueResponse = countMap(crossCounts(db, child, ['childIssue', 'response']));
  const cycles = crossCounts(db, child, ['childIssue', 'cycle']).cells;
  const issues = [...new Set(matches.flatMap((m) => m.item.issues))];
  const rows = issues.map((issue) => {
    const on = matches.filter((m) => m.item.issues.includes(issue));
    const f: RecommendationFilters = { ...child, childIssue: [issue] };
    const upr = searchIds(db, f, { limit: 0 }).total;
    const inCycles = cycles.filter((c) => c.values[0] === issue).map((c) => Number(c.values[1])).sort((a, b) => a - b);
    return {
      issue, status: upr === 0 ? 'never' : 'raised',
      crcConcerns: on.filter((m) => m.item.kind === 'concern').length, crcRecommendations: on.filter((m) => m.item.kind === 'recommendation').length,
      upr: linked(upr, f), cycles: inCycles.join(', ') || null,
      supported: linked(byIssueResponse.get(`${issue}|supported`) ?? 0, { ...f, response: ['supported'] }),
      noted: linked(byIssueResponse.get(`${issue}|noted`) ?? 0, { ...f, response: ['noted'] }),
      similarItems: on.filter((m) => m.best && m.best.similarity * 100 >= similar).length,
    };
  });
  const crc = (r: Row) => (r.crcConcerns as number) + (r.crcRecommendations as number);
  return rows.sort((a, b) => (a.upr.value === 0 ? 0 : 1) - (b.upr.value === 0 ? 0 : 1) || crc(b) - crc(a) || a.issue.localeCompare(b.issue));
}

function itemRows(matches: CrcMatch[], similar: number): Row[] {
  return matches.map(({ item, best }) => {
    const shown = best && best.similarity * 100 >= similar ? best : null;
    return {
      issue: item.issues.join(', ') || null, kind: item.kind, symbol: item.symbol, paragraph: item.paragraph, text: item.text,
      match: shown ? (shown.similarity * 100 >= NEARLY_VERBATIM ? 'verbatim' : 'similar') : 'none',
      record: shown?.rec.id ?? null, cycle: shown?.rec.cycle ?? null, similarity: shown ? round2(shown.similarity) : null, uprText: shown?.rec.text ?? null,
    };
  });
}

/** The CRC ↔ UPR gap for `filters.state`; `similar`: least overlap (Dice, %) for a UPR recommendation to be shown as matching a CRC item. */
export function crcGap(db: Db, filters: RecommendationFilters, similar = 40): AnalysisResult {
  const state = theState(filters);
  const items = crcItems(db, state);
  const recs = getRecommendations(db, searchIds(db, filters, { limit: null, sort: 'session' }).ids);
  const child = childScope(filters);
  const ids = new Map<string, ReadonlySet<number>>();
  const onIssue = (issue: string) => ids.get(issue) ?? ids.set(issue, new Set(searchIds(db, { ...child, childIssue: [issue] }, { limit: null }).ids)).get(issue)!;
  const matches = matchItems(items, recs, onIssue);
  const issues = issueRows(db, child, matches, similar);
  const rows = itemRows(matches, similar);
  const symbols = [...new Set(items.map((i) => i.symbol ?? '').filter(Boolean))].sort();
  return {
    analysis: 'crc-gap', scope: scopeOf(db, filters),
    params: { state, similar, crcItems: items.length, symbols },
    notes: items.length === 0 ? [{ key: 'gapNoCrc', vars: { state } }] : [],
    facts: [
      { key: 'gapCrcDocuments', value: symbols.join(', ') || '–', kind: 'text' },
      { key: 'gapCrcConcerns', value: items.filter((i) => i.kind === 'concern').length, kind: 'text' },
      { key: 'gapCrcRecommendations', value: items.filter((i) => i.kind === 'recommendation').length, kind: 'text' },
      { key: 'gapCrcNoIssue', value: items.filter((i) => i.issues.length === 0).length, kind: 'text' },
      { key: 'gapUprChild', value: searchIds(db, child, { limit: 0 }).total, kind: 'count', filters: child },
      { key: 'gapNeverRaised', value: issues.filter((r) => r.status === 'never').length, kind: 'text' },
      { key: 'gapVerbatim', value: rows.filter((r) => r.match === 'verbatim').length, kind: 'text' },
    ],
    tables: [
      { name: 'issues', title: 'gapTableIssues', columns: [
        { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' }, { key: 'status', label: 'anStatus', kind: 'value', facet: 'gapStatus' },
        { key: 'crcConcerns', label: 'gapCrcConcerns', kind: 'text' }, { key: 'crcRecommendations', label: 'gapCrcRecommendations', kind: 'text' },
        { key: 'upr', label: 'gapUprRecommendations', kind: 'count' }, { key: 'cycles', label: 'facetCycle', kind: 'text' },
        { key: 'supported', label: 'supported', kind: 'count' }, { key: 'noted', label: 'noted', kind: 'count' },
        { key: 'similarItems', label: 'gapSimilarItems', kind: 'text' },
      ], rows: issues },
      { name: 'items', title: 'gapTableItems', columns: [
        { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' }, { key: 'kind', label: 'gapKind', kind: 'value', facet: 'crcKind' },
        { key: 'symbol', label: 'gapSymbol', kind: 'text' }, { key: 'paragraph', label: 'paragraph', kind: 'text' }, { key: 'text', label: 'anText', kind: 'text' },
        { key: 'match', label: 'gapMatch', kind: 'value', facet: 'gapMatch' }, { key: 'record', label: 'gapClosestUpr', kind: 'record' },
        { key: 'cycle', label: 'cycle', kind: 'text' }, { key: 'similarity', label: 'anSimilarity', kind: 'index' }, { key: 'uprText', label: 'anText', kind: 'text' },
      ], rows },
    ],
  };
}

export const CRC_GAP: Analysis = {
  name: 'crc-gap', title: 'gapTitle', description: 'gapIntro', requires: ['state'],
  summary: "For a State (--state): the CRC's concerns and recommendations per children's-rights issue against its UPR recommendations; never raised first.",
  params: [{ name: 'similar', help: 'least word overlap (Dice, in %) for a UPR recommendation to be shown as matching a CRC item (crc-gap) or as raised again (continuity)', valueName: 'PCT', default: 40, min: 1, max: 100 }],
  run: (db, filters, p) => crcGap(db, filters, p.similar ?? 40),
};
