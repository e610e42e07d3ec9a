// Administration pages: /admin for site administrators (users, workspaces, invitations, the audit log) and
// /workspaces/:workspace/members for a workspace's members (administrators also manage roles and invite).
import type { Context, Hono } from 'hono';
import { hashToken, parseEmail, parseName, parseRole, randomToken, type Role } from '../../accounts/index.js';
import {
  createInvitation, createWorkspace, findUserLogin, getUser, getWorkspace, listAudit, listMembers, listUsers, listWorkspaces, removeMembership,
  setMembership, updateUser, userWorkspaces,
} from '../../store/index.js';
import { UprError } from '../../core/index.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { field, readForm } from '../auth-form.js';
import { requireSiteAdmin, requireWorkspaceRole } from '../auth-workspace.js';
import { pageContext, sendPage } from './pages.js';
import { AdminPage, type AdminData } from '../views/account/admin-page.js';
import { MembersPage, type MembersData } from '../views/account/members-page.js';

/** Days an invitation made on these pages stays valid. */
const INVITATION_DAYS = 7;

const id = (raw: string | undefined): number => (raw && /^\d{1,12}$/.test(raw) ? Number(raw) : -1);

export function registerAdmin(app: Hono<AppEnv>, deps: AppDeps): void {
  const db = deps.auth.writeDb;
  const invite = (actor: number, email: string, workspaceId: number | null, role: Role | null) => {
    const token = randomToken();
    if (findUserLogin(db, email)) throw new UprError('conflict', `${email} already has an account: add them as a member instead`, { field: 'email', value: email });
    createInvitation(db, actor, { tokenHash: hashToken(token), email, workspaceId, role, ttlMs: INVITATION_DAYS * 86400000 });
    return { email, link: `${deps.baseUrl}/invite/${token}` };
  };

  /** Runs a form action; its UprError (bad input, conflict) is shown on the page with 400/409 instead of an error page. */
  const formAction = async (c: Context<AppEnv>, render: (extra: { error?: string; notice?: string }, status: 200 | 400 | 404 | 409) => Promise<Response>, act: () => Promise<object | void>) => {
    try {
      const extra = (await act()) ?? {};
      return render({ notice: c.get('loc').t('admDone'), ...extra }, 200);
    } catch (err) {
      if (!(err instanceof UprError) || !['invalid_input', 'conflict', 'not_found'].includes(err.code)) throw err;
      return render({ error: err.message }, err.code === 'conflict' ? 409 : err.code === 'not_found' ? 404 : 400);
    }
  };

  const adminPage = (c: Context<AppEnv>, extra: Partial<AdminData> = {}, status: 200 | 400 | 404 | 409 = 200) => {
    const before = id(c.req.query('before'));
    const data: AdminData = {
      users: listUsers(db).map((u) => ({ ...u, workspaces: userWorkspaces(db, u.id).map((w) => `${w.name} (${w.role})`) })),
      workspaces: listWorkspaces(db),
      audit: listAudit(db, { limit: 100, ...(before > 0 ? { beforeId: before } : {}) }),
      ...extra,
    };
    return sendPage(c, <AdminPage ctx={pageContext(c)} data={data} />, status);
  };

  app.get('/admin', (c) => {
    if (!c.get('user')) return c.redirect('/login?next=%2Fadmin', 303);
    requireSiteAdmin(c);
    return adminPage(c);
  });

  app.post('/admin/users/:id/:change{disable|enable}', (c) => {
    const admin = requireSiteAdmin(c);
    const user = getUser(db, id(c.req.param('id')));
    if (!user) throw new UprError('not_found', `no user ${c.req.param('id')}`, { field: 'user' });
    if (user.id === admin.id) throw new UprError('conflict', 'you cannot disable your own account', { field: 'user' });
    updateUser(db, admin.id, user.id, { disabled: c.req.param('change') === 'disable' });
    return c.redirect('/admin', 303);
  });

  app.post('/admin/workspaces', async (c) => {
    const admin = requireSiteAdmin(c);
    const form = await readForm(c);
    return formAction(c, (extra, status) => adminPage(c, extra, status), async () => {
      const name = parseName(field(form, 'name'), 'name');
      const orgs = field(form, 'organisations').split(';').map((s) => s.trim()).filter(Boolean).map((o) => parseName(o, 'organisations'));
      createWorkspace(db, admin.id, name, orgs.length ? orgs : [name]);
    });
  });

  app.post('/admin/invitations', async (c) => {
    const admin = requireSiteAdmin(c);
    const form = await readForm(c);
    return formAction(c, (extra, status) => adminPage(c, extra, status), async () => {
      const email = parseEmail(field(form, 'email'));
      const wsId = field(form, 'workspace') === '' ? null : id(field(form, 'workspace'));
      if (wsId !== null && !getWorkspace(db, wsId)) throw new UprError('invalid_input', `no workspace ${field(form, 'workspace').slice(0, 20)}`, { field: 'workspace' });
      return { inviteLink: invite(admin.id, email, wsId, wsId === null ? null : parseRole(field(form, 'role'))) };
    });
  });

  const membersPage = (c: Context<AppEnv>, extra: Partial<MembersData> = {}, status: 200 | 400 | 404 | 409 = 200) => {
    const ws = c.get('workspace');
    const data: MembersData = { workspace: ws, members: listMembers(db, ws.id), audit: ws.role === 'administrator' ? listAudit(db, { workspaceId: ws.id, limit: 100 }) : null, ...extra };
    return sendPage(c, <MembersPage ctx={pageContext(c)} data={data} />, status);
  };

  app.get('/workspaces/:workspace/members', requireWorkspaceRole(db, 'viewer'), (c) => membersPage(c));

  app.get('/api/workspaces/:workspace/audit', requireWorkspaceRole(db, 'administrator'), (c) => {
    const before = id(c.req.query('before'));
    return c.json({ entries: listAudit(db, { workspaceId: c.get('workspace').id, limit: 100, ...(before > 0 ? { beforeId: before } : {}) }) });
  });

  app.post('/workspaces/:workspace/members', requireWorkspaceRole(db, 'administrator'), async (c) => {
    const form = await readForm(c);
    return formAction(c, (extra, status) => membersPage(c, extra, status), async () => {
      const email = parseEmail(field(form, 'email'));
      const user = findUserLogin(db, email);
      if (!user) throw new UprError('not_found', `no account with the address ${email}: invite them below`, { field: 'email', value: email });
      setMembership(db, c.get('user')!.id, c.get('workspace').id, user.id, parseRole(field(form, 'role')));
    });
  });

  app.post('/workspaces/:workspace/members/:user/delete', requireWorkspaceRole(db, 'administrator'), (c) => {
    removeMembership(db, c.get('user')!.id, c.get('workspace').id, id(c.req.param('user')));
    return c.redirect(`/workspaces/${c.get('workspace').id}/members`, 303);
  });

  app.post('/workspaces/:workspace/invitations', requireWorkspaceRole(db, 'administrator'), async (c) => {
    const form = await readForm(c);
    return formAction(c, (extra, status) => membersPage(c, extra, status), async () => ({
      inviteLink: invite(c.get('user')!.id, parseEmail(field(form, 'email')), c.get('workspace').id, parseRole(field(form, 'role'))),
    }));
  });
}
