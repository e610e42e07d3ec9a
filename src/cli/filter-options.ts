// The filter flags shared by search, stats and export, and their translation to RecommendationFilters.
import type { OptionSpec } from './command.js';
import { listOption } from './command.js';
import type { RecommendationFilters } from '../store/index.js';
import { resolveState } from '../core/states.js';
import { RESPONSES, type Response } from '../core/types.js';
import { UprError } from '../core/errors.js';

export const FILTER_OPTIONS: Record<string, OptionSpec> = {
  state: { type: 'string', multiple: true, valueName: 'NAME', help: 'State under review (any name variant or ISO3)' },
  by: { type: 'string', multiple: true, valueName: 'NAME', help: 'recommending State' },
  group: { type: 'string', multiple: true, valueName: 'GROUP', help: 'regional group of the recommending State (African, Asia-Pacific, Eastern European, GRULAC, WEOG)' },
  session: { type: 'string', multiple: true, valueName: 'N', help: 'Working Group session number (also 1-12 ranges)' },
  cycle: { type: 'string', multiple: true, valueName: 'N', help: 'UPR cycle 1-4' },
  response: { type: 'string', multiple: true, valueName: 'R', help: 'supported, noted, pending or unknown' },
  issue: { type: 'string', multiple: true, valueName: 'ISSUE', help: 'UPR Info issue, e.g. "Rights of the Child"' },
  'child-issue': { type: 'string', multiple: true, valueName: 'ID', help: "children's-rights issue id, e.g. corporal_punishment" },
  'child-rights': { type: 'boolean', help: "only recommendations classified as concerning children's rights" },
};

const GROUPS = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'];

export function filtersFromOptions(values: Record<string, unknown>, query?: string): RecommendationFilters {
  const f: RecommendationFilters = {};
  if (query && query.trim()) f.query = query.trim();
  const states = (flag: string) =>
    listOption(values, flag)?.map((name) => {
      const s = resolveState(name);
      if (!s) throw new UprError('invalid_input', `unknown State "${name}" (try: upr states "${name}")`, { field: `--${flag}`, value: name, usage: true });
      return s.iso3;
    });
  f.state = states('state');
  f.by = states('by');
  f.group = listOption(values, 'group')?.map((g) => {
    const hit = GROUPS.find((x) => x.toLowerCase() === g.toLowerCase());
    if (!hit) throw new UprError('invalid_input', `unknown regional group "${g}" (one of: ${GROUPS.join(', ')})`, { field: '--group', value: g, usage: true });
    return hit;
  });
  f.session = numbers(values, 'session', 1, 99);
  f.cycle = numbers(values, 'cycle', 1, 5);
  f.response = listOption(values, 'response')?.map((r) => {
    const v = r.toLowerCase();
    if (!(RESPONSES as readonly string[]).includes(v)) {
      throw new UprError('invalid_input', `unknown response "${r}" (one of: ${RESPONSES.join(', ')})`, { field: '--response', value: r, usage: true });
    }
    return v as Response;
  });
  f.issue = listOption(values, 'issue');
  f.childIssue = listOption(values, 'child-issue');
  if (values['child-rights']) f.childRights = true;
  for (const k of Object.keys(f) as (keyof RecommendationFilters)[]) if (f[k] === undefined) delete f[k];
  return f;
}

function numbers(values: Record<string, unknown>, flag: string, min: number, max: number): number[] | undefined {
  const raw = listOption(values, flag)?.flatMap((s) => s.split(','));
  if (!raw) return undefined;
  const out: number[] = [];
  for (const part of raw) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    const a = m ? Number(m[1]) : NaN;
    const b = m?.[2] ? Number(m[2]) : a;
    if (!m || a < min || b > max || b < a) {
      throw new UprError('invalid_input', `--${flag} expects a number ${min}-${max} or a range like ${min}-${min + 2}, got "${part}"`, { field: `--${flag}`, value: part, usage: true });
    }
    for (let i = a; i <= b; i++) out.push(i);
  }
  return out;
}
