// The UN bodies' search page (/un): a form (words, State concerned, body, type, children's rights), the
// records found (CRC first, newest first within a body) and pagination. Data from routes/un.tsx.
import type { UnRecommendationRow } from '../../store/index.js';
import { stateByIso3 } from '../../core/index.js';
import { Layout, type PageContext } from './layout.js';
import type { UnSearchRequest } from '../routes/un.js';

interface Choice { value: string; count: number }

export function UnSearchPage(props: { ctx: PageContext; req: UnSearchRequest; result: { total: number; items: UnRecommendationRow[] };
  choices: { bodies: Choice[]; types: Choice[] }; link: (page: number) => string }) {
  const { ctx, req, result, choices } = props;
  const { loc } = ctx;
  const t = loc.t;
  const last = Math.max(1, Math.ceil(result.total / req.size));
  const stateName = req.state ? (stateByIso3(req.state)?.name ?? req.state) : '';
  return (
    <Layout ctx={ctx} title={t('unSearchTitle')} section="un">
      <h1>{t('unSearchTitle')}</h1>
      <p class="hint">{t('unSearchIntro')}</p>
      <form class="search-form" method="get" action="/un" role="search">
        <div class="q"><label for="un-q">{t('unQuery')}</label><input type="search" id="un-q" name="q" value={req.query ?? ''} /></div>
        <div><label for="un-state">{t('unState')}</label><input type="text" id="un-state" name="state" value={stateName} /></div>
        <div>
          <label for="un-body">{t('unBody')}</label>
          <select id="un-body" name="body">
            <option value="">{t('unAnyBody')}</option>
            {choices.bodies.map((b) => <option value={b.value} selected={req.body?.toLowerCase() === b.value.toLowerCase()}>{`${b.value} (${loc.num(b.count)})`}</option>)}
          </select>
        </div>
        <div>
          <label for="un-type">{t('unType')}</label>
          <select id="un-type" name="type">
            <option value="">{t('unAnyType')}</option>
            {choices.types.map((x) => <option value={x.value} selected={req.type?.toLowerCase() === x.value.toLowerCase()}>{`${x.value} (${loc.num(x.count)})`}</option>)}
          </select>
        </div>
        <div class="switch">
          <input type="checkbox" id="un-cr" name="childRights" value="1" checked={req.childRights === true} />
          <label for="un-cr">{t('unChildRightsOnly')}</label>
        </div>
        <div><button type="submit">{t('searchButton')}</button></div>
      </form>
      <h2 id="un-results">{t('unFound', { n: loc.num(result.total) })}</h2>
      {result.items.length === 0 ? <p>{t('unNone')}</p> : (
        <ul class="results" aria-labelledby="un-results">
          {result.items.map((r) => (
            <li id={`un-${r.id}`}>
              <p lang="en">{r.text}</p>
              <p class="meta">
                {[r.body, r.type, r.states.map((s) => stateByIso3(s)?.name ?? s).join(', '), r.symbol, r.published && loc.date(r.published),
                  r.childRights ? t('unChildRights') : null].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {last > 1 && (
        <nav class="pages" aria-label={t('pagination')}>
          <ul>
            {req.page > 1 && <li><a href={props.link(Math.min(req.page - 1, last))} rel="prev">{t('previous')}</a></li>}
            <li><span aria-current="page">{t('page', { n: req.page })}</span></li>
            {req.page < last && <li><a href={props.link(req.page + 1)} rel="next">{t('next')}</a></li>}
          </ul>
        </nav>
      )}
    </Layout>
  );
}
