// The report as PDF: the HTML printed by Debian's Chromium through playwright-core (A4, page numbers from the
// stylesheet's @page rules). One printer can be kept open for many reports (`upr report --all`, the bench).
// playwright-core is imported only when a printer starts, so every other command loads without it.
import type { Browser, BrowserType } from 'playwright-core';
import { UprError, type Lang } from '../core/index.js';
import type { ReviewReport } from './model.js';
import { renderReportHtml } from './html.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Starts Chromium once; `print` turns an HTML document into PDF bytes. */
export async function createPdfPrinter(executablePath = CHROMIUM_PATH): Promise<PdfPrinter> {
  const chromium = await loadChromium();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: FLAGS });
  } catch (err) {
    throw new UprError('unsupported_format', `cannot start Chromium for PDF output (${executablePath}): ${(err as Error).message.split('\n')[0]}`, { file: executablePath });
  }
  return {
    async print(html) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** The playwright-core driver for Chromium; `unsupported_format` with what to install when the package is absent. */
async function loadChromium(): Promise<BrowserType> {
  try {
    return (await import('playwright-core')).chromium;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code !== 'ERR_MODULE_NOT_FOUND' || !e.message.includes("'playwright-core'")) throw err;
    throw new UprError('unsupported_format', 'PDF reports need playwright-core and Chromium: the npm package playwright-core is not installed (run `npm install playwright-core` where upr is installed); Chromium comes from the Debian package chromium', { field: '--format', value: 'pdf' });
  }
}

/** Renders a review report as PDF (the HTML in `lang`), with the given printer or a short-lived one. */
export async function renderReportPdf(r: ReviewReport, printer?: PdfPrinter, lang?: Lang): Promise<Uint8Array> {
  const own = printer ?? (await createPdfPrinter());
  try {
    return await own.print(renderReportHtml(r, { lang }));
  } finally {
    if (!printer) await own.close();
  }
}
