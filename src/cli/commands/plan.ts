// `upr plan STATE`: the engagement plan of a State for its next review (timeline and checklist with the State's
// own figures), as Markdown on the terminal or in a file, or as a Word document.
import { writeFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { engagementPlan, planDocument } from '../../analysis/index.js';
import { renderPlanDocx, renderPlanMarkdown } from '../../report/index.js';
import { localeFor, parseLang, UprError } from '../../core/index.js';

const FORMATS = ['md', 'docx'] as const;

export const planCommand: Command = {
  name: 'plan',
  summary: "Print the engagement plan of a State for its next review: timeline and checklist with the State's own figures.",
  usage: 'upr plan STATE [--lang en|fr|es] [--format md|docx] [--out FILE] [--date YYYY-MM-DD] [--json]',
  options: {
    lang: { type: 'string', valueName: 'LANG', help: 'language of the plan: en (default), fr or es' },
    format: { type: 'string', valueName: 'FMT', help: 'md (Markdown, default) or docx (Word; needs --out)' },
    out: { type: 'string', short: 'o', valueName: 'FILE', help: 'write the plan to FILE (Markdown: default standard output)' },
    date: { type: 'string', valueName: 'YYYY-MM-DD', help: 'plan from this day instead of today' },
    json: { type: 'boolean', help: 'print JSON (the same as /api/states/CODE/plan)' },
  },
  help: `The timeline comes from the review calendar (upr calendar; projected sessions marked so); the checklist
(src/analysis/planner/checklist.ts) is filled with the State's figures: its children's-rights recommendations and
responses, the issues the Committee on the Rights of the Child raised and the UPR did not (upr analyse crc-gap),
and the States to approach on the first of them (upr analyse lobbying-targets). Each item names the page of
upr serve holding its data. docs/analyses.md, "Engagement planner".
Examples:
  upr plan Slovenia
  upr plan SVN --lang fr --format docx --out plan-slovenie.docx`,
  async run(ctx, values, positionals) {
    if (positionals.length !== 1) throw new UprError('invalid_input', `name one State\nUsage: ${this.usage}`, { usage: true });
    const format = (values.format as string | undefined) ?? 'md';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UprError('invalid_input', `--format must be md or docx, got "${format}"`, { field: '--format', usage: true });
    if (format === 'docx' && !values.out) throw new UprError('invalid_input', 'a DOCX file cannot be printed: add --out FILE.docx', { field: '--out', usage: true });
    const now = (values.date as string | undefined) ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(Date.parse(now))) throw new UprError('invalid_input', `--date expects YYYY-MM-DD, got "${now}"`, { field: '--date', usage: true });
    const lang = parseLang(values.lang, { field: '--lang', usage: true });
    const db = openStoreForReading(ctx.config);
    try {
      const plan = engagementPlan(db, positionals[0]!, now);
      const doc = planDocument(localeFor(lang), plan);
      if (values.json) ctx.stdout.write(JSON.stringify({ ...plan, document: doc }, null, 2) + '\n');
      else if (format === 'docx') writeFileSync(values.out as string, await renderPlanDocx(doc, lang));
      else if (values.out) writeFileSync(values.out as string, renderPlanMarkdown(doc));
      else ctx.stdout.write(renderPlanMarkdown(doc));
      return 0;
    } finally {
      db.close();
    }
  },
};
