// The engagement plan as Markdown: the same content as the page and the DOCX, checklist items as task-list boxes.
import { planLink, type PlanText } from './plan-model.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The plan as Markdown text; `baseUrl` makes the explorer links absolute. */
export function renderPlanMarkdown(plan: PlanText, baseUrl = ''): string {
  const out = [`# ${plan.title}`, '', plan.nextReview, '', plan.intro, '', `## ${plan.labels.timeline}`, '',
    `| ${plan.labels.stage} | ${plan.labels.date} |`, '| --- | --- |', ...plan.stages.map((s) => `| ${cell(s.title)} | ${cell(s.when)} |`), '', `_${plan.rules}_`, '',
    `## ${plan.labels.checklist}`];
  for (const s of plan.stages) {
    out.push('', `### ${s.title} — ${s.when}`, '');
    for (const i of s.items) out.push(`- [ ] ${i.text} ([${plan.labels.see}](${planLink(i.href, baseUrl)}))`);
  }
  out.push('', `_${plan.generated}_`, '');
  return out.join('\n');
}
