// Sections of a Working Group report: where the conclusions and the interactive dialogue sit, and the
// first position each paragraph introducing a list of recommendations gives them.
import type { Response } from '../../core/index.js';
import type { ReportLine } from './report-lines.js';

const POSITIONS: [RegExp, Response][] = [
  [/did not (enjoy|receive|obtain) (the |its |their )?support|not (enjoy|supported|accepted)|were rejected|does not accept|did not accept|was not accepted|cannot (accept|support)|has been noted|have been noted|were noted|are noted|(were|are|was) taken note of|takes? note of|noted by/i, 'noted'],
  [/will be examined|will (examine|consider) (them|these|the following)|(provide|give) (its |their )?responses?|respond in due|responses? .{0,80}will be (included|provided|given)|in due (time|course)|will be considered by|for further consideration|later stage/i, 'pending'],
  [/enjoy(s|ed)? (the |its |their )?support|have the support|are supported|were supported|has accepted|have been accepted|were accepted|are accepted|accepts? the following|agreed? (on|to)|agrees to|already (implemented|being implemented)|in the process of implementation|support(s|ed)? the following/i, 'supported'],
];

/** The position an introductory paragraph gives the recommendations listed after it, or unknown. */
export function positionOfIntro(text: string): Response {
  // "Nigeria takes note of the recommendations above … The response of Nigeria … will be included …"
  if (/responses? of [^.]{0,80}will be (included|provided|given)/i.test(text)) return 'pending';
  for (const [re, r] of POSITIONS) if (re.test(text)) return r;
  return 'unknown';
}

const HEADING = /^([IVX]+\.\s*)?conclusions\s+and\/?\s*(or\s+)?recommendations\**$/i;
const CLOSING = /^All conclusions and\/or recommendations contained/i;
const END_HEADING = /^([IVX]+\.\s*[Vv]oluntary (pledges|commitments)|[IVX]+\.\s*VOLUNTARY|VOLUNTARY (PLEDGES|COMMITMENTS)|Annexe?s?$|ANNEXE?S?$)/;
const DIALOGUE = /^([A-Z]\.\s*)?interactive dialogue and responses by the State under review$/i;

/** True for the paragraph that closes the conclusions ("All conclusions and/or recommendations…"). */
export function isClosingParagraph(text: string): boolean {
  return CLOSING.test(text);
}

/** Line range [start, end) of the conclusions and/or recommendations section (not the table of contents). */
export function conclusionsRange(lines: readonly ReportLine[]): { start: number; end: number } | undefined {
  let start = -1;
  lines.forEach((l, i) => {
    if (HEADING.test(l.text)) start = i + 1;
  });
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

/** Line range of the interactive dialogue (section II B of the report), ending where the conclusions start. */
export function dialogueRange(lines: readonly ReportLine[], conclusionsStart: number): { start: number; end: number } | undefined {
  let start = -1;
  for (let i = 0; i < conclusionsStart; i++) if (DIALOGUE.test(lines[i]!.text)) start = i + 1;
  return start < 0 ? undefined : { start, end: Math.max(start, conclusionsStart - 1) };
}
