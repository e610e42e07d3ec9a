// The engagement plan of one State: its next review's timeline and the checklist, with the State's own figures
// (children's-rights recommendations and responses, the CRC ↔ UPR gap, the lobbying targets for its top gap
// issue). Data only: plan-document.ts words it in a language for the page, Markdown and DOCX.
import { crossCounts, searchIds, type Db, type RecommendationFilters } from '../../store/index.js';
import { UprError, resolveState } from '../../core/index.js';
import { runAnalysis } from '../advocacy/registry.js';
import { childScope } from '../advocacy/scope.js';
import { CHECKLIST, type ChecklistStage } from './checklist.js';
import { planTimeline, type PlanTimeline } from './timeline.js';

export interface PlanFigures {
  /** Children's-rights recommendations to the State loaded, and how it answered them. */
  childRecs: number;
  supported: number;
  noted: number;
  /** CRC items loaded on the State (0: the gap cannot be shown). */
  crcItems: number;
  /** Issues the CRC raised and no UPR recommendation did, first the most raised by the CRC. */
  gapIssues: string[];
  /** The issue the lobbying targets are for: the first gap issue, else the State's most recommended issue. */
  topIssue: string | null;
  /** Up to five States to approach on the top issue (ISO3), best first. */
  targets: string[];
}

export interface EngagementPlan {
  state: string;
  now: string;
  /** Absent when the calendar has no next review for the State. */
  timeline?: PlanTimeline;
  figures: PlanFigures;
  checklist: readonly ChecklistStage[];
}

const total = (db: Db, f: RecommendationFilters) => searchIds(db, f, { limit: 0 }).total;

function figures(db: Db, iso3: string): PlanFigures {
  const child = childScope({ state: [iso3] });
  const gap = runAnalysis(db, 'crc-gap', { state: [iso3] });
  const gapRows = gap.tables.find((t) => t.name === 'issues')?.rows ?? [];
  const gapIssues = gapRows.filter((r) => r.status === 'never').map((r) => String(r.issue));
  const mostRecommended = crossCounts(db, child, ['childIssue']).cells.sort((a, b) => b.count - a.count || a.values[0]!.localeCompare(b.values[0]!))[0]?.values[0];
  const topIssue = gapIssues[0] ?? (gapRows[0] ? String(gapRows[0].issue) : mostRecommended ?? null);
  let targets: string[] = [];
  if (topIssue) {
    const rows = runAnalysis(db, 'lobbying-targets', { state: [iso3], childIssue: [topIssue] }, { limit: '5' }).tables[0]?.rows ?? [];
    targets = rows.map((r) => String(r.state));
  }
  return {
    childRecs: total(db, child), supported: total(db, { ...child, response: ['supported'] }), noted: total(db, { ...child, response: ['noted'] }),
    crcItems: Number(gap.params.crcItems ?? 0), gapIssues, topIssue, targets,
  };
}

/** The engagement plan of State `name` (a name or ISO3 code) as of `now` (YYYY-MM-DD). */
export function engagementPlan(db: Db, name: string, now: string): EngagementPlan {
  const state = resolveState(name);
  if (!state) throw new UprError('not_found', `"${name}" is not a known State name or ISO3 code`, { field: 'state', value: name });
  return { state: state.iso3, now, timeline: planTimeline(state.iso3, now), figures: figures(db, state.iso3), checklist: CHECKLIST };
}
