// Getting around a workspace: the account page links each of the user's workspaces to its follow-up
// dashboard, the dashboard links to the members page and the members page back to the dashboard.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { followUpFixture, type Client } from '../../../test/support/follow-up.js';
import { signedInMember } from '../../../test/support/accounts.js';

const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);

describe('workspace navigation', () => {
  let app: Hono<AppEnv>;
  let admin: Awaited<ReturnType<typeof signedInMember>>;
  let wsA: number;
  let wsB: number;
  let as: Record<'anonymous' | 'viewer' | 'editor' | 'coordinator' | 'outsider', Client>;
  before(async () => {
    const f = await followUpFixture();
    ({ app, wsA, wsB, as } = f);
    admin = await signedInMember(app, f.db, { email: 'admin-a@example.org', workspace: 'Coalition A', role: 'administrator' });
  });

  it('links each workspace on /account to its dashboard, and only the user\'s own', async () => {
    const mine = await (await as.viewer.get('/account')).text();
    assert.match(mine, new RegExp(`<td><a href="/workspaces/${wsA}">Coalition A</a></td>`));
    assert.ok(!hrefs(mine).includes(`/workspaces/${wsB}`));
    const theirs = await (await as.outsider.get('/account')).text();
    assert.ok(hrefs(theirs).includes(`/workspaces/${wsB}`) && !hrefs(theirs).includes(`/workspaces/${wsA}`));
    const dashboard = await as.viewer.get(`/workspaces/${wsA}`);
    assert.equal(dashboard.status, 200);
  });

  it('links the dashboard to the members page and the members page back, for every role', async () => {
    for (const who of [as.viewer, as.editor, as.coordinator]) {
      const dashboard = await (await who.get(`/workspaces/${wsA}`)).text();
      assert.ok(hrefs(dashboard).includes(`/workspaces/${wsA}/members`));
      const members = await who.get(`/workspaces/${wsA}/members`);
      assert.equal(members.status, 200);
      assert.ok(hrefs(await members.text()).includes(`/workspaces/${wsA}`));
    }
    const get = async (path: string) => (await app.request(path, { headers: admin.headers() })).text();
    assert.ok(hrefs(await get(`/workspaces/${wsA}`)).includes(`/workspaces/${wsA}/members`));
    const members = await get(`/workspaces/${wsA}/members`);
    assert.match(members, new RegExp(`action="/workspaces/${wsA}/invitations"`), 'the administrator manages members there');
    assert.ok(hrefs(members).includes(`/workspaces/${wsA}`));
  });

  it('escapes a workspace\'s and a member\'s name wherever the navigation shows them', async () => {
    const f = await followUpFixture();
    const evil = '<script>alert(1)</script>';
    const m = await signedInMember(f.app, f.db, { email: 'evil@example.org', name: `Mira ${evil}`, workspace: `Coalition ${evil}`, role: 'administrator' });
    const get = async (path: string) => (await f.app.request(path, { headers: m.headers() })).text();
    for (const path of ['/account', `/workspaces/${m.workspace.id}`, `/workspaces/${m.workspace.id}/members`, `/workspaces/${m.workspace.id}/experiences`]) {
      const html = await get(path);
      assert.ok(!html.includes(evil), path);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), path);
    }
  });
});
