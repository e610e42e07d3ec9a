// One news item (a recommendation or a document that entered the store) as a feed entry or digest line:
// stable id, title, summary and the link to its page. Pure.
import type { NewsItem } from '../store/index.js';

export interface AlertEntry {
  /** Stable across runs and base URLs: a tag URI (RFC 4151) naming the record. */
  id: string;
  title: string;
  summary: string;
  /** Path of the record's page (`/recommendations/12`), made absolute with the base URL by the caller. */
  path: string;
  /** When the record entered the store (ISO 8601). */
  updated: string;
}

const TAG = 'tag:upr-child-rights,2026:';
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** Describes a news item for a reader who has not seen it yet. */
export function alertEntry(item: NewsItem): AlertEntry {
  if (item.kind === 'document') {
    const d = item.document;
    const what = d.type.replaceAll('_', ' ');
    return {
      id: `${TAG}document/${d.id}`,
      title: `${d.stateIso3 ?? ''} cycle ${d.cycle ?? '?'}: ${what} ${d.symbol ?? d.fileName}`.trim(),
      summary: `${d.title ?? what} (${d.symbol ?? d.fileName}), stored ${item.addedAt.slice(0, 10)}.`,
      path: `/documents/${d.id}`,
      updated: item.addedAt,
    };
  }
  const r = item.recommendation;
  const by = r.recommendingStates.map((s) => s.name).join(', ') || 'recommending State not known';
  const where = [r.provenance.file, r.paragraph ? `para ${r.paragraph}` : r.provenance.locator].filter(Boolean).join(', ');
  return {
    id: `${TAG}recommendation/${r.id}`,
    title: `${r.stateUnderReview.name}, cycle ${r.cycle}: ${clip(r.text, 90)}`,
    summary: `${r.text} (${by}; response: ${r.response}; session ${r.session}; ${where})`,
    path: `/recommendations/${r.id}`,
    updated: item.addedAt,
  };
}
