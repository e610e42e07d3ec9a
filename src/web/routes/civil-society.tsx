// The listing behind every count of the civil-society map (analysis 8): the paragraphs of summaries of
// stakeholders' submissions attributed to an organisation (children's-rights ones, one issue), as a page
// /analyses/civil-society/paragraphs and as JSON /api/analyses/civil-society/paragraphs, same parameters.
import type { Context, Hono } from 'hono';
import type { Db } from '../../store/index.js';
import { civilSocietyParagraphs, valueLabel, type ParagraphQuery } from '../../analysis/index.js';
import { stateName } from '../../core/index.js';
import type { AppEnv } from '../app-env.js';
import { parseSearchParams } from '../search-params.js';
import { Layout } from '../views/layout.js';
import { describeFilters } from '../views/analyses/scope.js';
import { sendPage, pageContext } from './pages.js';

function request(c: Context<AppEnv>) {
  const url = new URL(c.req.url);
  const filters = parseSearchParams(url.searchParams).filters;
  const q: ParagraphQuery = {
    ...(url.searchParams.get('organisation') ? { organisation: url.searchParams.get('organisation')! } : {}),
    ...(url.searchParams.get('issue') ? { issue: url.searchParams.get('issue')! } : {}),
    childRights: url.searchParams.get('childRights') === '1',
  };
  return { filters, q };
}

export function registerCivilSociety(app: Hono<AppEnv>, db: Db): void {
  app.get('/api/analyses/civil-society/paragraphs', (c) => {
    const { filters, q } = request(c);
    return c.json({ filters, ...q, ...civilSocietyParagraphs(db, filters, q) });
  });

  app.get('/analyses/civil-society/paragraphs', (c) => {
    const { filters, q } = request(c);
    const ctx = pageContext(c);
    const { loc } = ctx;
    const t = loc.t;
    const r = civilSocietyParagraphs(db, filters, q);
    const title = r.organisation ? t('anCsListingOf', { name: r.organisation }) : t('anCsListing');
    return sendPage(c, (
      <Layout ctx={ctx} title={title} section="analyses">
        <p><a href="/analyses/civil-society">{t('anCivilSociety')}</a></p>
        <h1>{title}</h1>
        <dl class="kv">
          <dt>{t('anScopeFilters')}</dt><dd>{describeFilters(loc, filters)}{q.childRights ? `; ${t('anCsChildParagraphs')}` : ''}{q.issue ? `; ${valueLabel(loc, 'childIssue', q.issue)}` : ''}</dd>
          <dt>{t('anCsParagraphs')}</dt><dd>{loc.num(r.paragraphs.length)}</dd>
        </dl>
        <ol class="paragraphs">{r.paragraphs.map((p) => (
          <li>
            <p class="meta"><a href={`/documents/${p.documentId}#p-${p.paragraph}`}>{p.symbol ?? p.documentId}, {t('paragraphLink', { n: p.paragraph })}</a>
              {' · '}{stateName(p.stateIso3, loc.lang)}, {t('cycleN', { n: p.cycle })}{p.via ? ` · ${t('anCsVia2', { joint: p.via })}` : ''}
              {p.issues.length > 0 ? ` · ${valueLabel(loc, 'childIssue', p.issues.join(', '))}` : ''}</p>
            <p>{p.text}</p>
          </li>
        ))}</ol>
      </Layout>
    ));
  });
}
