// Accounts in the store (in-memory SQLite): users, workspaces, memberships, invitations, and the audit
// entry written in the same transaction as its change.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  openStore, inTransaction, appendAudit, listAudit, countAudit, createUser, createWorkspace, setMembership, removeMembership, membershipRole,
  createInvitation, findInvitation, acceptInvitation, userWorkspaces, listMembers, createSession, findSession, updateUser,
} from './index.js';

const fresh = () => openStore(':memory:');

describe('accounts in the store', () => {
  it('refuses an audit entry outside a transaction', () => {
    const db = fresh();
    assert.throws(() => appendAudit(db, { userId: null, action: 'create', entity: 'x' }), /in the transaction of its change/);
    assert.equal(countAudit(db), 0);
  });

  it('keeps a change and its audit entry together: a failing transaction leaves neither', () => {
    const db = fresh();
    assert.throws(() => inTransaction(db, () => {
      createUser(db, null, { email: 'a@example.org', name: 'A', passwordHash: null });
      throw new Error('later step failed');
    }), /later step failed/);
    assert.equal(countAudit(db), 0);
    assert.equal(db.prepare('SELECT count(*) FROM users').pluck().get(), 0);
  });

  it('refuses a second user with the same e-mail address in any case (conflict)', () => {
    const db = fresh();
    createUser(db, null, { email: 'a@example.org', name: 'A', passwordHash: null });
    assert.throws(() => createUser(db, null, { email: 'A@EXAMPLE.org', name: 'B', passwordHash: null }), { code: 'conflict' });
    assert.equal(countAudit(db), 1);
  });

  it('makes a coalition workspace of several organisations and audits memberships with before and after', () => {
    const db = fresh();
    const admin = createUser(db, null, { email: 'admin@example.org', name: 'Admin', passwordHash: null });
    const u = createUser(db, null, { email: 'u@example.org', name: 'U', passwordHash: null });
    const ws = createWorkspace(db, admin.id, 'Child Rights Coalition Slovenia', ['Org B', 'Org A']);
    assert.deepEqual([ws.coalition, ws.organisations], [true, ['Org A', 'Org B']]);
    setMembership(db, admin.id, ws.id, u.id, 'viewer');
    setMembership(db, admin.id, ws.id, u.id, 'editor');
    setMembership(db, admin.id, ws.id, u.id, 'editor'); // no change, no entry
    assert.equal(membershipRole(db, ws.id, u.id), 'editor');
    assert.deepEqual(userWorkspaces(db, u.id).map((w) => [w.name, w.role]), [['Child Rights Coalition Slovenia', 'editor']]);
    removeMembership(db, admin.id, ws.id, u.id);
    assert.deepEqual(listMembers(db, ws.id), []);
    const entries = listAudit(db, { entity: 'membership' }).reverse().map((e) => [e.userEmail, e.workspaceId, e.action, e.before, e.after]);
    const key = { workspaceId: ws.id, userId: u.id };
    assert.deepEqual(entries, [
      ['admin@example.org', ws.id, 'create', null, { ...key, role: 'viewer' }],
      ['admin@example.org', ws.id, 'update', { ...key, role: 'viewer' }, { ...key, role: 'editor' }],
      ['admin@example.org', ws.id, 'delete', { ...key, role: 'editor' }, null],
    ]);
  });

  it('accepts an invitation once: the user, the role, the invitation marked used, all audited', () => {
    const db = fresh();
    const ws = createWorkspace(db, null, 'WS', ['Org']);
    createInvitation(db, null, { tokenHash: 'h1', email: 'new@example.org', workspaceId: ws.id, role: 'coordinator', ttlMs: 60000 });
    assert.equal(findInvitation(db, 'h1')?.workspaceName, 'WS');
    const user = acceptInvitation(db, 'h1', { name: 'New', passwordHash: 'scrypt$x' });
    assert.equal(membershipRole(db, ws.id, user.id), 'coordinator');
    assert.throws(() => acceptInvitation(db, 'h1', { name: 'Again', passwordHash: 'scrypt$x' }), { code: 'not_found' });
    assert.deepEqual(listAudit(db).reverse().map((e) => `${e.action} ${e.entity}`), [
      'create organisation', 'create workspace', 'create invitation', 'create user', 'create membership', 'accept invitation',
    ]);
  });

  it('refuses an expired invitation', () => {
    const db = fresh();
    createInvitation(db, null, { tokenHash: 'h2', email: 'late@example.org', workspaceId: null, role: null, ttlMs: -1000 });
    assert.equal(findInvitation(db, 'h2'), undefined);
    assert.throws(() => acceptInvitation(db, 'h2', { name: 'Late', passwordHash: 'x' }), /expired/);
  });

  it('finds a live session only: expired sessions and disabled users have none', () => {
    const db = fresh();
    const u = createUser(db, null, { email: 's@example.org', name: 'S', passwordHash: null });
    createSession(db, 'live', u.id, 'c1', 60000);
    createSession(db, 'old', u.id, 'c2', -1);
    assert.equal(findSession(db, 'live')?.user.email, 's@example.org');
    assert.equal(findSession(db, 'old'), undefined);
    updateUser(db, null, u.id, { disabled: true });
    assert.equal(findSession(db, 'live'), undefined);
  });
});
