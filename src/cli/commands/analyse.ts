// `upr analyse <name> [filters] [--json] [--format csv|xlsx]`: the advocacy analyses of src/analysis, as
// tables on the terminal, JSON, or CSV/XLSX files; the same figures as /api/analyses/<name> and the pages.
import { writeFileSync } from 'node:fs';
import type { Command, OptionSpec } from '../command.js';
import { openStoreForReading } from '../open-store.js';
import { ANALYSES, analysisJson, analysisNamed, plainTable, runAnalysis, type AnalysisResult, type Column, type Table } from '../../analysis/index.js';
import { tableCsv, tablesXlsx, TABLE_FORMATS, type TableFormat } from '../../export/index.js';
import { localeFor, parseLang, UprError, type Locale } from '../../core/index.js';
import { FILTER_OPTIONS, filtersFromOptions } from '../filter-options.js';
import { renderTable } from '../table.js';

// Every analysis parameter is a flag (declared once per analysis; the same name means the same thing).
const PARAM_OPTIONS: Record<string, OptionSpec> = Object.fromEntries(ANALYSES.flatMap((a) => a.params.map((p) => [p.name, {
  type: 'string', valueName: p.valueName, help: `${ANALYSES.filter((x) => x.params.some((q) => q.name === p.name)).map((x) => x.name).join(', ')}: ${p.help}`,
} satisfies OptionSpec])));

function textOf(loc: Locale, r: AnalysisResult, only?: string): string {
  const out: string[] = [];
  const s = r.scope;
  for (const n of r.notes ?? []) out.push(loc.t(n.key, n.vars), '');
  out.push(loc.t('anScope', { records: s.records, child: s.childRights }));
  out.push(`${loc.t('anScopeSessions')}: ${s.sessions.join(', ') || '-'}; ${loc.t('anScopeSources')}: ${s.origins.map((o) => `${o.value} ${o.count}`).join(', ') || '-'}`);
  for (const f of r.facts) out.push(`${loc.t(f.key)}: ${f.kind === 'share' ? pct(Number(f.value)) : f.value}`);
  for (const t of r.tables.filter((x) => !only || x.name === only)) out.push('', `${loc.t(t.title)} [${t.name}]`, t.rows.length ? textTable(loc, t).trimEnd() : '-');
  return out.join('\n') + '\n';
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function textTable(loc: Locale, t: Table): string {
  const { headers, rows } = plainTable(loc, t);
  const right = (c: Column) => ['count', 'share', 'index', 'points', 'record'].includes(c.kind);
  return renderTable(rows, t.columns.map((c, i) => ({
    header: headers[i]!, align: right(c) ? 'right' as const : 'left' as const, max: c.kind === 'reasons' ? 400 : c.kind === 'text' ? 70 : 40,
    get: (row: (string | number | null)[]) => (c.kind === 'share' && typeof row[i] === 'number' ? pct(row[i] as number) : row[i]),
  })));
}

export const analyseCommand: Command = {
  name: 'analyse',
  summary: "Advocacy analyses of children's-rights recommendations: prominence, recommending States, focus matrix, responses, lobbying targets, continuity, civil-society map, CRC gap.",
  usage: 'upr analyse NAME [filters] [--json] [--format csv|xlsx --out FILE] [--table T]',
  options: {
    ...FILTER_OPTIONS, ...PARAM_OPTIONS,
    json: { type: 'boolean', help: 'print JSON (the same as /api/analyses/NAME)' },
    format: { type: 'string', valueName: 'FMT', help: 'csv (one table: --table, default the first) or xlsx (every table; needs --out)' },
    out: { type: 'string', short: 'o', valueName: 'FILE', help: 'write the CSV/XLSX to FILE (CSV: default standard output)' },
    table: { type: 'string', valueName: 'T', help: 'only this table (names in brackets in the text output)' },
    lang: { type: 'string', valueName: 'LANG', help: 'language of headers and reasons: en (default), fr or es' },
  },
  help: `Analyses:\n${ANALYSES.map((a) => `  ${a.name.padEnd(20)}${a.summary}`).join('\n')}
Filters set the scope (the same as upr search); children's-rights figures need upr classify first.
Examples:
  upr analyse prominence --session 1-7
  upr analyse focus-matrix --cycle 1 --min 5 --format xlsx --out focus.xlsx
  upr analyse responses --session 1-7 --table noted --format csv --list 0 > noted.csv
  upr analyse lobbying-targets --state Zambia --child-issue corporal_punishment
  upr analyse continuity --state Slovenia --cycle 1-2`,
  async run(ctx, values, positionals) {
    if (positionals.length !== 1) throw new UprError('invalid_input', `name one analysis: ${ANALYSES.map((a) => a.name).join(', ')}\nUsage: ${this.usage}`, { usage: true });
    const a = analysisNamed(positionals[0]!);
    const format = values.format as TableFormat | undefined;
    if (format !== undefined && !TABLE_FORMATS.includes(format)) throw new UprError('invalid_input', `--format must be csv or xlsx, got "${format}"`, { field: '--format', usage: true });
    if (format === 'xlsx' && !values.out) throw new UprError('invalid_input', 'an XLSX file cannot be printed: add --out FILE.xlsx', { field: '--out', usage: true });
    const loc = localeFor(parseLang(values.lang, { field: '--lang', usage: true }));
    const filters = filtersFromOptions(values);
    const raw = Object.fromEntries(a.params.map((p) => [p.name, values[p.name] as string | undefined]));
    const db = openStoreForReading(ctx.config);
    try {
      const r = runAnalysis(db, a.name, filters, raw, (n) => `--${n}`);
      const only = values.table as string | undefined;
      if (only !== undefined && !r.tables.some((t) => t.name === only)) throw new UprError('invalid_input', `no table "${only}" in ${a.name} (${r.tables.map((t) => t.name).join(', ')})`, { field: '--table', usage: true });
      if (values.json) ctx.stdout.write(JSON.stringify(analysisJson(loc, r), null, 2) + '\n');
      else if (format === 'csv') {
        const csv = tableCsv({ name: only ?? r.tables[0]!.name, ...plainTable(loc, r.tables.find((t) => t.name === (only ?? r.tables[0]!.name))!) });
        if (values.out) writeFileSync(values.out as string, csv);
        else ctx.stdout.write(csv);
      } else if (format === 'xlsx') {
        writeFileSync(values.out as string, await tablesXlsx(r.tables.filter((t) => !only || t.name === only).map((t) => ({ name: loc.t(t.title), ...plainTable(loc, t) }))));
      } else ctx.stdout.write(textOf(loc, r, only));
      return 0;
    } finally {
      db.close();
    }
  },
};
