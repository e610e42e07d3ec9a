// Public face of i18n: the one message catalogue (interface and reports, in English, French and Spanish),
// the language type and the Locale every page and report formats with.
export { pickLang, localeFor, LANGS, LANG_NAMES, EN, FR, ES, type Lang, type Locale, type MessageKey, type Messages } from './locale.js';
