// The engagement planner on the web: /states/<code>/plan (printable page), /states/<code>/plan.docx,
// /states/<code>/plan.md and /api/states/<code>/plan (JSON), in the page's language; dated by the server's today.
import type { Context, Hono } from 'hono';
import type { Db } from '../../store/index.js';
import { engagementPlan, planDocument } from '../../analysis/index.js';
import { renderPlanDocx, renderPlanMarkdown } from '../../report/index.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { PlanPage } from '../views/plan-page.js';
import { pageContext, sendPage } from './pages.js';

export function registerPlan(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  const plan = (c: Context<AppEnv>) => engagementPlan(db, c.req.param('iso3') ?? '', deps.today());
  const file = (c: Context<AppEnv>, iso3: string, ext: string) => `upr-plan-${iso3}-${c.get('loc').lang}.${ext}`;

  app.get('/states/:iso3/plan', (c) => {
    const p = plan(c);
    return sendPage(c, <PlanPage ctx={pageContext(c)} doc={planDocument(c.get('loc'), p)} iso3={p.state} />);
  });

  app.get('/api/states/:iso3/plan', (c) => {
    const p = plan(c);
    return c.json({ ...p, document: planDocument(c.get('loc'), p) });
  });

  app.get('/states/:iso3/plan.docx', async (c) => {
    const p = plan(c);
    const loc = c.get('loc');
    return c.body(new Uint8Array(await renderPlanDocx(planDocument(loc, p), loc.lang, deps.baseUrl)), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'content-disposition': `attachment; filename="${file(c, p.state, 'docx')}"`,
    });
  });

  app.get('/states/:iso3/plan.md', (c) => {
    const p = plan(c);
    return c.body(renderPlanMarkdown(planDocument(c.get('loc'), p), deps.baseUrl), 200, {
      'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${file(c, p.state, 'md')}"`,
    });
  });
}
