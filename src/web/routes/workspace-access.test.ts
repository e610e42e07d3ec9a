// Workspace isolation and roles, tried on every workspace route: anonymous 401, another workspace's member
// 404 (existence not revealed), too weak a role 403; the same through API tokens.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, listMembers, type Db } from '../../store/index.js';
import { createApp } from '../index.js';
import { signedInMember, apiTokenFor, type SignedIn } from '../../../test/support/accounts.js';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('workspace isolation and roles', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  const who: Record<string, SignedIn> = {};
  before(async () => {
    db = openStore(':memory:');
    app = createApp(db);
    who.adminA = await signedInMember(app, db, { email: 'admin-a@example.org', workspace: 'A', organisations: ['Org A'], role: 'administrator' });
    who.viewerA = await signedInMember(app, db, { email: 'viewer-a@example.org', workspace: 'A', role: 'viewer' });
    who.editorA = await signedInMember(app, db, { email: 'editor-a@example.org', workspace: 'A', role: 'editor' });
    who.coordA = await signedInMember(app, db, { email: 'coord-a@example.org', workspace: 'A', role: 'coordinator' });
    who.adminB = await signedInMember(app, db, { email: 'admin-b@example.org', workspace: 'B', organisations: ['Org B'], role: 'administrator' });
  });
  const A = () => who.adminA!.workspace.id;
  const B = () => who.adminB!.workspace.id;

  /** Every workspace route, with the least role it needs and a harmless body. */
  const ROUTES = (ws: number): [string, string, string, Record<string, string>][] => [
    ['GET', `/workspaces/${ws}/members`, 'viewer', {}],
    ['GET', `/api/workspaces/${ws}/audit`, 'administrator', {}],
    ['POST', `/workspaces/${ws}/members`, 'administrator', { email: 'viewer-a@example.org', role: 'viewer' }],
    ['POST', `/workspaces/${ws}/members/999/delete`, 'administrator', {}],
    ['POST', `/workspaces/${ws}/invitations`, 'administrator', { email: 'someone@example.org', role: 'viewer' }],
  ];
  const call = (method: string, path: string, fields: Record<string, string>, headers: Record<string, string>) =>
    app.request(path, method === 'GET' ? { headers } : { method, headers, body: form(fields) });

  it('answers anonymous requests with 401 on every workspace route', async () => {
    for (const [method, path, , fields] of ROUTES(A())) {
      const res = await call(method, path, fields, {});
      assert.equal(res.status, 401, `${method} ${path}`);
    }
  });

  it('answers a member of B with 404 on every route of A, as for a workspace that does not exist', async () => {
    for (const ws of [A(), 9999]) {
      for (const [method, path, , fields] of ROUTES(ws)) {
        const res = await call(method, path, fields, who.adminB!.headers());
        assert.equal(res.status, 404, `${method} ${path}`);
        assert.doesNotMatch(await res.text(), /admin-a@example\.org|Org A/);
      }
    }
  });

  it('gives each role exactly the routes its level allows (403 below it)', async () => {
    const order = ['viewer', 'editor', 'coordinator', 'administrator'];
    for (const [name, role] of [['viewerA', 'viewer'], ['editorA', 'editor'], ['coordA', 'coordinator']] as const) {
      for (const [method, path, min, fields] of ROUTES(A())) {
        const res = await call(method, path, fields, who[name]!.headers());
        const allowed = order.indexOf(role) >= order.indexOf(min);
        if (allowed) assert.ok(res.status < 400, `${role} ${method} ${path}: ${res.status}`);
        else assert.equal(res.status, 403, `${role} ${method} ${path}`);
      }
    }
    assert.deepEqual(listMembers(db, A()).map((m) => m.role).sort(), ['administrator', 'coordinator', 'editor', 'viewer'], 'nothing changed by refused writes');
  });

  it('lets the workspace administrator manage members and read the audit log, also with an API token', async () => {
    const token = apiTokenFor(db, who.adminA!.user.id);
    const auth = { authorization: `Bearer ${token}` };
    const set = await call('POST', `/workspaces/${A()}/members`, { email: 'viewer-a@example.org', role: 'editor' }, auth);
    assert.equal(set.status, 200);
    const audit = (await (await app.request(`/api/workspaces/${A()}/audit`, { headers: auth })).json()) as { entries: { action: string; entity: string; before: unknown; after: unknown; userEmail: string }[] };
    assert.deepEqual(audit.entries[0], { ...audit.entries[0], action: 'update', entity: 'membership', userEmail: 'admin-a@example.org' });
    assert.deepEqual([audit.entries[0]!.before, audit.entries[0]!.after], [
      { workspaceId: A(), userId: who.viewerA!.user.id, role: 'viewer' }, { workspaceId: A(), userId: who.viewerA!.user.id, role: 'editor' },
    ]);
    const other = await app.request(`/api/workspaces/${B()}/audit`, { headers: auth });
    assert.equal(other.status, 404);
    assert.equal(((await other.json()) as { error: { code: string } }).error.code, 'not_found');
    const anon = await app.request(`/api/workspaces/${A()}/audit`);
    assert.equal(((await anon.json()) as { error: { code: string } }).error.code, 'unauthorized');
    await call('POST', `/workspaces/${A()}/members`, { email: 'viewer-a@example.org', role: 'viewer' }, auth);
  });

  it('refuses bad input on the members forms with 400, 404 for an unknown account', async () => {
    const h = who.adminA!.headers();
    const cases: [string, Record<string, string>, number, RegExp][] = [
      [`/workspaces/${A()}/members`, { role: 'viewer' }, 400, /e-mail address is missing/],
      [`/workspaces/${A()}/members`, { email: 'viewer-a@example.org', role: 'king' }, 400, /the role must be one of/],
      [`/workspaces/${A()}/members`, { email: 'ghost@example.org', role: 'viewer' }, 404, /no account with the address ghost@example\.org/],
      [`/workspaces/${A()}/invitations`, { email: '<b>@x', role: 'viewer' }, 400, /not an e-mail address/],
    ];
    for (const [path, fields, status, message] of cases) {
      const res = await call('POST', path, fields, h);
      assert.equal(res.status, status, `${path} ${JSON.stringify(fields)}`);
      assert.match(await res.text(), message);
    }
  });
});
