// Working Group report → numbered recommendations with recommending States and first positions, from
// the "Conclusions and/or recommendations" section; numbering `1.` (2008–2010) or `86.1` (from 2010).
import type { Parsed, Problem, Response } from '../../core/index.js';
import { joinLines, reportLines, type ReportLine } from './report-lines.js';
import { conclusionsRange, dialogueRange, isClosingParagraph, positionOfIntro } from './sections.js';
import { numberedParagraphs, speakerOf, type DialogueStatement } from './dialogue.js';
import { dialogueReferences, referencedText } from './dialogue-references.js';
import { parseStateList, splitRecommendingStates } from './recommending-states.js';
import { splitBundledItem } from './bundled-items.js';

export interface ExtractedRecommendation {
  /**
   * `92.1` as numbered, `<paragraph>.<item>` for lists numbered 1, 2, 3 under paragraph 69, a letter
   * after the number for each clause of an item bundling several (`186.1a`, `186.1b`), or a dialogue
   * paragraph the conclusions refer to: `45`, `27(b)`.
   */
  paragraph: string;
  text: string;
  /** ISO3 codes of the recommending States, in order of mention. */
  recommendingStates: string[];
  /** First position, from the paragraph introducing the list. */
  response: Response;
  /** The introducing paragraph's number, e.g. `92`: the source of the position. */
  positionParagraph: string;
  page: number;
  /** For one clause of an item bundling several (`186.1a`), the whole item as printed: its provenance. */
  itemText?: string;
  /** For a dialogue recommendation cited by an item of the conclusions ("With regard to … paragraph 35"), that item (`60.3`). */
  fromItem?: string;
}

interface Block {
  kind: 'para' | 'item';
  number: string;
  lines: string[];
  page: number;
}

