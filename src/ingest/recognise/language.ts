// Language of a document from its most common short words (UN official languages). Pure.

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'for', 'with', 'on'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'dans', 'est', 'pour', 'une'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'para', 'una'],
};

/** Each stopword with its language (no word is a stopword of two languages). */
const LANGUAGE_OF = new Map(Object.entries(STOPWORDS).flatMap(([lang, words]) => words.map((w) => [w, lang] as const)));

/** ISO 639-1 code (`en`, `fr`, `es`, `ru`, `ar`, `zh`) of the text, or null when there is too little text. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 40_000);
  let cyr = 0, arb = 0, han = 0, latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if (c >= 0x0600 && c <= 0x06ff) arb++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  const max = Math.max(cyr, arb, han, latin);
  if (max < 20) return null;
  if (max === cyr) return 'ru';
  if (max === arb) return 'ar';
  if (max === han) return 'zh';
  const counts: Record<string, number> = { en: 0, fr: 0, es: 0 };
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const lang = LANGUAGE_OF.get(word);
    if (lang) counts[lang]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] >= 3 ? best[0] : null;
}
