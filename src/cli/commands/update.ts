// `upr update [STATE...] [--cycle N]`: fetch, ingest and classify the documents of reviews in one command,
// one run at a time per store (lock file beside it), and print what changed.
import type { Command } from '../command.js';
import { listOption } from '../command.js';
import { settingsHelp } from '../config.js';
import { reviewedStates, type Db } from '../../store/index.js';
import { openStoreForWriting } from '../open-store.js';
import { acquireLock, updateReviews, type ReviewUpdate, type UpdateTarget } from '../../pipeline/index.js';
import { latestPastCycle } from '../../fetch/index.js';
import { resolveState, UprError } from '../../core/index.js';
import { renderTable } from '../table.js';
import { FETCH_OPTIONS, parseCycle } from './fetch.js';
import { fetchOptions } from './fetch-output.js';

export const updateCommand: Command = {
  name: 'update',
  summary: 'Fetch, ingest and classify the documents of reviews in one command, and say what changed.',
  usage: 'upr update [STATE...] [--cycle N] [--symbol WG-REPORT] [--wait] [--json]',
  options: {
    cycle: { type: 'string', help: 'cycle to update (default: the latest whose session has ended, for each State)', valueName: 'N' },
    symbol: { type: 'string', multiple: true, help: 'Working Group report symbol (with one State only)', valueName: 'SYMBOL' },
    ...FETCH_OPTIONS,
    wait: { type: 'boolean', help: 'when another update runs on the store, wait for it instead of stopping' },
    json: { type: 'boolean', help: 'print what changed as JSON' },
  },
  help: `Without STATE, every State with a review in the store. For each review: the documents are fetched
as by upr fetch --state (from the cache when already there), stored as by upr ingest, and the recommendations
not yet classified are classified as by upr classify. Running it again changes nothing unless the UN published
something new. Safe from cron: a lock file beside the store (STORE.lock) lets one run at a time; a second run
stops with a message (exit code 5, conflict), or waits with --wait.

Settings (flags, or environment variables):
${settingsHelp(['source', 'cache', 'rate', 'timeout'])}

Examples:
  upr update Slovenia --cycle 3
  upr update --wait          # from cron`,
  async run(ctx, values, positionals) {
    const options = fetchOptions(ctx, values);
    const release = await acquireLock(`${ctx.config.db}.lock`, {
      wait: Boolean(values.wait), onWait: (pid) => ctx.stderr.write(`waiting for the update running as process ${pid}…\n`),
    });
    let results: ReviewUpdate[];
    try {
      const db = openStoreForWriting(ctx.config);
      try {
        const targets = chooseTargets(db, values, positionals, options.today);
        if (targets.length === 0) ctx.stderr.write('nothing to update: the store has no reviews; name States (upr update Slovenia) or import data first\n');
        results = await updateReviews(db, targets, options, (e) => {
          if (e.kind === 'review') ctx.stderr.write(`update [${e.done + 1}/${e.total}] ${e.iso3}, cycle ${e.cycle}\n`);
          else if (e.event.kind === 'failed') ctx.stderr.write(`${e.event.file}: ${e.event.reason}; nothing from this file was stored\n`);
        });
      } finally {
        db.close();
      }
    } finally {
      release();
    }
    if (values.json) ctx.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else ctx.stdout.write(renderUpdate(results));
    return results.some((r) => r.failures.length > 0 || r.missing) ? 1 : 0;
  },
};

function chooseTargets(db: Db, values: Record<string, unknown>, positionals: string[], today: string): UpdateTarget[] {
  const symbols = listOption(values, 'symbol') ?? [];
  if (symbols.length > 0 && positionals.length !== 1) throw new UprError('invalid_input', '--symbol goes with exactly one State', { field: '--symbol', usage: true });
  const cycle = values.cycle ? parseCycle(values.cycle as string) : undefined;
  const states = positionals.length > 0
    ? positionals.map((name) => {
      const s = resolveState(name);
      if (!s) throw new UprError('invalid_input', `unknown State "${name}"`, { value: name, usage: true });
      return s.iso3;
    })
    : reviewedStates(db).map((s) => s.iso3);
  return states.flatMap((iso3) => {
    const c = cycle ?? latestPastCycle(iso3, today);
    return c ? [{ iso3, cycle: c, symbols }] : [];
  });
}

function renderUpdate(results: ReviewUpdate[]): string {
  const notes = results.flatMap((r) => [
    ...r.failures.map((f) => `${r.iso3} cycle ${r.cycle}: ${f}`),
    ...(r.missing ? [`${r.iso3} cycle ${r.cycle}: not derived: ${r.missing}`] : []),
  ]);
  const changed = results.filter((r) => r.documentsNew + r.documentsUpdated + r.recommendationsAdded + r.positionsChanged + r.classified > 0);
  const table = results.length === 0 ? '' : renderTable(results, [
    { header: 'State', get: (r) => r.iso3 },
    { header: 'cycle', get: (r) => r.cycle, align: 'right' },
    { header: 'session', get: (r) => r.session, align: 'right' },
    { header: 'docs new', get: (r) => r.documentsNew, align: 'right' },
    { header: 'docs updated', get: (r) => r.documentsUpdated, align: 'right' },
    { header: 'recs added', get: (r) => r.recommendationsAdded, align: 'right' },
    { header: 'positions changed', get: (r) => r.positionsChanged, align: 'right' },
    { header: 'classified', get: (r) => r.classified, align: 'right' },
    { header: 'failed', get: (r) => r.failures.length, align: 'right' },
  ]);
  const verdict = changed.length === 0 ? 'nothing changed.' : `${changed.length} review(s) changed.`;
  return `${table}${notes.map((n) => `${n}\n`).join('')}${results.length} review(s) checked: ${verdict}\n`;
}

