// End to end in Chromium: an editor signs in, goes from /account to the workspace's dashboard and its
// members page and back, opens a recommendation, uploads a real UN PDF as evidence from the page's form,
// finds it listed and downloads it; a member of another workspace cannot fetch it. axe-core checks and
// screenshots of the dashboard and the recommendation page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore, trackReview, type Db } from '../../src/store/index.js';
import { startServer, type RunningServer } from '../../src/web/index.js';
import { createMember, TEST_PASSWORD } from '../support/accounts.js';
import { importSloveniaRows } from '../support/follow-up.js';
import { sharedPath } from '../support/shared-data.js';
import { launchChromium, screenshot, seriousViolations } from './browser.js';

describe('follow-up in Chromium', () => {
  let db: Db;
  let server: RunningServer;
  let ws: number;
  before(async () => {
    db = openStore(':memory:');
    importSloveniaRows(db);
    ws = (await createMember(db, { email: 'mira@example.org', name: 'Mira Novak', workspace: 'Slovenia follow-up', role: 'editor' })).workspace.id;
    await createMember(db, { email: 'other@example.org', workspace: 'Another coalition', role: 'administrator' });
    trackReview(db, ws, 'SVN', 2, '2016-01-01');
    server = await startServer(db, { port: 0, host: '127.0.0.1', secret: 'a-test-secret-of-at-least-32-characters' });
  });
  after(async () => {
    await server?.close();
    db?.close();
  });

  it('navigates account → dashboard → members and back, uploads a PDF from the page and downloads it', async (t) => {
    const pdfPath = sharedPath(t, 'slovenia', 'cycle3', 'g2004192.pdf');
    if (!pdfPath) return;
    const browser = await launchChromium(t);
    if (!browser) return;
    try {
      const signIn = async (email: string) => {
        const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true });
        const page = await context.newPage();
        await page.goto(`${server.url}/login`);
        await page.fill('#f-email', email);
        await page.fill('#f-password', TEST_PASSWORD);
        await Promise.all([page.waitForURL(/\/account$/), page.click('main button[type=submit]')]);
        return page;
      };
      const page = await signIn('mira@example.org');
      const check = async (name: string) => {
        assert.deepEqual(await seriousViolations(page), [], `accessibility of ${name}`);
        await screenshot(page, name);
      };

      await Promise.all([page.waitForURL(`${server.url}/workspaces/${ws}`), page.click('main table a:text("Slovenia follow-up")')]);
      assert.match((await page.textContent('h1')) ?? '', /Follow-up: Slovenia follow-up/);
      await check('follow-up-1-dashboard');
      await Promise.all([page.waitForURL(`${server.url}/workspaces/${ws}/members`), page.click(`main a[href="/workspaces/${ws}/members"]`)]);
      assert.match((await page.textContent('main table')) ?? '', /Mira Novak.*mira@example\.org.*editor/);
      await Promise.all([page.waitForURL(`${server.url}/workspaces/${ws}`), page.click(`main a[href="/workspaces/${ws}"]`)]);

      await Promise.all([page.waitForURL(/\/workspaces\/\d+\/recommendations\/\d+$/), page.click('main table a[href*="/recommendations/"] >> nth=0')]);
      const recPage = page.url();
      await page.fill('input[name=source]', 'Responses of Slovenia to the recommendations');
      await page.fill('input[name=date]', '2020-02-27');
      await page.setInputFiles('input[name=attachment]', pdfPath);
      await Promise.all([page.waitForURL(recPage), page.click('form[enctype="multipart/form-data"] button[type=submit]')]);
      const link = page.locator('main a:text("g2004192.pdf")');
      assert.equal(await link.count(), 1, 'the uploaded document is listed with a link');
      await check('follow-up-2-recommendation');

      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.equal(download.suggestedFilename(), 'g2004192.pdf');
      assert.ok(readFileSync((await download.path())!).equals(readFileSync(pdfPath)), 'the same bytes come back');
      const href = (await link.getAttribute('href'))!;

      const direct = await page.context().request.fetch(`${server.url}${href}`, { failOnStatusCode: false });
      assert.equal(direct.status(), 200, 'the member can fetch it directly too');
      const outsider = await signIn('other@example.org');
      const denied = await outsider.context().request.fetch(`${server.url}${href}`, { failOnStatusCode: false });
      assert.equal(denied.status(), 404, 'a member of another workspace cannot');
      const anonymous = await (await browser.newContext()).request.fetch(`${server.url}${href}`, { failOnStatusCode: false });
      assert.equal(anonymous.status(), 401);

      await page.fill('input[name=source]', 'Renamed page');
      await page.fill('input[name=date]', '2020-02-28');
      await page.setInputFiles('input[name=attachment]', { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') });
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('form[enctype="multipart/form-data"] button[type=submit]')]);
      assert.equal(answer.status(), 415);
      assert.match((await page.textContent('main')) ?? '', /report\.pdf: the file's content is none of the accepted kinds, not the PDF its name says/);
    } finally {
      await browser.close();
    }
  });
});
