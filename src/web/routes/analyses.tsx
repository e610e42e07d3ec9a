// The advocacy analyses on the web: pages /analyses and /analyses/<name>, downloads /analyses/<name>/csv
// (one table) and /xlsx (all), and the JSON API /api/analyses[/<name>]. The scope comes from the same URL
// parameters as the search; the analysis parameters (min, limit, list, review, similar) from their names.
import type { Context, Hono } from 'hono';
import type { Db } from '../../store/index.js';
import { ANALYSES, analysisJson, analysisNamed, hasRequired, plainTable, readParams, runAnalysis } from '../../analysis/index.js';
import { tableCsv, tablesXlsx } from '../../export/index.js';
import { UprError } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { parseSearchParams } from '../search-params.js';
import { AnalysesIndexPage, AnalysisPage } from '../views/analyses/analysis-page.js';
import { sendPage, pageContext } from './pages.js';

function request(c: Context<AppEnv>) {
  const url = new URL(c.req.url);
  const analysis = analysisNamed(c.req.param('name') ?? '');
  const filters = parseSearchParams(url.searchParams).filters;
  const params = Object.fromEntries(analysis.params.map((p) => [p.name, url.searchParams.get(p.name) ?? undefined]).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  readParams(analysis, params); // checks them before anything runs
  return { url, analysis, filters, params };
}

function tableOf(c: Context<AppEnv>, db: Db) {
  const { url, analysis, filters, params } = request(c);
  const result = runAnalysis(db, analysis.name, filters, params);
  const name = url.searchParams.get('table') ?? result.tables[0]!.name;
  const table = result.tables.find((t) => t.name === name);
  if (!table) throw new UprError('invalid_input', `no table "${name}" in ${analysis.name} (${result.tables.map((t) => t.name).join(', ')})`, { field: 'table', value: name });
  return { analysis, result, table };
}

export function registerAnalyses(app: Hono<AppEnv>, db: Db): void {
  app.get('/analyses', (c) => sendPage(c, <AnalysesIndexPage ctx={pageContext(c)} analyses={ANALYSES} />));

  app.get('/analyses/:name', (c) => {
    const { analysis, filters, params } = request(c);
    if (!hasRequired(analysis, filters)) return sendPage(c, <AnalysisPage ctx={pageContext(c)} data={{ analysis, filters, params }} />);
    try {
      return sendPage(c, <AnalysisPage ctx={pageContext(c)} data={{ analysis, filters, params, result: runAnalysis(db, analysis.name, filters, params) }} />);
    } catch (err) {
      // What the analysis still needs (a second cycle…) is said beside its form.
      if (!(err instanceof UprError) || err.code !== 'invalid_input' || !analysis.requires) throw err;
      return sendPage(c, <AnalysisPage ctx={pageContext(c)} data={{ analysis, filters, params, error: err.message }} />, 400);
    }
  });

  app.get('/analyses/:name/csv', (c) => {
    const { analysis, table } = tableOf(c, db);
    return c.body(tableCsv({ name: table.name, ...plainTable(c.get('loc'), table) }), 200, {
      'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="upr-${analysis.name}-${table.name}.csv"`,
    });
  });

  app.get('/analyses/:name/xlsx', async (c) => {
    const { analysis, filters, params } = request(c);
    const result = runAnalysis(db, analysis.name, filters, params);
    const loc = c.get('loc');
    const body = await tablesXlsx(result.tables.map((t) => ({ name: loc.t(t.title), ...plainTable(loc, t) })));
    return c.body(new Uint8Array(body), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': `attachment; filename="upr-${analysis.name}.xlsx"`,
    });
  });

  app.get('/api/analyses', (c) => c.json({ analyses: ANALYSES.map((a) => ({ name: a.name, title: c.get('loc').t(a.title), summary: a.summary, requires: a.requires ?? [],
    params: a.params, url: `/api/analyses/${a.name}` })) }));

  app.get('/api/analyses/:name', (c) => {
    const { analysis, filters, params } = request(c);
    return c.json(analysisJson(c.get('loc'), runAnalysis(db, analysis.name, filters, params)));
  });
}
