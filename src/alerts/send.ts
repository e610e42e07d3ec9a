// `upr digest send`: for each subscription due, what is new since its last digest, one e-mail each; a
// subscription is marked sent only after the mail server accepted its message.
import { isDigestDue, listNews, listSubscriptions, markDigestSent, type Db, type NewsScope, type Subscription } from '../store/index.js';
import { alertEntry } from './entries.js';
import { composeDigest } from './digest.js';
import type { Mailer } from './mailer.js';

export interface DigestOutcome {
  id: number;
  email: string;
  status: 'sent' | 'nothing new' | 'not due' | 'failed';
  items: number;
  error?: string;
}

export interface SendOptions {
  mailer: Mailer;
  from: string;
  baseUrl: string;
  /** The scope of a subscription: its search URL read as the web application reads it, or its States. */
  scopeOf(sub: Subscription): NewsScope;
  now?: Date;
  /** Send even when not due yet. */
  force?: boolean;
  /** Only these subscription ids. */
  only?: number[];
  /** At most this many records in one digest (default 100). */
  limit?: number;
}

/** Sends every due digest; a failure for one address is reported and does not stop the others. */
export async function sendDigests(db: Db, opts: SendOptions): Promise<DigestOutcome[]> {
  const now = opts.now ?? new Date();
  const outcomes: DigestOutcome[] = [];
  for (const sub of listSubscriptions(db)) {
    if (opts.only && !opts.only.includes(sub.id)) continue;
    const base = { id: sub.id, email: sub.email, items: 0 };
    if (!opts.force && !isDigestDue(sub, now)) {
      outcomes.push({ ...base, status: 'not due' });
      continue;
    }
    // Read "now" before the query: a record stored while the digest is being sent goes into the next one.
    const upTo = new Date().toISOString();
    const limit = opts.limit ?? 100;
    try {
      const items = listNews(db, opts.scopeOf(sub), { since: sub.lastSentAt ?? sub.createdAt, until: upTo, limit, each: true });
      if (items.length === 0) {
        outcomes.push({ ...base, status: 'nothing new' });
        continue;
      }
      // New documents first (a new report is the news), then recommendations, each newest first.
      const entries = [...items.filter((i) => i.kind === 'document'), ...items.filter((i) => i.kind === 'recommendation')].map(alertEntry);
      const more = items.filter((i) => i.kind === 'recommendation').length >= limit;
      const message = composeDigest(sub, entries, { baseUrl: opts.baseUrl, from: opts.from, more });
      await opts.mailer.send(sub.email, message);
      markDigestSent(db, sub.id, upTo);
      outcomes.push({ ...base, status: 'sent', items: items.length });
    } catch (err) {
      outcomes.push({ ...base, status: 'failed', error: (err as Error).message });
    }
  }
  return outcomes;
}
