// `upr eval extraction --docs DIR --truth DIR`: reads the Working Group report PDFs itself, extracts their
// recommendations and measures them against UPR Info's records (recall, precision, States, responses).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Evaluation } from './eval.js';
import type { CommandContext } from '../command.js';
import { readPdf, decodeText, parseUprInfoCsv } from '../../ingest/index.js';
import { parseReportHeader, parseWorkingGroupReport, evaluateReports, figuresByYear, figuresBySession, weakReports, rates, uncoveredReference, type ReportExtraction, type ReportFigures, type SessionReference, type MatchFigures } from '../../extract/index.js';
import { UprError } from '../../core/index.js';
import { renderTable } from '../table.js';

const pct = (n: number | null) => (n === null ? '—' : `${n.toFixed(1)} %`);

async function extractAll(dir: string, ctx: CommandContext): Promise<{ reports: ReportExtraction[]; problems: number }> {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  if (files.length === 0) throw new UprError('not_found', `no PDF files in ${dir}`, { file: dir });
  const reports: ReportExtraction[] = [];
  let problems = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const doc = await readPdf(join(dir, file));
      const header = parseReportHeader(doc.pages);
      const recs = parseWorkingGroupReport(doc.pages);
      problems += header.problems.length + recs.problems.length;
      const year = Number(/(\d{4})\.pdf$/i.exec(file)?.[1] ?? 0);
      reports.push({ file, year, stateUnderReview: header.value.stateIso3, session: header.value.session, recommendations: recs.value });
    }
  };
  await Promise.all([worker(), worker()]);
  if (ctx.stderr.isTTY) ctx.stderr.write(`read ${files.length} reports\n`);
  return { reports: reports.sort((a, b) => a.file.localeCompare(b.file)), problems };
}

function readTruth(dir: string): SessionReference[] {
  const files = readdirSync(dir).filter((f) => /sessions.*\.csv$/i.test(f)).sort();
  if (files.length === 0) throw new UprError('not_found', `no UPR Info sessions CSV in ${dir}`, { file: dir });
  return files.flatMap((f) =>
    parseUprInfoCsv(decodeText(readFileSync(join(dir, f))).text, f).value.map((r) => ({
      stateUnderReview: r.stateUnderReview.iso3,
      recommendingState: r.recommendingState?.iso3 ?? null,
      text: r.text,
      response: r.response,
      session: r.session,
    })),
  );
}

export const extractionEvaluation: Evaluation = {
  summary: 'recommendations extracted from Working Group reports vs UPR Info (--docs DIR --truth DIR)',
  async run(ctx, values) {
    const docs = values.docs as string | undefined;
    const truth = values.truth as string | undefined;
    if (!docs || !truth) throw new UprError('invalid_input', 'upr eval extraction needs --docs DIR and --truth DIR', { usage: true });
    const { reports, problems } = await extractAll(docs, ctx);
    const reference = readTruth(truth);
    const figures = evaluateReports(reports, reference);
    const uncovered = uncoveredReference(reports, reference);
    const sorted = (m: Map<number, MatchFigures & { reports: number }>) => [...m.entries()].sort(([a], [b]) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
    const rows = sorted(figuresByYear(figures)).map(([year, f]) => ({ year: year || 'all', ...f, ...rates(f) }));
    const sessions = sorted(figuresBySession(figures)).map(([session, f]) => ({ session: session === 0 ? 'all' : session < 0 ? '?' : session, ...f, ...rates(f) }));
    const weak = weakReports(figures);
    const unreferenced = figures.filter((f) => !f.hasReference);
    if (values.json) {
      ctx.stdout.write(JSON.stringify({ years: rows, sessions, belowRecall95: weak.belowRecall.map((f) => f.file), zeroRecommendations: weak.empty.map((f) => f.file),
        reports: figures, uncoveredReference: uncovered.length, problems }, null, 2) + '\n');
      return 0;
    }
    ctx.stdout.write(renderTable(sessions, [
      { header: 'session', get: (r) => r.session },
      { header: 'reports', get: (r) => r.reports, align: 'right' },
      { header: 'UPR Info', get: (r) => r.reference, align: 'right' },
      { header: 'recall', get: (r) => pct(r.recall), align: 'right' },
      { header: 'State accuracy', get: (r) => pct(r.stateAccuracy), align: 'right' },
    ]) + '\n');
    ctx.stdout.write(renderTable(rows, [
      { header: 'year', get: (r) => r.year },
      { header: 'reports', get: (r) => r.reports, align: 'right' },
      { header: 'UPR Info', get: (r) => r.reference, align: 'right' },
      { header: 'extracted', get: (r) => r.extracted, align: 'right' },
      { header: 'recall', get: (r) => pct(r.recall), align: 'right' },
      { header: 'recall, same State', get: (r) => pct(r.recallSameState), align: 'right' },
      { header: 'precision', get: (r) => pct(r.precision), align: 'right' },
      { header: 'State accuracy', get: (r) => pct(r.stateAccuracy), align: 'right' },
      { header: 'response agreement', get: (r) => `${pct(r.responseAgreement)} (${r.responseChecked})`, align: 'right' },
    ]));
    const rate = (f: ReportFigures) => `${basename(f.file, '.pdf')} ${f.matchedReference}/${f.reference}`;
    ctx.stdout.write(`\nReports below 95 % recall: ${weak.belowRecall.length ? weak.belowRecall.map(rate).join(', ') : 'none'}\n`);
    ctx.stdout.write(`Reports with zero recommendations: ${weak.empty.length ? weak.empty.map((f) => basename(f.file, '.pdf')).join(', ') : 'none'}\n`);
    const worst = figures.filter((f) => f.hasReference && f.matchedReference < f.reference).sort((a, b) => a.matchedReference / a.reference - b.matchedReference / b.reference).slice(0, 8);
    if (worst.length) ctx.stdout.write(`\nLowest recall: ${worst.map((f) => `${basename(f.file, '.pdf')} ${f.matchedReference}/${f.reference}`).join(', ')}\n`);
    const missing = [...new Set(uncovered.map((r) => `${r.stateUnderReview} session ${r.session}`))];
    if (missing.length) ctx.stdout.write(`UPR Info records of reviews without a report in --docs (not counted): ${uncovered.length} (${missing.join(', ')})\n`);
    ctx.stdout.write(`Reports without UPR Info records (after session 12 or unrecognised): ${unreferenced.length} (${unreferenced.reduce((n, f) => n + f.extracted, 0)} recommendations extracted); parser problems: ${problems}\n`);
    return 0;
  },
};
