// Positions an addendum states as labels beside recommendation numbers rather than in sentences (layouts of
// later cycles): a table row "122.1   Supported", a row of a range "115.1-115.20   Noted", a row with the
// recommendation's text between its number and the position column, or a label before a list,
// "Supported: 122.1, 122.11-122.12, …", continued over the following lines. Pure.
import type { Response } from '../../core/index.js';
import { reportLines } from './report-lines.js';
import { expandReferences, type StatedPosition } from './responses.js';

const REF = String.raw`\d{1,3}(?:\.\d{1,3})?(?:\s*[-–]\s*\d{1,3}(?:\.\d{1,3})?)?`;
const REF_LIST = String.raw`${REF}(?:\s*[,;]\s*(?:and\s+)?${REF})*`;
const POSITION = String.raw`(?:Not\s+supported|Not\s+accepted|Supported|Accepted|Noted|Rejected)`;

/** "122.1   Supported", "122.2-122.10   Noted   Comment", "122.3   Ratify … (Chile)   Supported". */
const ROW = new RegExp(String.raw`^(${REF_LIST})\s{2,}(?:\S.*?\s{2,})?(${POSITION})(?:\s{2,}\S.*)?$`, 'i');
/** "Supported: 122.1, 122.11-122.12, …", "Noted recommendations: 5–9". */
const LABELLED = new RegExp(String.raw`^(${POSITION})(?:\s+recommendations?)?\s*:\s*(${REF_LIST})[\s,;.]*$`, 'i');
const CONTINUED = new RegExp(String.raw`^(${REF_LIST})[\s,;.]*$`);

function responseOf(label: string): Response {
  return /^(not|noted|rejected)/i.test(label) ? 'noted' : 'supported';
}

/** Every position stated as a label beside numbers, in document order (a later one for the same number wins). */
export function positionLabels(pages: readonly string[]): StatedPosition[] {
  const out: StatedPosition[] = [];
  let open: { response: Response; paragraph: string } | undefined;
  const add = (refs: string, response: Response, paragraph: string, page: number) => {
    for (const recommendation of expandReferences(refs)) out.push({ recommendation, response, paragraph, page });
  };
  for (const l of reportLines(pages)) {
    const numbered = /^(\d{1,3})\.\s+(?=\D)/.exec(l.text); // a numbered paragraph "3.  Supported: …"
    const text = numbered ? l.text.slice(numbered[0].length) : l.text;
    const row = ROW.exec(text);
    const labelled = row ? null : LABELLED.exec(text);
    const continued = !row && !labelled && open ? CONTINUED.exec(text) : null;
    if (row) {
      add(row[1]!, responseOf(row[2]!), row[1]!.replace(/\s+/g, ''), l.page);
    } else if (labelled) {
      open = { response: responseOf(labelled[1]!), paragraph: numbered?.[1] ?? labelled[1]! };
      add(labelled[2]!, open.response, open.paragraph, l.page);
    } else if (continued && open) {
      add(continued[1]!, open.response, open.paragraph, l.page);
    }
    if (!labelled && !continued && l.text) open = undefined;
  }
  return out;
}
