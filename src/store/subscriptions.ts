// E-mail digest subscriptions (table digest_subscriptions, migration 017): an address, a saved search (the
// query string of a search URL) or followed States, and a frequency. Keyed by address so that an account can
// own them later.
import type { Db } from './database.js';
import { inTransaction } from './database.js';
import { UprError } from '../core/index.js';

export type DigestFrequency = 'daily' | 'weekly';
export const DIGEST_FREQUENCIES: readonly DigestFrequency[] = ['daily', 'weekly'];

export interface Subscription {
  id: number;
  email: string;
  /** Query string of a search URL (without '?'), '' for followed States. */
  search: string;
  states: string[];
  frequency: DigestFrequency;
  createdAt: string;
  lastSentAt: string | null;
}

export interface NewSubscription {
  email: string;
  search?: string;
  states?: string[];
  frequency: DigestFrequency;
}

interface Row { id: number; email: string; search: string; states: string; frequency: DigestFrequency; created_at: string; last_sent_at: string | null }

const toSubscription = (r: Row): Subscription => ({
  id: r.id, email: r.email, search: r.search, states: JSON.parse(r.states) as string[], frequency: r.frequency, createdAt: r.created_at, lastSentAt: r.last_sent_at,
});

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Adds a subscription; the same address, search and States again is a `conflict`. */
export function addSubscription(db: Db, sub: NewSubscription, now = new Date().toISOString()): Subscription {
  const email = sub.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) throw new UprError('invalid_input', `not an e-mail address: "${sub.email}"`, { field: 'email', value: sub.email });
  if (!DIGEST_FREQUENCIES.includes(sub.frequency)) throw new UprError('invalid_input', `frequency must be one of ${DIGEST_FREQUENCIES.join(', ')}`, { field: 'frequency', value: String(sub.frequency) });
  const search = (sub.search ?? '').replace(/^\?/, '');
  const states = [...new Set(sub.states ?? [])].sort();
  if (!search && states.length === 0) throw new UprError('invalid_input', 'a subscription needs a search URL or followed States', { field: 'search' });
  if (search && states.length) throw new UprError('invalid_input', 'give a search URL or followed States, not both (add followed States to the search as state=…)', { field: 'states' });
  return inTransaction(db, () => {
    const clash = db.prepare('SELECT id FROM digest_subscriptions WHERE email = ? AND search = ? AND states = ?').get(email, search, JSON.stringify(states)) as { id: number } | undefined;
    if (clash) throw new UprError('conflict', `${email} already has this subscription (number ${clash.id})`, { field: 'email', value: email });
    const { lastInsertRowid } = db.prepare('INSERT INTO digest_subscriptions (email, search, states, frequency, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(email, search, JSON.stringify(states), sub.frequency, now);
    return getSubscription(db, Number(lastInsertRowid))!;
  });
}

export function getSubscription(db: Db, id: number): Subscription | undefined {
  const r = db.prepare('SELECT * FROM digest_subscriptions WHERE id = ?').get(id) as Row | undefined;
  return r && toSubscription(r);
}

/** Every subscription, or those of one address, by id. */
export function listSubscriptions(db: Db, email?: string): Subscription[] {
  const rows = email === undefined
    ? db.prepare('SELECT * FROM digest_subscriptions ORDER BY id').all()
    : db.prepare('SELECT * FROM digest_subscriptions WHERE email = ? ORDER BY id').all(email.trim().toLowerCase());
  return (rows as Row[]).map(toSubscription);
}

/** Removes one subscription by id, or every subscription of an address; returns how many went. */
export function removeSubscriptions(db: Db, target: number | string): number {
  return inTransaction(db, () => typeof target === 'number'
    ? db.prepare('DELETE FROM digest_subscriptions WHERE id = ?').run(target).changes
    : db.prepare('DELETE FROM digest_subscriptions WHERE email = ?').run(target.trim().toLowerCase()).changes);
}

/** Records that the digest up to `sentAt` was accepted by the mail server. */
export function markDigestSent(db: Db, id: number, sentAt: string): void {
  inTransaction(db, () => db.prepare('UPDATE digest_subscriptions SET last_sent_at = ? WHERE id = ?').run(sentAt, id));
}

/** Whether a subscription's next digest is due at `now`: a day or a week after the last one (or its creation). */
export function isDigestDue(sub: Subscription, now: Date): boolean {
  if (sub.lastSentAt === null) return true;
  const days = sub.frequency === 'daily' ? 1 : 7;
  // An hour's slack, so a daily cron job a few seconds early still sends.
  return now.getTime() - Date.parse(sub.lastSentAt) >= days * 86_400_000 - 3_600_000;
}
