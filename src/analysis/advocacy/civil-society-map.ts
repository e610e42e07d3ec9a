// The organisations of the civil-society map, gathered from the stored maps of every summary of
// stakeholders' submissions: one organisation per group of entries (names normalised across all stored
// documents, the rule of src/core/organisation-names.ts), with where it appeared, the paragraphs attributed
// to it (its own and its joint submissions') and its partners in joint submissions; then seen through a
// scope (States, cycles). Gathering is remembered per array of maps (the store keeps one until it changes).
import { groupOrganisations, normaliseOrganisationName, type NamedEntry } from '../../core/index.js';
import type { StoredSubmitterMap } from '../../store/index.js';

/** One attributed paragraph: document, its review, number, verdict. */
export interface MapParagraph {
  documentId: number;
  symbol: string | null;
  stateIso3: string;
  cycle: number;
  paragraph: string;
  /** Where the summary reports it: 'nhri' or 'stakeholders'. */
  section: string;
  childRights: boolean;
  issues: string[];
  /** The joint submission through which a member organisation is counted; absent (null in listings) for its own paragraphs. */
  via?: string | null;
}

/** An organisation over every stored summary. */
export interface MapOrganisation {
  /** Stable key: the comparison form of its name, or `js:<document>:<abbreviation>` for a joint submission. */
  key: string;
  name: string;
  kind: string;
  /** Each listing of it: the review (`SVN:3`), the abbreviation, the joint submission it was a member of. */
  appearances: { stateIso3: string; cycle: number; abbreviation: string; via: string | null }[];
  paragraphs: MapParagraph[];
  /** Parallel to `paragraphs`: a number per (document, paragraph) over all stored summaries, to count them without keys. */
  paragraphIds: number[];
  /** Organisations it submitted jointly with (for a joint submission: its members), with the review. */
  partners: { key: string; stateIso3: string; cycle: number }[];
}

/** An organisation as seen in a scope (States and cycles). */
export interface ScopedOrganisation {
  key: string;
  name: string;
  kind: string;
  abbreviations: string[];
  reviews: string[];
  paragraphs: MapParagraph[];
  /** Parallel to `paragraphs`, as in MapOrganisation. */
  paragraphIds: number[];
  partners: string[];
  via: string[];
}

interface Entry extends NamedEntry {
  map: StoredSubmitterMap;
  kind: string;
  paragraphs: readonly MapParagraph[];
  /** A number per (document, paragraph) of `paragraphs`, for telling repeats apart without building keys. */
  ids: readonly number[];
  /** Index of the joint submission's entry, for a member. */
  jointOf?: number;
}

const jointLabel = (abbreviation: string, m: StoredSubmitterMap) => `${abbreviation} (${m.stateIso3}, cycle ${m.cycle})`;
const gathered = new WeakMap<readonly StoredSubmitterMap[], MapOrganisation[]>();

/** The entries of `maps`: each submitter, then each member of it; a paragraph is one object per document (and joint submission). */
function entriesOf(maps: readonly StoredSubmitterMap[]): { entries: Entry[]; paragraphCount: number } {
  const entries: Entry[] = [];
  let next = 0;
  for (const map of maps) {
    // The store gives one object per paragraph of a summary, with its document and review: a submitter's own.
    const own = new Map<string, number>();
    for (const s of map.submitters) {
      const ids: number[] = [];
      const paragraphs: MapParagraph[] = s.paragraphs;
      for (const p of paragraphs) {
        let id = own.get(p.paragraph);
        if (id === undefined) own.set(p.paragraph, (id = next + own.size));
        ids.push(id);
      }
      const joint = s.kind === 'joint';
      const at = entries.push({ abbreviation: s.abbreviation, name: s.name, normalisedName: s.normalisedName, joint, regional: s.kind === 'regional', map, kind: s.kind, paragraphs, ids }) - 1;
      if (s.members.length === 0) continue;
      const via = jointLabel(s.abbreviation, map);
      const through = paragraphs.map((p) => ({ ...p, via }));
      for (const m of s.members) entries.push({ abbreviation: m.abbreviation ?? '', name: m.name, normalisedName: m.normalisedName, map, kind: 'ngo', jointOf: at, paragraphs: through, ids });
    }
    next += own.size;
  }
  return { entries, paragraphCount: next };
}

