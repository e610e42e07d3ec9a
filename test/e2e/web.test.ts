// End to end in a real browser: search, facets, a recommendation, a State, a chart and an export,
// in English and French, with an axe-core accessibility check and a screenshot of each page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/web/index.js';
import { fixtureStore, type FixtureStore } from './fixture-store.js';
import { launchChromium, screenshot, seriousViolations } from './browser.js';

describe('web application in Chromium', () => {
  let store: FixtureStore;
  let server: RunningServer;
  before(async () => {
    store = fixtureStore();
    server = await startServer(store.db, { port: 0, host: '127.0.0.1', today: () => '2026-11-28' });
  });
  after(async () => {
    await server?.close();
    store?.cleanup();
  });

  async function check(page: Page, name: string): Promise<void> {
    assert.deepEqual(await seriousViolations(page), [], `accessibility of ${name}`);
    await screenshot(page, name);
  }

  for (const lang of ['en', 'fr'] as const) {
    it(`walks search → facet → recommendation → State → chart → export in ${lang}`, async (t) => {
      const browser: Browser | undefined = await launchChromium(t);
      if (!browser) return;
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        await page.goto(`${server.url}/?lang=${lang}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#main', 'skip link comes first');
        await check(page, `${lang}-1-search-home`);

        await page.fill('#q', 'corporal punishment');
        await Promise.all([page.waitForURL(/q=corporal/), page.press('#q', 'Enter')]);
        const heading = await page.textContent('#results-h');
        assert.match(heading ?? '', /\d/);
        await check(page, `${lang}-2-search-results`);

        const facet = page.locator('section[aria-labelledby="f-response"] a').first();
        await Promise.all([page.waitForURL(/response=/), facet.click()]);
        assert.match(page.url(), /response=(supported|noted)/);
        await check(page, `${lang}-3-search-facet`);

        await Promise.all([page.waitForURL(/\/recommendations\/\d+/), page.locator('ol.results li > a').first().click()]);
        assert.match((await page.textContent('blockquote')) ?? '', /corporal punishment/i);
        await check(page, `${lang}-4-recommendation`);
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('header.site').isVisible(), false, 'print hides the navigation');
        await screenshot(page, `${lang}-4-recommendation-print`);
        await page.emulateMedia({ media: 'screen' });

        await Promise.all([page.waitForURL(/\/states\/[A-Z]{3}$/), page.locator('dl.kv dd a[href^="/states/"]').first().click()]);
        assert.ok((await page.locator('table').count()) >= 1);
        await check(page, `${lang}-5-state`);

        await page.goto(`${server.url}/stats?q=child*`);
        assert.ok((await page.locator('figure svg').count()) >= 4, 'four charts');
        assert.ok((await page.locator('table caption').count()) >= 4, 'a data table under each chart');
        await check(page, `${lang}-6-stats`);

        const href = await page.locator('section[aria-labelledby="c-top"] td a').first().getAttribute('href');
        assert.ok(href && href.includes('by='), 'chart figures link to their recommendations');

        await page.goto(`${server.url}/?q=child*`);
        const csvHref = await page.locator('a[href^="/export.csv"]').getAttribute('href');
        const api = await (await page.request.get(`${server.url}/api/recommendations?q=child*&size=1`)).json() as { total: number };
        const csv = await (await page.request.get(`${server.url}${csvHref}`)).text();
        const rows = csv.split('\r\n').filter(Boolean).length - 1;
        assert.ok(rows >= api.total, `CSV has a line per record (${rows} ≥ ${api.total}; quoted newlines only add lines)`);
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href^="/export.xlsx"]').click()]);
        assert.equal(download.suggestedFilename(), 'upr-recommendations.xlsx');
        assert.ok((await download.path()) !== null, 'the XLSX downloads');

        for (const [path, name] of [['/states', 'states'], ['/facets/by?q=child*', 'facet-values'], ['/recommendations/999999', 'not-found'], ['/states/SVN/reports/2', 'report']] as const) {
          await page.goto(`${server.url}${path}`);
          await check(page, `${lang}-7-${name}`);
        }
        await page.close();
      } finally {
        await browser.close();
      }
    });
  }

  it('works with JavaScript turned off', async (t) => {
    const browser = await launchChromium(t);
    if (!browser) return;
    try {
      const ctx = await browser.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(`${server.url}/?lang=es`);
      await page.fill('#q', 'children');
      await page.selectOption('#size', '50');
      await Promise.all([page.waitForURL(/size=50/), page.press('#q', 'Enter')]);
      assert.match(page.url(), /q=children/);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      await screenshot(page, 'es-search-no-js');
    } finally {
      await browser.close();
    }
  });
});
