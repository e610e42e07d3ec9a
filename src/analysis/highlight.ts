// Marks the words of a full-text query in recommendation texts (FTS5 highlight(), stemming included),
// as text segments so that the web can escape the text and wrap the matches in <mark>.
import { markFullTextMatches, type Db } from '../store/index.js';

export interface TextSegment {
  text: string;
  match: boolean;
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Splits `marked` text (matches between OPEN and CLOSE) into segments. */
export function segments(marked: string): TextSegment[] {
  const out: TextSegment[] = [];
  for (const part of marked.split(OPEN)) {
    const [hit, rest] = part.includes(CLOSE) ? (part.split(CLOSE, 2) as [string, string]) : [null, part];
    if (hit) out.push({ text: hit, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}

/** The texts of recommendations `ids` with the words matching `query` marked; empty when there is no query. */
export function highlightMatches(db: Db, query: string | undefined, ids: number[]): Map<number, TextSegment[]> {
  const out = new Map<number, TextSegment[]>();
  for (const [id, marked] of markFullTextMatches(db, query, ids, OPEN, CLOSE)) out.set(id, segments(marked));
  return out;
}
