// State page section "UN treaty bodies and special procedures": what the CRC and the other bodies recommended
// to or observed about the State (UHRI imports), counts per body and the latest texts of each, CRC first.
import type { UnBodyCount, UnRecommendationRow } from '../../store/index.js';
import type { PageContext } from './layout.js';
import { DataTable } from '../../report/index.js';

export interface UnRecommendationsData {
  counts: UnBodyCount[];
  /** The latest few of each body, CRC first. */
  items: UnRecommendationRow[];
}

export function UnRecommendationsSection({ ctx, data, iso3 }: { ctx: PageContext; data: UnRecommendationsData; iso3: string }) {
  const { loc } = ctx;
  const t = loc.t;
  const total = data.counts.reduce((n, c) => n + c.count, 0);
  return (
    <section aria-labelledby="un-h">
      <h2 id="un-h">{t('unTitle')} ({loc.num(total)})</h2>
      <p class="hint">{t('unIntro')} <a href={`/un?state=${iso3}`}>{t('unSearchAll')}</a></p>
      <DataTable caption={t('unByBody')} columns={[{ label: t('unBody') }, { label: t('count'), numeric: true }, { label: t('childRightsCount'), numeric: true }]}
        rows={data.counts.map((c) => [c.body, loc.num(c.count), loc.num(c.childRights)])} />
      {data.counts.map((c) => {
        const items = data.items.filter((i) => i.body === c.body);
        return (
          <>
            <h3>{c.body}</h3>
            <ul class="results">
              {items.map((r) => (
                <li id={`un-${r.id}`}>
                  <p lang="en">{r.text}</p>
                  <p class="meta">{[r.type, r.symbol, r.published && loc.date(r.published), r.childRights ? t('unChildRights') : null].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ul>
            {c.count > items.length && <p class="hint"><a href={`/un?${new URLSearchParams({ state: iso3, body: c.body })}`}>{t('unMore', { n: c.count - items.length, body: c.body })}</a></p>}
          </>
        );
      })}
    </section>
  );
}
