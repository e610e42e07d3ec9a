import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { createApp } from '../index.js';
import { upr, tempDir } from '../../../test/support/cli.js';
import { openStore, type Db } from '../../store/index.js';

// The bundled sample: the UPR Info export of sessions 5-8 first, then Slovenia's cycle-3 Working Group report,
// so the report and its recommendations are the newest records of the store.
describe('web: Atom feeds /feed.atom (bundled sample)', () => {
  const tmp = tempDir();
  let db: Db;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    const csv = await upr(['import', 'upr-info', resolve('data/sample/upr-info/upr-info-sessions-05-08.csv'), '--db', tmp.db]);
    assert.equal(csv.code, 0, csv.stderr);
    await new Promise((r) => setTimeout(r, 20)); // the report enters the store strictly later
    const doc = await upr(['ingest', resolve('data/sample/slovenia/cycle3/g1934994.pdf'), '--db', tmp.db]);
    assert.equal(doc.code, 0, doc.stderr);
    db = openStore(tmp.db, { mode: 'read' });
    app = createApp(db, { baseUrl: 'https://upr.example.org' });
  });
  after(() => {
    db?.close();
    tmp.cleanup();
  });
  const feed = async (path: string) => {
    const res = await app.request(path);
    assert.equal(res.status, 200, await res.clone().text());
    assert.match(res.headers.get('content-type') ?? '', /^application\/atom\+xml/);
    return parseFeed(await res.text());
  };

  it('follows States: newest first, the report recommendations before the UPR Info rows, the report itself too, with record links', async () => {
    const f = await feed('/feed.atom?state=SVN');
    assert.match(f.title ?? '', /SVN/);
    assert.ok(f.items.length === 50, `items: ${f.items.length}`);
    const all = await feed('/feed.atom?state=SVN&size=500');
    const doc = all.items.find((i) => /document\/\d+$/.test(i.id ?? ''))!;
    assert.ok(doc, 'the Working Group report is an entry');
    assert.match(doc.id ?? '', /^tag:upr-child-rights,2026:document\/\d+$/);
    assert.match(doc.title ?? '', /A\/HRC\/43\/15/);
    assert.match(doc.url ?? '', /^https:\/\/upr\.example\.org\/documents\/\d+$/);
    const updated = f.items.map((i) => i.updated!.getTime());
    assert.deepEqual(updated, [...updated].sort((a, b) => b - a), 'newest first');
    const recs = f.items.filter((i) => /recommendation\/\d+$/.test(i.id ?? ''));
    assert.ok(recs.length > 40);
    for (const r of recs) assert.match(r.url ?? '', /^https:\/\/upr\.example\.org\/recommendations\/\d+$/);
    // The Working Group report's recommendations are newer than any UPR Info row of the sample.
    const csvTime = (db.prepare("SELECT max(added_at) AS t FROM recommendations WHERE origin = 'upr-info'").get() as { t: string }).t;
    assert.ok(recs.every((r) => r.updated!.toISOString() > csvTime.slice(0, 23)));
    const again = await feed('/feed.atom?state=SVN&lang=fr');
    assert.deepEqual(again.items.map((i) => i.id), f.items.map((i) => i.id), 'ids are stable');
  });

  it('follows a saved search (any search URL): only what it matches, with the search as alternate link', async () => {
    const f = await feed('/feed.atom?q=children&state=SVN&cycle=1');
    assert.ok(f.items.length > 0);
    const ids = f.items.map((i) => Number(/recommendation\/(\d+)$/.exec(i.id ?? '')![1]));
    const rows = db.prepare(`SELECT r.text, v.cycle, v.state_iso3 AS iso FROM recommendations r JOIN reviews v ON v.id = r.review_id
      WHERE r.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { text: string; cycle: number; iso: string }[];
    assert.equal(rows.length, ids.length);
    for (const r of rows) {
      assert.equal(r.iso, 'SVN');
      assert.equal(r.cycle, 1);
      assert.match(r.text, /child/i);
    }
    assert.match(f.url ?? '', /^https:\/\/upr\.example\.org\/\?q=children&state=SVN&cycle=1$/);
  });

  it('refuses a feed without search parameters and a bad value with a clear message', async () => {
    const none = await app.request('/feed.atom');
    assert.equal(none.status, 400);
    assert.match(await none.text(), /a feed follows a search or States/);
    const bad = await app.request('/feed.atom?state=Atlantis');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /Atlantis/);
  });

  it('announces its feed on the search page and the State page', async () => {
    const search = await (await app.request('/?q=children&state=SVN')).text();
    assert.match(search, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.atom\?q=children&amp;state=SVN"/);
    const state = await (await app.request('/states/SVN')).text();
    assert.match(state, /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.atom\?state=SVN"/);
  });
});
