import { describe, it, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { upr, tempDir } from '../../../test/support/cli.js';

interface Received { from: string; to: string[]; raw: string }

/** Undoes quoted-printable soft breaks and escapes, so the test reads the words nodemailer wrote. */
const unQp = (s: string) => s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

// A local SMTP server started here (no network): it accepts mail for everyone but refuses bounce@example.org.
describe('upr digest (local SMTP server, bundled sample)', () => {
  const tmp = tempDir();
  const received: Received[] = [];
  let server: SMTPServer;
  let env: Record<string, string>;
  before(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'], allowInsecureAuth: true,
      onAuth: (auth, _s, cb) => (auth.username === 'upr' && auth.password === 's3cret' ? cb(null, { user: 'upr' }) : cb(new Error('bad credentials'))),
      onRcptTo: (addr, _s, cb) => (addr.address === 'bounce@example.org' ? cb(new Error('mailbox unavailable')) : cb()),
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          cb();
        });
      },
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.server.address() as AddressInfo).port;
    env = { UPR_SMTP_URL: `smtp://upr:s3cret@127.0.0.1:${port}`, UPR_MAIL_FROM: 'UPR alerts <alerts@upr.example.org>', UPR_BASE_URL: 'https://upr.example.org', UPR_DB: tmp.db };
    const r = await upr(['import', 'upr-info', resolve('data/sample/upr-info/upr-info-sessions-05-08.csv')], env);
    assert.equal(r.code, 0, r.stderr);
  });
  after(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    tmp.cleanup();
  });

  it('adds, lists and checks subscriptions, refusing bad addresses, States, searches and duplicates', async () => {
    assert.equal((await upr(['digest', 'add', 'Ana@Example.org', '--state', 'Slovenia', '--frequency', 'daily'], env)).code, 0);
    const search = await upr(['digest', 'add', 'ben@example.org', '--search', 'https://upr.example.org/?q=children&state=SVN&page=3'], env);
    assert.equal(search.code, 0, search.stderr);
    assert.match(search.stdout, /added subscription 2: ben@example.org, weekly, the search \?q=children&state=SVN\n/);
    assert.equal((await upr(['digest', 'add', 'bounce@example.org', '--state', 'SVN'], env)).code, 0);
    const dup = await upr(['digest', 'add', 'ana@example.org', '--state', 'SVN', '--frequency', 'daily'], env);
    assert.equal(dup.code, 5);
    assert.match(dup.stderr, /already has this subscription \(number 1\)/);
    for (const [args, pattern] of [
      [['ana.example.org', '--state', 'SVN'], /not an e-mail address: "ana\.example\.org"/],
      [['ana@example.org', '--state', 'Atlantis'], /unknown State "Atlantis"/],
      [['ana@example.org', '--search', '?cycle=nine'], /cycle/],
      [['ana@example.org'], /needs a search URL or followed States/],
      [['ana@example.org', '--state', 'SVN', '--frequency', 'hourly'], /frequency must be one of daily, weekly/],
    ] as const) {
      const r = await upr(['digest', 'add', ...args], env);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, pattern);
    }
    const list = JSON.parse((await upr(['digest', 'list', '--json'], env)).stdout) as { email: string; states: string[]; lastSentAt: string | null }[];
    assert.deepEqual(list.map((s) => [s.email, s.states, s.lastSentAt]), [['ana@example.org', ['SVN'], null], ['ben@example.org', [], null], ['bounce@example.org', ['SVN'], null]]);
  });

  it('sends what is new since the subscription, one e-mail each, marks sent only what the server accepted', async () => {
    const ingest = await upr(['ingest', resolve('data/sample/slovenia/cycle3/g1934994.pdf')], env);
    assert.equal(ingest.code, 0, ingest.stderr);
    const r = await upr(['digest', 'send', '--json'], env);
    assert.equal(r.code, 1, 'one address was refused');
    const outcomes = JSON.parse(r.stdout) as { id: number; status: string; items: number; error?: string }[];
    assert.deepEqual(outcomes.map((o) => o.status), ['sent', 'sent', 'failed']);
    assert.match(outcomes[2]!.error ?? '', /mailbox unavailable/);
    assert.equal(received.length, 2);
    const [ana, ben] = received.map((m) => ({ ...m, body: unQp(m.raw) }));
    assert.deepEqual([ana!.to, ben!.to], [['ana@example.org'], ['ben@example.org']]);
    assert.equal(ana!.from, 'alerts@upr.example.org');
    for (const m of [ana!, ben!]) {
      assert.match(m.raw, /Content-Type: multipart\/alternative/);
      assert.match(m.raw, /Content-Type: text\/plain/);
      assert.match(m.raw, /Content-Type: text\/html/);
      assert.match(m.raw, /List-Unsubscribe: <mailto:alerts@upr\.example\.org\?subject=unsubscribe%20\d>/);
      assert.match(m.body, /upr digest remove \d/);
      assert.match(m.body, /https:\/\/upr\.example\.org\/recommendations\/\d+/);
    }
    assert.match(ana!.body, new RegExp(`Subject: UPR daily digest: ${outcomes[0]!.items}\\+? new for SVN`));
    assert.match(ana!.body, /A\/HRC\/43\/15/, 'the followed State\'s new document is listed');
    assert.ok(outcomes[1]!.items > 0 && outcomes[1]!.items < outcomes[0]!.items, 'the search lists fewer records than the whole State');
    assert.doesNotMatch(ben!.body, /\/documents\//, 'a search lists recommendations only');
    const list = JSON.parse((await upr(['digest', 'list', '--json'], env)).stdout) as { lastSentAt: string | null }[];
    assert.ok(list[0]!.lastSentAt && list[1]!.lastSentAt);
    assert.equal(list[2]!.lastSentAt, null, 'not accepted, so not marked sent');

    const again = JSON.parse((await upr(['digest', 'send', '--json'], env)).stdout) as { status: string }[];
    assert.deepEqual(again.map((o) => o.status), ['not due', 'not due', 'failed']);
    const forced = JSON.parse((await upr(['digest', 'send', '--force', '--id', '1', '--json'], env)).stdout) as { status: string }[];
    assert.deepEqual(forced.map((o) => o.status), ['nothing new']);
    assert.equal(received.length, 2);
  });

  it('needs the SMTP server, sender and base URL, refuses bad credentials, and removes subscriptions', async () => {
    const none = await upr(['digest', 'send'], { UPR_DB: tmp.db });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /UPR_SMTP_URL/);
    // The SMTP URL holds a password: it can come from a file (UPR_SMTP_URL_FILE), as every setting can.
    const secret = join(tmp.dir, 'smtp-url');
    writeFileSync(secret, `${env.UPR_SMTP_URL!.replace('s3cret', 'guess')}\n`);
    const { UPR_SMTP_URL: _, ...withoutUrl } = env;
    const wrong = await upr(['digest', 'send', '--force', '--id', '3', '--json'], { ...withoutUrl, UPR_SMTP_URL_FILE: secret });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stdout, /"status": "failed",[\s\S]*"error": "Invalid login/);
    const missing = await upr(['digest', 'send'], { ...withoutUrl, UPR_SMTP_URL_FILE: join(tmp.dir, 'absent') });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read UPR_SMTP_URL_FILE/);
    assert.equal((await upr(['digest', 'remove', 'bounce@example.org'], env)).code, 0);
    assert.equal((await upr(['digest', 'remove', '99'], env)).code, 3);
    assert.equal((JSON.parse((await upr(['digest', 'list', '--json'], env)).stdout) as unknown[]).length, 2);
  });
});
