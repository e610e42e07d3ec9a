// A workspace's members page: every member sees the list; administrators also change roles, remove
// members, invite people and read the workspace's audit log.
import { ROLES, type Role } from '../../../accounts/index.js';
import type { AuditRow, MemberRow } from '../../../store/index.js';
import { Layout, type PageContext } from '../layout.js';
import { AuditTable } from './audit-table.js';
import { CsrfField, Notice, TextField } from './form-parts.js';

export interface MembersData {
  workspace: { id: number; name: string; role: Role };
  members: MemberRow[];
  audit: AuditRow[] | null;
  inviteLink?: { email: string; link: string };
  notice?: string;
  error?: string;
}

export function RoleSelect({ id, label, value }: { id: string; label: string; value?: Role }) {
  return (
    <p><label for={id}>{label}</label>
      <select id={id} name="role">{ROLES.map((r) => <option value={r} selected={r === (value ?? 'viewer')}>{r}</option>)}</select></p>
  );
}

export function MembersPage({ ctx, data }: { ctx: PageContext; data: MembersData }) {
  const t = ctx.loc.t;
  const { workspace: ws } = data;
  const admin = ws.role === 'administrator';
  const base = `/workspaces/${ws.id}`;
  return (
    <Layout ctx={ctx} title={`${ws.name} · ${t('admMembers')}`}>
      <h1>{`${ws.name} · ${t('admMembers')}`}</h1>
      <p><a href={base}>{t('fu_dashboard', { name: ws.name })}</a></p>
      <Notice error={data.error} notice={data.notice} />
      {data.inviteLink ? <p class="notice" role="status">{t('admInviteLink', { email: data.inviteLink.email })} <code class="code" id="invite-link">{data.inviteLink.link}</code></p> : ''}
      <table>
        <thead><tr><th scope="col">{t('accName')}</th><th scope="col">{t('accEmail')}</th><th scope="col">{t('accRole')}</th>{admin ? <th scope="col">{t('admAction')}</th> : ''}</tr></thead>
        <tbody>{data.members.map((m) => (
          <tr><td>{m.name}</td><td>{m.email}</td><td>{m.role}</td>
            {admin ? <td><form method="post" action={`${base}/members/${m.userId}/delete`}><CsrfField token={ctx.csrf} /><button type="submit">{t('admRemove', { email: m.email })}</button></form></td> : ''}</tr>
        ))}</tbody>
      </table>
      {admin ? (
        <>
          <h2>{t('admSetRole')}</h2>
          <form method="post" action={`${base}/members`} class="form">
            <CsrfField token={ctx.csrf} />
            <TextField id="f-member-email" name="email" type="email" label={t('accEmail')} maxlength={254} />
            <RoleSelect id="f-member-role" label={t('accRole')} />
            <p><button type="submit">{t('accSave')}</button></p>
          </form>
          <h2>{t('admInvite')}</h2>
          <form method="post" action={`${base}/invitations`} class="form">
            <CsrfField token={ctx.csrf} />
            <TextField id="f-invite-email" name="email" type="email" label={t('accEmail')} maxlength={254} />
            <RoleSelect id="f-invite-role" label={t('accRole')} />
            <p><button type="submit">{t('admInvite')}</button></p>
          </form>
          <h2>{t('admAudit')}</h2>
          <AuditTable ctx={ctx} rows={data.audit ?? []} />
        </>
      ) : ''}
    </Layout>
  );
}
