// `upr outcome STATE [--cycle N]`: the one-page outcome summary of a review for partners and media.
import { writeFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { listReviews } from '../../store/index.js';
import { resolveState, stateByIso3, UprError, parseLang } from '../../core/index.js';
import { buildOutcomeSummary, isOutcomeFormat, OUTCOME_FORMATS, renderOutcome } from '../../report/index.js';

export const outcomeCommand: Command = {
  name: 'outcome',
  summary: 'One-page outcome summary of a review for partners and media, in DOCX, PDF or Markdown.',
  usage: 'upr outcome STATE [--cycle N] [--format docx|pdf|md] [--lang en|fr|es] [--out FILE]',
  options: {
    cycle: { type: 'string', valueName: 'N', help: 'UPR cycle (default: the latest stored for the State)' },
    format: { type: 'string', valueName: 'FMT', help: `${OUTCOME_FORMATS.join(', ')} (default docx)` },
    lang: { type: 'string', valueName: 'LANG', help: 'en (default), fr or es' },
    out: { type: 'string', short: 'o', valueName: 'FILE', help: 'file to write (default STATE-cycleN-outcome.EXT; md and html to standard output)' },
    today: { type: 'string', valueName: 'YYYY-MM-DD', help: 'date from which "what happens next" is told (default today)' },
  },
  help: `In plain words: the State, cycle and dates; how many recommendations and how many on children's rights;
supported vs noted by issue; the most frequent recommending States; key children's-rights recommendations
quoted with their paragraph; the mid-term report and the next review. Every figure is traced to the document
symbol and paragraphs it counts (after the summary page). Children's-rights figures need upr classify.
Examples:
  upr outcome Slovenia --cycle 3 --out slovenia-outcome.docx
  upr outcome SVN --format pdf --lang fr`,
  async run(ctx, values, positionals) {
    const format = String(values.format ?? 'docx');
    if (!isOutcomeFormat(format)) throw new UprError('invalid_input', `must be one of ${OUTCOME_FORMATS.join(', ')}, got "${format}"`, { field: '--format', usage: true });
    const lang = parseLang(values.lang, { field: '--lang', usage: true });
    if (positionals.length !== 1) throw new UprError('invalid_input', `name one State\nUsage: ${this.usage}`, { usage: true });
    const state = stateByIso3(positionals[0]!.toUpperCase()) ?? resolveState(positionals[0]!);
    if (!state) throw new UprError('not_found', `unknown State "${positionals[0]}"`, { field: 'STATE', value: positionals[0] });
    const today = values.today === undefined ? new Date().toISOString().slice(0, 10) : String(values.today);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UprError('invalid_input', `--today must be YYYY-MM-DD, got "${today}"`, { field: '--today', usage: true });
    const db = openStoreForReading(ctx.config);
    try {
      const cycles = listReviews(db, state.iso3).map((r) => r.cycle);
      const cycle = values.cycle !== undefined ? Number(values.cycle) : Math.max(0, ...cycles);
      if (!Number.isInteger(cycle) || cycle < 1) throw new UprError('invalid_input', `--cycle must be a cycle number${cycles.length === 0 ? `; no review of ${state.shortName} is stored` : ''}`, { field: '--cycle', value: String(values.cycle ?? '') });
      const summary = buildOutcomeSummary(db, state.iso3, cycle, today);
      const body = await renderOutcome(summary, format, { lang });
      const out = (values.out as string | undefined) ?? (typeof body === 'string' ? undefined : `${state.iso3}-cycle${cycle}-outcome.${format}`);
      if (!out) {
        ctx.stdout.write(body as string);
        return 0;
      }
      writeFileSync(out, body);
      ctx.stderr.write(`outcome summary of ${state.shortName}, cycle ${cycle} (${summary.recommendations.length} recommendation(s)) written to ${out}.\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
