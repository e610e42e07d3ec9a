// End to end in Chromium: an invitation link → sign-up → the account page → sign out → sign in again,
// with an axe-core accessibility check and a screenshot of each account page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashToken, randomToken } from '../../src/accounts/index.js';
import { openStore, createWorkspace, createInvitation, type Db } from '../../src/store/index.js';
import { startServer, type RunningServer } from '../../src/web/index.js';
import { launchChromium, screenshot, seriousViolations } from './browser.js';

describe('accounts in Chromium', () => {
  let db: Db;
  let server: RunningServer;
  const token = randomToken();
  before(async () => {
    db = openStore(':memory:');
    const ws = createWorkspace(db, null, 'Slovenia follow-up', ['Children’s Rights Slovenia']);
    createInvitation(db, null, { tokenHash: hashToken(token), email: 'mira@example.org', workspaceId: ws.id, role: 'editor', ttlMs: 3600000 });
    server = await startServer(db, { port: 0, host: '127.0.0.1', secret: 'a-test-secret-of-at-least-32-characters' });
  });
  after(async () => {
    await server?.close();
    db?.close();
  });

  it('signs up by invitation, signs out and signs in again', async (t) => {
    const browser = await launchChromium(t);
    if (!browser) return;
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      const check = async (name: string) => {
        assert.deepEqual(await seriousViolations(page), [], `accessibility of ${name}`);
        await screenshot(page, name);
      };
      await page.goto(`${server.url}/invite/${token}`);
      assert.match((await page.textContent('main')) ?? '', /You will join Slovenia follow-up as editor\./);
      await check('accounts-1-invitation');
      await page.fill('#f-name', 'Mira Novak');
      await page.fill('#f-password', 'a long password 42');
      await page.fill('#f-password2', 'a long password 42');
      await Promise.all([page.waitForURL(/\/account$/), page.click('main button[type=submit]')]);
      assert.match((await page.textContent('main')) ?? '', /Signed in as Mira Novak \(mira@example\.org\)/);
      assert.match((await page.textContent('main table')) ?? '', /Slovenia follow-up.*editor/);
      const cookies = await page.context().cookies();
      assert.deepEqual(cookies.map((c) => [c.name, c.httpOnly, c.sameSite]), [['upr_session', true, 'Lax']]);
      await check('accounts-2-account');

      await Promise.all([page.waitForURL(`${server.url}/`), page.click('header nav.account button')]);
      assert.equal(await page.locator('header a[href="/login"]').count(), 1, 'signed out: the sign-in link is back');
      assert.equal((await page.context().cookies()).length, 0);

      await Promise.all([page.waitForURL(/\/login$/), page.click('header a[href="/login"]')]);
      await check('accounts-3-login');
      await page.fill('#f-email', 'mira@example.org');
      await page.fill('#f-password', 'wrong password');
      await page.click('main button[type=submit]');
      assert.match((await page.textContent('[role=alert]')) ?? '', /Wrong e-mail address or password\./);
      await page.fill('#f-password', 'a long password 42');
      await Promise.all([page.waitForURL(/\/account$/), page.click('main button[type=submit]')]);
      assert.equal(await page.locator('header nav.account a[href="/account"]').textContent(), 'Mira Novak');
    } finally {
      await browser.close();
    }
  });
});
