// The page frame: skip link, banner with navigation and language choice, main landmark, footer.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { LANGS, LANG_NAMES, type Locale } from '../../core/index.js';
import { STYLES } from './styles.js';

export interface PageContext {
  loc: Locale;
  /** Path and query of the current request, for language links and permanent URLs. */
  url: URL;
  /** The signed-in user (name and whether they administer the site), or null/absent for anonymous readers. */
  user?: { name: string; siteAdmin: boolean } | null;
  /** CSRF token of the signed-in session, for its forms. */
  csrf?: string | undefined;
}

/** The same URL with `lang` set (other parameters kept). */
export function withLang(url: URL, lang: string): string {
  const u = new URL(url.href);
  u.searchParams.set('lang', lang);
  return `${u.pathname}?${u.searchParams.toString()}`;
}

export function Layout(props: { ctx: PageContext; title: string; children: Child; section?: 'search' | 'states' | 'stats' | 'analyses' | 'calendar' | 'un'; feed?: string }) {
  const { loc, url } = props.ctx;
  const t = loc.t;
  const nav: [string, string, string][] = [['/', t('navSearch'), 'search'], ['/states', t('navStates'), 'states'], ['/stats', t('navStats'), 'stats'], ['/analyses', t('navAnalyses'), 'analyses'], ['/calendar', t('navCalendar'), 'calendar'], ['/un', t('unNav'), 'un']];
  return (
    <html lang={loc.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t('appName')}`}</title>
        <style>{raw(STYLES)}</style>
        {props.feed ? <link rel="alternate" type="application/atom+xml" title={t('feedTitle')} href={props.feed} /> : null}
      </head>
      <body>
        <a class="skip" href="#main">{t('skip')}</a>
        <header class="site">
          <a class="brand" href="/">{t('appName')}</a>
          <nav aria-label={t('appName')}>
            <ul>
              {nav.map(([href, label, key]) => (
                <li><a href={href} aria-current={props.section === key ? 'page' : undefined}>{label}</a></li>
              ))}
              <li><a href="/api/openapi.json">{t('navApi')}</a></li>
            </ul>
          </nav>
          <AccountNav ctx={props.ctx} />
          <nav class="langs" aria-label={t('language')}>
            <ul>
              {LANGS.map((l) => (
                <li><a href={withLang(url, l)} lang={l} hreflang={l} aria-current={l === loc.lang ? 'true' : undefined}>{LANG_NAMES[l]}</a></li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>{props.children}</main>
        <footer class="site"><p>{t('footer')}</p></footer>
      </body>
    </html>
  );
}

/** Sign-in link, or the account (and admin) links and the sign-out button of a signed-in user. */
function AccountNav({ ctx }: { ctx: PageContext }) {
  const t = ctx.loc.t;
  if (!ctx.user) return <a href="/login">{t('navSignIn')}</a>;
  return (
    <nav class="account" aria-label={t('navAccount')}>
      <ul>
        <li><a href="/account">{ctx.user.name}</a></li>
        {ctx.user.siteAdmin ? <li><a href="/admin">{t('navAdmin')}</a></li> : ''}
        <li><form method="post" action="/logout"><input type="hidden" name="_csrf" value={ctx.csrf ?? ''} /><button type="submit" class="link">{t('accSignOut')}</button></form></li>
      </ul>
    </nav>
  );
}
