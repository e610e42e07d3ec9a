// `upr stats [filters]`: counts of recommendations per session, response and issue.
import type { Command } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { searchIds, type FacetName, type RecommendationFilters } from '../../store/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { renderTable } from '../table.js';

const SECTIONS: { facet: FacetName; title: string }[] = [
  { facet: 'session', title: 'per session' },
  { facet: 'response', title: 'per response' },
  { facet: 'issue', title: 'per UPR Info issue' },
  { facet: 'childIssue', title: "per children's-rights issue" },
];

/** What the counts are over, as flags: ` matching "child*" --issue "Rights of the Child"`; empty for the whole store. */
function describeSearch(f: RecommendationFilters): string {
  const parts: string[] = f.query ? [JSON.stringify(f.query)] : [];
  for (const [name, values] of Object.entries(f)) {
    if (name === 'query' || values === undefined) continue;
    const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (typeof values === 'boolean') parts.push(values ? flag : `${flag}=no`);
    else for (const v of values as unknown[]) parts.push(`${flag} ${/\s/.test(String(v)) ? JSON.stringify(String(v)) : String(v)}`);
  }
  return parts.length ? ` matching ${parts.join(' ')}` : ' (the whole store: no query, no filter)';
}

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
        ctx.stdout.write(JSON.stringify({ total, filters, ...Object.fromEntries(sections.map((s) => [s.facet, s.counts.map(({ value, count }) => ({ value, count }))])) }, null, 2) + '\n');
        return 0;
      }
      ctx.stdout.write(`${total} recommendation(s)${describeSearch(filters)}\n`);
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
