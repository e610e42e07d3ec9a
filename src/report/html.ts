// renderReportHtml: the report as one complete, self-contained, accessible HTML document (inline styles,
// one h1, headings in order, tables with th scope, every reference with a numbered source note). Also printed to PDF.
import type { ReviewReport } from './model.js';
import { reportTitle } from './presentation.js';
import { REPORT_CSS } from './html-styles.js';
import { bodyHtml } from './html-body.js';
import { labelsFor } from './labels.js';

export interface HtmlOptions {
  /** Language of the report's own words (`en`, `fr`, `es`; others fall back to English) and of the `lang` attribute. */
  lang?: string;
}

/** Escapes text for HTML content and attribute values. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A complete HTML document for a review report. */
export function renderReportHtml(report: ReviewReport, options: HtmlOptions = {}): string {
  const L = labelsFor(options.lang);
  const title = reportTitle(report, L);
  return `<!DOCTYPE html>
<html lang="${esc(L.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${REPORT_CSS.replace('"Page " counter(page) " of "', L.pageCss)}</style>
</head>
<body>
${bodyHtml(report, L)}
</body>
</html>
`;
}