// The number may stand alone on its line, its text following on the next (`128.1.` / `Ratify …`).
const DOTTED = /^(\d{1,3})\.(\d{1,3})\.?(?:\s+|(?=[A-Z‘“"'(])|$)(.*)$/;
const PLAIN = /^(\d{1,3})\.(?:\s+|$)(.*)$/;
/** Misprinted numbers, read only where the sequence expects them: `125-15.`, `111. 29`, `73    Take…`. */
const LOOSE_DOTTED = /^(\d{1,3})\s?[.\-–]\s?(\d{1,3})\.?\s+(.*)$/;
const UNDOTTED = /^(\d{1,3})\s{2,}([A-Z‘“"].*)$/;

/** Cuts the conclusions into numbered paragraphs and list items, telling them apart by their numbering. */
function blocks(lines: readonly ReportLine[]): Block[] {
  const out: Block[] = [];
  let para = -1;
  let nextItem = 1;
  let nextDotted = 1;
  for (const [i, l] of lines.entries()) {
    if (out.length > 0 && isThematicHeading(lines, i)) continue;
    const loose = LOOSE_DOTTED.exec(l.text);
    const d = DOTTED.exec(l.text) ?? (loose && Number(loose[2]) === nextDotted && nextDotted > 1 ? loose : null);
    const undotted = UNDOTTED.exec(l.text);
    const p = d ? undefined : PLAIN.exec(l.text) ?? (undotted && para >= 0 && Number(undotted[1]) === nextItem && nextItem > 1 ? undotted : null);
    // A misprinted list number ("85.75" between 86.74 and 86.76) is read by its place in the sequence.
    const misprinted = d && para >= 0 && Number(d[1]) !== para && Number(d[2]) === nextDotted && nextDotted > 1;
    // A new list `n.1` whose introducing paragraph was not read as one.
    const newList = d && Number(d[1]) > para && d[2] === '1';
    if (d && (para < 0 || Number(d[1]) === para || misprinted || newList)) {
      if (!misprinted) para = Number(d[1]);
      nextDotted = Number(d[2]) + 1;
      out.push({ kind: 'item', number: `${para}.${d[2]}`, lines: [d[3]!], page: l.page });
    } else if (p) {
      const n = Number(p[1]);
      const rest = p[2]!;
      const paraLike = positionOfIntro(rest) !== 'unknown' || isClosingParagraph(rest) || /recommend/i.test(rest);
      // Items numbered 1…K reach the paragraph numbers: `125.` is then the next item unless it reads as an introduction.
      if (para < 0 || (n === para + 1 && (n !== nextItem || (paraLike && !endsWithStateList(blockText(lines, i, rest)))))) {
        para = n;
        nextItem = 1;
        nextDotted = 1;
        out.push({ kind: 'para', number: String(n), lines: [rest], page: l.page });
      } else if (n === nextItem || (n > nextItem && n < nextItem + 3)) {
        nextItem = n + 1;
        out.push({ kind: 'item', number: `${para}.${n}`, lines: [rest], page: l.page });
      } else out.at(-1)?.lines.push(l.text);
    } else if (out.length > 0) out.at(-1)!.lines.push(l.text);
  }
  return out;
}

/** The text of the block starting at line `i` (`first`: its text after the number), up to the next numbered line or blank line. */
function blockText(lines: readonly ReportLine[], i: number, first: string): string {
  const out = [first];
  for (let j = i + 1; j < lines.length && j < i + 20 && lines[j]!.text && !/^\d{1,3}\./.test(lines[j]!.text); j++) out.push(lines[j]!.text);
  return joinLines(out);
}

/** True when the text ends with a parenthesised list of States: a recommendation, not a paragraph introducing some. */
function endsWithStateList(text: string): boolean {
  const tail = /\(([^()]+)\)[\s.;,:*\d]*$/.exec(text);
  return tail !== null && parseStateList(tail[1]!) !== undefined;
}

/**
 * A thematic heading between the items of a list (cycle-3/4 layout: "Rights of the child", "A. Equality and
 * non-discrimination"): after a blank line and a complete item or introduction, before the next numbered
 * line, short and without closing punctuation.
 */
function isThematicHeading(lines: readonly ReportLine[], i: number): boolean {
  const t = lines[i]!.text;
  if (!t || t.length > 90 || /[.;,:)]$/.test(t) || !/^(?:[A-Z]\.\s+)?\p{Lu}/u.test(t) || /^\d/.test(t)) return false;
  if (lines[i - 1]?.text !== '') return false;
  let before = i - 1;
  while (before >= 0 && !lines[before]!.text) before--;
  if (before < 0 || !/[.;:]$/.test(lines[before]!.text)) return false;
  let after = i + 1;
  while (after < lines.length && !lines[after]!.text) after++;
  return after < lines.length && /^\d{1,3}(\.\d{1,3})?\.?\s/.test(lines[after]!.text);
}

/** Paragraph or item ("With regard to recommendations … in paragraphs 23 (Germany), 27 …") standing for dialogue recommendations. */
const REFERRING_ITEM = /^(With regard to|As regards|Concerning|The recommendations?) .{0,200}paragraphs?/i;

/** An item explaining the State's position on another ("Regarding the recommendation No. 91.1, the Law…"). */
const EXPLANATION = /^(Regarding|With regard to|As regards|Concerning|In relation to) (the )?recommendations? (No\.?|number|in paragraph) ?\d/i;

type Lookup = (paragraph: string) => DialogueStatement | undefined;

/** The dialogue recommendations a conclusions paragraph refers to, quoted from the dialogue. */
function referenced(b: Block, text: string, statement: Lookup, response: Response, intro: string, problems: Problem[]): ExtractedRecommendation[] | undefined {
  const refs = b.kind === 'para' || REFERRING_ITEM.test(text) ? dialogueReferences(text) : [];
  if (refs.length === 0) return undefined;
  const out: ExtractedRecommendation[] = [];
  for (const ref of refs) {
    const st = statement(ref.paragraph);
    const quoted = st && referencedText(st, ref.item);
    if (!st || !quoted) {
      problems.push({ page: b.page, message: `para ${b.number}: dialogue paragraph ${ref.paragraph}${ref.item ? ` (${ref.item})` : ''} not found` });
      continue;
    }
    const paragraph = ref.item ? `${ref.paragraph}(${ref.item})` : ref.paragraph;
    out.push({ paragraph, text: quoted, recommendingStates: st.stateIso3 ? [st.stateIso3] : [], response, positionParagraph: intro, page: st.page });
  }
  return out;
}

/** Reports parsed already, by their pages: `upr ingest` parses a report to store it and again to check it. */
const parsed = new WeakMap<readonly string[], Parsed<ExtractedRecommendation[]>>();

/** Parses the recommendations of a Working Group report from its pages of text (the same pages are parsed once). */
export function parseWorkingGroupReport(pages: readonly string[]): Parsed<ExtractedRecommendation[]> {
  let result = parsed.get(pages);
  if (!result) parsed.set(pages, (result = parseReport(pages)));
  return { value: [...result.value], problems: [...result.problems] };
}

function parseReport(pages: readonly string[]): Parsed<ExtractedRecommendation[]> {
  const lines = reportLines(pages);
  const range = conclusionsRange(lines);
  const problems: Problem[] = [];
  if (!range) return { value: [], problems: [{ message: 'no "Conclusions and/or recommendations" section found' }] };
  let dialogue: Map<string, DialogueStatement> | undefined;
  const statement: Lookup = (n) => {
    const d = dialogueRange(lines, range.start);
    dialogue ??= new Map(d ? numberedParagraphs(lines.slice(d.start, d.end)).map((p) => [p.number, { paragraph: p.number, stateIso3: speakerOf(p.text), text: p.text, page: p.page }]) : []);
    return dialogue.get(n);
  };
  const recs = new Map<string, ExtractedRecommendation>();
  let response: Response = 'unknown';
  let intro = '';
  let conclusionsOnly = false;
  const all = blocks(lines.slice(range.start, range.end));
  for (const [i, b] of all.entries()) {
    const text = joinLines(b.lines);
    if (b.kind === 'para') {
      response = positionOfIntro(text);
      intro = b.number;
      // "the following conclusions were made, with the agreement of the State under review" (Indonesia 2008)
      conclusionsOnly = /following conclusions (were|have been) (made|reached)/i.test(text);
      // "In the course of the discussion, the following recommendations were made…" followed by "The
      // response of X to these recommendations will be included…" or "All recommendations … enjoy the support".
      if (response !== 'unknown' && /\b(all|these|above) recommendations\b|recommendations (above|listed above|in paragraphs?)/i.test(text)) {
        for (const r of recs.values()) if (r.response === 'unknown') Object.assign(r, { response, positionParagraph: b.number });
      }
    }
    // A paragraph introducing a list that also cites the dialogue paragraphs (Colombia 2009 para 87) cites
    // the same recommendations as the list: the list is kept.
    const introducesList = b.kind === 'para' && all[i + 1]?.kind === 'item';
    const refs = introducesList ? undefined : referenced(b, text, statement, response, intro, problems);
    for (const r of refs ?? []) if (!recs.has(r.paragraph)) recs.set(r.paragraph, b.kind === 'item' ? { ...r, fromItem: b.number } : r);
    if (b.kind === 'para' || refs || conclusionsOnly) continue;
    const positionParagraph = intro || b.number.split('.')[0]!;
    const clauses = splitBundledItem(text);
    for (const clause of clauses) {
      const split = splitRecommendingStates(clause.text);
      if (split.value.states.length === 0 && EXPLANATION.test(clause.text)) continue;
      const paragraph = `${b.number}${clause.suffix}`;
      for (const p of split.problems) problems.push({ ...p, page: b.page, message: `para ${paragraph}: ${p.message}` });
      const rec: ExtractedRecommendation = { paragraph, text: split.value.text, recommendingStates: split.value.states, response, positionParagraph, page: b.page };
      recs.set(paragraph, clauses.length > 1 ? { ...rec, itemText: text } : rec);
    }
  }
  if (recs.size === 0) problems.push({ message: 'no numbered recommendations found in the conclusions' });
  return { value: [...recs.values()], problems };
}
