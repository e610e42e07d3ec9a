// The review calendar page: the sessions of the coming months with the States reviewed and the usual deadline
// for stakeholders' submissions, the next reviews of the followed States, and links to the iCalendar feeds.
import { stateName } from '../../core/index.js';
import type { CalendarSession, ReviewCalendar } from '../../analysis/index.js';
import { Layout, type PageContext } from './layout.js';

/** Query string of `state` parameters (the followed States), with `extra` appended. */
function followQuery(states: readonly string[], extra = ''): string {
  const q = states.map((s) => `state=${encodeURIComponent(s)}`).join('&');
  return [q, extra].filter(Boolean).join('&');
}

function SessionLabel({ ctx, s }: { ctx: PageContext; s: CalendarSession }) {
  const t = ctx.loc.t;
  return <>{t('sessionN', { n: s.number })} · {t('cycleN', { n: s.cycle })}{s.projected ? <> · <em>{t('calendarProjected')}</em></> : null}</>;
}

export function CalendarPage({ ctx, cal, states }: { ctx: PageContext; cal: ReviewCalendar; states: readonly string[] }) {
  const { loc } = ctx;
  const t = loc.t;
  const name = (iso3: string) => stateName(iso3, loc.lang);
  const dates = (s: CalendarSession) => `${loc.date(s.start)} – ${loc.date(s.end)}`;
  const feed = `/calendar.ics${states.length ? `?${followQuery(states)}` : ''}`;
  return (
    <Layout ctx={ctx} title={t('calendarTitle')} section="calendar">
      <h1>{t('calendarTitle')}</h1>
      <p>{t('calendarIntro', { months: cal.months })}</p>
      <p>{t('calendarRule', { weeks: cal.rule.weeksBefore })} {t('calendarSource')}: <a href={cal.rule.source.url}>{cal.rule.source.title}</a>.</p>
      <p>{t('calendarProjectedNote')}</p>
      <form method="get" action="/calendar">
        {states.map((s) => <input type="hidden" name="state" value={s} />)}
        <label for="follow">{t('calendarFollow')}</label> <input id="follow" name="state" type="text" required />{' '}
        <button type="submit">{t('calendarFollowButton')}</button>
      </form>
      {states.length > 0 && (
        <>
          <h2>{t('calendarFollowed')}</h2>
          <table>
            <caption>{t('calendarFollowed')}</caption>
            <thead><tr><th scope="col">{t('state')}</th><th scope="col">{t('calendarNext')}</th><th scope="col">{t('calendarDates')}</th><th scope="col">{t('calendarDeadline')}</th></tr></thead>
            <tbody>
              {cal.reviews.map((r) => (
                <tr>
                  <th scope="row"><a href={`/states/${r.iso3}`}>{name(r.iso3)}</a>{' '}
                    <a href={`/calendar?${followQuery(states.filter((s) => s !== r.iso3))}`} aria-label={t('calendarUnfollow', { name: name(r.iso3) })}>×</a></th>
                  <td><SessionLabel ctx={ctx} s={r.session} /></td>
                  <td>{dates(r.session)}</td>
                  <td>{loc.date(r.session.deadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p><a href={feed} type="text/calendar">{states.length ? t('calendarFeedFollowed') : t('calendarFeed')}</a> ({feed})</p>
      <h2>{t('calendarSessions')}</h2>
      <table>
        <caption>{t('calendarSessions')}</caption>
        <thead><tr><th scope="col">{t('session')}</th><th scope="col">{t('calendarDates')}</th><th scope="col">{t('calendarDeadline')}</th><th scope="col">{t('calendarStates')}</th></tr></thead>
        <tbody>
          {cal.sessions.map((s) => (
            <tr>
              <th scope="row"><SessionLabel ctx={ctx} s={s} /></th>
              <td>{dates(s)}</td>
              <td>{loc.date(s.deadline)}</td>
              <td>{s.states.map((c, i) => <>{i > 0 ? ', ' : ''}<a href={`/states/${c}`}>{name(c)}</a></>)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
