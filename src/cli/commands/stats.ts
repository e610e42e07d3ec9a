// `upr stats [filters]`: counts of recommendations per session, response and issue.
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { searchIds, type FacetName } from '../../store/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { renderTable } from '../table.js';

const SECTIONS: { facet: FacetName; title: string }[] = [
  { facet: 'session', title: 'per session' },
  { facet: 'response', title: 'per response' },
  { facet: 'issue', title: 'per UPR Info issue' },
  { facet: 'childIssue', title: "per children's-rights issue" },
];

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count recommendations per session, per response and per issue (under optional filters).',
  usage: 'upr stats [QUERY] [filters] [--json]',
  options: { ...FILTER_OPTIONS, json: { type: 'boolean', help: 'print JSON' } },
  run(ctx, values, positionals) {
    const filters = filtersFromOptions(values, positionals.join(' '));
    const db = openStoreForReading(ctx.config);
    try {
      const { total, facets } = searchIds(db, filters, { limit: 0, facets: SECTIONS.map((s) => s.facet), facetLimit: 1000 });
      const sections = SECTIONS.map((s) => ({ ...s, counts: facets[s.facet] ?? [] }));
      if (values.json) {
        ctx.stdout.write(JSON.stringify({ total, ...Object.fromEntries(sections.map((s) => [s.facet, s.counts.map(({ value, count }) => ({ value, count }))])) }, null, 2) + '\n');
        return 0;
      }
      ctx.stdout.write(`${total} recommendation(s)\n`);
      for (const s of sections) {
        if (s.counts.length === 0) continue;
        ctx.stdout.write(`\nRecommendations ${s.title}\n`);
        ctx.stdout.write(renderTable(s.counts, [
          { header: s.facet, get: (c) => c.label },
          { header: 'count', get: (c) => c.count, align: 'right' },
        ]));
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
