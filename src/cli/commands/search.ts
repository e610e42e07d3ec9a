// `upr search QUERY [filters]`: full-text search over recommendations, as a table or JSON.
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { searchRecommendations, getChildRights, SORT_ORDERS, type SortOrder } from '../../store/index.js';
import { toExportRecord } from '../../export/index.js';
import { UprError } from '../../core/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { renderTable } from '../table.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search recommendations: full text and filters.',
  usage: 'upr search [QUERY] [--state S] [--by S] [--session N] [--cycle N] [--response R] [--issue I] [--limit N] [--json]',
  options: {
    ...FILTER_OPTIONS,
    limit: { type: 'string', valueName: 'N', help: 'rows to show (default 20; 0 for all)' },
    offset: { type: 'string', valueName: 'N', help: 'skip the first N rows' },
    sort: { type: 'string', valueName: 'ORDER', help: `one of ${SORT_ORDERS.join(', ')}` },
    json: { type: 'boolean', help: 'print JSON (total and records) instead of a table' },
  },
  help: `Examples:
  upr search "corporal punishment" --response noted
  upr search 'child* AND (marriage OR "early marriage")' --cycle 1 --by France
  upr search --state Slovenia --json`,
  run(ctx, values, positionals) {
    const filters = filtersFromOptions(values, positionals.join(' '));
    const limit = intOption(values.limit, 'limit', 20);
    const offset = intOption(values.offset, 'offset', 0);
    const sort = values.sort as SortOrder | undefined;
    if (sort !== undefined && !SORT_ORDERS.includes(sort)) {
      throw new UprError('invalid_input', `--sort must be one of ${SORT_ORDERS.join(', ')}, got "${sort}"`, { field: '--sort', usage: true });
    }
    const db = openStoreForReading(ctx.config);
    try {
      const result = searchRecommendations(db, filters, { limit: limit === 0 ? null : limit, offset, sort });
      if (values.json) {
        const cr = getChildRights(db, result.items.map((i) => i.id));
        ctx.stdout.write(JSON.stringify({ total: result.total, filters, records: result.items.map((v) => toExportRecord(v, cr.get(v.id))) }, null, 2) + '\n');
        return 0;
      }
      ctx.stdout.write(`${result.total} recommendation(s) match${result.total > result.items.length ? `; showing ${offset + 1}-${offset + result.items.length}` : ''}.\n`);
      if (result.items.length) {
        ctx.stdout.write(renderTable(result.items, [
          { header: 'id', get: (r) => r.id, align: 'right' },
          { header: 'State under review', get: (r) => r.stateUnderReview.name, max: 24 },
          { header: 'recommending State', get: (r) => r.recommendingStates.map((s) => s.name).join(', ') || '(unknown)', max: 24 },
          { header: 'session', get: (r) => r.session, align: 'right' },
          { header: 'response', get: (r) => r.response },
          { header: 'recommendation', get: (r) => r.text, max: Math.max(40, (ctx.stdout.columns ?? 160) - 100) },
        ]));
      }
      return 0;
    } finally {
      db.close();
    }
  },
};

export function intOption(v: unknown, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UprError('invalid_input', `--${name} expects a whole number ≥ 0, got "${String(v)}"`, { field: `--${name}`, usage: true });
  return n;
}
