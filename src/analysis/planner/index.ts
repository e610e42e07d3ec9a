// Public face of the engagement planner (re-exported by src/analysis/index.ts).
export { CHECKLIST, type ChecklistItem, type ChecklistStage, type PlanLink, type StageId } from './checklist.js';
export { PLAN_TIMING, adoptionMonth, planTimeline, type PlanDate, type PlanTimeline } from './timeline.js';
export { engagementPlan, type EngagementPlan, type PlanFigures } from './plan.js';
export { planDocument, planHref, planVars, type PlanDocument, type PlanDocumentItem, type PlanDocumentStage } from './plan-document.js';
