// The list of submissions at the end of a summary of stakeholders' submissions (/3): acronym → organisation,
// joint submissions with their member organisations, and which submitter is the national human rights institution.
import type { Parsed, Problem } from '../../core/index.js';

export type SubmitterKind = 'civil_society' | 'joint' | 'nhri' | 'regional' | 'attachment';

export interface Submitter {
  /** As printed in the list and cited in the summary: `JS1`, `GIEACPC`, `CoE-Commissioner`. */
  key: string;
  /** Organisation name as the list gives it (place names dropped). */
  name: string;
  kind: SubmitterKind;
  /** Member organisations of a joint submission, when the list names them. */
  members: string[];
}

// Case-sensitive: attachment titles say "national Human Rights Institutions" in running text.
const SECTION = /(Civil society|Individual submissions:|Joint submissions:|National human rights institutions?(?: \(NHRI\))?:?|Regional (?:intergovernmental )?[Oo]rgani[sz]ations?(?:\(s\))?:?|Attachments?:)/g;
const KEY_LIKE = /^\(|^[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9]/;
const KEY = String.raw`[A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*(?:: [A-Z][a-z]+)?`;
const ENTRY = new RegExp(String.raw`^\(?(${KEY}(?: Conclusions| Elections Report of \d{4})?)\)?\s*[-–:]?\s+(.+)$`, 's');
/** A second acronym run into the previous entry when the list has no semicolons (2010 format). */
const RUN_IN = new RegExp(String.raw`\s(?=(?:[A-Z][a-z]*[A-Z][A-Za-z0-9]*|[A-Z]{2,}[0-9]*)(?:-[A-Za-z]+)?\s+(?:The\s+)?[A-Z][a-z])`, 'g');
const NHRI_NAME = /ombuds|national human rights institution|human rights commission|defensor del pueblo|médiateur|protector of human rights/i;

/** Finds the list text: the footnote or paragraph that introduces the stakeholders who contributed. */
export function findSubmissionList(texts: string[]): string | undefined {
  return texts.find((t) => /stakeholders listed below|list of stakeholders|contributed information for this summary/i.test(t));
}

function kindOf(section: string): SubmitterKind {
  const s = section.toLowerCase();
  if (s.startsWith('joint')) return 'joint';
  if (s.startsWith('national')) return 'nhri';
  if (s.startsWith('regional')) return 'regional';
  if (s.startsWith('attachment')) return 'attachment';
  return 'civil_society';
}

function cleanName(raw: string): string {
  const name = raw.replace(/\*+/g, '').replace(/\s+/g, ' ').trim().replace(/[.;,]$/, '');
  // "Amnesty International, London, United Kingdom" → the organisation; keep commas inside parentheses.
  const parts = name.split(/,(?![^()]*\))/).map((x) => x.trim());
  // "Report by Mr. Nils Muižnieks, Commissioner for Human Rights of the Council of Europe, following…": the author's office is the second part.
  const cut = /^Report by\b/.test(parts[0]!) && parts[1] ? `${parts[0]}, ${parts[1]}` : parts[0]!;
  return cut.length >= 3 ? cut : name;
}

function membersOf(text: string): string[] {
  const m = /submitted by:?\s*(.+)$/is.exec(text);
  if (!m) return [];
  return m[1]!
    .replace(/\([^)]*\)/g, '')
    .split(/;|,\s*(?:and\s+)?|\s+and the\s+|\s+in partnership with\s+|,?\s*namely\s+/i)
    .map((s) => s.replace(/^(?:the|members of the|members of)\s+/i, '').replace(/[.\s]+$/, '').trim())
    // Place names follow organisations after a comma: a single capitalised word is a place, not a member.
    .filter((s) => s.length > 3 && (/\s/.test(s) || /^[A-Z0-9-]+$/.test(s)));
}

/** Lower-case words inside a short name of several words ("Save the Children"). */
const JOINING = 'the|of|for|on|de|du|des|la|del|los|las|el';

/**
 * The short names the footnotes cite ("Broken Chalk, p. 3.", "JS2, para. 24", "See also CoE-ACFC, para. 7"):
 * the document's own spelling of its submitters' keys, used to read keys of several words from the list.
 */
export function citedKeys(notes: readonly string[]): string[] {
  const keys = new Set<string>();
  const re = new RegExp(String.raw`(?:^|[;:]\s*|\bSee also\s+|\band\s+|,\s+)((?:[A-Z][\p{L}\d'’&/.-]*)(?:\s+(?:[A-Z\d][\p{L}\d'’&/.-]*|${JOINING})){0,3}),?\s+(?:pp?|paras?|page|section)\.?\s*\d`, 'gu');
  for (const n of notes) for (const m of n.matchAll(re)) keys.add(m[1]!.replace(/^(See also|and)\s+/i, ''));
  return [...keys];
}

