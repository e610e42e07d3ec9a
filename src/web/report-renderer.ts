// The children's-rights reference report of one review (src/report), served as a complete HTML page.
import { buildReviewReport, renderReportHtml, reportableReviews } from '../report/index.js';
import { facetCounts, type Db } from '../store/index.js';
import type { Lang } from '../core/index.js';

/** The report of `iso3` in `cycle` as an HTML document whose `lang` is the interface language. */
export function renderReviewReport(db: Db, iso3: string, cycle: number, lang: Lang): string {
  return renderReportHtml(buildReviewReport(db, iso3, cycle), { lang });
}

/** Cycles of `iso3` with a report: reviews with stored documents, or with recommendations. */
export function reportCycles(db: Db, iso3: string): number[] {
  const withDocs = reportableReviews(db).filter((r) => r.iso3 === iso3).map((r) => r.cycle);
  const withRecs = facetCounts(db, { state: [iso3] }, 'cycle').map((v) => Number(v.value));
  return [...new Set([...withDocs, ...withRecs])].sort();
}
