// The filter flags shared by search, stats, export and classify, derived from the store's filter
// declarations (`childIssue` → `--child-issue`), and their translation to RecommendationFilters.
import type { OptionSpec } from './command.js';
import { listOption } from './command.js';
import { FILTERS, PUBLIC_FILTER_NAMES, YES_NO_FILTERS, readFilterValues, type FilterName, type RecommendationFilters } from '../store/index.js';
import { UprError } from '../core/index.js';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function help(name: FilterName): string {
  const v = FILTERS[name].value;
  return `${FILTERS[name].help}${v.numeric ? ` (${v.expects.replace(/^a whole number /, '')}; also ranges like 1-3)` : ''}`;
}

export const FILTER_OPTIONS: Record<string, OptionSpec> = {
  ...Object.fromEntries(PUBLIC_FILTER_NAMES.map((name) => [kebab(name), { type: 'string', multiple: true, valueName: FILTERS[name].valueName, help: help(name) } satisfies OptionSpec])),
  ...Object.fromEntries(Object.entries(YES_NO_FILTERS).map(([name, f]) => [kebab(name), { type: 'boolean', help: f.help.replace(/ \(1\) or not \(0\)$/, '') } satisfies OptionSpec])),
};

export function filtersFromOptions(values: Record<string, unknown>, query?: string): RecommendationFilters {
  const f: RecommendationFilters = {};
  if (query && query.trim()) f.query = query.trim();
  for (const name of PUBLIC_FILTER_NAMES) {
    const flag = kebab(name);
    let raws = listOption(values, flag);
    if (!raws) continue;
    if (FILTERS[name].value.numeric) raws = raws.flatMap((s) => s.split(',')).flatMap((part) => expandRange(part.trim(), flag));
    (f as Record<string, unknown>)[name] = readFilterValues(name, raws, `--${flag}`, { usage: true });
  }
  for (const name of Object.keys(YES_NO_FILTERS) as (keyof typeof YES_NO_FILTERS)[]) if (values[kebab(name)]) f[name] = true;
  return f;
}

/** `7` → [`7`]; `1-3` → [`1`, `2`, `3`]. */
function expandRange(part: string, flag: string): string[] {
  const m = /^(\d+)-(\d+)$/.exec(part);
  if (!m) return [part];
  const a = Number(m[1]), b = Number(m[2]);
  if (b < a || b - a > 1000) throw new UprError('invalid_input', `--${flag} expects a number or a range like 1-3, got "${part}"`, { field: `--${flag}`, value: part, usage: true });
  return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
}
