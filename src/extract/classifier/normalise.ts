// Text normalisation, language guess and tokens for the children's-rights classifier (English, French, Spanish).
// Pure: lower-case, accents folded, apostrophes and dashes unified, so lexicon patterns can be written plainly.

export type ClassifierLanguage = 'en' | 'fr' | 'es';
export const CLASSIFIER_LANGUAGES: readonly ClassifierLanguage[] = ['en', 'fr', 'es'];

/** Lower-cases, folds accents (é → e, ñ → n), unifies quotes, apostrophes and dashes, collapses spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%u2019|[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const STOPWORDS: Record<ClassifierLanguage, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'on', 'its', 'that', 'all', 'by', 'from', 'this', 'be']),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'du', 'est', 'pour', 'une', 'dans', 'au', 'aux', 'sur', 'qui', 'ont', 'sont']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'por', 'una', 'con', 'para', 'que', 'al', 'se', 'su', 'sus', 'como', 'han']),
};

/** Guesses English, French or Spanish by counting common function words; English when unsure. */
export function detectLanguage(text: string): ClassifierLanguage {
  const counts: Record<ClassifierLanguage, number> = { en: 0, fr: 0, es: 0 };
  for (const w of normaliseText(text).split(/[^a-z']+/)) {
    for (const lang of CLASSIFIER_LANGUAGES) if (STOPWORDS[lang].has(w)) counts[lang]++;
  }
  const best = CLASSIFIER_LANGUAGES.reduce((a, b) => (counts[b] > counts[a] ? b : a), 'en');
  return counts[best] > counts.en ? best : 'en';
}

/** Word tokens of normalised text, with a light plural strip so "children's"/"schools" meet "school". */
export function tokens(normalised: string): string[] {
  const out: string[] = [];
  for (const raw of normalised.split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || /^\d+$/.test(raw)) continue;
    out.push(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}
