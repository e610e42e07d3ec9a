// The review calendar: the page /calendar and the iCalendar feed /calendar.ics, both for every State or for the
// followed States given as repeated `state` parameters (?state=SVN&state=France).
import type { Context, Hono } from 'hono';
import { UprError } from '../../core/index.js';
import { calendarStates, renderICalendar, reviewCalendar } from '../../analysis/index.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { CalendarPage } from '../views/calendar-page.js';
import { pageContext, sendPage } from './pages.js';

function months(c: Context<AppEnv>): number {
  const raw = c.req.query('months');
  if (raw === undefined || raw === '') return 18;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 120) throw new UprError('invalid_input', `months must be a whole number from 1 to 120, got "${raw}"`, { field: 'months', value: raw });
  return n;
}

const followed = (c: Context<AppEnv>) => calendarStates((c.req.queries('state') ?? []).map((s) => s.trim()).filter(Boolean));

export function registerCalendar(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/calendar', (c) => {
    const states = followed(c);
    const cal = reviewCalendar(deps.today(), { states, months: months(c) });
    return sendPage(c, CalendarPage({ ctx: pageContext(c), cal, states }));
  });

  app.get('/calendar.ics', (c) => {
    const states = followed(c);
    const cal = reviewCalendar(deps.today(), { states, months: months(c) });
    c.header('content-type', 'text/calendar; charset=utf-8');
    c.header('content-disposition', 'inline; filename="upr-calendar.ics"');
    return c.body(renderICalendar(cal, new Date(), states.length ? states : undefined));
  });
}
