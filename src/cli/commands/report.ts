// `upr report STATE [--cycle N] --format FMT [--out FILE]` and `upr report --all`: children's-rights reference
// reports per review (every reference to children's rights across the UPR documents, with its source).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { listReviews } from '../../store/index.js';
import { resolveState, stateByIso3, UprError, parseLang } from '../../core/index.js';
import { buildReviewReport, createPdfPrinter, isReportFormat, reportableReviews, REPORT_FORMATS, REPORT_RENDERERS, type PdfPrinter, type ReportFormat } from '../../report/index.js';
import { createProgress } from '../progress.js';

function formatsOf(value: unknown, many: boolean): ReportFormat[] {
  const list = String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((f) => !isReportFormat(f));
  if (list.length === 0 || bad.length > 0 || (!many && list.length > 1)) {
    throw new UprError('invalid_input', `must be ${many ? 'a comma-separated list of' : 'one of'} ${REPORT_FORMATS.join(', ')}${bad.length ? `, got "${bad.join(',')}"` : ''}`, { field: '--format', usage: true });
  }
  return list as ReportFormat[];
}

const fileName = (iso3: string, cycle: number, format: ReportFormat): string => `${iso3}-cycle${cycle}-child-rights.${REPORT_RENDERERS[format].extension}`;

export const reportCommand: Command = {
  name: 'report',
  summary: "Children's-rights reference report of a review: every reference with its source, in HTML, Markdown, DOCX, PDF or JSON.",
  usage: 'upr report STATE [--cycle N] --format html|md|docx|pdf|json [--out FILE] | upr report --all --format LIST [--out DIR]',
  options: {
    cycle: { type: 'string', valueName: 'N', help: 'UPR cycle (default: the latest stored for the State)' },
    format: { type: 'string', valueName: 'FMT', help: `${REPORT_FORMATS.join(', ')} (with --all, a comma-separated list)` },
    out: { type: 'string', short: 'o', valueName: 'PATH', help: 'file to write (default: standard output for html/md/json, STATE-cycleN-child-rights.EXT for docx/pdf); with --all, a folder (default reports)' },
    all: { type: 'boolean', help: 'one report per ingested review' },
    lang: { type: 'string', valueName: 'LANG', help: "language of the report's own words, State names and dates in every format: en (default), fr or es" },
  },
  help: `Needs documents stored by upr ingest. PDF is printed by /usr/bin/chromium.
Examples:
  upr report Slovenia --cycle 3 --format pdf --out slovenia-3.pdf
  upr report SVN --format md --lang fr
  upr report --all --format html,docx,pdf --out reports`,
  async run(ctx, values, positionals) {
    const all = values.all === true;
    const formats = formatsOf(values.format, all);
    const lang = parseLang(values.lang, { field: '--lang', usage: true });
    const db = openStoreForReading(ctx.config);
    let printer: PdfPrinter | undefined;
    try {
      if (formats.includes('pdf')) printer = await createPdfPrinter();
      if (all) {
        const dir = (values.out as string | undefined) ?? 'reports';
        mkdirSync(dir, { recursive: true });
        const reviews = reportableReviews(db);
        const progress = createProgress(ctx.stderr, 'report');
        let i = 0;
        for (const { iso3, cycle } of reviews) {
          progress.update(i, reviews.length, `${iso3} cycle ${cycle}`);
          const report = buildReviewReport(db, iso3, cycle);
          for (const f of formats) writeFileSync(join(dir, fileName(iso3, cycle, f)), await REPORT_RENDERERS[f].render(report, { printer, lang }));
          i++;
        }
        progress.update(reviews.length, reviews.length);
        progress.done(`${reviews.length} review(s) × ${formats.length} format(s) written to ${dir}.`);
        return 0;
      }
      if (positionals.length !== 1) throw new UprError('invalid_input', `name one State (or use --all)\nUsage: ${this.usage}`, { usage: true });
      const state = stateByIso3(positionals[0]!.toUpperCase()) ?? resolveState(positionals[0]!);
      if (!state) throw new UprError('not_found', `unknown State "${positionals[0]}"`, { field: 'STATE', value: positionals[0] });
      const cycles = listReviews(db, state.iso3).map((r) => r.cycle);
      const cycle = values.cycle !== undefined ? Number(values.cycle) : Math.max(0, ...cycles);
      if (!Number.isInteger(cycle) || cycle < 1) throw new UprError('invalid_input', `--cycle must be a cycle number${cycles.length === 0 ? `; no review of ${state.shortName} is stored` : ''}`, { field: '--cycle', value: String(values.cycle ?? '') });
      const format = formats[0]!;
      const report = buildReviewReport(db, state.iso3, cycle);
      const body = await REPORT_RENDERERS[format].render(report, { printer, lang });
      const out = (values.out as string | undefined) ?? (typeof body === 'string' ? undefined : fileName(state.iso3, cycle, format));
      if (!out) {
        ctx.stdout.write(body as string);
        return 0;
      }
      writeFileSync(out, body);
      ctx.stderr.write(`${report.references.length} children's-rights reference(s) of ${state.shortName}, cycle ${cycle}, written to ${out}.\n`);
      return 0;
    } finally {
      await printer?.close();
      db.close();
    }
  },
};
