// Sections of a Working Group report: where the conclusions and the interactive dialogue sit, and the
// first position each paragraph introducing a list of recommendations gives them.
import type { Response } from '../../core/index.js';
import type { ReportLine } from './report-lines.js';

const POSITIONS: [RegExp, Response][] = [
  [/did not (enjoy|receive|obtain) (the |its |their )?support|not (enjoy|supported|accepted)|were rejected|does not accept|did not accept|was not accepted|cannot (accept|support)|has been noted|have been noted|were noted|are noted|(were|are|was) taken note of|takes? note of|noted by/i, 'noted'],
  [/will be examined|will (examine|consider) (them|these|the following)|(provide|give) (its |their )?responses?|respond in due|responses? .{0,80}will be (included|provided|given)|in due (time|course)|will be considered by|for further consideration|later stage/i, 'pending'],
  [/enjoy(s|ed)? (the |its |their )?support|have the support|are supported|were supported|has accepted|have been accepted|were accepted|are accepted|accept(s|ed)? the following|agreed? (on|to)|agrees to|already (implemented|being implemented)|in the process of implementation|support(s|ed)? the following/i, 'supported'],
  // The State as subject ("Germany notes the following recommendations"), unless responses are still to come
  [/\bnot(es|ed) the following|\breject(s|ed)? the following/i, 'noted'],
];

/** The position an introductory paragraph gives the recommendations listed after it, or unknown. */
export function positionOfIntro(text: string): Response {
  // "Nigeria takes note of the recommendations above … The response of Nigeria … will be included …"
  if (/responses? of [^.]{0,80}will be (included|provided|given)/i.test(text)) return 'pending';
  for (const [re, r] of POSITIONS) if (re.test(text)) return r;
  return 'unknown';
}

const HEADING = /^([IVX]+\.?\s*)?conclusions\s+and\s*\/?\s*(or\s+)?recommendations$/i;
/** Footnote marks a heading may carry: asterisks (ASCII, U+2217, U+204E), daggers, digits, superscripts. */
const MARKS = /[\s*∗⁎†‡\d¹²³⁴-⁹]+$/u;
const CLOSING = /^All conclusions and\/or recommendations contained/i;
const END_HEADING = /^([IVX]+\.\s*[Vv]oluntary (pledges|commitments)|[IVX]+\.\s*VOLUNTARY|VOLUNTARY (PLEDGES|COMMITMENTS)|Annexe?s?$|ANNEXE?S?$)/;
const DIALOGUE = /^([A-Z]\.\s*)?interactive dialogue and responses by the State under review$/i;

/** True for the paragraph that closes the conclusions ("All conclusions and/or recommendations…"). */
export function isClosingParagraph(text: string): boolean {
  return CLOSING.test(text);
}

/** True for the heading of the conclusions, whatever footnote marks it carries (not a table-of-contents line). */
export function isConclusionsHeading(text: string): boolean {
  if (text.length > 120 || !/conclusions/i.test(text)) return false; // most lines: skip the costlier tests
  return HEADING.test(text.replace(MARKS, '').replace(/\s+/g, ' '));
}

/** The line after the conclusions heading, written on one line or wrapped over two ("II. Conclusions and/or" / "recommendations**"). */
function headingEnd(lines: readonly ReportLine[], i: number): number {
  const text = lines[i]!.text;
  if (isConclusionsHeading(text)) return i + 1;
  const next = lines[i + 1]?.text;
  if (next && /conclusions/i.test(text) && isConclusionsHeading(`${text} ${next}`)) return i + 2;
  return -1;
}

/** Line range [start, end) of the conclusions and/or recommendations section (not the table of contents). */
export function conclusionsRange(lines: readonly ReportLine[]): { start: number; end: number } | undefined {
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const after = headingEnd(lines, i);
    if (after > 0) start = after;
  }
  if (start < 0) start = numberedListStart(lines);
  if (start < 0) return undefined;
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    const t = lines[i]!.text.replace(/^\d+\.\s+/, '');
    if (END_HEADING.test(lines[i]!.text) || (i > start && CLOSING.test(t))) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/**
 * Without a recognisable heading, the conclusions are found by their structure: the paragraph `n.` that is
 * followed by items `n.1`, `n.2`… (the last such run in the report). -1 when there is none.
 */
function numberedListStart(lines: readonly ReportLine[]): number {
  let found = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\d{1,3})\.1\.?(\s|$)/.exec(lines[i]!.text);
    if (!m) continue;
    const para = new RegExp(`^${m[1]}\\.\\s+\\S`);
    for (let j = i - 1; j >= Math.max(0, i - 30); j--) {
      if (para.test(lines[j]!.text)) {
        found = j;
        break;
      }
    }
  }
  return found;
}

/** Line range of the interactive dialogue (section II B of the report), ending where the conclusions start. */
export function dialogueRange(lines: readonly ReportLine[], conclusionsStart: number): { start: number; end: number } | undefined {
  let start = -1;
  for (let i = 0; i < conclusionsStart; i++) if (DIALOGUE.test(lines[i]!.text)) start = i + 1;
  return start < 0 ? undefined : { start, end: Math.max(start, conclusionsStart - 1) };
}
