// The account page: who is signed in, their workspaces and roles, password change and API tokens.
import { PASSWORD_MIN } from '../../../accounts/index.js';
import type { ApiTokenRow, UserRow, WorkspaceRow } from '../../../store/index.js';
import type { Role } from '../../../accounts/index.js';
import { Layout, type PageContext } from '../layout.js';
import { CsrfField, Notice, TextField } from './form-parts.js';

export interface AccountData {
  user: UserRow;
  workspaces: (WorkspaceRow & { role: Role })[];
  tokens: ApiTokenRow[];
  /** A token just created, shown once. */
  newToken?: string;
  notice?: string;
  error?: string;
}

export function AccountPage({ ctx, data }: { ctx: PageContext; data: AccountData }) {
  const t = ctx.loc.t;
  const { user } = data;
  return (
    <Layout ctx={ctx} title={t('accTitle')}>
      <h1>{t('accTitle')}</h1>
      <p>{t('accSignedInAs', { name: user.name, email: user.email })}</p>
      <Notice error={data.error} notice={data.notice} />
      <h2>{t('accWorkspaces')}</h2>
      {data.workspaces.length === 0 ? <p>{t('accNoWorkspaces')}</p> : (
        <table>
          <thead><tr><th scope="col">{t('accWorkspace')}</th><th scope="col">{t('admOrganisations')}</th><th scope="col">{t('accRole')}</th></tr></thead>
          <tbody>{data.workspaces.map((w) => <tr><td><a href={`/workspaces/${w.id}`}>{w.name}</a></td><td>{w.organisations.join(', ')}</td><td>{w.role}</td></tr>)}</tbody>
        </table>
      )}
      <h2>{t('accChangePassword')}</h2>
      <form method="post" action="/account/password" class="form">
        <CsrfField token={ctx.csrf} />
        <TextField name="current" type="password" label={t('accCurrentPassword')} autocomplete="current-password" />
        <TextField name="password" type="password" label={t('accNewPassword', { n: PASSWORD_MIN })} autocomplete="new-password" />
        <TextField name="password2" type="password" label={t('accRepeatPassword')} autocomplete="new-password" />
        <p><button type="submit">{t('accSave')}</button></p>
      </form>
      <h2>{t('accTokens')}</h2>
      <p class="hint">{t('accTokensHelp')}</p>
      {data.newToken ? <p class="notice" role="status">{t('accTokenNew')} <code class="code" id="new-token">{data.newToken}</code></p> : ''}
      {data.tokens.length === 0 ? <p>{t('accNoTokens')}</p> : (
        <table>
          <thead><tr><th scope="col">{t('accName')}</th><th scope="col">{t('accCreated')}</th><th scope="col">{t('accLastUsed')}</th><th scope="col"><span class="skip">{t('accTokenRevoke', { name: '' })}</span></th></tr></thead>
          <tbody>{data.tokens.map((k) => (
            <tr><td>{k.name}</td><td>{k.created.slice(0, 16).replace('T', ' ')}</td><td>{k.lastUsed?.slice(0, 16).replace('T', ' ') ?? '—'}</td>
              <td><form method="post" action={`/account/tokens/${k.id}/delete`}><CsrfField token={ctx.csrf} /><button type="submit">{t('accTokenRevoke', { name: k.name })}</button></form></td></tr>
          ))}</tbody>
        </table>
      )}
      <form method="post" action="/account/tokens" class="form">
        <CsrfField token={ctx.csrf} />
        <TextField name="name" label={t('accTokenName')} maxlength={100} />
        <p><button type="submit">{t('accTokenCreate')}</button></p>
      </form>
      <form method="post" action="/logout"><CsrfField token={ctx.csrf} /><button type="submit">{t('accSignOut')}</button></form>
    </Layout>
  );
}
