// The one-page outcome summary of a review, downloaded from the State page: /states/SVN/outcome/3.docx (or .md,
// .html) in the page's language. PDF stays with the CLI (`upr outcome --format pdf`): the server starts no browser.
import type { Hono } from 'hono';
import { UprError, resolveState } from '../../core/index.js';
import { buildOutcomeSummary, OUTCOME_MEDIA_TYPES, renderOutcome } from '../../report/index.js';
import type { Db } from '../../store/index.js';
import type { AppDeps, AppEnv } from '../app-env.js';

const WEB_FORMATS = ['docx', 'md', 'html'] as const;

export function registerOutcome(app: Hono<AppEnv>, db: Db, deps: AppDeps): void {
  app.get('/states/:iso3/outcome/:file', async (c) => {
    const m = /^(\d)\.(docx|md|html)$/.exec(c.req.param('file'));
    const state = resolveState(c.req.param('iso3'));
    if (!m || !state) throw new UprError('not_found', `no outcome summary at ${c.req.path} (try /states/SVN/outcome/3.docx; formats ${WEB_FORMATS.join(', ')})`, { field: 'path', value: c.req.path });
    const [, cycle, format] = m as unknown as [string, string, (typeof WEB_FORMATS)[number]];
    const lang = c.get('loc').lang;
    const body = await renderOutcome(buildOutcomeSummary(db, state.iso3, Number(cycle), deps.today()), format, { lang });
    c.header('content-type', OUTCOME_MEDIA_TYPES[format]);
    if (format === 'docx') c.header('content-disposition', `attachment; filename="${state.iso3}-cycle${cycle}-outcome-${lang}.docx"`);
    return c.body(typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>));
  });
}
