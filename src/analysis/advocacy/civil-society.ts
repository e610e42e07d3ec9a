// Analysis 8, the civil-society map: from the list of submitters of every summary of stakeholders'
// submissions (/3) and the attribution of its paragraphs, which organisations and coalitions reported on
// which State and cycle, which children's-rights issues each raised, with whom they submitted jointly, and
// whether the NHRI or a children's ombudsperson submitted, so an NGO finds partners for a joint submission.
// Counts are of paragraphs of the summaries; each links to the page listing them (`Listed`).
import { getDocumentParagraphs, listSubmitterMaps, type Db, type RecommendationFilters, type StoredSubmitterMap } from '../../store/index.js';
import type { Analysis, AnalysisResult, Fact, Listed, Row } from './types.js';
import { scopeOf } from './scope.js';
import { gatherOrganisations, scopeOrganisation, type MapParagraph, type ScopedOrganisation } from './civil-society-map.js';

/** What the paragraph listing shows: an organisation (`key`), children's-rights paragraphs only, one issue. */
export interface ParagraphQuery {
  organisation?: string;
  childRights?: boolean;
  issue?: string;
}

const LISTING = '/analyses/civil-society/paragraphs';
/** The order of `localeCompare`, without its cost per call (the map sorts thousands of names). */
const byLocale = new Intl.Collator().compare;

/** The URL of the listing of the paragraphs `q` selects under the scope `filters` (State, cycle, issue). */
export function paragraphsHref(filters: RecommendationFilters, q: ParagraphQuery): string {
  const p = new URLSearchParams();
  for (const s of filters.state ?? []) p.append('state', s);
  for (const c of filters.cycle ?? []) p.append('cycle', String(c));
  for (const i of filters.childIssue ?? []) p.append('childIssue', i);
  if (q.organisation) p.set('organisation', q.organisation);
  if (q.childRights) p.set('childRights', '1');
  if (q.issue) p.set('issue', q.issue);
  return `${LISTING}?${p.toString()}`;
}

const onIssues = (issues: readonly string[] | undefined) => (p: MapParagraph) => p.childRights && (!issues?.length || p.issues.some((i) => issues.includes(i)));

/** The maps and organisations in scope: the States and cycles of `filters`; those raising one of its issues. */
function organisationsOf(db: Db, filters: RecommendationFilters): { maps: StoredSubmitterMap[]; organisations: ScopedOrganisation[]; names: Map<string, string> } {
  const all = listSubmitterMaps(db);
  const { state: states, cycle: cycles, childIssue: issues } = filters;
  const inScope = (s: string, c: number) => (!states?.length || states.includes(s)) && (!cycles?.length || cycles.includes(c));
  const everywhere = gatherOrganisations(all);
  const scoped = everywhere.map((o) => scopeOrganisation(o, states?.length || cycles?.length ? inScope : undefined)).filter((o): o is ScopedOrganisation => o !== undefined);
  return {
    maps: all.filter((m) => inScope(m.stateIso3, m.cycle)), names: new Map(everywhere.map((o) => [o.key, o.name])),
    organisations: issues?.length ? scoped.filter((o) => o.paragraphs.some(onIssues(issues))) : scoped,
  };
}

/** The paragraphs `q` selects under `filters` (the listing page), with their text, in order of cycle, State and number. */
export function civilSocietyParagraphs(db: Db, filters: RecommendationFilters, q: ParagraphQuery): { organisation: string | null; paragraphs: (MapParagraph & { text: string })[] } {
  const { organisations } = organisationsOf(db, filters);
  const seen = new Set<string>();
  const chosen = organisations.filter((o) => !q.organisation || o.key === q.organisation);
  const paragraphs = chosen.flatMap((o) => o.paragraphs)
    .filter((p) => (!q.childRights || onIssues(filters.childIssue)(p)) && (!q.issue || p.issues.includes(q.issue)))
    .filter((p) => !seen.has(`${p.documentId}:${p.paragraph}`) && Boolean(seen.add(`${p.documentId}:${p.paragraph}`)))
    .sort((a, b) => a.cycle - b.cycle || byLocale(a.stateIso3, b.stateIso3) || a.documentId - b.documentId || Number(a.paragraph) - Number(b.paragraph));
  const texts = new Map<number, Map<string | null, string>>();
  const textOf = (p: MapParagraph) => {
    if (!texts.has(p.documentId)) texts.set(p.documentId, new Map(getDocumentParagraphs(db, p.documentId).map((x) => [x.number, x.text])));
    return texts.get(p.documentId)!.get(p.paragraph) ?? '';
  };
  return { organisation: q.organisation ? (chosen[0]?.name ?? null) : null, paragraphs: paragraphs.map((p) => ({ ...p, via: p.via ?? null, text: textOf(p) })) };
}

