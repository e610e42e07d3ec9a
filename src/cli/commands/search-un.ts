// `upr search-un [QUERY]`: full-text search over the UN treaty-body and special-procedure recommendations and
// observations imported from UHRI (CRC first), by State concerned, body and children's-rights classification.
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { searchUnRecommendations } from '../../store/index.js';
import { resolveState, UprError } from '../../core/index.js';
import { renderTable } from '../table.js';
import { intOption } from './search.js';

export const searchUnCommand: Command = {
  name: 'search-un',
  summary: 'Search UN treaty-body and special-procedure recommendations and observations (imported from UHRI).',
  usage: 'upr search-un [QUERY] [--state S] [--body B] [--type T] [--child-rights] [--limit N] [--json]',
  options: {
    state: { type: 'string', valueName: 'NAME', help: 'State concerned (any name variant or ISO3)' },
    body: { type: 'string', valueName: 'BODY', help: 'recommending body, e.g. CRC (CRC also finds CRC-OP-AC and CRC-OP-SC), CEDAW, "SR on the right to education"' },
    type: { type: 'string', valueName: 'TYPE', help: 'type, e.g. Recommendations or Concerns/Observations (any letter case)' },
    'child-rights': { type: 'boolean', help: "only those classified as concerning children's rights" },
    limit: { type: 'string', valueName: 'N', help: 'rows to show (default 20)' },
    json: { type: 'boolean', help: 'print JSON (total and records) instead of a table' },
  },
  help: `UPR recommendations from UHRI are ordinary recommendations: find them with upr search (--origin uhri).
The query language is the one of upr search. Results: CRC first, then other treaty bodies, then special
procedures; newest first within a body. The web application has the same search at /un
(JSON: /api/un-recommendations).

Examples:
  upr search-un --state Slovenia --body CRC
  upr search-un "corporal punishment" --child-rights --json`,
  run(ctx, values, positionals) {
    const stateName = values.state as string | undefined;
    const state = stateName === undefined ? undefined : resolveState(stateName);
    if (stateName !== undefined && !state) throw new UprError('invalid_input', `unknown State "${stateName}"`, { field: '--state', value: stateName, usage: true });
    const limit = intOption(values.limit, 'limit', 20);
    const db = openStoreForReading(ctx.config);
    try {
      const { total, items } = searchUnRecommendations(db, { query: positionals.join(' ') || undefined, state: state?.iso3, body: values.body as string | undefined, type: values.type as string | undefined,
        childRights: values['child-rights'] ? true : undefined, limit });
      if (values.json) {
        ctx.stdout.write(JSON.stringify({ total, records: items }, null, 2) + '\n');
        return 0;
      }
      ctx.stdout.write(`${total} UN recommendation(s) and observation(s) match${total > items.length ? `; showing ${items.length}` : ''}.\n`);
      if (items.length) {
        ctx.stdout.write(renderTable(items, [
          { header: 'id', get: (r) => r.id, align: 'right' },
          { header: 'body', get: (r) => r.body, max: 20 },
          { header: 'type', get: (r) => r.type, max: 22 },
          { header: 'State', get: (r) => r.states.join(', '), max: 12 },
          { header: 'symbol', get: (r) => r.symbol ?? '', max: 22 },
          { header: 'date', get: (r) => r.published ?? '' },
          { header: 'text', get: (r) => r.text, max: Math.max(40, (ctx.stdout.columns ?? 160) - 110) },
        ]));
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
