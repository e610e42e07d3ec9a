// Small pages: every value of one facet, and the error page.
import type { FacetName, FacetValue } from '../../store/index.js';
import { Layout, type PageContext } from './layout.js';
import { FACET_TITLES, facetValueLabel } from './labels.js';
import { searchQueryString, toggleFilter, type FilterParam, type SearchRequest } from '../search-params.js';

export function FacetPage({ ctx, req, name, values }: { ctx: PageContext; req: SearchRequest; name: FacetName; values: FacetValue[] }) {
  const { loc } = ctx;
  const title = loc.t(FACET_TITLES[name]);
  return (
    <Layout ctx={ctx} title={title} section="search">
      <h1>{title}</h1>
      <p><a href={`/?${searchQueryString(req)}`}>{loc.t('backToSearch')}</a></p>
      <table>
        <caption>{title}</caption>
        <thead><tr><th scope="col">{title}</th><th scope="col" class="n">{loc.t('count')}</th></tr></thead>
        <tbody>
          {values.map((v) => (
            <tr><th scope="row"><a href={`/?${searchQueryString({ ...req, page: 1, filters: toggleFilter(req.filters, name as FilterParam, v.value) })}`}>{facetValueLabel(loc, name, v.value, v.label)}</a></th><td class="n">{loc.num(v.count)}</td></tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function ErrorPage({ ctx, status, message }: { ctx: PageContext; status: number; message: string }) {
  const { loc } = ctx;
  const title = status === 404 ? loc.t('notFound') : status === 400 ? loc.t('badRequest') : loc.t('errorTitle');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p lang="en">{message}</p>
      <p><a href="/">{loc.t('backToSearch')}</a></p>
    </Layout>
  );
}
