// renderReportHtml: the report as one complete, self-contained, accessible HTML document (inline styles,
// one h1, headings in order, tables with th scope, every reference with a numbered source note). Also printed to PDF.
import type { ReviewReport } from './model.js';
import { reportTitle } from './presentation.js';
import { REPORT_CSS } from './html-styles.js';
import { bodyHtml } from './html-body.js';

export interface HtmlOptions {
  /** Language of the document (`lang` attribute); the report's own words are English. */
  lang?: string;
}

/** Escapes text for HTML content and attribute values. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A complete HTML document for a review report. */
export function renderReportHtml(report: ReviewReport, options: HtmlOptions = {}): string {
  const title = reportTitle(report);
  return `<!DOCTYPE html>
<html lang="${esc(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${bodyHtml(report)}
</body>
</html>
`;
}
