// The report as JSON: the ReviewReport data itself, with a format version and the language it was asked in.
// The data stays as stored (English State names, issue and notes as codes); `lang` tells a consumer which
// language to label it in.
import type { Lang } from '../core/index.js';
import type { ReviewReport } from './model.js';

/** 2: `lang` added; notes are `{ code, document? }` objects. 3: `expectedDocuments` (missing or unreadable ones). */
export const REPORT_JSON_VERSION = 3;

/** Serialises a review report (pretty-printed, stable key order from the builder). */
export function renderReportJson(r: ReviewReport, lang: Lang = 'en'): string {
  return JSON.stringify({ formatVersion: REPORT_JSON_VERSION, lang, ...r }, null, 2) + '\n';
}
