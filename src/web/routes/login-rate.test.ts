// Sign-in rate limits over HTTP: per account and per client address, 429 with Retry-After, and the client
// address taken from X-Forwarded-For only when the proxy is trusted.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Db } from '../../store/index.js';
import { createApp } from '../index.js';
import { LOGIN_LIMITS } from '../auth-login.js';
import { createMember, TEST_PASSWORD } from '../../../test/support/accounts.js';

const login = (app: ReturnType<typeof createApp>, email: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/login', { method: 'POST', headers, body: new URLSearchParams({ email, password }) });

describe('sign-in rate limits', () => {
  let db: Db;
  beforeEach(() => {
    db = openStore(':memory:');
  });

  it('refuses an account after 5 failures with 429 and Retry-After, even with the right password', async () => {
    const app = createApp(db);
    const { user } = await createMember(db, { email: 'target@example.org' });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) assert.equal((await login(app, user.email, `wrong ${i}`)).status, 401);
    const refused = await login(app, user.email, TEST_PASSWORD);
    assert.equal(refused.status, 429);
    const retry = Number(refused.headers.get('retry-after'));
    assert.ok(retry > 800 && retry <= 900, `Retry-After ${retry} s within the 15-minute window`);
    assert.match(await refused.text(), /too many failed sign-ins: try again in \d+ seconds/);
    const { user: other } = await createMember(db, { email: 'other@example.org' });
    assert.equal((await login(app, other.email, TEST_PASSWORD)).status, 303, 'other accounts still sign in');
  });

  it('refuses a client address after 20 failures across accounts', async () => {
    const app = createApp(db);
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) assert.equal((await login(app, `nobody${i}@example.org`, 'guess guess')).status, 401);
    const { user } = await createMember(db, { email: 'fresh@example.org' });
    assert.equal((await login(app, user.email, TEST_PASSWORD)).status, 429);
  });

  it('counts each X-Forwarded-For client apart behind a trusted proxy, and ignores the header otherwise', async () => {
    const trusted = createApp(db, { trustProxy: true });
    const { user } = await createMember(db, { email: 'proxied@example.org' });
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) await login(trusted, `n${i}@example.org`, 'guess guess', { 'x-forwarded-for': '198.51.100.7' });
    assert.equal((await login(trusted, user.email, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' })).status, 429);
    // Only the entry the proxy appended counts: a client cannot escape by prepending addresses.
    assert.equal((await login(trusted, user.email, TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.1, 198.51.100.7' })).status, 429);
    assert.equal((await login(trusted, user.email, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.8' })).status, 303);
    const direct = createApp(db);
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) await login(direct, `m${i}@example.org`, 'guess guess', { 'x-forwarded-for': `192.0.2.${i}` });
    assert.equal((await login(direct, user.email, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.200' })).status, 429, 'the header is ignored without --trust-proxy');
  });
});
