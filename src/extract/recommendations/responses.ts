// Positions from the State's addendum (`…/Add.1`) or the HRC decision: sentences such as "The Government
// accepts the following recommendations 122.1, 122.17-18, …" or "notes recommendations 1–5, 14–16".
import type { Parsed, Problem } from '../../core/problems.js';
import type { Response } from '../../core/types.js';
import { joinLines, reportLines } from './report-lines.js';

export interface StatedPosition {
  /** Recommendation number as the addendum writes it: `122.17`, or `17` when it numbers them 1…n. */
  recommendation: string;
  response: Response;
  /** Paragraph of the addendum stating it, e.g. `3`. */
  paragraph: string;
  page: number;
}

const VERB: [RegExp, Response][] = [
  [/\b(does not|do not|cannot|could not|is not in a position to) (accept|support)|\breject(s|ed)?\b|\bnot (accepted|supported)\b|\bnotes?\b|\bnoted\b|takes? note/i, 'noted'],
  [/\b(accepts?|accepted|supports?|supported|agrees? (with|to))\b/i, 'supported'],
];

const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3})?`;
const LIST = new RegExp(String.raw`recommendations?\s*(?:(?:nos?\.|numbers?)\s*)?((?:${NUMBER}\s*(?:[-–]\s*${NUMBER})?\s*(?:,|and|;)?\s*)+)`, 'gi');

/** "122.17-18" → 122.17, 122.18; "1–5" → 1…5; "122.91-104" → 122.91…122.104. */
export function expandReferences(list: string): string[] {
  const out: string[] = [];
  for (const m of list.matchAll(new RegExp(String.raw`(${NUMBER})\s*(?:[-–]\s*(${NUMBER}))?`, 'g'))) {
    const from = m[1]!;
    if (!m[2]) {
      out.push(from);
      continue;
    }
    const [prefix, a] = from.includes('.') ? [from.slice(0, from.lastIndexOf('.') + 1), from.slice(from.lastIndexOf('.') + 1)] : ['', from];
    const b = m[2].includes('.') ? m[2].slice(m[2].lastIndexOf('.') + 1) : m[2];
    for (let n = Number(a); n <= Number(b) && n - Number(a) < 500; n++) out.push(`${prefix}${n}`);
  }
  return out;
}

/** Splits the text into numbered paragraphs `3.  The Government accepts…` with their page. */
function paragraphs(pages: readonly string[]): { number: string; text: string; page: number }[] {
  const out: { number: string; lines: string[]; page: number }[] = [];
  for (const l of reportLines(pages)) {
    const m = /^(\d{1,3})\.\s+(.*)$/.exec(l.text);
    if (m && (out.length === 0 || Number(m[1]) === Number(out.at(-1)!.number) + 1)) out.push({ number: m[1]!, lines: [m[2]!], page: l.page });
    else if (out.length > 0 && l.text) out.at(-1)!.lines.push(l.text);
  }
  return out.map((p) => ({ number: p.number, text: joinLines(p.lines), page: p.page }));
}

/** Reads every position the addendum states for lists of recommendations. Later statements win. */
export function parseResponses(pages: readonly string[]): Parsed<StatedPosition[]> {
  const problems: Problem[] = [];
  const found = new Map<string, StatedPosition>();
  for (const p of paragraphs(pages)) {
    for (const sentence of p.text.split(/(?<=[a-z)]\.)\s+(?=[A-Z])/)) {
      for (const m of sentence.matchAll(LIST)) {
        const before = sentence.slice(Math.max(0, m.index - 120), m.index);
        const verb = VERB.find(([re]) => re.test(before));
        if (!verb) continue;
        for (const rec of expandReferences(m[1]!)) found.set(rec, { recommendation: rec, response: verb[1], paragraph: p.number, page: p.page });
      }
    }
  }
  if (found.size === 0) problems.push({ message: 'no statement of positions on numbered recommendations found' });
  return { value: [...found.values()], problems };
}

/**
 * Ties stated positions to the recommendations' paragraphs: `122.17` as written, or a bare `17` to the one
 * paragraph numbered `<n>.17` (addenda that number the recommendations 1…n). Unmatched ones are problems.
 */
export function attachPositions(positions: readonly StatedPosition[], paragraphs: readonly string[]): Parsed<(StatedPosition & { target: string })[]> {
  const known = new Set(paragraphs);
  const bySuffix = new Map<string, string[]>();
  for (const p of paragraphs) {
    const suffix = p.slice(p.lastIndexOf('.') + 1);
    if (p.includes('.')) bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), p]);
  }
  const value: (StatedPosition & { target: string })[] = [];
  const problems: Problem[] = [];
  for (const pos of positions) {
    const candidates = known.has(pos.recommendation) ? [pos.recommendation] : pos.recommendation.includes('.') ? [] : bySuffix.get(pos.recommendation) ?? [];
    if (candidates.length === 1) value.push({ ...pos, target: candidates[0]! });
    else problems.push({ page: pos.page, message: `para ${pos.paragraph}: recommendation ${pos.recommendation} ${candidates.length ? 'is ambiguous' : 'not found in the report'}` });
  }
  return { value, problems };
}