/** Gathers the organisations of `maps`: submitters, joint submissions and their members (remembered per array). */
export function gatherOrganisations(maps: readonly StoredSubmitterMap[]): MapOrganisation[] {
  const hit = gathered.get(maps);
  if (hit) return hit;
  const { entries, paragraphCount } = entriesOf(maps);
  const root = groupOrganisations(entries);
  const groups = new Map<number, number[]>();
  const membersOf = new Map<number, number[]>();
  root.forEach((r, i) => {
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
    const j = entries[i]!.jointOf;
    if (j === undefined) return;
    const ms = membersOf.get(j);
    if (ms) ms.push(i);
    else membersOf.set(j, [i]);
  });
  const keyOf = new Map<number, string>();
  const nameOf = new Map<number, string>();
  for (const [r, members] of groups) {
    const e = entries[r]!;
    const name = displayName(members.map((i) => entries[i]!));
    nameOf.set(r, name);
    keyOf.set(r, e.joint ? `js:${e.map.documentId}:${e.abbreviation}` : normaliseOrganisationName(name) || `abbr:${e.abbreviation}`);
  }
  const out: MapOrganisation[] = [];
  const taken = new Int32Array(paragraphCount).fill(-1);
  for (const [r, members] of groups) {
    const es = members.map((i) => entries[i]!);
    const partners: MapOrganisation['partners'] = [];
    for (const i of members) {
      const e = entries[i]!;
      // A member's partners: the joint submission's other members; a joint submission's: its members.
      const jointIndex = e.jointOf ?? (e.joint ? i : undefined);
      if (jointIndex === undefined) continue;
      for (const j of membersOf.get(jointIndex) ?? []) if (root[j] !== r) partners.push({ key: keyOf.get(root[j]!)!, stateIso3: e.map.stateIso3, cycle: e.map.cycle });
    }
    out.push({
      key: keyOf.get(r)!, name: nameOf.get(r)!, kind: (es.find((e) => e.jointOf === undefined) ?? es[0]!).kind, ...distinctParagraphs(es, taken, r), partners,
      appearances: es.map((e) => ({ stateIso3: e.map.stateIso3, cycle: e.map.cycle, abbreviation: e.abbreviation,
        via: e.jointOf === undefined ? null : jointLabel(entries[e.jointOf]!.abbreviation, e.map) })),
    });
  }
  gathered.set(maps, out);
  return out;
}

/** The paragraphs of a group's entries, each (document, paragraph) once: the first entry's copy (`taken[id]` marks the group `r` took it). */
function distinctParagraphs(es: readonly Entry[], taken: Int32Array, r: number): { paragraphs: MapParagraph[]; paragraphIds: number[] } {
  if (es.length === 1) return { paragraphs: [...es[0]!.paragraphs], paragraphIds: [...es[0]!.ids] };
  const paragraphs: MapParagraph[] = [];
  const paragraphIds: number[] = [];
  for (const e of es) {
    for (let k = 0; k < e.ids.length; k++) {
      const id = e.ids[k]!;
      if (taken[id] === r) continue;
      taken[id] = r;
      paragraphs.push(e.paragraphs[k]!);
      paragraphIds.push(id);
    }
  }
  return { paragraphs, paragraphIds };
}

/** The organisation as seen in the reviews `inScope` accepts (every review when absent); undefined when it appears in none. */
export function scopeOrganisation(o: MapOrganisation, inScope?: (stateIso3: string, cycle: number) => boolean): ScopedOrganisation | undefined {
  const within = <T extends { stateIso3: string; cycle: number }>(xs: T[]) => (inScope ? xs.filter((x) => inScope(x.stateIso3, x.cycle)) : xs);
  const appearances = within(o.appearances);
  if (appearances.length === 0) return undefined;
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null && x !== ''))];
  return {
    key: o.key, name: o.name, kind: o.kind, abbreviations: uniq(appearances.map((a) => a.abbreviation)),
    reviews: uniq(appearances.map((a) => `${a.stateIso3}:${a.cycle}`)), via: uniq(appearances.map((a) => a.via)),
    ...paragraphsWithin(o, inScope),
    partners: uniq(within(o.partners).map((p) => p.key)),
  };
}

/** The name printed most often (the earliest on a tie, a leading "The" left out), preferring names from the lists over members' names. */
function displayName(es: readonly Entry[]): string {
  const listed = es.filter((e) => e.jointOf === undefined && e.name.length > e.abbreviation.length);
  return mostFrequent((listed.length ? listed : es).map((e) => e.name.replace(/^The\s+/, '')));
}

function mostFrequent(values: readonly string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const v of values) if (n.get(v)! > n.get(best)!) best = v;
  return best;
}

/** The organisation's paragraphs (and their numbers) in the reviews `inScope` accepts. */
function paragraphsWithin(o: MapOrganisation, inScope?: (stateIso3: string, cycle: number) => boolean): Pick<ScopedOrganisation, 'paragraphs' | 'paragraphIds'> {
  if (!inScope) return { paragraphs: o.paragraphs, paragraphIds: o.paragraphIds };
  const paragraphs: MapParagraph[] = [];
  const paragraphIds: number[] = [];
  o.paragraphs.forEach((p, k) => {
    if (!inScope(p.stateIso3, p.cycle)) return;
    paragraphs.push(p);
    paragraphIds.push(o.paragraphIds[k]!);
  });
  return { paragraphs, paragraphIds };
}
