// Character-level repair of extracted text: ligatures, odd spaces, soft hyphens, and joining the
// laid-out lines of one paragraph back into running text with line-end hyphenation undone.

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st',
};

/** Replaces ligatures, non-breaking and zero-width spaces and soft hyphens; keeps line structure. */
export function normaliseChars(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00A0\u2007\u202F\u2009]/g, ' ')
    .replace(/\u200B|\u200C|\u200D|\uFEFF|\u00AD/g, '')
    .replace(/\r\n?/g, '\n');
}

/** What `joinLines` asks of a document's words: whether it writes a (lower-cased) word. */
export interface Vocabulary {
  has(word: string): boolean;
}

/**
 * Lower-cased words of a text, to decide whether a hyphen at a line end belongs to the word. Built on the
 * first question (many documents never ask one), from the distinct words only.
 */
export function vocabulary(text: string): Vocabulary {
  let words: Set<string> | undefined;
  return {
    has(word) {
      words ??= new Set([...new Set(text.match(/[\p{L}][\p{L}'-]*[\p{L}]/gu))].map((w) => w.toLowerCase()));
      return words.has(word);
    },
  };
}

/**
 * Joins the lines of one paragraph with single spaces. A line ending in `word-` followed by a
 * lower-case word is re-joined without the hyphen unless the document writes the hyphenated form
 * elsewhere (`follow-up`), or the joined word is unknown while both halves are known.
 */
export function joinLines(lines: string[], vocab: Vocabulary = new Set()): string {
  const parts: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const prev = parts[parts.length - 1];
    const hy = prev === undefined || !prev.endsWith('-') ? null : /([\p{L}]+)-$/u.exec(prev.slice(-60));
    const next = hy ? /^([\p{Ll}][\p{L}]*)/u.exec(line) : null;
    if (hy && next) {
      const head = hy[1]!.toLowerCase();
      const tail = next[1]!.toLowerCase();
      const keepHyphen = vocab.has(`${head}-${tail}`) && !vocab.has(head + tail);
      parts[parts.length - 1] = (keepHyphen ? prev! : prev!.slice(0, -1)) + line;
    } else {
      parts.push(line);
    }
  }
  return repairSpacedHyphens(parts.join(' ').replace(/[ \t]{2,}/g, ' '), vocab);
}

/** `asylum- seekers` → `asylum-seekers` when the document writes the compound elsewhere; `short-, medium-` untouched. */
function repairSpacedHyphens(text: string, vocab: Vocabulary): string {
  if (!text.includes('- ')) return text;
  return text.replace(/([\p{L}]+)- ([\p{Ll}]+)/gu, (whole, a: string, b: string) => {
    const joined = `${a}-${b}`.toLowerCase();
    if (vocab.has(joined)) return `${a}-${b}`;
    return vocab.has((a + b).toLowerCase()) ? a + b : whole;
  });
}
