// Accounts over HTTP (app.request, in-memory store): sign-in, sign-out, CSRF, API tokens, password change.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, listAudit, updateUser, type Db } from '../../store/index.js';
import { createApp } from '../index.js';
import { createMember, signedInMember, signIn, apiTokenFor, TEST_PASSWORD } from '../../../test/support/accounts.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('accounts over HTTP', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeEach(() => {
    db = openStore(':memory:');
    app = createApp(db, { today: () => '2026-12-02' });
  });

  it('keeps the public database readable without an account and offers a sign-in link', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<a href="\/login">Sign in<\/a>/);
  });

  it('signs in with the right password: an HttpOnly, SameSite=Lax session cookie, then the account page', async () => {
    const { user } = await createMember(db, { email: 'amina@example.org', name: 'Amina', workspace: 'Slovenia follow-up' });
    const res = await app.request('/login', { method: 'POST', body: form({ email: 'Amina@Example.org', password: TEST_PASSWORD, next: '/account' }) });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/account');
    const setCookie = res.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^upr_session=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+;/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    assert.doesNotMatch(setCookie, /Secure/, 'plain http without an https base URL');
    const page = await (await app.request('/account', { headers: { cookie: setCookie.split(';')[0]! } })).text();
    assert.match(page, /Signed in as Amina \(amina@example\.org\)/);
    assert.match(page, /<td><a href="\/workspaces\/\d+">Slovenia follow-up<\/a><\/td><td>Test organisation<\/td><td>editor<\/td>/);
    assert.equal(user.email, 'amina@example.org');
  });

  it('marks the cookie Secure with the __Host- prefix when the base URL is https', async () => {
    const https = createApp(db, { baseUrl: 'https://upr.example.org' });
    const { user } = await createMember(db);
    const res = await https.request('/login', { method: 'POST', body: form({ email: user.email, password: TEST_PASSWORD }) });
    assert.match(res.headers.get('set-cookie') ?? '', /^__Host-upr_session=.*; Path=\/; .*Secure/);
  });

  it('refuses a wrong password, an unknown account and a disabled one with the same message and 401', async () => {
    const { user } = await createMember(db, { email: 'b@example.org' });
    const { user: gone } = await createMember(db, { email: 'gone@example.org' });
    updateUser(db, null, gone.id, { disabled: true });
    for (const [email, password] of [[user.email, 'wrong password!'], ['nobody@example.org', TEST_PASSWORD], [gone.email, TEST_PASSWORD]] as const) {
      const res = await app.request('/login', { method: 'POST', body: form({ email, password }) });
      assert.equal(res.status, 401);
      assert.equal(res.headers.get('set-cookie'), null);
      assert.match(await res.text(), /Wrong e-mail address or password\./);
    }
  });

  it('answers missing fields with 400 and the form again', async () => {
    const res = await app.request('/login', { method: 'POST', body: form({ email: 'a@example.org' }) });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /password: missing/);
  });

  it('signs out: the session ends on the server, the old cookie no longer works', async () => {
    const me = await signedInMember(app, db);
    const out = await app.request('/logout', { method: 'POST', headers: me.headers() });
    assert.equal(out.status, 303);
    assert.match(out.headers.get('set-cookie') ?? '', /upr_session=;/);
    const again = await app.request('/account', { headers: { cookie: me.cookie } });
    assert.equal(again.status, 303, 'the old cookie is anonymous again: sent to /login');
    assert.equal(again.headers.get('location'), '/login?next=%2Faccount');
  });

  it('refuses a signed-in write without the CSRF token or with another session\'s token (403)', async () => {
    const me = await signedInMember(app, db);
    const other = await signedInMember(app, db);
    const none = await app.request('/logout', { method: 'POST', headers: { cookie: me.cookie } });
    assert.equal(none.status, 403);
    assert.match(await none.text(), /CSRF token is missing/);
    const wrong = await app.request('/account/tokens', { method: 'POST', headers: { cookie: me.cookie }, body: form({ _csrf: other.csrf, name: 'x' }) });
    assert.equal(wrong.status, 403);
    assert.match(await wrong.text(), /CSRF token is wrong/);
    const ok = await app.request('/account/tokens', { method: 'POST', headers: { cookie: me.cookie }, body: form({ _csrf: me.csrf, name: 'x' }) });
    assert.equal(ok.status, 200);
  });

  it('refuses writes sent from another site\'s page (Origin check), even anonymous sign-ins', async () => {
    const { user } = await createMember(db);
    const res = await app.request('http://localhost/login', { method: 'POST', headers: { origin: 'https://evil.example' }, body: form({ email: user.email, password: TEST_PASSWORD }) });
    assert.equal(res.status, 403);
    const same = await app.request('http://localhost/login', { method: 'POST', headers: { origin: 'http://localhost' }, body: form({ email: user.email, password: TEST_PASSWORD }) });
    assert.equal(same.status, 303);
  });

  it('refuses a forged session cookie without looking it up', async () => {
    const me = await signedInMember(app, db);
    const [name, value] = me.cookie.split('=') as [string, string];
    const forged = `${name}=${value.split('.')[0]}.${'A'.repeat(43)}`;
    const res = await app.request('/account', { headers: { cookie: forged } });
    assert.equal(res.status, 303);
  });

  it('accepts API tokens for scripts without CSRF, refuses unknown or revoked ones with 401', async () => {
    const me = await signedInMember(app, db);
    const token = apiTokenFor(db, me.user.id);
    const page = await app.request('/account', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(page.status, 200);
    const write = await app.request('/account/tokens', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form({ name: 'second' }) });
    assert.equal(write.status, 200, 'no CSRF token needed with an API token');
    const bad = await app.request('/api/recommendations', { headers: { authorization: 'Bearer not-a-real-token-at-all-xxxxxxxx' } });
    assert.equal(bad.status, 401);
    assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'unauthorized');
    const malformed = await app.request('/api/recommendations', { headers: { authorization: 'Bearer a b' } });
    assert.equal(malformed.status, 401);
    const basic = await app.request('/api/recommendations', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    assert.equal(basic.status, 200, 'Basic credentials of a protecting proxy are left alone');
  });

  it('creates an API token shown once and revokes it, each audited without the secret', async () => {
    const me = await signedInMember(app, db);
    const created = await (await app.request('/account/tokens', { method: 'POST', headers: me.headers(), body: form({ name: 'nightly <script>alert(1)</script>' }) })).text();
    const token = /id="new-token">([A-Za-z0-9_-]+)</.exec(created)?.[1];
    assert.ok(token, 'the new token is on the page');
    assert.match(created, /nightly &lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the name is escaped');
    assert.equal((await app.request('/account', { headers: { authorization: `Bearer ${token}` } })).status, 200);
    const id = /action="\/account\/tokens\/(\d+)\/delete"/.exec(created)![1];
    const del = await app.request(`/account/tokens/${id}/delete`, { method: 'POST', headers: me.headers() });
    assert.equal(del.status, 303);
    assert.equal((await app.request('/account', { headers: { authorization: `Bearer ${token}` } })).status, 401);
    const entries = listAudit(db, { entity: 'api_token' }).map((e) => [e.action, e.userId, ((e.after ?? e.before) as { name: string }).name]);
    assert.deepEqual(entries, [['delete', me.user.id, 'nightly <script>alert(1)</script>'], ['create', me.user.id, 'nightly <script>alert(1)</script>']]);
    assert.ok(!JSON.stringify(listAudit(db)).includes(token!), 'the token never reaches the audit log');
  });

  it('changes the password after checking the current one; the new one signs in, the old one not', async () => {
    const me = await signedInMember(app, db, { email: 'c@example.org' });
    const wrong = await app.request('/account/password', { method: 'POST', headers: me.headers(), body: form({ current: 'nope', password: 'a new long password', password2: 'a new long password' }) });
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /the current password is wrong/);
    const short = await app.request('/account/password', { method: 'POST', headers: me.headers(), body: form({ current: TEST_PASSWORD, password: 'short', password2: 'short' }) });
    assert.equal(short.status, 400);
    assert.match(await short.text(), /at least 10 characters/);
    const ok = await app.request('/account/password', { method: 'POST', headers: me.headers(), body: form({ current: TEST_PASSWORD, password: 'a new long password', password2: 'a new long password' }) });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /Your password was changed/);
    await assert.rejects(signIn(app, 'c@example.org'), /HTTP 401/);
    assert.ok((await signIn(app, 'c@example.org', 'a new long password')).cookie);
  });

  it('refuses form bodies over 64 KiB with 413', async () => {
    const me = await signedInMember(app, db);
    const res = await app.request('/account/tokens', { method: 'POST', headers: me.headers(), body: form({ name: 'x'.repeat(70 * 1024) }) });
    assert.equal(res.status, 413);
  });

  it('refuses a token name that is missing or too long with 400 naming the field', async () => {
    const me = await signedInMember(app, db);
    for (const name of ['', '   ', 'y'.repeat(201)]) {
      const res = await app.request('/account/tokens', { method: 'POST', headers: me.headers(), body: form({ name }) });
      assert.equal(res.status, 400);
      assert.match(await res.text(), /the name (is missing|must have at most 200 characters)/);
    }
  });
});
