// One interface for every report format, and the registry the CLI and the web choose from.
import type { Lang } from '../core/index.js';
import type { ReviewReport } from './model.js';
import { renderReportHtml } from './html.js';
import { renderReportMarkdown } from './markdown.js';
import { renderReportJson } from './json.js';
import { renderReportDocx } from './docx.js';
import { renderReportPdf, type PdfPrinter } from './pdf.js';

export type ReportFormat = 'html' | 'md' | 'docx' | 'pdf' | 'json';

export interface RenderOptions {
  /** Language of the report's own words in every format (English by default); JSON records it as `lang`. */
  lang?: Lang;
  /** A Chromium kept open by the caller for many PDFs. */
  printer?: PdfPrinter;
}

export interface ReportRenderer {
  format: ReportFormat;
  extension: string;
  mediaType: string;
  render(report: ReviewReport, options?: RenderOptions): Promise<string | Uint8Array>;
}

export const REPORT_RENDERERS: Record<ReportFormat, ReportRenderer> = {
  html: { format: 'html', extension: 'html', mediaType: 'text/html; charset=utf-8', render: async (r, o) => renderReportHtml(r, { lang: o?.lang }) },
  md: { format: 'md', extension: 'md', mediaType: 'text/markdown; charset=utf-8', render: async (r, o) => renderReportMarkdown(r, o?.lang) },
  docx: { format: 'docx', extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: (r, o) => renderReportDocx(r, o?.lang) },
  pdf: { format: 'pdf', extension: 'pdf', mediaType: 'application/pdf', render: (r, o) => renderReportPdf(r, o?.printer, o?.lang) },
  json: { format: 'json', extension: 'json', mediaType: 'application/json', render: async (r, o) => renderReportJson(r, o?.lang) },
};

export const REPORT_FORMATS = Object.keys(REPORT_RENDERERS) as ReportFormat[];

export function isReportFormat(s: string): s is ReportFormat {
  return s in REPORT_RENDERERS;
}
