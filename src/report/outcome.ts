// The outcome summary of a review in its formats: one entry point for the CLI (`upr outcome`) and the web.
import type { Lang } from '../core/index.js';
import type { OutcomeSummary } from './outcome-model.js';
import { outcomeOutline } from './outcome-outline.js';
import { renderOutcomeDocx, renderOutcomeMarkdown } from './outcome-render.js';
import { renderOutcomeHtml, renderOutcomePdf } from './outcome-html.js';
import type { PdfPrinter } from './pdf.js';

export const OUTCOME_FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type OutcomeFormat = (typeof OUTCOME_FORMATS)[number];

export const OUTCOME_MEDIA_TYPES: Record<OutcomeFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export const isOutcomeFormat = (s: string): s is OutcomeFormat => (OUTCOME_FORMATS as readonly string[]).includes(s);

/** Renders the summary in `format` and `lang` (PDF with the caller's printer, or a short-lived one). */
export async function renderOutcome(s: OutcomeSummary, format: OutcomeFormat, opts: { lang?: Lang; printer?: PdfPrinter } = {}): Promise<string | Uint8Array> {
  const lang = opts.lang ?? 'en';
  const blocks = outcomeOutline(s, lang);
  if (format === 'md') return renderOutcomeMarkdown(blocks);
  if (format === 'html') return renderOutcomeHtml(blocks, lang);
  if (format === 'docx') return renderOutcomeDocx(blocks, lang);
  return renderOutcomePdf(blocks, lang, opts.printer);
}
