// The report's short section on the Committee on the Rights of the Child: its own recommendations and
// observations on the State (UHRI imports), newest first, as data and as Markdown.
import type { Locale } from '../core/index.js';
import { searchUnRecommendations, type Db } from '../store/index.js';
import type { CrcRecommendations, ReviewReport } from './model.js';

/** At most this many texts in a report; the rest are counted and found with `upr search-un`. */
export const CRC_ITEMS_IN_REPORT = 20;

/** `{ crc }` when the store holds CRC texts on State `iso3`, else nothing (so reports without UHRI data are unchanged). */
export function crcRecommendations(db: Db, iso3: string): { crc?: CrcRecommendations } {
  const { total, items } = searchUnRecommendations(db, { state: iso3, body: 'CRC', limit: CRC_ITEMS_IN_REPORT });
  if (total === 0) return {};
  return { crc: { total, items: items.map((i) => ({ body: i.body, type: i.type, symbol: i.symbol, published: i.published, text: i.text })) } };
}

/** Where one CRC text is from: body, type, symbol, date (the same in every format). */
export function crcItemMeta(i: CrcRecommendations['items'][number], loc: Locale): string {
  return [i.body, i.type, i.symbol, i.published && loc.date(i.published)].filter(Boolean).join(', ');
}

/** The Markdown lines of the section (none when there is no CRC text). */
export function crcMarkdown(r: ReviewReport, loc: Locale): string[] {
  if (!r.crc) return [];
  const t = loc.t;
  return [`## ${t('rp_crcTitle')}`, '', t('rp_crcIntro'), '',
    ...r.crc.items.map((i) => `- ${i.text} (${crcItemMeta(i, loc)})`),
    ...(r.crc.total > r.crc.items.length ? ['', t('rp_crcMore', { n: r.crc.total - r.crc.items.length, iso3: r.state.iso3 })] : []), ''];
}