const NAMED_TWICE = new RegExp(String.raw`^((?:(?:[A-Z][\p{L}'’-]+|${JOINING})\s+){1,3}?[A-Z][\p{L}'’-]+)\s+\1\b`, 'u');

/** A key of several words at the start of an entry: one the footnotes cite, or a name written twice ("Broken Chalk Broken Chalk, Amsterdam"). */
function multiWordKey(piece: string, cited: readonly string[]): string | undefined {
  const byCitation = cited.filter((k) => /\s/.test(k) && (piece.startsWith(`${k} `) || piece.startsWith(`(${k})`))).sort((a, b) => b.length - a.length)[0];
  if (byCitation) return byCitation;
  return NAMED_TWICE.exec(piece)?.[1];
}

/**
 * Segments of a list cut at semicolons, with the members of a joint submission listed with semicolons
 * ("JS2 … submitted by: Peace Institute, Ljubljana (Slovenia); Institute on Statelessness …;") kept with it.
 */
function entrySegments(part: string): string[] {
  const out: string[] = [];
  for (const seg of part.split(/;\s*/)) {
    const last = out.at(-1);
    if (last !== undefined && /submitted by/i.test(last) && seg.trim() && !KEY_LIKE.test(seg.trim())) out[out.length - 1] = `${last}; ${seg}`;
    else out.push(seg);
  }
  return out;
}

/**
 * Parses the list of submissions of a /3 summary; `cited` (from `citedKeys`) helps read keys of several
 * words. Entries it cannot read are reported as problems.
 */
export function parseSubmissionList(text: string, cited: readonly string[] = []): Parsed<Submitter[]> {
  const problems: Problem[] = [];
  const out: Submitter[] = [];
  const body = text.replace(/^.*?available at:?\s*\S+\.?\s*/is, '').replace(/\((?:One|Two) asterisks?[^)]*\)/gi, '');
  const parts = body.split(SECTION);
  let kind: SubmitterKind = 'civil_society';
  for (const part of parts) {
    if (SECTION.test(part) && part.length < 60) {
      SECTION.lastIndex = 0;
      kind = kindOf(part);
      continue;
    }
    SECTION.lastIndex = 0;
    for (const seg of entrySegments(part)) {
      const pieces = /submitted by/i.test(seg) || kind === 'attachment' || multiWordKey(seg.trim(), cited) ? [seg] : seg.split(RUN_IN);
      for (const raw of pieces) {
        // "HRO* Human Rights Ombudsman…": the asterisk marks the A-status NHRI, not part of the key.
        const piece = raw.replace(/^(\s*\(?[A-Z][\w/-]*)[*∗]+(?=[)\s])/, '$1');
        const long = multiWordKey(piece.trim(), cited);
        const entry = long ? ([piece, long, piece.trim().slice(long.length + (piece.trim().startsWith('(') ? 2 : 0)).replace(/^\s*[-–:]?\s*/, '')] as const) : ENTRY.exec(piece.trim());
        if (!entry || (!long && !KEY_LIKE.test(piece.trim()))) {
          // Under "Attachments", text without an acronym is one more title of the attachment before it.
          if (piece.trim().length > 2 && kind !== 'attachment') problems.push({ field: 'submission', value: piece.trim().slice(0, 80), message: 'no acronym before the organisation' });
          continue;
        }
        const key = entry[1]!;
        const rest = entry[2]!;
        const joint = /^JS\d|\/JS\d/.test(key) || /joint submission/i.test(rest);
        const entryKind: SubmitterKind = joint ? 'joint' : kind === 'civil_society' && NHRI_NAME.test(rest) ? 'nhri' : kind === 'attachment' ? 'regional' : kind;
        const members = joint ? membersOf(rest) : [];
        // "SRI Sexual Rights Initiative (Joint submission)": a coalition named by the list keeps its name.
        const coalition = joint && !/JS\d/.test(key) ? cleanName(rest.replace(/\(?joint submission\)?/i, '')) : '';
        const name = coalition.length >= 3 ? coalition : joint ? `Joint submission ${/\d+/.exec(key)?.[0] ?? ''}`.trim() : cleanName(rest);
        if (!out.some((s) => s.key === key)) out.push({ key, name, kind: entryKind, members });
      }
    }
  }
  return { value: out, problems };
}
