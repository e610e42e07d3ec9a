// The engagement planner's checklist as data: the stages of a UPR review from a children's-rights organisation's
// side, and per stage the items to do, each a message of the catalogue (EN/FR/ES) and the page of the explorer
// holding its data. The texts take their figures from the plan (planVars): {state}, {gapIssues}, {targets}…
import type { MessageKey } from '../../core/index.js';

export type StageId = 'prepare' | 'submission' | 'presession' | 'review' | 'adoption' | 'followup';

/**
 * Where an item links: an analysis for the State (with the plan's top issue when `issue`), the State's page,
 * the calendar of the State, or the search of its children's-rights recommendations with more filters.
 */
export type PlanLink =
  | { analysis: string; issue?: boolean }
  | { page: 'state' | 'calendar' }
  | { search: Record<string, string> };

export interface ChecklistItem {
  id: string;
  text: MessageKey;
  /** The text to use instead when the plan lacks a figure (no CRC data loaded; no issue to find targets for). */
  without?: { figure: 'crc' | 'targets'; text: MessageKey };
  link: PlanLink;
}

export interface ChecklistStage {
  stage: StageId;
  title: MessageKey;
  items: readonly ChecklistItem[];
}

export const CHECKLIST: readonly ChecklistStage[] = [
  { stage: 'prepare', title: 'planStage_prepare', items: [
    { id: 'issues', text: 'planItem_issues', without: { figure: 'crc', text: 'planItem_issuesNoCrc' }, link: { analysis: 'crc-gap' } },
    { id: 'past', text: 'planItem_past', link: { analysis: 'responses' } },
    // The civil-society map (analysis 8) lists who submitted on the State; it is linked by name only.
    { id: 'coalition', text: 'planItem_coalition', link: { analysis: 'civil-society' } },
    { id: 'nhri', text: 'planItem_nhri', link: { page: 'state' } },
    { id: 'children', text: 'planItem_children', link: { search: { childIssue: 'participation_civil_rights' } } },
  ] },
  { stage: 'submission', title: 'planStage_submission', items: [
    { id: 'write', text: 'planItem_write', link: { search: {} } },
    { id: 'deadline', text: 'planItem_deadline', link: { page: 'calendar' } },
  ] },
  { stage: 'presession', title: 'planStage_presession', items: [
    { id: 'targets', text: 'planItem_targets', without: { figure: 'targets', text: 'planItem_targetsNone' }, link: { analysis: 'lobbying-targets', issue: true } },
    { id: 'capital', text: 'planItem_capital', link: { analysis: 'lobbying-targets', issue: true } },
    { id: 'presession', text: 'planItem_presession', link: { analysis: 'lobbying-targets', issue: true } },
  ] },
  { stage: 'review', title: 'planStage_review', items: [
    { id: 'webcast', text: 'planItem_webcast', link: { page: 'calendar' } },
    { id: 'draft', text: 'planItem_draft', link: { search: {} } },
  ] },
  { stage: 'adoption', title: 'planStage_adoption', items: [
    { id: 'responses', text: 'planItem_responses', link: { analysis: 'responses' } },
    { id: 'statement', text: 'planItem_statement', link: { page: 'state' } },
    { id: 'disseminate', text: 'planItem_disseminate', link: { page: 'state' } },
  ] },
  { stage: 'followup', title: 'planStage_followup', items: [
    { id: 'implement', text: 'planItem_implement', link: { search: { response: 'supported' } } },
    { id: 'midterm', text: 'planItem_midterm', link: { page: 'calendar' } },
    { id: 'next', text: 'planItem_next', link: { analysis: 'continuity' } },
  ] },
];
