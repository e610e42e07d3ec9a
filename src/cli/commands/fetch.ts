// `upr fetch SYMBOL...` and `upr fetch --state STATE [--cycle N]`: UN documents from the Official Document
// System (or a mirror) into the local cache, ready for `upr ingest` / `upr update`.
import type { Command } from '../command.js';
import { listOption } from '../command.js';
import { settingsHelp } from '../config.js';
import { existsSync } from 'node:fs';
import { openStore } from '../../store/index.js';
import { fetchDocuments, latestPastCycle, normaliseSymbol, planReview, type FetchRequest } from '../../fetch/index.js';
import { resolveState, UprError } from '../../core/index.js';
import { fetchOptions, renderFetchSummary } from './fetch-output.js';

export const FETCH_OPTIONS = {
  lang: { type: 'string', help: 'language of the documents: en, fr or es (default en)', valueName: 'LANG' },
  refresh: { type: 'boolean', help: 'ask the server again for documents already in the cache' },
} as const;

export const fetchCommand: Command = {
  name: 'fetch',
  summary: 'Download UN documents (by symbol, or those of a review) into the local cache.',
  usage: 'upr fetch SYMBOL... | --state STATE [--cycle N] [--symbol WG-REPORT] [--lang en|fr|es] [--json]',
  options: {
    state: { type: 'string', help: 'State under review (any name or ISO3 code)', valueName: 'STATE' },
    cycle: { type: 'string', help: 'cycle of the review (default: the latest whose session has ended)', valueName: 'N' },
    symbol: { type: 'string', multiple: true, help: 'Working Group report symbol of the review, when the store does not know it', valueName: 'SYMBOL' },
    ...FETCH_OPTIONS,
    json: { type: 'boolean', help: 'print the outcomes as JSON' },
  },
  help: `With --state, the pre-session documents (A/HRC/WG.6/<session>/<ISO3>/1, /2, /3 and their Corr.1 where one
exists) follow from the session calendar, and the Working Group report and its addendum from the store (a
stored report, addendum or the Council's decision citing them) or --symbol.
Each document is kept once per language in the cache with its SHA-256 (index.json); a second run
downloads nothing again (only corrigenda not published yet are asked for). Requests are spaced (--rate), retried with backoff on server errors and timeouts.

Settings (flags, or environment variables):
${settingsHelp(['source', 'cache', 'rate', 'timeout'])}

Examples:
  upr fetch A/HRC/43/15 A/HRC/43/15/Add.1 --lang fr
  upr fetch --state Slovenia --cycle 3
  upr fetch --state Slovenia --cycle 3 --symbol A/HRC/43/15 --source http://mirror.example.org`,
  async run(ctx, values, positionals) {
    const options = fetchOptions(ctx, values);
    const { requests, notes } = planFromArguments(ctx.config.db, values, positionals, options.today);
    for (const n of notes) ctx.stderr.write(`${n}\n`);
    const outcomes = await fetchDocuments(requests, options);
    if (values.json) ctx.stdout.write(JSON.stringify(outcomes, null, 2) + '\n');
    else ctx.stdout.write(renderFetchSummary(outcomes, options.cacheDir));
    const missing = notes.some((n) => n.startsWith('not derived'));
    return outcomes.some((o) => o.status === 'failed') || missing ? 1 : 0;
  },
};

function planFromArguments(dbPath: string, values: Record<string, unknown>, positionals: string[], today: string): { requests: FetchRequest[]; notes: string[] } {
  const stateName = values.state as string | undefined;
  if (!stateName) {
    if (positionals.length === 0) throw new UprError('invalid_input', `give document symbols or --state\nUsage: ${fetchCommand.usage}`, { usage: true });
    if (values.cycle || values.symbol) throw new UprError('invalid_input', '--cycle and --symbol go with --state', { usage: true });
    return { requests: positionals.map((s) => ({ symbol: normaliseSymbol(s) })), notes: [] };
  }
  if (positionals.length > 0) throw new UprError('invalid_input', 'give either document symbols or --state, not both', { usage: true });
  const state = resolveState(stateName);
  if (!state) throw new UprError('invalid_input', `unknown State "${stateName}"`, { field: '--state', value: stateName, usage: true });
  const cycle = values.cycle ? parseCycle(values.cycle as string) : latestPastCycle(state.iso3, today);
  if (!cycle) throw new UprError('not_found', `${state.name} has had no review yet`, { field: '--state', value: stateName });
  // Fetching writes no record: an existing store is read for known symbols, a missing one is not created.
  const db = existsSync(dbPath) ? openStore(dbPath, { mode: 'read' }) : openStore(':memory:');
  try {
    const plan = planReview(db, state.iso3, cycle, listOption(values, 'symbol') ?? []);
    const notes = [`${state.name}, cycle ${cycle} (session ${plan.session})${plan.reportSources.length ? `: Working Group report ${plan.reportSources.join(', ')}` : ''}`];
    if (plan.missing) notes.push(`not derived: ${plan.missing}`);
    return { requests: plan.requests, notes };
  } finally {
    db.close();
  }
}

/** A cycle number 1–5 from the command line. */
export function parseCycle(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UprError('invalid_input', `--cycle must be 1 to 5, got "${raw}"`, { field: '--cycle', value: raw, usage: true });
  return n;
}
