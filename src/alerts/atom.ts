// Atom 1.0 (RFC 4287) feeds of what is new for a search or for followed States. Pure: entries in, XML out.
import type { AlertEntry } from './entries.js';

export interface AtomFeed {
  /** Stable feed id (a tag URI or the feed's URL). */
  id: string;
  title: string;
  /** The feed's own URL and the page it follows (absolute when a base URL is set). */
  self: string;
  alternate: string;
  /** Newest entry first; the feed's `updated` is the newest entry's (or `emptyUpdated`). */
  entries: AlertEntry[];
  /** `updated` of a feed without entries (e.g. the store's creation), since Atom requires one. */
  emptyUpdated: string;
  /** Prefix for entry links (base URL without trailing slash, or '' for relative links). */
  baseUrl: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Renders the feed as an Atom document. */
export function renderAtom(feed: AtomFeed): string {
  const updated = feed.entries[0]?.updated ?? feed.emptyUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <updated>${xmlText(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    '  <author><name>UPR children\'s-rights toolkit</name></author>',
    '  <generator>upr</generator>',
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${xmlText(e.id)}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <updated>${xmlText(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(feed.baseUrl + e.path)}"/>`,
      `    <summary type="text">${xmlText(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
