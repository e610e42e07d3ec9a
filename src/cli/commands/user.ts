// `upr user add|invite|reset|list`: the operator's account commands. Passwords are read from standard input
// (--password-stdin) or generated and printed once; invitations print a one-time link. Audited as the operator.
import type { Command, CommandContext } from '../command.js';
import {
  checkNewPassword, hashPassword, hashToken, parseEmail, parseName, parseRole, randomToken, type Role,
} from '../../accounts/index.js';
import {
  createInvitation, createUser, findUserLogin, findWorkspace, listUsers, setMembership, setPasswordHash, updateUser, userWorkspaces, type Db,
} from '../../store/index.js';
import { UprError } from '../../core/index.js';
import { openStoreForWriting } from '../open-store.js';
import { EXIT_CODES } from '../exit-codes.js';
import { renderTable } from '../table.js';

const SUBCOMMANDS = ['add', 'invite', 'reset', 'list'] as const;

export const userCommand: Command = {
  name: 'user',
  summary: 'Manage accounts of the web application: add, invite, reset a password, list.',
  usage: 'upr user add EMAIL --name NAME [--admin] [--workspace W --role R] [--password-stdin] | upr user invite EMAIL [--workspace W --role R] [--days N] | upr user reset EMAIL [--password-stdin] [--disable|--enable] | upr user list [--json]',
  options: {
    name: { type: 'string', valueName: 'NAME', help: 'the person\'s name (add)' },
    admin: { type: 'boolean', help: 'make a site administrator: every workspace, the /admin page (add)' },
    workspace: { type: 'string', valueName: 'W', help: 'workspace (name) to join (add, invite)' },
    role: { type: 'string', valueName: 'R', help: 'role in that workspace: viewer, editor, coordinator or administrator (default viewer)' },
    'password-stdin': { type: 'boolean', help: 'read the password from standard input instead of generating one (add, reset)' },
    days: { type: 'string', valueName: 'N', help: 'days the invitation link stays valid (default 7, at most 60)' },
    disable: { type: 'boolean', help: 'disable the account: no sign-in, sessions ended (reset)' },
    enable: { type: 'boolean', help: 'enable a disabled account again (reset)' },
    json: { type: 'boolean', help: 'print as JSON (list)' },
  },
  help: `Accounts sign in to the web application (upr serve) to follow up reviews in workspaces; the
public database needs none. Roles: viewer < editor < coordinator < administrator (docs/accounts.md).
A generated password or invitation link is printed once; only its hash is stored. Links are relative
unless --base-url (or $UPR_BASE_URL) gives the public address. Every change is in the audit log.
Examples:
  upr user add ana@example.org --name "Ana Ruiz" --workspace "Slovenia follow-up" --role editor
  printf '%s' "$PASSWORD" | upr user add admin@example.org --name Admin --admin --password-stdin
  upr user invite ben@example.org --workspace "Slovenia follow-up" --role viewer
  upr user reset ana@example.org`,
  async run(ctx, values, positionals) {
    const [sub, ...rest] = positionals;
    if (!sub || !(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UprError('invalid_input', `give one of ${SUBCOMMANDS.join(', ')}\nUsage: ${this.usage}`, { usage: true });
    if (sub !== 'list' && rest.length !== 1) throw new UprError('invalid_input', `upr user ${sub} takes one e-mail address\nUsage: ${this.usage}`, { usage: true });
    const db = openStoreForWriting(ctx.config);
    try {
      if (sub === 'list') return listCommand(ctx, db, values.json === true);
      const email = parseEmail(rest[0], 'EMAIL');
      if (sub === 'add') return await add(ctx, db, email, values);
      if (sub === 'invite') return invite(ctx, db, email, values);
      return await reset(ctx, db, email, values);
    } finally {
      db.close();
    }
  },
};

/** The workspace and role of --workspace/--role, or null when no workspace is given. */
function membership(db: Db, values: Record<string, unknown>): { id: number; name: string; role: Role } | null {
  if (values.workspace === undefined) {
    if (values.role !== undefined) throw new UprError('invalid_input', '--role needs --workspace', { field: '--role', usage: true });
    return null;
  }
  const ws = findWorkspace(db, String(values.workspace));
  if (!ws) throw new UprError('not_found', `no workspace named ${JSON.stringify(values.workspace)} (create it with upr workspace add)`, { field: '--workspace' });
  return { id: ws.id, name: ws.name, role: values.role === undefined ? 'viewer' : parseRole(values.role, '--role') };
}

async function password(values: Record<string, unknown>): Promise<{ password: string; generated: boolean }> {
  if (!values['password-stdin']) return { password: randomToken().slice(0, 20), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return { password: checkNewPassword(Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, ''), 'standard input'), generated: false };
}

async function add(ctx: CommandContext, db: Db, email: string, values: Record<string, unknown>): Promise<number> {
  const name = parseName(values.name, '--name');
  const ws = membership(db, values);
  if (findUserLogin(db, email)) throw new UprError('conflict', `a user with the e-mail address ${email} already exists (upr user reset changes a password)`, { field: 'EMAIL', value: email });
  const pw = await password(values);
  const hash = await hashPassword(pw.password);
  const user = createUser(db, null, { email, name, passwordHash: hash, siteAdmin: values.admin === true });
  if (ws) setMembership(db, null, ws.id, user.id, ws.role);
  ctx.stdout.write(`added ${email}${user.siteAdmin ? ' (site administrator)' : ''}${ws ? `, ${ws.role} in ${ws.name}` : ''}\n`);
  if (pw.generated) ctx.stdout.write(`password (shown once; they can change it on /account): ${pw.password}\n`);
  return EXIT_CODES.ok;
}

function invite(ctx: CommandContext, db: Db, email: string, values: Record<string, unknown>): number {
  const ws = membership(db, values);
  if (findUserLogin(db, email)) throw new UprError('conflict', `${email} already has an account (add them to a workspace with upr workspace add NAME --member EMAIL=ROLE)`, { field: 'EMAIL', value: email });
  const days = values.days === undefined ? 7 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new UprError('invalid_input', `--days must be a whole number 1-60, got ${JSON.stringify(values.days)}`, { field: '--days', usage: true });
  const token = randomToken();
  createInvitation(db, null, { tokenHash: hashToken(token), email, workspaceId: ws?.id ?? null, role: ws?.role ?? null, ttlMs: days * 86400000 });
  ctx.stdout.write(`invitation for ${email}${ws ? ` (${ws.role} in ${ws.name})` : ''}, valid ${days} day(s); send them this link (shown once):\n${ctx.config.baseUrl}/invite/${token}\n`);
  return EXIT_CODES.ok;
}

async function reset(ctx: CommandContext, db: Db, email: string, values: Record<string, unknown>): Promise<number> {
  const user = findUserLogin(db, email);
  if (!user) throw new UprError('not_found', `no user with the e-mail address ${email} (see upr user list)`, { field: 'EMAIL', value: email });
  if (values.disable || values.enable) {
    if (values.disable && values.enable) throw new UprError('invalid_input', 'give --disable or --enable, not both', { usage: true });
    updateUser(db, null, user.id, { disabled: values.disable === true });
    ctx.stdout.write(`${email} ${values.disable ? 'disabled (signed out everywhere)' : 'enabled'}\n`);
    return EXIT_CODES.ok;
  }
  const pw = await password(values);
  setPasswordHash(db, null, user.id, await hashPassword(pw.password));
  ctx.stdout.write(`new password set for ${email}; their sessions were ended\n`);
  if (pw.generated) ctx.stdout.write(`password (shown once): ${pw.password}\n`);
  return EXIT_CODES.ok;
}

function listCommand(ctx: CommandContext, db: Db, json: boolean): number {
  const rows = listUsers(db).map((u) => ({ ...u, workspaces: userWorkspaces(db, u.id).map((w) => `${w.name} (${w.role})`) }));
  if (json) ctx.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else ctx.stdout.write(renderTable(rows, [
    { header: 'email', get: (u) => u.email }, { header: 'name', get: (u) => u.name, max: 30 },
    { header: 'status', get: (u) => [u.siteAdmin ? 'admin' : '', u.disabled ? 'disabled' : ''].filter(Boolean).join(', ') },
    { header: 'workspaces', get: (u) => u.workspaces.join('; '), max: 60 },
  ]));
  return EXIT_CODES.ok;
}
