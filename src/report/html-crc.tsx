// The HTML report's section on the Committee on the Rights of the Child (see crc.ts).
import type { Locale } from '../core/index.js';
import type { ReviewReport } from './model.js';

export function CrcSection({ r, loc }: { r: ReviewReport; loc: Locale }) {
  if (!r.crc) return null;
  const t = loc.t;
  return (
    <section>
      <h2 id="crc">{t('rp_crcTitle')}</h2>
      <p>{t('rp_crcIntro')}</p>
      <ul>
        {r.crc.items.map((i) => (
          <li><span lang="en">{i.text}</span> <small>({[i.body, i.type, i.symbol, i.published && loc.date(i.published)].filter(Boolean).join(', ')})</small></li>
        ))}
      </ul>
      {r.crc.total > r.crc.items.length && <p>{t('rp_crcMore', { n: r.crc.total - r.crc.items.length, iso3: r.state.iso3 })}</p>}
    </section>
  );
}
