// The review calendar as an iCalendar feed (RFC 5545) that calendar applications import: one all-day event per
// review (or per session) and one per usual submission deadline. Pure: the calendar and "now" in, text out.
import { stateName } from '../core/index.js';
import { addDays, type CalendarSession, type ReviewCalendar } from './calendar.js';

const PRODID = '-//UPR children\'s rights toolkit//Review calendar//EN';
const UID_DOMAIN = 'upr-child-rights.calendar';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1): CRLF and one space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const date = (iso: string) => iso.replace(/-/g, '');
const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

interface Event {
  uid: string;
  start: string;
  /** Last day of the event (inclusive); DTEND is the day after, as all-day events require. */
  last: string;
  summary: string;
  description: string;
}

function eventLines(e: Event, dtstamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}@${UID_DOMAIN}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${date(e.start)}`,
    `DTEND;VALUE=DATE:${date(addDays(e.last, 1))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

const mark = (s: CalendarSession) => (s.projected ? ' (projected)' : '');

function sessionEvents(s: CalendarSession, states: readonly string[] | undefined, rule: string): Event[] {
  const names = s.states.map((c) => stateName(c, 'en')).join(', ');
  const when = s.projected ? 'Dates projected from the order of review; the Human Rights Council has not scheduled this session yet.' : 'Dates from the UPR calendar.';
  if (!states) {
    return [
      { uid: `session-${s.number}`, start: s.start, last: s.end, summary: `UPR Working Group session ${s.number}${mark(s)}`,
        description: `Cycle ${s.cycle}. States under review: ${names}.\n${when}` },
      { uid: `session-${s.number}-deadline`, start: s.deadline, last: s.deadline, summary: `UPR session ${s.number}: usual deadline for stakeholders' submissions${mark(s)}`,
        description: `States under review: ${names}.\n${rule}` },
    ];
  }
  return states.filter((c) => s.states.includes(c)).flatMap((c) => [
    { uid: `session-${s.number}-${c}`, start: s.start, last: s.end, summary: `UPR review of ${stateName(c, 'en')} (session ${s.number})${mark(s)}`,
      description: `Cycle ${s.cycle}, Working Group session ${s.number}, ${s.start} to ${s.end}.\n${when}` },
    { uid: `session-${s.number}-${c}-deadline`, start: s.deadline, last: s.deadline,
      summary: `Stakeholders' submissions on ${stateName(c, 'en')} usually due (UPR session ${s.number})${mark(s)}`, description: rule },
  ]);
}

/**
 * The feed of `cal`: with `states`, each State's next review and its deadline; without, every coming session and
 * its deadline. Lines end in CRLF and are folded at 75 octets; UIDs depend only on session and State, so a
 * re-import updates events instead of duplicating them.
 */
export function renderICalendar(cal: ReviewCalendar, now: Date, states?: readonly string[]): string {
  const rule = `${cal.rule.summary} Check the exact date with OHCHR. Source: ${cal.rule.source.title}, ${cal.rule.source.url}`;
  const sessions = states ? [...new Set(cal.reviews.map((r) => r.session))] : cal.sessions;
  const name = states ? `UPR reviews: ${states.map((c) => stateName(c, 'en')).join(', ')}` : 'UPR review calendar';
  const dtstamp = stamp(now);
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`,
    ...sessions.flatMap((s) => sessionEvents(s, states, rule)).flatMap((e) => eventLines(e, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
