// The interactive dialogue of a Working Group report: each numbered paragraph with the State whose
// statement it reports ("Canada requested information…", "The Russian Federation referred to…").
import { resolveState, type Parsed, type Problem } from '../../core/index.js';
import { joinLines, reportLines, type ReportLine } from './report-lines.js';
import { conclusionsRange, dialogueRange } from './sections.js';

export interface DialogueStatement {
  /** Paragraph number in the report, e.g. `45`. */
  paragraph: string;
  /** ISO3 of the State speaking, or null when the paragraph does not open with a State (summaries, the delegation). */
  stateIso3: string | null;
  text: string;
  page: number;
}

/** The State named by the longest run of words at the start of `text`, or null. */
function leadingState(text: string): string | null {
  const words = text.replace(/^the\s+/i, '').split(/\s+/).slice(0, 9);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/[,;:.]$/, '');
    if (/^[a-z(]/.test(name)) return null;
    const s = resolveState(name);
    if (s) return s.iso3;
  }
  return null;
}

/**
 * The State whose statement a paragraph reports: the one it opens with, or the subject after an opening
 * clause ("While noting …, Saudi Arabia called on …").
 */
export function speakerOf(text: string): string | null {
  const opener = leadingState(text);
  if (opener) return opener;
  const sentence = text.split(/(?<=\.)\s/)[0] ?? text;
  for (const m of sentence.matchAll(/,\s+(?=[A-Z]|the [A-Z])/g)) {
    const s = leadingState(sentence.slice(m.index + m[0].length));
    if (s) return s;
  }
  return null;
}

/** Numbered paragraphs of a line range, numbers following each other (2, 3, 4…). */
export function numberedParagraphs(lines: readonly ReportLine[]): { number: string; text: string; page: number }[] {
  const out: { number: string; lines: string[]; page: number }[] = [];
  for (const l of lines) {
    const m = /^(\d{1,3})\.\s+(.*)$/.exec(l.text);
    if (m && (out.length === 0 || Number(m[1]) === Number(out.at(-1)!.number) + 1)) out.push({ number: m[1]!, lines: [m[2]!], page: l.page });
    else if (out.length > 0) out.at(-1)!.lines.push(l.text);
  }
  return out.map((p) => ({ number: p.number, text: joinLines(p.lines), page: p.page }));
}

/** Parses the interactive dialogue; the delegation's replies get `stateUnderReview`. */
export function parseDialogue(pages: readonly string[], stateUnderReview: string | null = null): Parsed<DialogueStatement[]> {
  const lines = reportLines(pages);
  const problems: Problem[] = [];
  const concl = conclusionsRange(lines);
  const range = dialogueRange(lines, concl ? concl.start : lines.length);
  if (!range) return { value: [], problems: [{ message: 'no "Interactive dialogue and responses by the State under review" section found' }] };
  // Within section II B only States and the delegation speak: a paragraph naming no State at its start is
  // the delegation's reply, except the summary opening the dialogue ("statements were made by 46 delegations").
  const value = numberedParagraphs(lines.slice(range.start, range.end)).map((p) => {
    const summary = /statements were made|made statements|took the floor|delegations? (spoke|intervened)/i.test(p.text.slice(0, 200));
    const speaker = speakerOf(p.text) ?? (summary ? null : stateUnderReview);
    return { paragraph: p.number, stateIso3: speaker, text: p.text, page: p.page };
  });
  if (value.length === 0) problems.push({ message: 'the interactive dialogue has no numbered paragraphs' });
  return { value, problems };
}
