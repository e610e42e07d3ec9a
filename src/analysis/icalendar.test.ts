import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { reviewCalendar } from './calendar.js';
import { escapeText, foldLine, renderICalendar } from './icalendar.js';

const NOW = new Date('2026-12-02T09:30:00Z');

/** The feed parsed back by Mozilla's ical.js: each event's uid, summary, all-day flag and dates. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, description: e.description, allDay: e.startDate.isDate, start: e.startDate.toString(), end: e.endDate.toString(), stamp: v.getFirstPropertyValue('dtstamp')?.toString() };
  });
}

describe('renderICalendar', () => {
  it("parses back (ical.js) to the followed States' next reviews and their deadlines, as all-day events", () => {
    const text = renderICalendar(reviewCalendar('2026-12-02', { states: ['SVN', 'FRA'] }), NOW, ['SVN', 'FRA']);
    const events = parse(text);
    assert.deepEqual(events.map((e) => [e.uid, e.start, e.end]), [
      ['session-57-FRA@upr-child-rights.calendar', '2028-05-01', '2028-05-13'],
      ['session-57-FRA-deadline@upr-child-rights.calendar', '2027-09-20', '2027-09-21'],
      ['session-62-SVN@upr-child-rights.calendar', '2030-01-21', '2030-02-02'],
      ['session-62-SVN-deadline@upr-child-rights.calendar', '2029-06-11', '2029-06-12'],
    ]);
    assert.ok(events.every((e) => e.allDay && e.stamp === '2026-12-02T09:30:00Z'));
    assert.equal(events[0]?.summary, 'UPR review of France (session 57) (projected)');
    assert.match(events[3]?.description ?? '', /at least six months before, .*Source: OHCHR, Technical guidelines/);
  });

  it('lists every coming session with its States and deadline when no State is followed', () => {
    const events = parse(renderICalendar(reviewCalendar('2026-12-02'), NOW));
    assert.deepEqual(events.map((e) => e.uid.split('@')[0]), ['session-54', 'session-54-deadline', 'session-55', 'session-55-deadline',
      'session-56', 'session-56-deadline', 'session-57', 'session-57-deadline']);
    assert.equal(events[0]?.summary, 'UPR Working Group session 54');
    assert.match(events[0]?.description ?? '', /States under review: Syria, .*South Sudan, Sudan\.\n/);
    assert.equal(events[2]?.summary, 'UPR Working Group session 55 (projected)');
  });

  it('ends every line with CRLF, folds at 75 octets and keeps UIDs when regenerated later', () => {
    const text = renderICalendar(reviewCalendar('2026-12-02'), NOW);
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'a bare LF');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const later = renderICalendar(reviewCalendar('2026-12-03'), new Date('2026-12-03T00:00:00Z'));
    assert.deepEqual(parse(later).map((e) => e.uid), parse(text).map((e) => e.uid));
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    assert.equal(escapeText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  });

  it('never splits a multi-byte character and unfolds to the original', () => {
    const line = `SUMMARY:${'Côte d’Ivoire, Türkiye — '.repeat(6)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
    assert.equal(folded.replace(/\r\n /g, ''), line);
  });
});
