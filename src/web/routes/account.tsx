// Account pages: sign in, sign out, the account page (password, API tokens) and sign-up by invitation.
import type { Context, Hono } from 'hono';
import { checkNewPassword, hashPassword, hashToken, parseName, randomToken } from '../../accounts/index.js';
import {
  acceptInvitation, createApiToken, findInvitation, listApiTokens, passwordHashOf, revokeApiToken, setPasswordHash, userWorkspaces,
} from '../../store/index.js';
import { verifyPassword } from '../../accounts/index.js';
import { UprError } from '../../core/index.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { endSession, startSession } from '../auth.js';
import { field, readForm } from '../auth-form.js';
import { loginGuard } from '../auth-login.js';
import { requireUser } from '../auth-workspace.js';
import { pageContext, sendPage } from './pages.js';
import { LoginPage, InvitePage } from '../views/account/login-page.js';
import { AccountPage, type AccountData } from '../views/account/account-page.js';

/** A local path to go to after signing in ('/account' for anything else, so no open redirect). */
export function safeNext(raw: string | undefined): string {
  return raw && /^\/(?![/\\])[^\s]*$/.test(raw) && raw.length < 2000 ? raw : '/account';
}

export function registerAccount(app: Hono<AppEnv>, deps: AppDeps): void {
  const { auth } = deps;
  const db = auth.writeDb;
  const guard = loginGuard(db, auth.trustProxy);

  app.get('/login', (c) => {
    const next = safeNext(c.req.query('next'));
    if (c.get('user')) return c.redirect(next, 303);
    return sendPage(c, <LoginPage ctx={pageContext(c)} next={next} />);
  });

  app.post('/login', async (c) => {
    const form = await readForm(c);
    const email = field(form, 'email').trim();
    const password = field(form, 'password');
    const next = safeNext(field(form, 'next'));
    const t = c.get('loc').t;
    if (!email || !password) {
      return sendPage(c, <LoginPage ctx={pageContext(c)} error={`${t('accBadLogin')} (${!email ? 'email' : 'password'}: missing)`} email={email} next={next} />, 400);
    }
    const user = await guard.check(c, email.slice(0, 254), password.slice(0, 1000));
    if (!user) return sendPage(c, <LoginPage ctx={pageContext(c)} error={t('accBadLogin')} email={email} next={next} />, 401);
    startSession(c, auth, user.id);
    return c.redirect(next, 303);
  });

  app.post('/logout', (c) => {
    endSession(c, auth);
    return c.redirect('/', 303);
  });

  const accountPage = (c: Context<AppEnv>, extra: Partial<AccountData> = {}, status: 200 | 400 | 403 = 200) => {
    const user = requireUser(c);
    const data: AccountData = { user, workspaces: userWorkspaces(db, user.id), tokens: listApiTokens(db, user.id), ...extra };
    return sendPage(c, <AccountPage ctx={pageContext(c)} data={data} />, status);
  };

  app.get('/account', (c) => (c.get('user') ? accountPage(c) : c.redirect('/login?next=%2Faccount', 303)));

  app.post('/account/password', async (c) => {
    const user = requireUser(c);
    const form = await readForm(c);
    const current = field(form, 'current');
    const next = field(form, 'password');
    try {
      if (!(await verifyPassword(current, passwordHashOf(db, user.id)))) throw new UprError('invalid_input', 'the current password is wrong', { field: 'current' });
      checkNewPassword(next);
      if (next !== field(form, 'password2')) throw new UprError('invalid_input', 'the two new passwords differ', { field: 'password2' });
    } catch (err) {
      if (err instanceof UprError) return accountPage(c, { error: err.message }, 400);
      throw err;
    }
    setPasswordHash(db, user.id, user.id, await hashPassword(next), c.get('session')?.idHash);
    return accountPage(c, { notice: c.get('loc').t('accPasswordChanged') });
  });

  app.post('/account/tokens', async (c) => {
    const user = requireUser(c);
    const name = parseName(field(await readForm(c), 'name'), 'name');
    const token = randomToken();
    createApiToken(db, user.id, name, hashToken(token));
    return accountPage(c, { newToken: token });
  });

  app.post('/account/tokens/:id/delete', (c) => {
    const user = requireUser(c);
    const id = c.req.param('id');
    revokeApiToken(db, user.id, /^\d{1,12}$/.test(id) ? Number(id) : -1);
    return c.redirect('/account', 303);
  });

  app.get('/invite/:token', (c) => {
    const token = c.req.param('token');
    const invitation = findInvitation(db, hashToken(token));
    if (!invitation) throw new UprError('not_found', 'this invitation does not exist, has expired or was already used', { field: 'token' });
    return sendPage(c, <InvitePage ctx={pageContext(c)} invitation={invitation} token={token} />);
  });

  app.post('/invite/:token', async (c) => {
    const token = c.req.param('token');
    const invitation = findInvitation(db, hashToken(token));
    if (!invitation) throw new UprError('not_found', 'this invitation does not exist, has expired or was already used', { field: 'token' });
    const form = await readForm(c);
    const password = field(form, 'password');
    let name: string;
    try {
      name = parseName(field(form, 'name'), 'name');
      checkNewPassword(password);
      if (password !== field(form, 'password2')) throw new UprError('invalid_input', 'the two passwords differ', { field: 'password2' });
    } catch (err) {
      if (!(err instanceof UprError)) throw err;
      return sendPage(c, <InvitePage ctx={pageContext(c)} invitation={invitation} token={token} error={err.message} name={field(form, 'name').slice(0, 200)} />, 400);
    }
    const user = acceptInvitation(db, hashToken(token), { name, passwordHash: await hashPassword(password) });
    startSession(c, auth, user.id);
    return c.redirect('/account', 303);
  });
}
