// The report as JSON: the ReviewReport data itself, with a format version for consumers.
import type { ReviewReport } from './model.js';

export const REPORT_JSON_VERSION = 1;

/** Serialises a review report (pretty-printed, stable key order from the builder). */
export function renderReportJson(r: ReviewReport): string {
  return JSON.stringify({ formatVersion: REPORT_JSON_VERSION, ...r }, null, 2) + '\n';
}
