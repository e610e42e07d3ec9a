// The sign-in page and the invitation (sign-up) page.
import { PASSWORD_MIN } from '../../../accounts/index.js';
import type { InvitationRow } from '../../../store/index.js';
import { Layout, type PageContext } from '../layout.js';
import { CsrfField, Notice, TextField } from './form-parts.js';

export function LoginPage({ ctx, error, email, next }: { ctx: PageContext; error?: string; email?: string; next?: string }) {
  const t = ctx.loc.t;
  return (
    <Layout ctx={ctx} title={t('accSignInTitle')}>
      <h1>{t('accSignInTitle')}</h1>
      <Notice error={error} />
      <form method="post" action="/login" class="form">
        <CsrfField token={ctx.csrf} />
        <input type="hidden" name="next" value={next ?? '/account'} />
        <TextField name="email" type="email" label={t('accEmail')} value={email} autocomplete="username" maxlength={254} />
        <TextField name="password" type="password" label={t('accPassword')} autocomplete="current-password" />
        <p><button type="submit">{t('accSignInButton')}</button></p>
      </form>
      <p class="hint">{t('accSignInHelp')}</p>
    </Layout>
  );
}

export function InvitePage({ ctx, invitation, token, error, name }: { ctx: PageContext; invitation: InvitationRow; token: string; error?: string; name?: string }) {
  const t = ctx.loc.t;
  return (
    <Layout ctx={ctx} title={t('accInviteTitle')}>
      <h1>{t('accInviteTitle')}</h1>
      <p>{t('accInviteIntro', { email: invitation.email })}</p>
      {invitation.workspaceName && invitation.role ? <p>{t('accInviteJoins', { workspace: invitation.workspaceName, role: invitation.role })}</p> : ''}
      <Notice error={error} />
      <form method="post" action={`/invite/${token}`} class="form">
        <CsrfField token={ctx.csrf} />
        <TextField name="name" label={t('accName')} value={name} autocomplete="name" />
        <TextField name="password" type="password" label={t('accNewPassword', { n: PASSWORD_MIN })} autocomplete="new-password" />
        <TextField name="password2" type="password" label={t('accRepeatPassword')} autocomplete="new-password" />
        <p><button type="submit">{t('accCreateAccount')}</button></p>
      </form>
    </Layout>
  );
}
