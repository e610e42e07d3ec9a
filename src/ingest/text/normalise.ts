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
 * Lower-cased words of a text, to decide whether a hyphen at a line end belongs to the word. A document asks
 * a few dozen questions at most, so each is answered by searching the lower-cased text for the word standing
 * alone (a word is a run of letters, apostrophes and hyphens, trimmed to its first and last letter) rather
 * than by listing every word; texts whose lower-casing is not one character for one fall back to the list.
 */
export function vocabulary(text: string): Vocabulary {
  let lower: string | undefined;
  let words: Set<string> | undefined;
  const answers = new Map<string, boolean>();
  const listed = (word: string) => {
    words ??= new Set([...new Set(text.match(/[\p{L}][\p{L}'-]*[\p{L}]/gu))].map((w) => w.toLowerCase()));
    return words.has(word);
  };
  return {
    has(word) {
      let known = answers.get(word);
      if (known === undefined) {
        lower ??= text.toLowerCase();
        const oneForOne = lower.length === text.length && !/[\uD800-\uDFFF\u0130\u03A3]/.test(text);
        known = oneForOne && WORD_SHAPE.test(word) ? standsAlone(text, lower, word) : listed(word);
        answers.set(word, known);
      }
      return known;
    },
  };
}

const WORD_SHAPE = /^\p{L}(?:[\p{L}'-]*\p{L})?$/u;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}'-]/u;

/** True when `word` occurs in `lower` as a whole word of `text`: no letter joined to it by letters, apostrophes or hyphens. */
function standsAlone(text: string, lower: string, word: string): boolean {
  if (word.length < 2) return false;
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    let alone = true;
    for (let k = at - 1; alone && k >= 0 && WORD_CHAR.test(text[k]!); k--) if (LETTER.test(text[k]!)) alone = false;
    for (let k = at + word.length; alone && k < text.length && WORD_CHAR.test(text[k]!); k++) if (LETTER.test(text[k]!)) alone = false;
    if (alone) return true;
  }
  return false;
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
