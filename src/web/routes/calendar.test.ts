import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { createApp } from '../index.js';
import { fixtureStore, type FixtureStore } from '../../../test/e2e/fixture-store.js';
import { htmlValidationErrors } from '../../../test/support/html-validate.js';

describe('web: /calendar and /calendar.ics', () => {
  let store: FixtureStore;
  let app: ReturnType<typeof createApp>;
  before(() => {
    store = fixtureStore(false);
    app = createApp(store.db, { today: () => '2026-12-02' });
  });
  after(() => store.cleanup());
  const get = (path: string) => app.request(path);

  it('lists the coming sessions with States, deadlines and projected marks, in valid HTML in three languages', async () => {
    const html = await (await get('/calendar')).text();
    assert.match(html, /Session 54 · Cycle 4<\/th><td>[^<]*2027[^<]*<\/td><td>June 15, 2026<\/td>/);
    assert.match(html, /Session 55 · Cycle 5 · <em>projected<\/em>/);
    assert.doesNotMatch(html, /Session 58/);
    assert.match(html, /href="\/calendar.ics"/);
    assert.match(html, /aria-current="page"[^>]*>Calendar|href="\/calendar" aria-current="page"/);
    for (const path of ['/calendar?lang=en', '/calendar?state=SVN&state=France&lang=fr', '/calendar?state=FRA&months=6&lang=es']) {
      assert.deepEqual(await htmlValidationErrors(await (await get(path)).text(), path), []);
    }
  });

  it('shows the followed States with their next review and a feed of their own', async () => {
    const html = await (await get('/calendar?state=SVN&state=France')).text();
    assert.match(html, /Slovenia<\/a>.*Session 62 · Cycle 5 · <em>projected<\/em>/s);
    assert.match(html, /href="\/calendar.ics\?state=SVN&amp;state=FRA"/);
  });

  it('serves a text/calendar feed of the followed States that ical.js reads back', async () => {
    const res = await get('/calendar.ics?state=SVN&state=FRA');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/calendar; charset=utf-8/);
    const text = await res.text();
    assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text));
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate]), [
      ['UPR review of France (session 57) (projected)', '2028-05-01', true],
      ["Stakeholders' submissions on France usually due (UPR session 57) (projected)", '2027-09-20', true],
      ['UPR review of Slovenia (session 62) (projected)', '2030-01-21', true],
      ["Stakeholders' submissions on Slovenia usually due (UPR session 62) (projected)", '2029-06-11', true],
    ]);
    const all = new ICAL.Component(ICAL.parse(await (await get('/calendar.ics')).text())).getAllSubcomponents('vevent');
    assert.equal(all.length, 8);
  });

  it('answers 400 naming an unknown State or a bad number of months', async () => {
    const bad = await get('/calendar.ics?state=Narnia');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /Narnia/);
    assert.equal((await get('/calendar?months=abc')).status, 400);
  });
});
