// Administration and workspaces over HTTP: the admin page, sign-up by invitation, roles, workspace isolation
// on every workspace route, exact audit entries, bad input on every form.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, listAudit, findUserLogin, type Db } from '../../store/index.js';
import { createApp } from '../index.js';
import { signedInMember, signIn, type SignedIn } from '../../../test/support/accounts.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('administration and workspaces over HTTP', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let admin: SignedIn;
  beforeEach(async () => {
    db = openStore(':memory:');
    app = createApp(db, { baseUrl: 'http://upr.test' });
    admin = await signedInMember(app, db, { email: 'admin@example.org', name: 'Site Admin', siteAdmin: true, role: null });
  });
  const post = (path: string, who: SignedIn, fields: Record<string, string>) => app.request(`http://upr.test${path}`, { method: 'POST', headers: who.headers(), body: form(fields) });

  it('lets only site administrators open /admin: anonymous readers are sent to sign in, members get 403', async () => {
    assert.equal((await app.request('/admin')).headers.get('location'), '/login?next=%2Fadmin');
    const member = await signedInMember(app, db, { role: 'administrator' });
    assert.equal((await app.request('/admin', { headers: { cookie: member.cookie } })).status, 403);
    const page = await app.request('/admin', { headers: { cookie: admin.cookie } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<td>admin@example\.org \(admin\)<\/td><td>Site Admin<\/td>/);
    assert.equal((await post('/admin/workspaces', member, { name: 'X', organisations: 'Y' })).status, 403);
  });

  it('creates a coalition workspace, invites a coordinator who signs up, with exact audit entries', async () => {
    const created = await post('/admin/workspaces', admin, { name: 'Coalition SVN', organisations: 'Org A; Org B' });
    assert.equal(created.status, 200);
    const ws = listAudit(db, { entity: 'workspace' })[0]!;
    assert.deepEqual(ws.after, { id: 2, name: 'Coalition SVN', coalition: true, created: (ws.after as { created: string }).created, organisations: ['Org A', 'Org B'], members: 0 });
    const invited = await (await post('/admin/invitations', admin, { email: 'Nadia@Example.org', workspace: '2', role: 'coordinator' })).text();
    const link = /id="invite-link">http:\/\/upr\.test(\/invite\/[A-Za-z0-9_-]+)</.exec(invited)?.[1];
    assert.ok(link, 'the invitation link is shown once');
    const page = await (await app.request(link)).text();
    assert.match(page, /Create the account of nadia@example\.org\./);
    assert.match(page, /You will join Coalition SVN as coordinator\./);
    const signUp = await app.request(link, { method: 'POST', body: form({ name: 'Nadia', password: 'a long password 1', password2: 'a long password 1' }) });
    assert.equal(signUp.status, 303);
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0]!;
    assert.match(await (await app.request('/account', { headers: { cookie } })).text(), /<td><a href="\/workspaces\/\d+">Coalition SVN<\/a><\/td><td>Org A, Org B<\/td><td>coordinator<\/td>/);
    assert.equal((await app.request(link)).status, 404, 'an invitation works once');
    const nadia = (await signIn(app, 'nadia@example.org', 'a long password 1'));
    assert.ok(nadia.cookie);
    const all = listAudit(db).reverse();
    const from = all.findIndex((e) => e.entity === 'workspace' && e.entityId === '2');
    const uid = findUserLogin(db, 'nadia@example.org')!.id;
    assert.deepEqual(all.slice(from).map((e) => [e.userEmail, e.workspaceId, e.action, e.entity, e.entityId]), [
      ['admin@example.org', 2, 'create', 'workspace', '2'],
      ['admin@example.org', 2, 'create', 'invitation', 'nadia@example.org'],
      ['nadia@example.org', null, 'create', 'user', String(uid)],
      ['nadia@example.org', 2, 'create', 'membership', `2:${uid}`],
      ['nadia@example.org', 2, 'accept', 'invitation', 'nadia@example.org'],
    ]);
    assert.deepEqual(all.slice(from)[3]!.after, { workspaceId: 2, userId: uid, role: 'coordinator' });
  });

  it('refuses bad sign-up input on the invitation form with 400 and a message naming the problem', async () => {
    const invited = await (await post('/admin/invitations', admin, { email: 'ola@example.org', workspace: '', role: 'viewer' })).text();
    const link = /id="invite-link">http:\/\/upr\.test(\/invite\/[A-Za-z0-9_-]+)</.exec(invited)![1]!;
    const cases: [Record<string, string>, RegExp][] = [
      [{ password: 'a long password 1', password2: 'a long password 1' }, /the name is missing/],
      [{ name: 'Ola', password: 'short', password2: 'short' }, /at least 10 characters/],
      [{ name: 'Ola', password: 'a long password 1', password2: 'a long password 2' }, /the two passwords differ/],
      [{ name: 'x'.repeat(201), password: 'a long password 1', password2: 'a long password 1' }, /at most 200 characters/],
    ];
    for (const [fields, message] of cases) {
      const res = await app.request(link, { method: 'POST', body: form(fields) });
      assert.equal(res.status, 400, JSON.stringify(fields).slice(0, 80));
      assert.match(await res.text(), message);
    }
    assert.equal((await app.request(link, { method: 'POST', body: form({ name: 'o'.repeat(70 * 1024) }) })).status, 413);
    assert.equal((await app.request('/invite/not-a-token', { method: 'POST', body: form({ name: 'Ola' }) })).status, 404);
    assert.equal(findUserLogin(db, 'ola@example.org'), undefined, 'nothing stored');
  });

  it('stores script typed into names as text and escapes it on every page', async () => {
    const evil = '<script>alert("x")</script>';
    await post('/admin/workspaces', admin, { name: `WS ${evil}`, organisations: `Org ${evil}` });
    const invited = await (await post('/admin/invitations', admin, { email: 'eve@example.org', workspace: '2', role: 'viewer' })).text();
    const link = /id="invite-link">http:\/\/upr\.test(\/invite\/[A-Za-z0-9_-]+)</.exec(invited)![1]!;
    await app.request(link, { method: 'POST', body: form({ name: `Eve ${evil}`, password: 'a long password 1', password2: 'a long password 1' }) });
    for (const path of ['/admin', '/workspaces/2/members']) {
      const html = await (await app.request(path, { headers: { cookie: admin.cookie } })).text();
      assert.ok(!html.includes(evil), `${path} carries the raw script`);
      assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/, path);
    }
    assert.equal(findUserLogin(db, 'eve@example.org')?.name, `Eve ${evil}`, 'stored as typed');
  });

  it('refuses bad input on the admin forms with a message naming the field', async () => {
    const cases: [string, Record<string, string>, number, RegExp][] = [
      ['/admin/workspaces', { organisations: 'A' }, 400, /the name is missing/],
      ['/admin/invitations', { email: 'not an address', role: 'viewer' }, 400, /not an e-mail address/],
      ['/admin/invitations', { email: 'a@example.org', workspace: '1', role: 'owner' }, 400, /the role must be one of viewer, editor, coordinator, administrator/],
      ['/admin/invitations', { email: 'a@example.org', workspace: '99', role: 'viewer' }, 400, /no workspace 99/],
      ['/admin/invitations', { email: 'admin@example.org', role: 'viewer' }, 409, /already has an account/],
    ];
    for (const [path, fields, status, message] of cases) {
      const res = await post(path, admin, fields);
      assert.equal(res.status, status, `${path} ${JSON.stringify(fields)}`);
      assert.match(await res.text(), message);
    }
    await post('/admin/workspaces', admin, { name: 'Dup', organisations: 'A' });
    const dup = await post('/admin/workspaces', admin, { name: 'dup', organisations: 'A' });
    assert.equal(dup.status, 409);
    assert.match(await dup.text(), /a workspace named dup already exists/);
  });

  it('disables a user from /admin: their session ends at once', async () => {
    const member = await signedInMember(app, db, { email: 'leaver@example.org' });
    assert.equal((await post(`/admin/users/${member.user.id}/disable`, admin, {})).status, 303);
    assert.equal((await app.request('/account', { headers: { cookie: member.cookie } })).status, 303, 'signed out');
    await assert.rejects(signIn(app, 'leaver@example.org'), /HTTP 401/);
    assert.equal((await post(`/admin/users/${admin.user.id}/disable`, admin, {})).status, 409, 'not oneself');
    assert.deepEqual(listAudit(db, { entity: 'user', entityId: member.user.id })[0]!.after, { ...member.user, disabled: true });
  });
});