/** "SVN: 1, 2, 3; HRV: 2" from `SVN:1`-style review keys. */
function reviewsText(reviews: readonly string[]): string {
  const by = new Map<string, number[]>();
  for (const r of reviews) {
    const colon = r.indexOf(':');
    const iso3 = r.slice(0, colon);
    const cycles = by.get(iso3);
    if (cycles) cycles.push(Number(r.slice(colon + 1)));
    else by.set(iso3, [Number(r.slice(colon + 1))]);
  }
  return [...by].sort(([a], [b]) => byLocale(a, b)).map(([iso3, cs]) => `${iso3}: ${[...new Set(cs)].sort((a, b) => a - b).join(', ')}`).join('; ');
}

/** In one pass: the children's-rights paragraphs on `issues` (all when empty) with their numbers, and the issues of all children's-rights paragraphs, most raised first. */
function countsOf(o: ScopedOrganisation, issues?: readonly string[]): { child: MapParagraph[]; childIds: number[]; issues: [string, number][] } {
  const n = new Map<string, number>();
  const child: MapParagraph[] = [];
  const childIds: number[] = [];
  for (let k = 0; k < o.paragraphs.length; k++) {
    const p = o.paragraphs[k]!;
    if (!p.childRights) continue;
    let on = !issues?.length;
    for (const i of p.issues) {
      n.set(i, (n.get(i) ?? 0) + 1);
      on ||= issues!.includes(i);
    }
    if (!on) continue;
    child.push(p);
    childIds.push(o.paragraphIds[k]!);
  }
  return { child, childIds, issues: [...n].sort((a, b) => b[1] - a[1] || byLocale(a[0], b[0])) };
}

/** How many distinct paragraphs the lists of paragraph numbers hold. */
function distinctParagraphs(lists: readonly (readonly number[])[]): number {
  let max = -1;
  for (const list of lists) for (const id of list) if (id > max) max = id;
  const seen = new Uint8Array(max + 1);
  let n = 0;
  for (const list of lists) {
    for (const id of list) {
      n += 1 - seen[id]!;
      seen[id] = 1;
    }
  }
  return n;
}

// The figures of a scope, remembered per array of stored maps (the store keeps one until the database changes).
const figures = new WeakMap<readonly StoredSubmitterMap[], Map<string, Omit<AnalysisResult, 'scope'>>>();

/** The civil-society map under `filters` (State under review, cycles, children's-rights issues). */
export function civilSociety(db: Db, filters: RecommendationFilters): AnalysisResult {
  const all = listSubmitterMaps(db);
  const key = JSON.stringify([filters.state ?? [], filters.cycle ?? [], filters.childIssue ?? []]);
  const memo = figures.get(all) ?? new Map<string, Omit<AnalysisResult, 'scope'>>();
  figures.set(all, memo);
  let found = memo.get(key);
  if (!found) {
    found = mapFigures(db, filters);
    if (memo.size >= 64) memo.clear();
    memo.set(key, found);
  }
  return { ...found, scope: scopeOf(db, filters) };
}

