// renderReportHtml: the report as one complete, self-contained, accessible HTML document (inline styles,
// one h1, headings in order, tables with th scope, every reference with a numbered source note), rendered
// with hono/jsx like the web pages (text escaped by the renderer). Also printed to PDF.
import { raw } from 'hono/html';
import { localeFor, type Lang, type Locale } from '../core/index.js';
import type { ReviewReport } from './model.js';
import { reportTitle } from './presentation.js';
import { reportCss } from './html-styles.js';
import { ReportBody } from './html-body.js';

export interface HtmlOptions {
  /** Language of the report's own words and of the `lang` attribute (English by default). */
  lang?: Lang;
}

/** The `@page` footer content from the catalogue's `rp_pageOf` ("Page {page} of {pages}"): `"Page " counter(page) " of " counter(pages)`. */
function pageFooter(loc: Locale): string {
  return loc.t('rp_pageOf').split(/(\{page\}|\{pages\})/).filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : `"${part.replace(/["\\]/g, '\\$&')}"`))
    .join(' ');
}

function ReportDocument({ r, loc }: { r: ReviewReport; loc: Locale }) {
  return (
    <html lang={loc.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{reportTitle(r, loc)}</title>
        <style>{raw(reportCss(pageFooter(loc)))}</style>
      </head>
      <body>
        <ReportBody r={r} loc={loc} />
      </body>
    </html>
  );
}

/** A complete HTML document for a review report. */
export function renderReportHtml(report: ReviewReport, options: HtmlOptions = {}): string {
  return `<!DOCTYPE html>\n${String(<ReportDocument r={report} loc={localeFor(options.lang ?? 'en')} />)}\n`;
}
