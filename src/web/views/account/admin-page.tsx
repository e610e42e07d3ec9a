// The site administrators' page: users (disable, enable), workspaces (create), invitations, the audit log.
import type { AuditRow, UserRow, WorkspaceRow } from '../../../store/index.js';
import { Layout, type PageContext } from '../layout.js';
import { AuditTable } from './audit-table.js';
import { CsrfField, Notice, TextField } from './form-parts.js';
import { RoleSelect } from './members-page.js';

export interface AdminData {
  users: (UserRow & { workspaces: string[] })[];
  workspaces: WorkspaceRow[];
  audit: AuditRow[];
  inviteLink?: { email: string; link: string };
  notice?: string;
  error?: string;
}

export function AdminPage({ ctx, data }: { ctx: PageContext; data: AdminData }) {
  const t = ctx.loc.t;
  return (
    <Layout ctx={ctx} title={t('admTitle')}>
      <h1>{t('admTitle')}</h1>
      <Notice error={data.error} notice={data.notice} />
      {data.inviteLink ? <p class="notice" role="status">{t('admInviteLink', { email: data.inviteLink.email })} <code class="code" id="invite-link">{data.inviteLink.link}</code></p> : ''}
      <h2>{t('admUsers')}</h2>
      <div class="scroll"><table>
        <thead><tr><th scope="col">{t('accEmail')}</th><th scope="col">{t('accName')}</th><th scope="col">{t('accWorkspaces')}</th><th scope="col">{t('admAction')}</th></tr></thead>
        <tbody>{data.users.map((u) => (
          <tr><td>{u.email}{u.siteAdmin ? ' (admin)' : ''}{u.disabled ? ` (${t('admDisabled')})` : ''}</td><td>{u.name}</td><td>{u.workspaces.join('; ')}</td>
            <td><form method="post" action={`/admin/users/${u.id}/${u.disabled ? 'enable' : 'disable'}`}><CsrfField token={ctx.csrf} />
              <button type="submit" aria-label={`${u.disabled ? t('admEnable') : t('admDisable')} ${u.email}`}>{u.disabled ? t('admEnable') : t('admDisable')}</button></form></td></tr>
        ))}</tbody>
      </table></div>
      <h2>{t('admWorkspaces')}</h2>
      <table>
        <thead><tr><th scope="col">{t('accWorkspace')}</th><th scope="col">{t('admOrganisations')}</th><th scope="col">{t('admMembers')}</th></tr></thead>
        <tbody>{data.workspaces.map((w) => (
          <tr><td><a href={`/workspaces/${w.id}/members`}>{w.name}</a></td><td>{w.organisations.join('; ')}</td><td>{w.members}</td></tr>
        ))}</tbody>
      </table>
      <h3>{t('admCreateWorkspace')}</h3>
      <form method="post" action="/admin/workspaces" class="form">
        <CsrfField token={ctx.csrf} />
        <TextField name="name" label={t('accName')} />
        <TextField name="organisations" label={t('admOrganisationsHelp')} maxlength={1000} />
        <p><button type="submit">{t('admCreateWorkspace')}</button></p>
      </form>
      <h3>{t('admInvite')}</h3>
      <form method="post" action="/admin/invitations" class="form">
        <CsrfField token={ctx.csrf} />
        <TextField id="f-invite-email" name="email" type="email" label={t('accEmail')} maxlength={254} />
        <p><label for="f-workspace">{t('accWorkspace')}</label>
          <select id="f-workspace" name="workspace"><option value="">—</option>{data.workspaces.map((w) => <option value={String(w.id)}>{w.name}</option>)}</select></p>
        <RoleSelect id="f-invite-role" label={t('accRole')} />
        <p><button type="submit">{t('admInvite')}</button></p>
      </form>
      <h2>{t('admAudit')}</h2>
      <AuditTable ctx={ctx} rows={data.audit} />
      {data.audit.length === 100 ? <p><a href={`/admin?before=${data.audit[99]!.id}`}>→</a></p> : ''}
    </Layout>
  );
}
