// Loads the children's-rights report renderer of src/report when that module provides one
// (`buildReviewReport` + `renderReportHtml`); until then State pages show no report links.
import type { Db } from '../store/index.js';
import type { Lang } from './i18n/locale.js';

export interface ReportRenderer {
  render(db: Db, iso3: string, cycle: number, lang: Lang): Promise<string>;
}

interface ReportModule {
  buildReviewReport?: (db: Db, iso3: string, cycle: number) => unknown;
  renderReportHtml?: (report: unknown, opts: { lang?: string }) => unknown;
}

/** The renderer, or null when src/report does not (yet) export the two functions. */
export async function loadReportRenderer(): Promise<ReportRenderer | null> {
  const spec = '../report/index.js';
  let mod: ReportModule;
  try {
    mod = (await import(spec)) as ReportModule;
  } catch {
    return null;
  }
  const { buildReviewReport: build, renderReportHtml: renderHtml } = mod;
  if (typeof build !== 'function' || typeof renderHtml !== 'function') return null;
  return {
    async render(db, iso3, cycle, lang) {
      const report = await build(db, iso3, cycle);
      return String(await renderHtml(report, { lang }));
    },
  };
}
