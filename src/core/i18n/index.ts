// Public face of i18n: the one message catalogue (interface and reports, in English, French and Spanish),
// the language type, the Locale every page and report formats with, and labels of data values.
export { pickLang, localeFor, isLang, LANGS, LANG_NAMES, EN, FR, ES, type Lang, type Locale, type MessageKey, type Messages } from './locale.js';
export { parseLang } from './parse-lang.js';
export { responseLabel, childIssueLabel, documentTypeLabel, groupLabel } from './value-labels.js';
