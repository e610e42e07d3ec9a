// `upr calendar [STATE...]`: the sessions of the coming months with the States reviewed, each State's next review
// and the usual deadline for stakeholders' submissions; as a table, JSON or an iCalendar feed.
import type { Command } from '../command.js';
import { UprError, stateName } from '../../core/index.js';
import { calendarStates, renderICalendar, reviewCalendar, type CalendarSession } from '../../analysis/index.js';
import { renderTable } from '../table.js';
import { intOption } from './search.js';

const projected = (s: CalendarSession) => (s.projected ? ' (projected)' : '');

export const calendarCommand: Command = {
  name: 'calendar',
  summary: 'Show the review calendar: coming sessions, each State\'s next review and the usual deadline for stakeholders\' submissions.',
  usage: 'upr calendar [STATE...] [--months N] [--date YYYY-MM-DD] [--json] [--ics]',
  options: {
    months: { type: 'string', valueName: 'N', help: 'sessions opening within N months (default 18)' },
    date: { type: 'string', valueName: 'YYYY-MM-DD', help: 'count from this day instead of today' },
    json: { type: 'boolean', help: 'print JSON' },
    ics: { type: 'boolean', help: 'print an iCalendar feed (RFC 5545) for calendar applications' },
  },
  help: `Sessions 1-54 are those of the UPR calendar; later sessions are projected from the order of review
(same place, 14 sessions and five years a cycle) and marked "projected". Deadlines follow the rule in
src/core/reference/submission-deadline.ts (docs/calendar.md): the usual date, not OHCHR's announcement.
Examples:
  upr calendar                      the sessions of the next 18 months (--json adds every State's next review)
  upr calendar Slovenia France      the next review and deadline of these States
  upr calendar SVN --ics > svn.ics  a feed to import into a calendar application`,
  run(ctx, values, positionals) {
    const now = (values.date as string | undefined) ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(Date.parse(now))) {
      throw new UprError('invalid_input', `--date expects YYYY-MM-DD, got "${now}"`, { field: '--date', usage: true });
    }
    const months = intOption(values.months, 'months', 18);
    const states = positionals.length ? calendarStates(positionals) : undefined;
    const cal = reviewCalendar(now, { states, months });
    if (values.ics) {
      ctx.stdout.write(renderICalendar(cal, new Date(), states));
      return 0;
    }
    if (values.json) {
      ctx.stdout.write(JSON.stringify(cal, null, 2) + '\n');
      return 0;
    }
    const out: string[] = [`Review calendar from ${now}; usual deadline: ${cal.rule.summary}`, `Source: ${cal.rule.source.title}, ${cal.rule.source.url}`, ''];
    if (states) {
      out.push(renderTable(cal.reviews, [
        { header: 'State', get: (r) => stateName(r.iso3, 'en'), max: 40 },
        { header: 'next review', get: (r) => `session ${r.session.number}, cycle ${r.session.cycle}${projected(r.session)}` },
        { header: 'dates', get: (r) => `${r.session.start} – ${r.session.end}` },
        { header: 'submissions due (usual)', get: (r) => r.session.deadline },
      ]), '');
    }
    out.push(`Sessions opening within ${months} months:`, renderTable(cal.sessions, [
      { header: 'session', get: (s) => `${s.number}${projected(s)}` },
      { header: 'dates', get: (s) => `${s.start} – ${s.end}` },
      { header: 'submissions due (usual)', get: (s) => s.deadline },
      { header: 'States under review', get: (s) => s.states.join(' ') },
    ]));
    ctx.stdout.write(out.join('\n'));
    return 0;
  },
};
