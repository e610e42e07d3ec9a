// `upr search QUERY [filters]`: full-text search over recommendations, as a table or JSON.
import type { Command, CommandContext } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { searchRecommendations, searchPledgeRecords, getChildRights, readRecordKind, KIND_HELP, SORT_ORDERS, type SortOrder } from '../../store/index.js';
import { toExportRecord } from '../../export/index.js';
import { UprError, stateByIso3 } from '../../core/index.js';
import type { PledgeSearchResult, RecommendationFilters } from '../../store/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { renderTable } from '../table.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search recommendations: full text and filters.',
  usage: 'upr search [QUERY] [--state S] [--by S] [--session N] [--cycle N] [--response R] [--issue I] [--kind pledge] [--limit N] [--json]',
  options: {
    ...FILTER_OPTIONS,
    kind: { type: 'string', valueName: 'KIND', help: KIND_HELP },
    limit: { type: 'string', valueName: 'N', help: 'rows to show (default 20; 0 for all)' },
    offset: { type: 'string', valueName: 'N', help: 'skip the first N rows' },
    sort: { type: 'string', valueName: 'ORDER', help: `one of ${SORT_ORDERS.join(', ')}` },
    json: { type: 'boolean', help: 'print JSON (total and records) instead of a table' },
  },
  help: `Examples:
  upr search "corporal punishment" --response noted
  upr search 'child* AND (marriage OR "early marriage")' --cycle 1 --by France
  upr search --state Slovenia --json
  upr search --kind pledge "child*" --state Albania`,
  run(ctx, values, positionals) {
    const filters = filtersFromOptions(values, positionals.join(' '));
    const limit = intOption(values.limit, 'limit', 20);
    const offset = intOption(values.offset, 'offset', 0);
    const sort = values.sort as SortOrder | undefined;
    if (sort !== undefined && !SORT_ORDERS.includes(sort)) {
      throw new UprError('invalid_input', `--sort must be one of ${SORT_ORDERS.join(', ')}, got "${sort}"`, { field: '--sort', usage: true });
    }
    const kind = readRecordKind(values.kind as string | undefined, '--kind', { usage: true });
    const db = openStoreForReading(ctx.config);
    try {
      if (kind === 'pledge') return printPledges(ctx, searchPledgeRecords(db, filters, { limit: limit === 0 ? null : limit, offset }), filters, offset, values.json === true);
      const result = searchRecommendations(db, filters, { limit: limit === 0 ? null : limit, offset, sort });
      if (values.json) {
        const cr = getChildRights(db, result.items.map((i) => i.id));
        ctx.stdout.write(JSON.stringify({ total: result.total, filters, records: result.items.map((v) => toExportRecord(v, cr.get(v.id))) }, null, 2) + '\n');
        return 0;
      }
      ctx.stdout.write(`${result.total} recommendation(s) match${shown(result.total, result.items.length, offset)}.\n`);
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

/** `; showing 21-40` for a partial page; `; none from row 1000000` past the end (never "showing 1000000-999999"). */
function shown(total: number, rows: number, offset: number): string {
  if (total === 0 || (rows === total && offset === 0)) return '';
  return rows === 0 ? `; none from row ${offset + 1} (--offset ${offset} is past the last)` : `; showing ${offset + 1}-${offset + rows}`;
}

/** Voluntary pledges as a table or JSON (`--kind pledge`). */
function printPledges(ctx: CommandContext, result: PledgeSearchResult, filters: RecommendationFilters, offset: number, json: boolean): number {
  if (json) {
    ctx.stdout.write(JSON.stringify({ kind: 'pledge', total: result.total, filters, records: result.items }, null, 2) + '\n');
    return 0;
  }
  ctx.stdout.write(`${result.total} voluntary pledge(s) match${shown(result.total, result.items.length, offset)}.\n`);
  if (result.items.length) {
    ctx.stdout.write(renderTable(result.items, [
      { header: 'id', get: (p) => p.id, align: 'right' },
      { header: 'State under review', get: (p) => stateByIso3(p.stateIso3)?.shortName ?? p.stateIso3, max: 24 },
      { header: 'session', get: (p) => p.session, align: 'right' },
      { header: 'issues', get: (p) => p.issues.join(', '), max: 30 },
      { header: 'pledge', get: (p) => p.text, max: Math.max(40, (ctx.stdout.columns ?? 160) - 80) },
    ]));
  }
  return 0;
}

export function intOption(v: unknown, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UprError('invalid_input', `--${name} expects a whole number ≥ 0, got "${String(v)}"`, { field: `--${name}`, usage: true });
  return n;
}
