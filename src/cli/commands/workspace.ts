// `upr workspace add|list`: workspaces of one organisation or of a coalition, and their members' roles.
// Audited as the operator.
import type { Command, CommandContext } from '../command.js';
import { listOption } from '../command.js';
import { parseEmail, parseName, parseRole } from '../../accounts/index.js';
import { createWorkspace, findUserLogin, findWorkspace, listMembers, listWorkspaces, removeMembership, setMembership, type Db } from '../../store/index.js';
import { UprError } from '../../core/index.js';
import { openStoreForWriting } from '../open-store.js';
import { EXIT_CODES } from '../exit-codes.js';
import { renderTable } from '../table.js';

export const workspaceCommand: Command = {
  name: 'workspace',
  summary: 'Manage workspaces (one organisation\'s, or a coalition\'s) and their members: add, list.',
  usage: 'upr workspace add NAME [--organisation ORG]... [--member EMAIL=ROLE]... [--remove EMAIL]... | upr workspace list [--json]',
  options: {
    organisation: { type: 'string', multiple: true, valueName: 'ORG', help: 'organisation owning a new workspace; several make a coalition (default: the workspace\'s name)' },
    member: { type: 'string', multiple: true, valueName: 'EMAIL=ROLE', help: 'give an existing user a role (viewer, editor, coordinator, administrator) in the workspace' },
    remove: { type: 'string', multiple: true, valueName: 'EMAIL', help: 'remove a member from the workspace' },
    json: { type: 'boolean', help: 'print as JSON (list)' },
  },
  help: `upr workspace add creates the workspace when it does not exist, then adds, changes or removes
members (users made with upr user add, or who accepted an invitation). Every change is in the audit log.
Examples:
  upr workspace add "Slovenia follow-up" --organisation "Children's Rights Slovenia"
  upr workspace add "Coalition SVN" --organisation "Org A" --organisation "Org B" --member ana@example.org=coordinator
  upr workspace list`,
  run(ctx, values, positionals) {
    const [sub, ...rest] = positionals;
    if (sub !== 'add' && sub !== 'list') throw new UprError('invalid_input', `give add or list\nUsage: ${this.usage}`, { usage: true });
    const db = openStoreForWriting(ctx.config);
    try {
      if (sub === 'list') return list(ctx, db, values.json === true);
      if (rest.length !== 1) throw new UprError('invalid_input', `upr workspace add takes one workspace name (quote names with spaces)\nUsage: ${this.usage}`, { usage: true });
      return add(ctx, db, parseName(rest[0], 'NAME'), values);
    } finally {
      db.close();
    }
  },
};

function add(ctx: CommandContext, db: Db, name: string, values: Record<string, unknown>): number {
  const members = (listOption(values, 'member') ?? []).map((m) => {
    const eq = m.lastIndexOf('=');
    if (eq < 0) throw new UprError('invalid_input', `--member must be EMAIL=ROLE, got ${JSON.stringify(m)}`, { field: '--member', usage: true });
    const email = parseEmail(m.slice(0, eq), '--member');
    const user = findUserLogin(db, email);
    if (!user) throw new UprError('not_found', `no user with the e-mail address ${email} (upr user add or upr user invite first)`, { field: '--member', value: email });
    return { user, role: parseRole(m.slice(eq + 1), '--member') };
  });
  const removed = (listOption(values, 'remove') ?? []).map((e) => {
    const user = findUserLogin(db, parseEmail(e, '--remove'));
    if (!user) throw new UprError('not_found', `no user with the e-mail address ${e}`, { field: '--remove', value: e });
    return user;
  });
  let ws = findWorkspace(db, name);
  if (!ws) {
    const orgs = (listOption(values, 'organisation') ?? [name]).map((o) => parseName(o, '--organisation'));
    ws = createWorkspace(db, null, name, orgs);
    ctx.stdout.write(`created workspace ${ws.name} (${ws.coalition ? 'coalition of ' : ''}${ws.organisations.join(', ')})\n`);
  } else if (values.organisation !== undefined) {
    throw new UprError('conflict', `the workspace ${ws.name} exists already; its organisations stay ${ws.organisations.join(', ')}`, { field: '--organisation' });
  }
  for (const m of members) {
    setMembership(db, null, ws.id, m.user.id, m.role);
    ctx.stdout.write(`${m.user.email}: ${m.role} in ${ws.name}\n`);
  }
  for (const u of removed) {
    removeMembership(db, null, ws.id, u.id);
    ctx.stdout.write(`${u.email}: removed from ${ws.name}\n`);
  }
  return EXIT_CODES.ok;
}

function list(ctx: CommandContext, db: Db, json: boolean): number {
  const rows = listWorkspaces(db).map((w) => ({ ...w, memberList: listMembers(db, w.id).map((m) => ({ email: m.email, role: m.role })) }));
  if (json) ctx.stdout.write(JSON.stringify(rows.map(({ members: _n, memberList, ...w }) => ({ ...w, members: memberList })), null, 2) + '\n');
  else ctx.stdout.write(renderTable(rows, [
    { header: 'id', get: (w) => w.id, align: 'right' }, { header: 'workspace', get: (w) => w.name, max: 40 },
    { header: 'organisations', get: (w) => w.organisations.join('; '), max: 50 },
    { header: 'members', get: (w) => w.memberList.map((m) => `${m.email} (${m.role})`).join('; '), max: 80 },
  ]));
  return EXIT_CODES.ok;
}
