// The civil-society map of one summary of stakeholders' submissions (/3): who submitted (abbreviation, name,
// kind, members of joint submissions) and which submitters each paragraph is attributed to, read by structure
// from the list at the end of the summary and the citations inside it (src/extract/references does the
// reading); with the invariants checked and every failure reported as a problem, never dropped quietly.
import type { Parsed, Problem } from '../core/index.js';
import { attributeSummary, citedKeys, type Submitter, type SummaryParagraph } from './references/index.js';
import { normaliseOrganisationName } from '../core/index.js';

export type SubmitterKind = 'ngo' | 'joint' | 'nhri' | 'ombudsperson' | 'regional' | 'un' | 'other';
export const SUBMITTER_KINDS: readonly SubmitterKind[] = ['ngo', 'joint', 'nhri', 'ombudsperson', 'regional', 'un', 'other'];

export interface Organisation {
  /** Abbreviation the list gives it ("ERA-LGBTI"), or null for a member named in full only. */
  abbreviation: string | null;
  name: string;
  normalisedName: string;
}

export interface SubmitterEntry extends Organisation {
  abbreviation: string;
  kind: SubmitterKind;
  /** Member organisations of a joint submission, as its entry names them. */
  members: Organisation[];
}

export interface ParagraphSubmitters {
  /** Paragraph number as printed. */
  paragraph: string;
  section: 'intro' | 'nhri' | 'stakeholders';
  /** Abbreviations of its authors (cited in its text or footnotes); `secondary`: cited after "See also". */
  primary: string[];
  secondary: string[];
}

export interface SubmitterMap {
  listFound: boolean;
  submitters: SubmitterEntry[];
  paragraphs: ParagraphSubmitters[];
}

const CHILD_OMBUDS = /(?:child|children|youth|minors?|enfan|niñ|infancia|kinder)[^,;]{0,40}(?:ombuds|commissioner|defen[cs]|défenseur|m[ée]diateur|advocate|defensor)|(?:ombuds\w*|commissioner|defensor[a]?|défenseur|m[ée]diateur|advocate)[^,;]{0,30}(?:child|children|enfan|niñ|infancia|youth|minors?)/i;
const UN_BODY = /\b(?:United Nations|UNICEF|UNHCR|UNDP|UNFPA|UNESCO|UN Women|UNAIDS|UNODC|OHCHR|World Health Organi[sz]ation|International Labour Organi[sz]ation)\b/;
const ACADEMIC = /\b(?:universit|faculty|college|school of law|professor|institute of law)/i;

/** The kind of a listed submitter: the section it is listed under, then its name (children's ombudsperson, UN body, academic). */
export function submitterKind(s: Pick<Submitter, 'kind' | 'name' | 'key'>): SubmitterKind {
  if (s.kind === 'joint') return 'joint';
  if (CHILD_OMBUDS.test(s.name)) return 'ombudsperson';
  if (s.kind === 'nhri') return 'nhri';
  if (UN_BODY.test(s.name) || UN_BODY.test(s.key) || /^(?:WHO|ILO|IOM|UN)$/.test(s.key)) return 'un';
  if (s.kind === 'regional' || s.kind === 'attachment') return 'regional';
  return ACADEMIC.test(s.name) ? 'other' : 'ngo';
}

/** True when the first two capitals of `abbreviation` are the initials of the first two words of `name` ("ERA", "Equal Rights …"). */
function initialsAgree(abbreviation: string, name: string): boolean {
  const caps = abbreviation.replace(/[^A-Z]/g, '').slice(0, 2);
  const initials = name.split(/\s+/).filter((w) => !/^(?:of|the|for|and|on|in|de|la|du)$/i.test(w)).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return caps.length === 2 && caps === initials;
}

