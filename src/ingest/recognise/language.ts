// Language of a document from its most common short words (UN official languages). Pure.

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'for', 'with', 'on'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'dans', 'est', 'pour', 'une'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'para', 'una'],
};

/** ISO 639-1 code (`en`, `fr`, `es`, `ru`, `ar`, `zh`) of the text, or null when there is too little text. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 40_000);
  const cyr = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  const arb = (sample.match(/[\u0600-\u06FF]/g) ?? []).length;
  const han = (sample.match(/[\u4E00-\u9FFF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  const max = Math.max(cyr, arb, han, latin);
  if (max < 20) return null;
  if (max === cyr) return 'ru';
  if (max === arb) return 'ar';
  if (max === han) return 'zh';
  const counts: Record<string, number> = { en: 0, fr: 0, es: 0 };
  const sets = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const [lang, set] of sets) if (set.has(m[0])) counts[lang]!++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] >= 3 ? best[0] : null;
}
