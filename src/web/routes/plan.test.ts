// The planner and the CRC gap on the web: the printable plan page of Slovenia (valid HTML, EN/FR), its DOCX and
// Markdown downloads, and the gap page with the UHRI fixtures and without any CRC data.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { openStore, type Db } from '../../store/index.js';
import { createApp } from '../index.js';
import { uhriSloveniaStore } from '../../../test/support/uhri-slovenia-store.js';
import { htmlValidationErrors } from '../../../test/support/html-validate.js';

describe('engagement plan and CRC gap pages', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    db = await uhriSloveniaStore();
    app = createApp(db, { today: () => '2026-12-02' });
  });
  after(() => db.close());

  it("shows Slovenia's plan: next review, timeline, a checklist per stage with links to the data, valid HTML", async () => {
    const res = await app.request('/states/SVN/plan');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<h1>Engagement plan: Slovenia<\/h1>/);
    assert.match(html, /session 62 of the Working Group \(cycle 5\)/);
    assert.equal((html.match(/<li id="item-/g) ?? []).length, 18);
    assert.match(html, /href="\/analyses\/crc-gap\?state=SVN"/);
    assert.match(html, /href="\/analyses\/civil-society\?state=SVN"/);
    assert.match(html, /href="\/states\/SVN\/plan.docx\?lang=en"/);
    assert.deepEqual(await htmlValidationErrors(html, 'plan'), []);
    const fr = await (await app.request('/states/slovenia/plan?lang=fr')).text();
    assert.match(fr, /Liste de contrôle/);
    assert.match(fr, /Plan d&#39;engagement : Slovénie|Plan d'engagement : Slovénie/);
    assert.equal((await app.request('/states/XYZ/plan')).status, 404);
  });

  it('downloads the plan as DOCX and Markdown in the page language', async () => {
    const res = await app.request('/states/SVN/plan.docx?lang=fr');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /wordprocessingml/);
    assert.match(res.headers.get('content-disposition') ?? '', /upr-plan-SVN-fr\.docx/);
    const xml = await (await JSZip.loadAsync(await res.arrayBuffer())).file('word/document.xml')!.async('string');
    assert.match(xml, /Liste de contrôle/);
    const md = await (await app.request('/states/SVN/plan.md')).text();
    assert.match(md, /^# Engagement plan: Slovenia/);
    const api = await (await app.request('/api/states/SVN/plan?lang=es')).json() as { state: string; timeline: { session: { number: number } }; figures: { gapIssues: string[] }; document: { title: string } };
    assert.deepEqual([api.state, api.timeline.session.number, api.figures.gapIssues, api.document.title], ['SVN', 62, ['child_marriage', 'girl_child_discrimination'], 'Plan de participación: Eslovenia']);
  });

  it('shows the CRC gap of Slovenia, the issue never raised at the UPR first', async () => {
    const html = await (await app.request('/analyses/crc-gap?state=SVN')).text();
    const firstRow = /<tbody><tr>(.*?)<\/tr>/s.exec(html)?.[1] ?? '';
    assert.match(firstRow, /Child, early and forced marriage/);
    assert.match(firstRow, /never raised at the UPR/);
    assert.match(html, /CRC\/C\/SVN\/CO\/3-4/);
    assert.doesNotMatch(html, /No concluding observations/);
    assert.deepEqual(await htmlValidationErrors(html, 'crc-gap'), []);
  });

  it('says how to load CRC data on a State without any', async () => {
    for (const store of [db, openStore(':memory:')]) {
      const page = await (await createApp(store, { today: () => '2026-12-02' }).request('/analyses/crc-gap?state=FRA')).text();
      assert.match(page, /No concluding observations of the Committee on the Rights of the Child are loaded for this State/);
      assert.match(page, /upr import uhri FILE\.xlsx/);
      assert.match(page, /UHRI is the way to load them/);
      if (store !== db) store.close();
    }
    const api = await (await app.request('/api/analyses/crc-gap?state=FRA')).json() as { notes: string[] };
    assert.match(api.notes[0]!, /^No concluding observations/);
  });
});