/** "ERA-LGBTI Equal Rights Association for …" → the abbreviation and the name; a name alone otherwise ("ECPAT International"). */
export function memberOrganisation(written: string): Organisation {
  const m = /^([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\s+(?:the\s+)?([A-Z][\p{L}'’-]+(?:\s.+)?)$/u.exec(written.trim());
  const [abbreviation, name] = m && initialsAgree(m[1]!, m[2]!) ? [m[1]!, m[2]!] : [null, written.trim()];
  return { abbreviation, name, normalisedName: normaliseOrganisationName(name) };
}

/** Words and document symbols ("A/HRC/28/15/Add.1") that footnotes cite like a submitter but are not one. */
const NOT_KEYS = /^(?:(?:Ibid|Id|See|Supra|Op|Ibidem|Para|Paras|Annex|Page|Section)\.?|[A-Z]+\/(?:[A-Z.\d]+\/)*\d.*)$/i;
const REPORTING = String.raw`(?:also\s+)?(?:noted|recommended|stated|reported|indicated|highlighted|urged|called|expressed|said|observed|welcomed|added|explained|referred|considered|mentioned|pointed|emphasi[sz]ed|underlined|recalled|stressed|asserted|claimed|submitted|informed|concluded|regretted|acknowledged|raised|suggested|encouraged|requested)`;
const BODY_CITATION = new RegExp(String.raw`(?<![\w-])((?:JS\d+)|[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)(?:\s+and\s+(?:JS\d+|[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*))*\s+${REPORTING}\b`, 'g');

/** Abbreviations a text cites as sources: in footnotes ("JS2, para. 24"), in the body before a reporting verb ("HRO noted"). */
function citedAbbreviations(paragraphs: readonly SummaryParagraph[], notes: readonly string[]): Map<string, string> {
  const cited = new Map<string, string>();
  for (const k of citedKeys(notes)) if (!NOT_KEYS.test(k) && !/\s/.test(k)) cited.set(k, 'footnote');
  for (const p of paragraphs) {
    if (p.number === null) continue;
    for (const m of p.text.matchAll(BODY_CITATION)) {
      for (const k of m[0].replace(new RegExp(`\\s+${REPORTING}\\b.*$`), '').split(/\s+and\s+/)) if (!cited.has(k)) cited.set(k, `para ${p.number}`);
    }
  }
  return cited;
}

/**
 * True when `key` names a listed submitter: its abbreviation in any letter case or without hyphens
 * ("EUFRA" for EU-FRA), a part of a compound one ("PTPR/JS4", the "FRA" of "EU-FRA"), its first word
 * ("CoE-ECRI" for "CoE-ECRI Conclusions") or its qualifier ("Resolution" of "CoE-CM: Resolution").
 */
function listed(key: string, submitters: readonly Submitter[]): boolean {
  const k = key.toLowerCase();
  const bare = (x: string) => x.replace(/[-/\s]/g, '');
  return submitters.some((s) => {
    const own = s.key.toLowerCase();
    return own === k || bare(own) === bare(k) || own.split(/[/-]/).slice(1).includes(k) || own.split('/').includes(k)
      || own.split(/[ :]/)[0] === k || own.endsWith(`: ${k}`);
  });
}

/**
 * Reads the civil-society map of a /3 summary from its paragraphs and footnotes. Problems: no list found,
 * a list entry without an abbreviation, a joint submission whose members are not read, an abbreviation
 * cited in the body or the notes that the list does not hold, a paragraph attributed to no submitter.
 */
export function readSubmitterMap(paragraphs: readonly SummaryParagraph[], footnotes: readonly { number: string; text: string }[]): Parsed<SubmitterMap> {
  const a = attributeSummary(paragraphs, footnotes);
  const problems: Problem[] = [...a.listProblems];
  if (!a.listFound) problems.push({ field: 'submitters', message: 'no list of submissions found at the end of the summary: no paragraph can be attributed' });
  const submitters: SubmitterEntry[] = a.submitters.map((s) => ({
    abbreviation: s.key, name: s.name, normalisedName: normaliseOrganisationName(s.name), kind: submitterKind(s), members: s.members.map(memberOrganisation),
  }));
  for (const s of submitters) {
    if (s.kind === 'joint' && s.members.length === 0) problems.push({ field: 'submitter', value: s.abbreviation, message: `joint submission "${s.name}": its member organisations are not named or not read` });
  }
  if (a.listFound) {
    for (const [key, where] of citedAbbreviations(paragraphs, footnotes.map((f) => f.text))) {
      if (!listed(key, a.submitters)) problems.push({ field: 'citation', value: key, message: `cited (${where}) but not in the list of submissions` });
    }
    const unattributed = a.paragraphs.filter((p) => p.section !== 'intro' && p.primary.length === 0);
    if (unattributed.length) problems.push({ field: 'paragraph', value: unattributed.map((p) => p.number).join(', '), message: `${unattributed.length} paragraph(s) attributed to no submitter of the list` });
  }
  return {
    value: {
      listFound: a.listFound, submitters,
      paragraphs: a.paragraphs.map((p) => ({ paragraph: p.number, section: p.section, primary: p.primary.map((s) => s.key), secondary: p.secondary.map((s) => s.key) })),
    },
    problems,
  };
}
