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

/** Lower-cased words of a text, to decide whether a hyphen at a line end belongs to the word. */
export function vocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'-]*[\p{L}]/gu)) words.add(m[0].toLowerCase());
  return words;
}

/**
 * Joins the lines of one paragraph with single spaces. A line ending in `word-` followed by a
 * lower-case word is re-joined without the hyphen unless the document writes the hyphenated form
 * elsewhere (`follow-up`), or the joined word is unknown while both halves are known.
 */
export function joinLines(lines: string[], vocab: Set<string> = new Set()): string {
  const parts: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const prev = parts[parts.length - 1];
    const hy = prev === undefined ? null : /([\p{L}]+)-$/u.exec(prev.slice(-60));
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
function repairSpacedHyphens(text: string, vocab: Set<string>): string {
  if (!text.includes('- ')) return text;
  return text.replace(/([\p{L}]+)- ([\p{Ll}]+)/gu, (whole, a: string, b: string) => {
    const joined = `${a}-${b}`.toLowerCase();
    if (vocab.has(joined)) return `${a}-${b}`;
    return vocab.has((a + b).toLowerCase()) ? a + b : whole;
  });
}