function mapFigures(db: Db, filters: RecommendationFilters): Omit<AnalysisResult, 'scope'> {
  const { maps, organisations, names } = organisationsOf(db, filters);
  const listed = (value: number, q: ParagraphQuery): Listed => ({ value, href: paragraphsHref(filters, q) });
  // Each organisation's children's-rights paragraphs (on the scope's issues) and issue counts, computed once.
  const figured = organisations.map((o) => ({ o, ...countsOf(o, filters.childIssue) }));
  const rows: Row[] = [...figured]
    .sort((a, b) => b.child.length - a.child.length || b.o.paragraphs.length - a.o.paragraphs.length || byLocale(a.o.name, b.o.name))
    .map(({ o, child, issues }) => ({
      organisation: o.name, kind: o.kind, abbreviations: o.abbreviations.join(', '), reviews: reviewsText(o.reviews),
      paragraphs: listed(o.paragraphs.length, { organisation: o.key }), childParagraphs: listed(child.length, { organisation: o.key, childRights: true }),
      issues: issues.map(([i]) => i).join(', '),
      partners: o.partners.map((k) => names.get(k) ?? k).sort().join('; '), via: o.via.join('; '),
    }));
  const issueRows: Row[] = figured.flatMap(({ o, issues }) => issues
    .filter(([i]) => !filters.childIssue?.length || filters.childIssue.includes(i))
    .map(([i, n]) => ({ organisation: o.name, kind: o.kind, issue: i, paragraphs: listed(n, { organisation: o.key, childRights: true, issue: i }) })))
    .sort((a, b) => byLocale(String(a.issue), String(b.issue)) || (b.paragraphs as Listed).value - (a.paragraphs as Listed).value);
  const named = (m: StoredSubmitterMap, kind: string) => m.submitters.filter((s) => s.kind === kind).map((s) => `${s.name} (${s.abbreviation})`).join('; ') || null;
  const reviewRows: Row[] = maps.map((m) => ({
    state: m.stateIso3, cycle: m.cycle, document: m.symbol ?? `#${m.documentId}`, submitters: m.submitters.length,
    joint: m.submitters.filter((s) => s.kind === 'joint').length, nhri: named(m, 'nhri'), ombudsperson: named(m, 'ombudsperson'),
    problems: m.problems.map((p) => `${p.value ? `${p.value}: ` : ''}${p.message}`).join('; ') || null,
  }));
  const attributed = distinctParagraphs(organisations.map((o) => o.paragraphIds));
  const childAttributed = distinctParagraphs(figured.map((f) => f.childIds));
  const facts: Fact[] = [
    { key: 'anCsSummaries', value: maps.length, kind: 'count' },
    ...(maps.length === 0 ? [{ key: 'anCsNone' as const, value: 'upr ingest …/3.pdf; upr classify', kind: 'text' as const }] : []),
    { key: 'anCsOrganisations', value: organisations.filter((o) => o.kind !== 'joint').length, kind: 'count' },
    { key: 'anCsJointSubmissions', value: organisations.filter((o) => o.kind === 'joint').length, kind: 'count' },
    { key: 'anCsNhriSubmitted', value: `${reviewRows.filter((r) => r.nhri).length} / ${maps.length}`, kind: 'text' },
    { key: 'anCsOmbudsSubmitted', value: `${reviewRows.filter((r) => r.ombudsperson).length} / ${maps.length}`, kind: 'text' },
    { key: 'anCsParagraphs', value: attributed, kind: 'count', href: paragraphsHref(filters, {}) },
    { key: 'anCsChildParagraphs', value: childAttributed, kind: 'count', href: paragraphsHref(filters, { childRights: true }) },
    { key: 'anCsProblems', value: maps.reduce((n, m) => n + m.problems.length, 0), kind: 'count' },
  ];
  return {
    analysis: 'civil-society', params: { state: filters.state ?? null, cycles: filters.cycle ?? null, issue: filters.childIssue ?? null },
    facts,
    tables: [
      { name: 'organisations', title: 'anTableCsOrganisations', columns: [
        { key: 'organisation', label: 'anCsOrganisation', kind: 'text' }, { key: 'kind', label: 'anCsKind', kind: 'value', facet: 'submitterKind' },
        { key: 'abbreviations', label: 'anCsAbbreviations', kind: 'text' }, { key: 'reviews', label: 'anCsReviews', kind: 'text' },
        { key: 'paragraphs', label: 'anCsParagraphs', kind: 'count' }, { key: 'childParagraphs', label: 'anCsChildParagraphs', kind: 'count' },
        { key: 'issues', label: 'anCsIssues', kind: 'value', facet: 'childIssue' }, { key: 'partners', label: 'anCsPartners', kind: 'text' },
        { key: 'via', label: 'anCsVia', kind: 'text' },
      ], rows },
      { name: 'issues', title: 'anTableCsIssues', columns: [
        { key: 'issue', label: 'anIssue', kind: 'value', facet: 'childIssue' }, { key: 'organisation', label: 'anCsOrganisation', kind: 'text' },
        { key: 'kind', label: 'anCsKind', kind: 'value', facet: 'submitterKind' }, { key: 'paragraphs', label: 'anCsChildParagraphs', kind: 'count' },
      ], rows: issueRows },
      { name: 'reviews', title: 'anTableCsReviews', columns: [
        { key: 'state', label: 'facetState', kind: 'value', facet: 'state' }, { key: 'cycle', label: 'facetCycle', kind: 'text' },
        { key: 'document', label: 'anCsDocument', kind: 'text' }, { key: 'submitters', label: 'anCsSubmitters', kind: 'text' },
        { key: 'joint', label: 'anCsJointSubmissions', kind: 'text' }, { key: 'nhri', label: 'anKind_nhri', kind: 'text' },
        { key: 'ombudsperson', label: 'anKind_ombudsperson', kind: 'text' }, { key: 'problems', label: 'anCsProblems', kind: 'text' },
      ], rows: reviewRows },
    ],
  };
}

export const CIVIL_SOCIETY: Analysis = {
  name: 'civil-society', title: 'anCivilSociety', description: 'anCivilSocietyIntro',
  summary: "Organisations and coalitions in the summaries of stakeholders' submissions: which reported on which State and cycle (--state, --cycle), the children's-rights issues each raised (--child-issue), joint-submission partners, NHRI and children's ombudsperson.",
  params: [],
  run: (db, filters) => civilSociety(db, filters),
};
