// Positions from the State's addendum (`…/Add.1`) or the HRC decision: sentences such as "The Government
// accepts the following recommendations 122.1, 122.17-18, …" or "notes recommendations 1–5, 14–16".
import { itemNumber } from './bundled-items.js';
import type { Parsed, Problem, Response } from '../../core/index.js';
import { joinLines, reportLines } from './report-lines.js';
import { positionLabels } from './position-labels.js';

export interface StatedPosition {
  /** Recommendation number as the addendum writes it: `122.17`, or `17` when it numbers them 1…n. */
  recommendation: string;
  response: Response;
  /** Paragraph of the addendum stating it, e.g. `3`. */
  paragraph: string;
  page: number;
}

const VERB: [RegExp, Response][] = [
  [/\b(does not|do not|cannot|could not|is not in a position to) (accept|support)|cannot[^.]{0,40}(definitive statement|commit)|\breject(s|ed)?\b|\bnot (accepted|supported)\b|\bnotes?\b(?! that)|\bnoted\b|takes? note/i, 'noted'],
  [/\b(accepts?|accepted|supports?|supported|agrees? (with|to))\b/i, 'supported'],
];

/** The position stated in `text`: the verb nearest its start (`first`) or its end (`last`). */
function positionIn(text: string, which: 'first' | 'last'): Response | undefined {
  let best: { at: number; r: Response } | undefined;
  for (const [re, r] of VERB) {
    const all = [...text.matchAll(new RegExp(re.source, 'gi'))];
    const m = which === 'first' ? all[0] : all.at(-1);
    if (m && (!best || (which === 'first' ? m.index < best.at : m.index > best.at))) best = { at: m.index, r };
  }
  return best?.r;
}

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

/**
 * The other layout of addenda (2008–2011): one entry per recommendation number, "2.  Slovenia accepts the
 * recommendation…", "5., 6., 7.  The Government accepts these recommendations…"; the first verb decides.
 */
function answersByNumber(pages: readonly string[]): StatedPosition[] {
  const entries: { numbers: string[]; lines: string[]; page: number; open: boolean }[] = [];
  const seen = new Set<string>();
  let max = 0;
  for (const l of reportLines(pages)) {
    const m = /^((?:\d{1,3}\.,?\s*)+?)(?:\s+(\S.*))?$/.exec(l.text);
    const numbers = m ? [...m[1]!.matchAll(/\d+/g)].map((x) => x[0]) : [];
    const last = entries.at(-1);
    // Numbers answered in any order ("77., 78., 82.," then "80."), but each once and not far beyond the last.
    if (m && numbers.length > 0 && numbers.every((n) => !seen.has(n) && Number(n) <= max + 10)) {
      numbers.forEach((n) => seen.add(n));
      max = Math.max(max, ...numbers.map(Number));
      const open = m[1]!.trim().endsWith(',');
      if (last?.open) { // "40., 41., 42.," continued by "43., 44." on the next line
        last.numbers.push(...numbers);
        last.open = open;
        if (m[2]) last.lines.push(m[2]);
      } else entries.push({ numbers, lines: m[2] ? [m[2]] : [], page: l.page, open });
    } else if (last && l.text) last.lines.push(l.text);
  }
  return entries.flatMap((e) => {
    const first = joinLines(e.lines).split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? '';
    const response = positionIn(first, 'first');
    return response ? e.numbers.map((n) => ({ recommendation: n, response, paragraph: e.numbers[0]!, page: e.page })) : [];
  });
}

/** Reads every position the addendum states for lists of recommendations. Later statements win. */
export function parseResponses(pages: readonly string[]): Parsed<StatedPosition[]> {
  const problems: Problem[] = [];
  const found = new Map<string, StatedPosition>();
  for (const p of paragraphs(pages)) {
    for (const sentence of p.text.split(/(?<=[a-z)]\.)\s+(?=[A-Z])/)) {
      for (const m of sentence.matchAll(LIST)) {
        const verb = positionIn(sentence.slice(Math.max(0, m.index - 120), m.index), 'last');
        if (!verb) continue;
        for (const rec of expandReferences(m[1]!)) found.set(rec, { recommendation: rec, response: verb, paragraph: p.number, page: p.page });
      }
    }
  }
  // Positions given as labels beside numbers (tables, "Supported: 122.1, …"), where no sentence gave one.
  for (const p of positionLabels(pages)) if (!found.has(p.recommendation)) found.set(p.recommendation, p);
  if (found.size === 0) for (const p of answersByNumber(pages)) found.set(p.recommendation, p);
  if (found.size === 0) problems.push({ message: 'no statement of positions on numbered recommendations found' });
  return { value: [...found.values()], problems };
}

/**
 * Ties stated positions to the recommendations' paragraphs: `122.17` as written, or a bare `17` to the one
 * paragraph numbered `<n>.17` (addenda that number the recommendations 1…n), among several the one left
 * `pending` by the report. Unmatched ones are problems.
 */
export function attachPositions(positions: readonly StatedPosition[], paragraphs: readonly string[], pending: ReadonlySet<string> = new Set()): Parsed<(StatedPosition & { target: string })[]> {
  // An item split into clauses (`122.3a`, `122.3b`) is answered as one (`122.3`): the position goes to each clause.
  const clauses = new Map<string, string[]>();
  for (const p of paragraphs) clauses.set(itemNumber(p), [...(clauses.get(itemNumber(p)) ?? []), p]);
  const bySuffix = new Map<string, string[]>();
  for (const item of clauses.keys()) {
    const suffix = item.slice(item.lastIndexOf('.') + 1);
    if (item.includes('.')) bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), item]);
  }
  const value: (StatedPosition & { target: string })[] = [];
  const problems: Problem[] = [];
  for (const pos of positions) {
    let candidates = clauses.has(pos.recommendation) ? [pos.recommendation] : pos.recommendation.includes('.') ? [] : bySuffix.get(pos.recommendation) ?? [];
    // "17" with 92.17 supported and 93.17 pending in the report: the addendum answers the pending one.
    if (candidates.length > 1) candidates = candidates.filter((c) => clauses.get(c)!.some((p) => pending.has(p)));
    if (candidates.length === 1) for (const target of clauses.get(candidates[0]!)!) value.push({ ...pos, target });
    else problems.push({ page: pos.page, message: `para ${pos.paragraph}: recommendation ${pos.recommendation} ${candidates.length ? 'is ambiguous' : 'not found in the report'}` });
  }
  return { value, problems };
}

/**
 * Rows of a thematic list spread over the clauses the report split an item into: the list's `122.3` becomes
 * `122.3a`, `122.3b`… when those are known, so that the list does not store the item a second time.
 */
export function spreadOverClauses<T extends { paragraph: string }>(rows: readonly T[], known: Iterable<string>): T[] {
  const clauses = new Map<string, string[]>();
  for (const p of known) if (itemNumber(p) !== p) clauses.set(itemNumber(p), [...(clauses.get(itemNumber(p)) ?? []), p]);
  return rows.flatMap((r) => (clauses.has(r.paragraph) ? clauses.get(r.paragraph)!.map((paragraph) => ({ ...r, paragraph })) : [r]));
}
