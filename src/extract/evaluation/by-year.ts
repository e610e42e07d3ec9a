// Extraction figures per report year: each report's recommendations matched against the reference
// records of the same State under review and session, then summed by year.
import type { Response } from '../../core/index.js';
import { addFigures, emptyFigures, matchReview, type ExtractedItem, type MatchFigures, type ReferenceItem } from './match.js';

export interface ReportExtraction {
  file: string;
  year: number;
  stateUnderReview: string | null;
  session: number | null;
  recommendations: { text: string; recommendingStates: string[]; response: Response }[];
}

export interface SessionReference extends ReferenceItem {
  session: number;
}

export interface ReportFigures extends MatchFigures {
  file: string;
  year: number;
  stateUnderReview: string | null;
  session: number | null;
  /** False when the reference holds nothing for this review (e.g. after session 12). */
  hasReference: boolean;
}

/** Matches every report against its reference records (same State under review and session). */
export function evaluateReports(reports: readonly ReportExtraction[], reference: readonly SessionReference[]): ReportFigures[] {
  const byReview = new Map<string, SessionReference[]>();
  for (const r of reference) {
    const k = `${r.stateUnderReview}:${r.session}`;
    byReview.set(k, [...(byReview.get(k) ?? []), r]);
  }
  return reports.map((rep) => {
    const ref = rep.stateUnderReview && rep.session !== null ? byReview.get(`${rep.stateUnderReview}:${rep.session}`) ?? [] : [];
    const sur = rep.stateUnderReview ?? '';
    const extracted: ExtractedItem[] = rep.recommendations.map((r) => ({ ...r, stateUnderReview: sur }));
    const f = ref.length > 0 ? matchReview(extracted, ref) : { ...emptyFigures(), extracted: extracted.length };
    return { ...f, file: rep.file, year: rep.year, stateUnderReview: rep.stateUnderReview, session: rep.session, hasReference: ref.length > 0 };
  });
}

/** Reference records of reviews that no report covers (their report is missing or unrecognised). */
export function uncoveredReference(reports: readonly ReportExtraction[], reference: readonly SessionReference[]): SessionReference[] {
  const covered = new Set(reports.map((r) => `${r.stateUnderReview}:${r.session}`));
  return reference.filter((r) => !covered.has(`${r.stateUnderReview}:${r.session}`));
}

/** Sums report figures by year (reports without reference are left out), plus a total row keyed 0. */
export function figuresByYear(reports: readonly ReportFigures[]): Map<number, MatchFigures & { reports: number }> {
  return figuresBy(reports, (r) => r.year);
}

/** Sums report figures by Working Group session (unknown session: -1), plus a total row keyed 0. */
export function figuresBySession(reports: readonly ReportFigures[]): Map<number, MatchFigures & { reports: number }> {
  return figuresBy(reports, (r) => r.session ?? -1);
}

/** Reports to look at: those matching under `minRecall` % of their reference records, and those yielding nothing. */
export function weakReports(reports: readonly ReportFigures[], minRecall = 95): { belowRecall: ReportFigures[]; empty: ReportFigures[] } {
  return {
    belowRecall: reports.filter((r) => r.hasReference && (100 * r.matchedReference) / r.reference < minRecall),
    empty: reports.filter((r) => r.extracted === 0),
  };
}

function figuresBy(reports: readonly ReportFigures[], keyOf: (r: ReportFigures) => number): Map<number, MatchFigures & { reports: number }> {
  const out = new Map<number, MatchFigures & { reports: number }>();
  for (const r of reports.filter((x) => x.hasReference)) {
    for (const key of [keyOf(r), 0]) {
      const prev = out.get(key) ?? { ...emptyFigures(), reports: 0 };
      out.set(key, { ...addFigures(prev, r), reports: prev.reports + 1 });
    }
  }
  return out;
}
