import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { upr } from '../../../test/support/cli.js';

describe('upr calendar', () => {
  it('shows the next review and usual deadline of the States named, and the coming sessions', async () => {
    const r = await upr(['calendar', 'Slovenia', 'FRA', '--date', '2026-12-02', '--months', '12']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /France +session 57, cycle 5 \(projected\) +2028-05-01 – 2028-05-12 +2027-09-20/);
    assert.match(r.stdout, /Slovenia +session 62, cycle 5 \(projected\)/);
    assert.match(r.stdout, /^54 +2027-01-25 – 2027-02-05 +2026-06-15 +SYR VEN/m);
    assert.doesNotMatch(r.stdout, /^56 /m);
  });

  it('prints JSON with the rule and its source, and an iCalendar feed that ical.js reads', async () => {
    const json = JSON.parse((await upr(['calendar', '--date', '2026-12-02', '--json'])).stdout) as { rule: { weeksBefore: number; source: { url: string } }; sessions: { number: number; projected: boolean }[]; reviews: unknown[] };
    assert.equal(json.rule.weeksBefore, 32);
    assert.deepEqual(json.sessions.map((s) => [s.number, s.projected]), [[54, false], [55, true], [56, true], [57, true]]);
    assert.ok(json.reviews.length > 190);
    const ics = await upr(['calendar', 'SVN', '--date', '2026-12-02', '--ics']);
    const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    assert.deepEqual(events, ['UPR review of Slovenia (session 62) (projected)', "Stakeholders' submissions on Slovenia usually due (UPR session 62) (projected)"]);
  });

  it('refuses an unknown State and a malformed date, naming them', async () => {
    const bad = await upr(['calendar', 'Narnia']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /"Narnia" is not a known State name/);
    const date = await upr(['calendar', '--date', '2026-13-45']);
    assert.equal(date.code, 2);
    assert.match(date.stderr, /--date expects YYYY-MM-DD/);
  });
});
