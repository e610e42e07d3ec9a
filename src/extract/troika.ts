// The troika of a review: the three States the Human Rights Council drew by lot as rapporteurs, named in
// the introduction of the Working Group report ("selected the following group of rapporteurs (troika) to
// facilitate the review of Zambia: Senegal, Switzerland and the Philippines."). Text in, ISO3 codes out.
import type { Parsed } from '../core/index.js';
import { parseStateList } from './recommendations/recommending-states.js';

export interface Troika {
  /** ISO3 codes of the rapporteurs, in the order the report names them (three when read in full). */
  states: string[];
  /** The list as printed, whitespace collapsed. */
  written: string;
}

// The introduction is on the first pages; a later "(troika)" (questions transmitted through the troika) is not the list.
const HEAD = 12000;
const INTRO = /\(\s*troika\s*\)[^:]{0,200}?:\s*([^.;]{3,300}?)\s*(?:\.(?=\s|$)|;|\n\s*\n)/i;
// A report that lost the colon and its State's name ("… to facilitate the review of Azerbaijan, Bangladesh and …").
const NO_COLON = /\(\s*troika\s*\)\s*to facilitate the review of\s+([^.;:]{3,300}?)\s*\.(?=\s|$)/i;

/**
 * Reads the troika from the text of a Working Group report; `value` is null when the report names none.
 * A problem is reported when the list is found but one of its names is not a State.
 */
export function extractTroika(text: string, file?: string): Parsed<Troika | null> {
  const head = text.slice(0, HEAD).replace(/\u00ad/g, '');
  const m = INTRO.exec(head) ?? NO_COLON.exec(head);
  if (!m) return { value: null, problems: [] };
  const written = m[1]!.replace(/\s+/g, ' ').replace(/^the\s+/i, '').trim();
  const read = readNames(written);
  // Without the colon, a fourth name first is the State under review.
  const states = m[0].includes(':') || !read || read.length !== 4 ? read : read.slice(1);
  if (!states) return { value: null, problems: [{ file, field: 'troika', value: written, message: 'the troika names something that is not a State' }] };
  return { value: { states, written }, problems: [] };
}

/** "Senegal, Switzerland and the Philippines" → [SEN, CHE, PHL]; undefined when a name is not a State. */
function readNames(list: string): string[] | undefined {
  const cleaned = list.replace(/\s*\((?:replaced|replacing|who replaced)[^)]*\)/gi, '');
  const out: string[] = [];
  for (const chunk of cleaned.split(/\s*,\s*/)) {
    const states = splitOnAnd(chunk.replace(/^(?:and\s+)?(?:the\s+)?/i, ''));
    if (!states) return undefined;
    out.push(...states);
  }
  return out.length ? [...new Set(out)] : undefined;
}

/** One name, or names joined by "and" where a name may hold "and" itself ("Bosnia and Herzegovina and Gabon"). */
function splitOnAnd(chunk: string): string[] | undefined {
  const one = chunk ? parseStateList(chunk) : undefined;
  if (one?.length === 1) return one;
  const ands = [...chunk.matchAll(/\s+and\s+(?:the\s+)?/gi)];
  for (const a of ands) {
    const left = splitOnAnd(chunk.slice(0, a.index));
    const right = left && splitOnAnd(chunk.slice(a.index + a[0].length));
    if (left && right) return [...left, ...right];
  }
  return undefined;
}
