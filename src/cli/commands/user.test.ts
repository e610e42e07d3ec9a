// `upr user` and `upr workspace`: the operator's commands, checked by signing in to the web app afterwards.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { upr, tempDir } from '../../../test/support/cli.js';
import { openStore, listAudit, type Db } from '../../store/index.js';
import { createApp } from '../../web/index.js';
import { EXIT_CODES } from '../exit-codes.js';

describe('upr user and upr workspace', () => {
  const tmp = tempDir();
  let db: Db | undefined;
  after(() => {
    db?.close();
    tmp.cleanup();
  });
  const run = (...args: string[]) => upr([...args, '--db', tmp.db], { UPR_BASE_URL: 'https://upr.example.org' });

  it('adds a coalition workspace, a user with a role and a generated password that signs in', async () => {
    const ws = await run('workspace', 'add', 'Coalition SVN', '--organisation', 'Org A', '--organisation', 'Org B');
    assert.equal(ws.code, 0, ws.stderr);
    assert.equal(ws.stdout, 'created workspace Coalition SVN (coalition of Org A, Org B)\n');
    const add = await run('user', 'add', 'Ana@Example.org', '--name', 'Ana Ruiz', '--workspace', 'Coalition SVN', '--role', 'editor');
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stdout, /^added ana@example\.org, editor in Coalition SVN\npassword \(shown once; they can change it on \/account\): (\S{20})\n$/);
    const password = /: (\S{20})\n$/.exec(add.stdout)![1]!;
    db = openStore(tmp.db);
    const app = createApp(db);
    const res = await app.request('/login', { method: 'POST', body: new URLSearchParams({ email: 'ana@example.org', password }) });
    assert.equal(res.status, 303);
    assert.deepEqual(listAudit(db).reverse().map((e) => [e.userId, e.action, e.entity]), [
      [null, 'create', 'organisation'], [null, 'create', 'organisation'], [null, 'create', 'workspace'],
      [1, 'create', 'user'], [null, 'create', 'membership'],
    ]);
  });

  it('lists workspaces and users with their roles', async () => {
    const ws = await run('workspace', 'list', '--json');
    assert.deepEqual((JSON.parse(ws.stdout) as { name: string; coalition: boolean; organisations: string[]; members: unknown[] }[]).map((w) => [w.name, w.coalition, w.organisations, w.members]),
      [['Coalition SVN', true, ['Org A', 'Org B'], [{ email: 'ana@example.org', role: 'editor' }]]]);
    const users = await run('user', 'list');
    assert.match(users.stdout, /ana@example\.org\s+Ana Ruiz\s+Coalition SVN \(editor\)/);
  });

  it('invites with a one-time link under the base URL, and refuses an address that has an account', async () => {
    const inv = await run('user', 'invite', 'ben@example.org', '--workspace', 'Coalition SVN', '--role', 'viewer', '--days', '3');
    assert.equal(inv.code, 0, inv.stderr);
    assert.match(inv.stdout, /^invitation for ben@example\.org \(viewer in Coalition SVN\), valid 3 day\(s\); send them this link \(shown once\):\nhttps:\/\/upr\.example\.org\/invite\/[A-Za-z0-9_-]{43}\n$/);
    const again = await run('user', 'invite', 'ana@example.org');
    assert.equal(again.code, EXIT_CODES.conflict);
    assert.match(again.stderr, /ana@example\.org already has an account/);
  });

  it('changes roles, resets a password and disables an account', async () => {
    const role = await run('workspace', 'add', 'Coalition SVN', '--member', 'ana@example.org=coordinator');
    assert.equal(role.stdout, 'ana@example.org: coordinator in Coalition SVN\n');
    const reset = await run('user', 'reset', 'ana@example.org');
    assert.match(reset.stdout, /^new password set for ana@example\.org; their sessions were ended\npassword \(shown once\): \S{20}\n$/);
    const off = await run('user', 'reset', 'ana@example.org', '--disable');
    assert.equal(off.stdout, 'ana@example.org disabled (signed out everywhere)\n');
  });

  it('refuses bad input with a message naming the flag', async () => {
    const cases: [string[], number, RegExp][] = [
      [['user', 'add', 'not-an-address', '--name', 'X'], EXIT_CODES.invalid_input, /EMAIL: not an e-mail address/],
      [['user', 'add', 'c@example.org'], EXIT_CODES.invalid_input, /--name: the --name is missing/],
      [['user', 'add', 'c@example.org', '--name', 'C', '--workspace', 'Nope'], EXIT_CODES.not_found, /no workspace named "Nope"/],
      [['user', 'add', 'c@example.org', '--name', 'C', '--workspace', 'Coalition SVN', '--role', 'owner'], EXIT_CODES.invalid_input, /--role: the role must be one of/],
      [['user', 'add', 'c@example.org', '--name', 'C', '--role', 'editor'], EXIT_CODES.usage, /--role needs --workspace/],
      [['user', 'invite', 'd@example.org', '--days', '99'], EXIT_CODES.usage, /--days must be a whole number 1-60/],
      [['user', 'reset', 'ghost@example.org'], EXIT_CODES.not_found, /no user with the e-mail address ghost@example\.org/],
      [['user', 'frobnicate'], EXIT_CODES.usage, /give one of add, invite, reset, list/],
      [['workspace', 'add', 'Coalition SVN', '--member', 'ana@example.org'], EXIT_CODES.usage, /--member must be EMAIL=ROLE/],
      [['workspace', 'add', 'Coalition SVN', '--member', 'ghost@example.org=viewer'], EXIT_CODES.not_found, /no user with the e-mail address ghost@example\.org/],
    ];
    for (const [args, code, message] of cases) {
      const r = await run(...args);
      assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
    }
  });
});
