// The organisations of the civil-society map, gathered from the stored maps of summaries of stakeholders'
// submissions: one organisation per group of entries (names normalised across documents, the rule of
// src/core/organisation-names.ts), with the reviews it reported on, the paragraphs attributed to it (its
// own and its joint submissions'), their children's-rights issues and its partners in joint submissions.
import { groupOrganisations, normaliseOrganisationName, type NamedEntry } from '../../core/index.js';
import type { StoredSubmitterMap } from '../../store/index.js';

/** One attributed paragraph: document, its review, number, verdict. */
export interface MapParagraph {
  documentId: number;
  symbol: string | null;
  stateIso3: string;
  cycle: number;
  paragraph: string;
  childRights: boolean;
  issues: string[];
  /** The joint submission through which a member organisation is counted, else null. */
  via: string | null;
}

export interface MapOrganisation {
  /** Stable key: the comparison form of its name, or `js:<document>:<abbreviation>` for a joint submission. */
  key: string;
  name: string;
  kind: string;
  abbreviations: string[];
  /** `SVN:3` for each review it reported on (alone or in a joint submission). */
  reviews: string[];
  documents: number[];
  paragraphs: MapParagraph[];
  /** Keys of the organisations it submitted jointly with (for a joint submission: its members). */
  partners: string[];
  /** Joint submissions it was a member of: "JS2 (SVN, cycle 3)". */
  via: string[];
}

interface Entry extends NamedEntry {
  map: StoredSubmitterMap;
  kind: string;
  paragraphs: MapParagraph[];
  /** Index of the joint submission's entry, for a member. */
  jointOf?: number;
}

const jointLabel = (abbreviation: string, m: StoredSubmitterMap) => `${abbreviation} (${m.stateIso3}, cycle ${m.cycle})`;

/** Gathers the organisations of `maps`: submitters, joint submissions and their members. */
export function gatherOrganisations(maps: readonly StoredSubmitterMap[]): MapOrganisation[] {
  const entries: Entry[] = [];
  for (const map of maps) {
    for (const s of map.submitters) {
      const paragraphs = s.paragraphs.map((p) => ({ documentId: map.documentId, symbol: map.symbol, stateIso3: map.stateIso3, cycle: map.cycle, ...p, via: null }));
      const joint = s.kind === 'joint';
      const at = entries.push({ abbreviation: s.abbreviation, name: s.name, joint, regional: s.kind === 'regional', map, kind: s.kind, paragraphs }) - 1;
      for (const m of s.members) {
        entries.push({ abbreviation: m.abbreviation ?? '', name: m.name, map, kind: 'ngo', jointOf: at,
          paragraphs: paragraphs.map((p) => ({ ...p, via: jointLabel(s.abbreviation, map) })) });
      }
    }
  }
  const root = groupOrganisations(entries);
  const groups = new Map<number, number[]>();
  root.forEach((r, i) => groups.set(r, [...(groups.get(r) ?? []), i]));
  const keyOf = new Map<number, string>();
  for (const [r, members] of groups) {
    const e = entries[r]!;
    keyOf.set(r, e.joint ? `js:${e.map.documentId}:${e.abbreviation}` : normaliseOrganisationName(displayName(members.map((i) => entries[i]!))) || `abbr:${e.abbreviation}`);
  }
  const out: MapOrganisation[] = [];
  for (const [r, members] of groups) {
    const es = members.map((i) => entries[i]!);
    const listed = es.filter((e) => e.jointOf === undefined);
    const seen = new Set<string>();
    const paragraphs = es.flatMap((e) => e.paragraphs).filter((p) => {
      const k = `${p.documentId}:${p.paragraph}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    const partners = new Set<string>();
    for (const i of members) {
      const e = entries[i]!;
      // A member's partners: the joint submission's other members; a joint submission's: its members.
      const jointIndex = e.jointOf ?? (e.joint ? i : undefined);
      if (jointIndex === undefined) continue;
      entries.forEach((x, j) => { if (x.jointOf === jointIndex && root[j] !== r) partners.add(keyOf.get(root[j]!)!); });
    }
    out.push({
      key: keyOf.get(r)!, name: displayName(es), kind: (listed[0] ?? es[0]!).kind,
      abbreviations: [...new Set(es.map((e) => e.abbreviation).filter((a) => a !== ''))],
      reviews: [...new Set(es.map((e) => `${e.map.stateIso3}:${e.map.cycle}`))],
      documents: [...new Set(es.map((e) => e.map.documentId))],
      paragraphs, partners: [...partners],
      via: [...new Set(es.filter((e) => e.jointOf !== undefined).map((e) => jointLabel(entries[e.jointOf!]!.abbreviation, e.map)))],
    });
  }
  return out;
}

/** The name printed most often (the earliest on a tie), preferring names from the lists over members' names. */
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
