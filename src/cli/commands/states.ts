// `upr states [NAME...]`: resolve names to canonical States, or list them all; shows reviews by session.
import type { Command } from '../command.js';
import { allStates, resolveState, sessionsOfState, nextReview, projectedReview, type State } from '../../core/index.js';
import { renderTable } from '../table.js';
import { readFilterValues } from '../../store/index.js';

export const statesCommand: Command = {
  name: 'states',
  summary: 'Resolve State names (any UN, UPR Info, French or Spanish variant) to the canonical State.',
  usage: 'upr states [NAME...] [--group G] [--json]',
  options: {
    group: { type: 'string', valueName: 'GROUP', help: 'list only the States of this regional group (African, Asia-Pacific, Eastern European, GRULAC, WEOG; also Africa, Asia, EEG)' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  run(ctx, values, positionals) {
    const today = new Date().toISOString().slice(0, 10);
    let failed = 0;
    let rows: { input: string; state: State | undefined }[];
    if (positionals.length) {
      rows = positionals.map((input) => ({ input, state: resolveState(input) }));
    } else {
      // Read like the --group filter of search: any letter case, UPR Info's names (Africa, EEG); unknown refused.
      const raw = values.group as string | undefined;
      const g = raw === undefined ? undefined : readFilterValues('group', [raw], '--group', { usage: true })[0];
      rows = allStates().filter((s) => !g || s.group === g).map((s) => ({ input: s.name, state: s }));
    }
    const out = rows.map(({ input, state }) => {
      if (!state) failed++;
      const sessions = state ? sessionsOfState(state.iso3) : [];
      const next = state ? nextReview(state.iso3, today) : undefined;
      const projected = state ? projectedReview(state.iso3, today) : undefined;
      return { input, iso3: state?.iso3 ?? null, name: state?.name ?? null, group: state?.group ?? null, status: state?.status ?? null,
        sessions: sessions.map((s) => s.number), nextReview: next ? { session: next.number, start: next.start, end: next.end } : null,
        projectedReview: projected ?? null };
    });
    if (values.json) ctx.stdout.write(JSON.stringify(out, null, 2) + '\n');
    else {
      ctx.stdout.write(renderTable(out, [
        { header: 'input', get: (r) => r.input, max: 40 },
        { header: 'ISO3', get: (r) => r.iso3 ?? '—' },
        { header: 'State', get: (r) => r.name ?? 'not a known State name', max: 50 },
        { header: 'group', get: (r) => r.group },
        { header: 'UPR sessions', get: (r) => r.sessions.join(', ') },
        { header: 'next review', get: (r) => (r.nextReview ? `session ${r.nextReview.session} (${r.nextReview.start})`
          : r.projectedReview ? `session ${r.projectedReview.session} (about ${r.projectedReview.expectedMonth}, projected)` : '') },
      ]));
    }
    if (failed) ctx.stderr.write(`${failed} name(s) could not be resolved.\n`);
    return failed ? 1 : 0;
  },
};
