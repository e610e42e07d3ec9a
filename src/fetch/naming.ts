// Where a document comes from and where it is kept (pure): the ODS URL of a symbol and language, and the
// cache file name, a reversible safe encoding of symbol and language.
import { UprError } from '../core/index.js';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type FetchLanguage = (typeof LANGUAGES)[number];

/** The UN Official Document System: `…/api/symbol/access?s=SYMBOL&l=en&t=pdf` redirects to the PDF. */
export const DEFAULT_SOURCE = 'https://documents.un.org';

/** Checks a language code given on the command line. */
export function parseLanguage(raw: string): FetchLanguage {
  const l = raw.trim().toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(l)) return l as FetchLanguage;
  throw new UprError('invalid_input', `--lang must be one of ${LANGUAGES.join(', ')}, got "${raw}"`, { field: '--lang', value: raw, usage: true });
}

/** The URL asking `source` (the ODS or a mirror of it) for the PDF of `symbol` in `lang`. */
export function documentUrl(source: string, symbol: string, lang: FetchLanguage): string {
  const base = source.replace(/\/+$/, '');
  return `${base}/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${lang}&t=pdf`;
}

/**
 * The cache file of `symbol` in `lang`: `/` becomes `_`, and `_`, `%` and anything but letters, digits, `.`
 * and `-` are percent-encoded, so two symbols never share a file: `A/HRC/43/15/Add.1` → `A_HRC_43_15_Add.1.en.pdf`.
 */
export function cacheFileName(symbol: string, lang: FetchLanguage): string {
  const safe = [...symbol].map((ch) => (ch === '/' ? '_' : /[A-Za-z0-9.-]/.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))).join('');
  return `${safe.replace(/^\./, '%2E')}.${lang}.pdf`;
}

/** The cache index key of a symbol and language. */
export const cacheKey = (symbol: string, lang: FetchLanguage): string => `${symbol}|${lang}`;
