// Sentence splitting for UN prose, so a paragraph that mixes topics can be quoted by the sentences
// about children alone, without changing a word.

const ABBREVIATIONS = /(?:\b(?:para|paras|p|pp|No|Nos|e\.g|i\.e|Mr|Ms|Mrs|Dr|art|arts|St|vol|cf|al|etc|Inc|Co|Corr|Add|Rev)|\b[A-Z])\.$/;

/** Splits text into sentences; the sentences joined by single spaces give back the text (whitespace normalised). */
export function splitSentences(text: string): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const out: string[] = [];
  let current: string[] = [];
  words.forEach((w, i) => {
    current.push(w);
    const next = words[i + 1];
    const ends = /[.!?]["”’)]?$/.test(w) && !ABBREVIATIONS.test(w);
    if (ends && next !== undefined && /^["“‘(]?[A-Z0-9]/.test(next)) {
      out.push(current.join(' '));
      current = [];
    }
  });
  if (current.length > 0) out.push(current.join(' '));
  return out.filter((s) => s.length > 0);
}

/**
 * The sentences of a paragraph that pass `isAboutChildren`, when quoting them alone reads better than the whole
 * paragraph (at least three sentences, at most half of them about children); otherwise undefined.
 */
export function childSentences(text: string, isAboutChildren: (sentence: string) => boolean): string[] | undefined {
  const sentences = splitSentences(text);
  if (sentences.length < 3) return undefined;
  const kept = sentences.filter(isAboutChildren);
  if (kept.length === 0 || kept.length > sentences.length / 2) return undefined;
  return kept;
}
