// The language of a page or report (for a request: ?lang=, then the cookie, then Accept-Language) and the
// translation/formatting functions views and report renderers receive. Data stays in the language of its source.
import { EN, FR, ES, type MessageKey, type Messages } from './catalogue.js';

export type Lang = 'en' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es'];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', es: 'Español' };
const CATALOGUES: Record<Lang, Messages> = { en: EN, fr: FR, es: ES };

export interface Locale {
  lang: Lang;
  /** Translates `key`, replacing `{name}` placeholders. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  num(n: number): string;
  /** Formats an ISO date (YYYY-MM-DD) in the interface language. */
  date(iso: string): string;
  /** Formats a month (YYYY-MM) in the interface language: "January 2030", "janvier 2030". */
  month(isoMonth: string): string;
}

export const isLang = (s: string | undefined | null): s is Lang => !!s && (LANGS as readonly string[]).includes(s);

/** Chooses the language: explicit query parameter, then cookie, then the browser's Accept-Language, then English. */
export function pickLang(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(query)) return query;
  if (isLang(cookie)) return cookie;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLang(code)) return code;
  }
  return 'en';
}

/** The locale object for `lang`. */
export function localeFor(lang: Lang): Locale {
  const cat = CATALOGUES[lang];
  const nf = new Intl.NumberFormat(lang);
  const mf = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const df = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    t: (key, vars) => {
      const s = cat[key] ?? EN[key];
      return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
    },
    num: (n) => nf.format(n),
    date: (iso) => {
      const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : df.format(d);
    },
    month: (isoMonth) => {
      const d = new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? isoMonth : mf.format(d);
    },
  };
}

export type { MessageKey, Messages };
export { EN, FR, ES };
