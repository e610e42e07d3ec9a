// The engagement plan worded in one language: title, next review, the timing rules, and per stage its date and
// checklist items with their figures and links. The page, the Markdown and the DOCX all render this one model.
import { childIssueLabel, stateName, type Locale } from '../../core/index.js';
import { SUBMISSION_DEADLINE_RULE } from '../../core/index.js';
import type { PlanLink, StageId } from './checklist.js';
import type { EngagementPlan } from './plan.js';
import { PLAN_TIMING, type PlanDate } from './timeline.js';

export interface PlanDocumentItem { id: string; text: string; href: string }
export interface PlanDocumentStage { id: StageId; title: string; when: string; items: PlanDocumentItem[] }

export interface PlanDocument {
  title: string;
  intro: string;
  /** The next review in words, or that the calendar has none. */
  nextReview: string;
  rules: string;
  generated: string;
  /** Headings and labels of the renderers, in the same language. */
  labels: { timeline: string; checklist: string; stage: string; date: string; see: string };
  stages: PlanDocumentStage[];
}

/** The explorer's URL (a path) holding an item's data for the plan's State. */
export function planHref(link: PlanLink, plan: EngagementPlan): string {
  const q = new URLSearchParams({ state: plan.state });
  if ('analysis' in link) {
    if (link.issue && plan.figures.topIssue) q.set('childIssue', plan.figures.topIssue);
    return `/analyses/${link.analysis}?${q}`;
  }
  if ('page' in link) return link.page === 'state' ? `/states/${plan.state}` : `/calendar?${q}`;
  q.set('childRights', '1');
  for (const [k, v] of Object.entries(link.search)) q.set(k, v);
  return `/?${q}`;
}

function when(loc: Locale, d: PlanDate): string {
  const t = loc.t;
  const base = d.precision === 'month' ? t('planAbout', { date: loc.month(d.date) }) : d.end ? `${loc.date(d.date)} – ${loc.date(d.end)}` : loc.date(d.date);
  const marks = [d.projected ? t('planProjected') : '', d.estimated ? t('planEstimated') : ''].filter(Boolean);
  return marks.length ? `${base} (${marks.join(', ')})` : base;
}

/** The figures every checklist text may use, worded in `loc`'s language. */
export function planVars(loc: Locale, plan: EngagementPlan): Record<string, string> {
  const f = plan.figures;
  const d = plan.timeline?.dates;
  return {
    state: stateName(plan.state, loc.lang), gapNever: loc.num(f.gapIssues.length), gapIssues: f.gapIssues.map((i) => childIssueLabel(loc, i)).join(', '),
    topIssue: f.topIssue ? childIssueLabel(loc, f.topIssue) : '–', targets: f.targets.map((s) => stateName(s, loc.lang)).join(', '),
    childRecs: loc.num(f.childRecs), supported: loc.num(f.supported), noted: loc.num(f.noted),
    deadline: d ? loc.date(d.submission.date) : '–', midterm: d ? loc.month(d.followup.date) : '–',
  };
}

/** The plan in `loc`'s language. */
export function planDocument(loc: Locale, plan: EngagementPlan): PlanDocument {
  const t = loc.t;
  const vars = planVars(loc, plan);
  const missing = { crc: plan.figures.crcItems === 0, targets: plan.figures.targets.length === 0 };
  const tl = plan.timeline;
  return {
    title: t('planTitle', vars), intro: t('planIntro', vars),
    nextReview: tl ? `${t('planNextReview', { session: tl.session.number, cycle: tl.session.cycle, start: loc.date(tl.session.start), end: loc.date(tl.session.end) })}${tl.session.projected ? ` (${t('planProjected')})` : ''}` : t('planNoReview'),
    rules: t('planRules', { weeks: SUBMISSION_DEADLINE_RULE.weeksBefore, presession: PLAN_TIMING.presessionWeeksBefore, adoption: PLAN_TIMING.adoptionWeeksAfter, midterm: PLAN_TIMING.midtermMonths }),
    generated: t('planGenerated', { date: loc.date(plan.now) }),
    labels: { timeline: t('planTimeline'), checklist: t('planChecklist'), stage: t('planStage'), date: t('planDate'), see: t('planSee') },
    stages: plan.checklist.map((s) => ({
      id: s.stage, title: t(s.title), when: tl ? when(loc, tl.dates[s.stage]) : '–',
      items: s.items.map((i) => ({ id: i.id, text: t(i.without && missing[i.without.figure] ? i.without.text : i.text, vars), href: planHref(i.link, plan) })),
    })),
  };
}
