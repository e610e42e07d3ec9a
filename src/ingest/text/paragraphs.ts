// Body paragraphs of a UN document from its cleaned pages: numbered paragraphs (`23.`, `86.1`) kept in
// sequence, headings and unnumbered text as their own paragraphs, lines joined and hyphenation repaired.
import { joinLines, type Vocabulary } from './normalise.js';

export interface RawParagraph {
  number: string | null;
  /** 1-based page where the paragraph starts. */
  page: number;
  lines: string[];
}

const NUMBERED = /^\s*(\d{1,3})(?:\.(\d{1,3}))?(\.?)(\s+)(\S.*)$/;
const HEADING = /^\s*(([IVXL]{1,6}|[A-Z])\.\s+\S|(Annex|ANNEX|Introduction|INTRODUCTION|Contents|CONTENTS)\b)/;

/** Tracks the paragraph numbering so that headings ("1. Equality") and dates are not taken for numbers. */
class Numbering {
  private top = 0;
  private subMajor = -1;
  private sub = 0;

  accept(major: number, minor: number | null, dotted: boolean, gap: string): boolean {
    if (minor !== null) {
      const ok = major !== this.subMajor || minor > this.sub;
      if (ok) {
        this.subMajor = major;
        this.sub = minor;
        if (major > this.top && major <= this.top + 3) this.top = major;
      }
      return ok;
    }
    if (!dotted) return false;
    const ok = major === this.top + 1 || (this.top === 0 && major <= 10) || (major > this.top && major <= this.top + 3 && gap.length >= 2);
    if (ok) this.top = major;
    return ok;
  }
}

/** Splits body lines (per page) into raw paragraphs. */
export function splitParagraphs(pages: string[][]): RawParagraph[] {
  const out: RawParagraph[] = [];
  const numbering = new Numbering();
  let current: RawParagraph | null = null;
  let blankBefore = true;
  let listNext = -1; // next item of a numbered list inside a paragraph ("1. That Algeria…")
  const close = () => {
    if (current && current.lines.some((l) => l.trim())) out.push(current);
    current = null;
  };
  pages.forEach((lines, i) => {
    const page = i + 1;
    let seenText = false;
    for (const line of lines) {
      if (!line.trim()) {
        if (!seenText) continue; // blank lines at a page's top do not break a paragraph across pages
        // A blank line ends unnumbered text; a numbered paragraph may hold blank-separated sub-items.
        if (current && (current as RawParagraph).number === null) close();
        blankBefore = true;
        continue;
      }
      const m = NUMBERED.exec(line);
      if (m && numbering.accept(Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === '.' || m[2] !== undefined, m[4]!)) {
        close();
        current = { number: m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`, page, lines: [m[5]!] };
      } else if (m && m[2] === undefined && Number(m[1]) === listNext) {
        close();
        listNext++;
        current = { number: null, page, lines: [line] };
      } else if (HEADING.test(line) || (m && (blankBefore || (m[3] === '.' && m[4]!.length >= 2))) || (blankBefore && current?.number !== null && isHeadingLike(line))) {
        close();
        listNext = m && m[2] === undefined ? Number(m[1]) + 1 : -1;
        current = { number: null, page, lines: [line] };
      } else if (current) {
        current.lines.push(line);
      } else {
        current = { number: null, page, lines: [line] };
      }
      blankBefore = false;
      seenText = true;
    }
  });
  close();
  return out;
}

/** A short line without closing punctuation after a blank line: a title, not a continuation. */
function isHeadingLike(line: string): boolean {
  const t = line.trim();
  return t.length < 70 && !/[.,;:]$/.test(t) && /^[\p{Lu}\d]/u.test(t);
}

/** Joins a raw paragraph's lines into text with hyphenation repaired against the document's words. */
export function paragraphText(p: RawParagraph, vocab: Vocabulary): string {
  return joinLines(p.lines, vocab);
}
