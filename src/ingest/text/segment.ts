// From a document's pages to its structure: cleaned pages, body paragraphs with their number, page
// and cited footnotes, the footnotes apart, and the full normalised text. Pure.
import { normaliseChars, vocabulary } from './normalise.js';
import { stripFurniture } from './page-furniture.js';
import { splitFootnoteZones, parseFootnotes, takeFootnoteRefs, type Footnote } from './footnotes.js';
import { splitParagraphs, paragraphText } from './paragraphs.js';

export type { Footnote } from './footnotes.js';

export interface DocumentParagraph {
  /** 1-based order in the document. */
  seq: number;
  /** Paragraph number as printed (`23`, `86.1`), or null for headings and unnumbered text. */
  number: string | null;
  page: number;
  text: string;
  /** Footnote numbers cited in the paragraph (removed from `text`). */
  footnoteRefs: number[];
}

export interface SegmentedDocument {
  /** Pages with ligatures repaired and headers, footers and print codes removed. */
  pages: string[];
  paragraphs: DocumentParagraph[];
  footnotes: Footnote[];
  /** Paragraphs (numbered as printed) then footnotes: the document's normalised full text. */
  text: string;
}

const COUNCIL_LINE = /^\s*(Human Rights Council|HUMAN RIGHTS COUNCIL)\s*$/;

/** Drops the masthead (United Nations, General Assembly, Distr., date) above "Human Rights Council". */
function dropMasthead(page: string): string {
  const lines = page.split('\n');
  const at = lines.slice(0, 20).findIndex((l) => COUNCIL_LINE.test(l));
  return at > 0 ? lines.slice(at).join('\n') : page;
}

/** Segments a document's pages; `symbol` (when recognised) helps remove running heads. */
export function segmentDocument(rawPages: string[], symbol?: string | null): SegmentedDocument {
  const pages = stripFurniture(rawPages.map(normaliseChars), symbol);
  const forBody = pages.map((p, i) => (i === 0 ? dropMasthead(p) : p));
  const { body, notes } = splitFootnoteZones(forBody);
  const footnotes = parseFootnotes(notes);
  const vocab = vocabulary(pages.join('\n'));
  const known = new Set(footnotes.map((f) => Number(f.number)).filter((n) => Number.isInteger(n)));
  const refState = { next: 1, used: new Set<number>() };
  const paragraphs: DocumentParagraph[] = [];
  for (const raw of splitParagraphs(body)) {
    const joined = paragraphText(raw, vocab);
    const { text, refs } = known.size > 0 ? takeFootnoteRefs(joined, known, refState) : { text: joined, refs: [] };
    if (!text) continue;
    paragraphs.push({ seq: paragraphs.length + 1, number: raw.number, page: raw.page, text, footnoteRefs: refs });
  }
  const text = [
    ...paragraphs.map((p) => (p.number ? `${p.number}. ${p.text}` : p.text)),
    ...(footnotes.length ? ['Notes', ...footnotes.map((f) => `${f.number} ${f.text}`)] : []),
  ].join('\n\n');
  return { pages, paragraphs, footnotes, text };
}
