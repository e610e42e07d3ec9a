// The e-mail digest of one subscription: subject, plain text and HTML, with the unsubscribe instruction. Pure.
import type { Subscription } from '../store/index.js';
import type { AlertEntry } from './entries.js';
import { xmlText } from './atom.js';

export interface DigestMessage {
  subject: string;
  text: string;
  html: string;
  /** For the List-Unsubscribe header: where a reply asking to unsubscribe goes. */
  unsubscribe: string;
}

/** What a subscription follows, in words: the search's query string or the States. */
export function describeScope(sub: Subscription): string {
  return sub.search ? `the search ?${decodeURIComponent(sub.search.replaceAll('+', ' '))}` : `followed States ${sub.states.join(', ')}`;
}

/**
 * Composes the digest of `entries` (newest first) for `sub`. `baseUrl` makes links absolute (a digest is read
 * outside the site, so it is required); `from` is the operator's address that unsubscribe requests go to.
 */
export function composeDigest(sub: Subscription, entries: AlertEntry[], opts: { baseUrl: string; from: string; more?: boolean }): DigestMessage {
  const scope = describeScope(sub);
  const page = sub.search ? `${opts.baseUrl}/?${sub.search}` : `${opts.baseUrl}/?${sub.states.map((s) => `state=${s}`).join('&')}`;
  const subject = `UPR ${sub.frequency} digest: ${entries.length}${opts.more ? '+' : ''} new for ${sub.search ? 'your saved search' : sub.states.join(', ')}`;
  const count = `${entries.length}${opts.more ? '+' : ''} new record(s) for ${scope}${opts.more ? ' (the newest are listed; see all results on the site)' : ''}`;
  const address = /<([^>]+)>\s*$/.exec(opts.from)?.[1] ?? opts.from.trim();
  const unsubscribeText = `To stop this digest, reply with "unsubscribe ${sub.id}" to ${address}, or ask the site's operator to run: upr digest remove ${sub.id}`;
  const text = [
    `${count}, newest first.`,
    `All results: ${page}`,
    '',
    ...entries.flatMap((e) => [`* ${e.title}`, `  ${e.summary}`, `  ${opts.baseUrl}${e.path}`, '']),
    '--',
    unsubscribeText,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html><body>',
    `<p>${xmlText(count)}, newest first. <a href="${xmlText(page)}">All results</a></p>`,
    '<ul>',
    ...entries.map((e) => `<li><a href="${xmlText(opts.baseUrl + e.path)}">${xmlText(e.title)}</a><br>${xmlText(e.summary)}</li>`),
    '</ul>',
    `<p style="color:#555;font-size:small">${xmlText(unsubscribeText)}</p>`,
    '</body></html>',
  ].join('\n');
  const unsubscribe = `mailto:${address}?subject=${encodeURIComponent(`unsubscribe ${sub.id}`)}`;
  return { subject, text, html, unsubscribe };
}
