// Footnotes of UN documents: the zone under a `_____` rule at a page's foot, and the "Notes"/"Endnotes"
// section at a document's end; and the footnote numbers a body paragraph cites. Pure functions.
import { joinLines } from './normalise.js';

export interface Footnote {
  /** `1`, `2`… or `*` for the asterisk notes of the title page. */
  number: string;
  /** 1-based page where the footnote starts. */
  page: number;
  text: string;
}

export interface PageSplit {
  body: string[][];
  notes: { page: number; lines: string[] }[];
}

const RULE = /^\s*_{5,}\s*$/;
const NOTES_HEADING = /^\s*(Notes|Endnotes|NOTES|ENDNOTES)\s*$/;
const ANNEX = /^\s*(Annex(es)?|ANNEX(ES)?)\b/;

/** Splits every page into body lines and footnote lines (page-foot zones and the closing notes). */
export function splitFootnoteZones(pages: string[]): PageSplit {
  const body: string[][] = [];
  const notes: PageSplit['notes'] = [];
  let inEndnotes = false;
  const half = Math.floor(pages.length / 2);
  let expected = 1; // next numbered footnote, to spot page-foot notes printed without a rule
  pages.forEach((page, i) => {
    const lines = page.split('\n');
    const kept: string[] = [];
    let inZone = inEndnotes;
    const zone: string[] = [];
    lines.forEach((line, at) => {
      if (inEndnotes && ANNEX.test(line)) {
        inEndnotes = inZone = false;
      }
      if (!inZone && RULE.test(line)) inZone = true;
      else if (!inZone && i >= half && NOTES_HEADING.test(line)) inZone = inEndnotes = true;
      else {
        if (!inZone && pages.length > 1 && at > lines.length / 2 && startsPageFootNote(line, expected)) inZone = true;
        (inZone ? zone : kept).push(line);
        const m = inZone ? /^\s{0,16}(\d{1,3})(?!\d)/.exec(line) : null;
        if (m && Number(m[1]) >= expected && Number(m[1]) <= expected + 1) expected = Number(m[1]) + 1;
      }
    });
    body.push(kept);
    if (zone.length) notes.push({ page: i + 1, lines: zone });
  });
  return { body, notes };
}

/** An indented `12   text` line carrying the expected note number, or an asterisk note (`*   The present…`). */
function startsPageFootNote(line: string, expected: number): boolean {
  if (/^\s{4,}\*(\s+\S|\s*$)/.test(line)) return true;
  const m = /^\s{4,}(\d{1,3})\s{2,}\S/.exec(line);
  return m !== null && Number(m[1]) === expected;
}

/** Reads numbered footnotes from footnote-zone lines; numbers must run in sequence to start a note. */
export function parseFootnotes(zones: PageSplit['notes']): Footnote[] {
  const out: { number: string; page: number; lines: string[] }[] = [];
  let last = 0;
  for (const { page, lines } of zones) {
    for (const line of lines) {
      if (!line.trim()) continue;
      const m = /^\s{0,16}(\d{1,3}|\*{1,3})(?:\s+(\S.*))?$/.exec(line) ?? /^\s{0,16}(\d{1,3}|\*{1,3})(\S.*)$/.exec(line);
      const n = m ? Number(m[1]) : NaN;
      // A number starts a note when it follows the last one (one missed note is tolerated).
      if (m && (m[1]!.startsWith('*') || n === last + 1 || n === last + 2 || (last === 0 && n < 5))) {
        if (!m[1]!.startsWith('*')) last = n;
        out.push({ number: m[1]!, page, lines: m[2] ? [m[2]] : [] });
      } else if (out.length) {
        out[out.length - 1]!.lines.push(line);
      }
    }
  }
  return out.map((f) => ({ number: f.number, page: f.page, text: joinLines(f.lines) }));
}

const NOT_A_REF_BEFORE = /(paras?\.?|paragraphs?|articles?|art\.|resolutions?|decisions?|No\.|rules?|sections?|chap\.|chapters?|annex|pages?|p\.|session|cycle|of|and|to|Add\.|Corr\.|Rev\.)\s$/i;

const NOT_A_REF_AFTER = /^\s?(January|February|March|April|May|June|July|August|September|October|November|December|per\b|%|years?\b|months?\b|days?\b|children\b|persons\b|people\b|members\b)/i;

/**
 * Finds the footnote numbers a paragraph cites (superscripts that pdftotext writes as `word.12` or
 * `word 12`) and removes them from the text. `state.next` is the number expected next (and `state.used` those
 * taken: each note is cited once), carried from paragraph to paragraph so that ordinary numbers ("article 297") are not taken for references.
 */
export function takeFootnoteRefs(text: string, known: Set<number>, state: { next: number; used: Set<number> }): { text: string; refs: number[] } {
  const refs: number[] = [];
  const re = /([\p{L}.,;:)\]\u201D\u2019"'])( ?)(\d{1,3})(?:, ?(\d{1,3}))?(?=[\s,.;:)]|$)/gu;
  const out = text.replace(re, (whole: string, before: string, space: string, a: string, b: string | undefined, offset: number) => {
    const n = Number(a);
    // A superscript set off by a space is easily confused with a number of the text: ask for more.
    const plausible = (x: number) => (known.size === 0 || known.has(x)) && !state.used.has(x) && x >= state.next - (space ? 1 : 2) && x <= state.next + (space ? 2 : 6);
    if (!plausible(n)) return whole;
    if (space && NOT_A_REF_BEFORE.test(text.slice(Math.max(0, offset - 20), offset + 1) + ' ')) return whole;
    if (NOT_A_REF_AFTER.test(text.slice(offset + whole.length, offset + whole.length + 16))) return whole;
    if (/\d/.test(before)) return whole;
    refs.push(n);
    state.used.add(n);
    state.next = n + 1;
    if (b !== undefined && plausible(Number(b))) {
      refs.push(Number(b));
      state.used.add(Number(b));
      state.next = Number(b) + 1;
    }
    return before;
  });
  return { text: out.replace(/ {2,}/g, ' ').trim(), refs };
}
