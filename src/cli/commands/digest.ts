// `upr digest add|list|remove|send`: e-mail digests of what is new for a saved search or followed States,
// sent through the operator's SMTP server (UPR_SMTP_URL, UPR_MAIL_FROM).
import type { Command, CommandContext } from '../command.js';
import { openStoreForReading, openStoreForWriting } from '../open-store.js';
import { addSubscription, listSubscriptions, removeSubscriptions, DIGEST_FREQUENCIES, type DigestFrequency, type Subscription } from '../../store/index.js';
import { createMailer, describeScope, sendDigests } from '../../alerts/index.js';
import { feedScope } from '../../web/index.js';
import { resolveState, stateByIso3, UprError } from '../../core/index.js';
import { listOption } from '../command.js';

const usage = 'upr digest add EMAIL (--search URL | --state S...) [--frequency daily|weekly] | list [EMAIL] | remove ID|EMAIL | send [--force] [--id N]';

/** The query string of a search URL given whole (https://…/?q=x), as `?q=x` or as `q=x`; checked as the site reads it. */
function searchOf(raw: string): string {
  const qs = raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : raw;
  const params = new URLSearchParams(qs);
  params.delete('page');
  params.delete('lang');
  feedScope(params); // throws invalid_input naming the parameter
  return params.toString();
}

function statesOf(names: string[]): string[] {
  return names.map((n) => {
    const s = stateByIso3(n.toUpperCase()) ?? resolveState(n);
    if (!s) throw new UprError('invalid_input', `unknown State "${n}"`, { field: '--state', value: n });
    return s.iso3;
  });
}

const line = (s: Subscription) => `${s.id}\t${s.email}\t${s.frequency}\t${describeScope(s)}\tlast sent ${s.lastSentAt ?? 'never'}`;

async function send(ctx: CommandContext, values: Record<string, unknown>): Promise<number> {
  const { smtpUrl, mailFrom, baseUrl } = ctx.config;
  if (!smtpUrl) throw new UprError('invalid_input', 'no SMTP server: set UPR_SMTP_URL (e.g. smtp://user:password@mail.example.org:587)', { field: 'UPR_SMTP_URL', usage: true });
  if (!mailFrom) throw new UprError('invalid_input', 'no sender address: set UPR_MAIL_FROM (e.g. "UPR alerts <upr@example.org>")', { field: 'UPR_MAIL_FROM', usage: true });
  if (!baseUrl) throw new UprError('invalid_input', 'digests link to the site: set --base-url or UPR_BASE_URL (e.g. https://upr.example.org)', { field: '--base-url', usage: true });
  if (values.id !== undefined && !/^\d+$/.test(String(values.id))) throw new UprError('invalid_input', `--id must be a subscription number, got "${String(values.id)}"`, { field: '--id', usage: true });
  const only = values.id === undefined ? undefined : [Number(values.id)];
  const db = openStoreForWriting(ctx.config);
  const mailer = createMailer(smtpUrl, mailFrom);
  try {
    const outcomes = await sendDigests(db, { mailer, from: mailFrom, baseUrl, force: values.force === true, only, scopeOf: (s) => (s.search ? feedScope(new URLSearchParams(s.search)) : { states: s.states }) });
    if (values.json === true) ctx.stdout.write(JSON.stringify(outcomes, null, 2) + '\n');
    else for (const o of outcomes) ctx.stdout.write(`${o.id}\t${o.email}\t${o.status}${o.items ? ` (${o.items} record(s))` : ''}${o.error ? `: ${o.error}` : ''}\n`);
    return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  } finally {
    mailer.close();
    db.close();
  }
}

export const digestCommand: Command = {
  name: 'digest',
  summary: 'Manage and send e-mail digests of what is new for a saved search or followed States.',
  usage,
  options: {
    search: { type: 'string', valueName: 'URL', help: 'add: a search URL of the site (or its query string), e.g. "https://upr.example.org/?q=child+marriage&cycle=4"' },
    state: { type: 'string', multiple: true, valueName: 'S', help: 'add: a State to follow (name or ISO3; its recommendations and documents)' },
    frequency: { type: 'string', valueName: 'F', help: `add: ${DIGEST_FREQUENCIES.join(' or ')} (default weekly)` },
    force: { type: 'boolean', help: 'send: also the digests not due yet' },
    id: { type: 'string', valueName: 'N', help: 'send: only subscription N' },
    json: { type: 'boolean', help: 'print JSON' },
  },
  help: `A digest lists what entered the store since the subscription's last digest (the first: since it was
added), newest first, one e-mail per subscription, plain text and HTML, with how to unsubscribe. A
subscription is marked sent only after the SMTP server accepted its message; nothing new, nothing sent.
send needs UPR_SMTP_URL, UPR_MAIL_FROM and --base-url/UPR_BASE_URL; run it from cron (docs/operations.md).
Examples:
  upr digest add ana@example.org --search "https://upr.example.org/?q=corporal+punishment" --frequency daily
  upr digest add ana@example.org --state Slovenia --state FRA
  upr digest list
  upr digest send`,
  async run(ctx, values, positionals) {
    const [action, ...rest] = positionals;
    if (action === 'add') {
      if (rest.length !== 1) throw new UprError('invalid_input', `name one e-mail address\nUsage: ${usage}`, { usage: true });
      const frequency = (values.frequency ?? 'weekly') as DigestFrequency;
      const search = values.search === undefined ? '' : searchOf(String(values.search));
      const states = statesOf(listOption(values, 'state') ?? []);
      const db = openStoreForWriting(ctx.config);
      try {
        const sub = addSubscription(db, { email: rest[0]!, search, states, frequency });
        ctx.stdout.write(values.json === true ? JSON.stringify(sub, null, 2) + '\n' : `added subscription ${sub.id}: ${sub.email}, ${sub.frequency}, ${describeScope(sub)}\n`);
        return 0;
      } finally {
        db.close();
      }
    }
    if (action === 'list') {
      const db = openStoreForReading(ctx.config);
      try {
        const subs = listSubscriptions(db, rest[0]);
        ctx.stdout.write(values.json === true ? JSON.stringify(subs, null, 2) + '\n' : subs.map(line).join('\n') + (subs.length ? '\n' : 'no subscriptions\n'));
        return 0;
      } finally {
        db.close();
      }
    }
    if (action === 'remove') {
      if (rest.length !== 1) throw new UprError('invalid_input', `name a subscription number or an e-mail address\nUsage: ${usage}`, { usage: true });
      const db = openStoreForWriting(ctx.config);
      try {
        const n = removeSubscriptions(db, /^\d+$/.test(rest[0]!) ? Number(rest[0]) : rest[0]!);
        if (n === 0) throw new UprError('not_found', `no subscription ${rest[0]}`, { value: rest[0] });
        ctx.stdout.write(`removed ${n} subscription(s)\n`);
        return 0;
      } finally {
        db.close();
      }
    }
    if (action === 'send') return send(ctx, values);
    throw new UprError('invalid_input', `${action ? `unknown action "${action}"` : 'name an action'}: add, list, remove or send\nUsage: ${usage}`, { usage: true });
  },
};
