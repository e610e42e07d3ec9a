import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { createApp } from './index.js';
import { fixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';

const EVIL_HOST = 'evil.example';

describe('web security: headers, methods, links', () => {
  let store: FixtureStore;
  let app: ReturnType<typeof createApp>;
  let based: ReturnType<typeof createApp>;
  before(() => {
    store = fixtureStore(false);
    app = createApp(store.db, { today: () => '2026-11-28' });
    based = createApp(store.db, { today: () => '2026-11-28', baseUrl: 'https://upr.example.org/' });
  });
  after(() => store.cleanup());
  const get = (a: ReturnType<typeof createApp>, path: string, init: RequestInit = {}) =>
    a.request(`http://${EVIL_HOST}${path}`, { ...init, headers: { host: EVIL_HOST, ...(init.headers as Record<string, string> | undefined) } });

  it('sends CSP, nosniff, referrer policy and frame-ancestors on pages, API, exports, errors and 405s', async () => {
    for (const [path, method] of [['/', 'GET'], ['/api/recommendations?q=children', 'GET'], ['/export.csv?state=SVN', 'GET'], ['/states/XXX', 'GET'], ['/nowhere', 'GET'], ['/', 'POST']] as const) {
      const res = await get(app, path, { method });
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/, `${path}: scripts only from here or hashed`);
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'same-origin', path);
    }
  });

  it('allows exactly the inline scripts the pages carry (by hash) and no event-handler attributes', async () => {
    const res = await get(app, '/?q=children');
    const html = await res.text();
    const csp = res.headers.get('content-security-policy')!;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    assert.ok(scripts.length > 0, 'the search page has its auto-submit enhancement');
    assert.doesNotMatch(html, /\sstyle="/, 'the search page has no style attribute (its layout is in the stylesheet)');
    for (const s of scripts) assert.ok(csp.includes(`'sha256-${createHash('sha256').update(s).digest('base64')}'`), `unhashed inline script: ${s.slice(0, 60)}`);
    for (const path of ['/', '/states', '/states/SVN', '/stats', '/facets/state']) {
      const page = await (await get(app, path)).text();
      assert.doesNotMatch(page, /\son[a-z]+\s*=/i, `${path}: event-handler attribute`);
      assert.doesNotMatch(page, /<script\s+src=["']?https?:/i, `${path}: third-party script`);
    }
  });

  it('answers other methods on existing paths with 405 and an Allow header; unknown paths stay 404', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const page = await get(app, '/states/SVN', { method });
      assert.equal(page.status, 405, method);
      assert.equal(page.headers.get('allow'), 'GET, HEAD');
    }
    const api = await get(app, '/api/recommendations', { method: 'POST' });
    assert.equal(api.status, 405);
    assert.equal((await api.json() as { error: { code: string } }).error.code, 'method_not_allowed');
    assert.equal((await get(app, '/export.xlsx', { method: 'DELETE' })).status, 405);
    assert.equal((await get(app, '/no/such/page', { method: 'POST' })).status, 404);
    assert.equal((await get(app, '/states/SVN', { method: 'HEAD' })).status, 200);
  });

  it('never reflects the Host header: relative links without a base URL', async () => {
    const page = await (await get(app, '/api/recommendations?q=children&size=1')).json() as { next: string; items: { url: string }[] };
    assert.match(page.next, /^\/api\/recommendations\?/);
    assert.match(page.items[0]!.url, /^\/recommendations\/\d+$/);
    const doc = await (await get(app, '/api/openapi.json')).json() as { servers: { url: string }[] };
    assert.deepEqual(doc.servers, [{ url: '/' }]);
    const state = await (await get(app, '/api/states/SVN')).json() as { reports: { url: string }[] };
    for (const r of state.reports) assert.match(r.url, /^\/states\/SVN\/reports\/\d$/);
    const csv = await (await get(app, '/export.csv?state=SVN')).text();
    assert.ok(!csv.includes(EVIL_HOST));
    for (const path of ['/', '/states/SVN', '/api/recommendations/1', '/export.jsonl']) assert.ok(!(await (await get(app, path)).text()).includes(EVIL_HOST), path);
  });

  it('uses the configured base URL for absolute links in the API, OpenAPI and exports', async () => {
    const page = await (await get(based, '/api/recommendations?q=children&size=1')).json() as { next: string; items: { url: string }[] };
    assert.match(page.next, /^https:\/\/upr\.example\.org\/api\/recommendations\?/);
    assert.match(page.items[0]!.url, /^https:\/\/upr\.example\.org\/recommendations\/\d+$/);
    const doc = await (await get(based, '/api/openapi.json')).json() as { servers: { url: string }[] };
    assert.deepEqual(doc.servers, [{ url: 'https://upr.example.org' }]);
    const rows = parse((await (await get(based, '/export.csv?state=SVN')).text()).replace(/^\ufeff/, ''), { columns: true }) as { url: string }[];
    for (const r of rows) assert.match(r.url, /^https:\/\/upr\.example\.org\/recommendations\/\d+$/);
  });
});
