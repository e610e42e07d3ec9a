// The pure parts of accounts: scrypt hashes, signed session values, CSRF tokens, roles, field checks, limits.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  hashPassword, verifyPassword, checkNewPassword, signedSessionValue, readSignedSession, csrfToken, secretProblem, roleAtLeast, parseRole,
  parseEmail, parseName, FailureLimiter, hashToken, randomToken,
} from './index.js';

const CHEAP = { N: 1024, r: 8, p: 1 };

describe('accounts (pure)', () => {
  it('hashes a password with its salt and parameters, and verifies only the same password', async () => {
    const h = await hashPassword('correct horse battery', CHEAP);
    assert.match(h, /^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    assert.notEqual(h, await hashPassword('correct horse battery', CHEAP), 'a new salt each time');
    assert.equal(await verifyPassword('correct horse battery', h), true);
    assert.equal(await verifyPassword('correct horse batterY', h), false);
    for (const bad of [null, '', 'plain', 'scrypt$1024$8$1$abc', 'scrypt$99999999$8$1$AAAA$AAAA']) assert.equal(await verifyPassword('x', bad), false);
  });

  it('asks new passwords for 10 to 200 characters', () => {
    assert.throws(() => checkNewPassword('short'), /at least 10/);
    assert.throws(() => checkNewPassword('x'.repeat(201)), /at most 200/);
    assert.equal(checkNewPassword('long enough!'), 'long enough!');
  });

  it('signs session cookies: the same secret reads them back, a changed id or another secret does not', () => {
    const secret = 's'.repeat(40);
    const v = signedSessionValue(secret, 'abc');
    assert.equal(readSignedSession(secret, v), 'abc');
    assert.equal(readSignedSession('t'.repeat(40), v), null);
    assert.equal(readSignedSession(secret, v.replace('abc', 'abd')), null);
    for (const bad of [undefined, '', 'nodot', '.sig', 'x'.repeat(300)]) assert.equal(readSignedSession(secret, bad), null);
    assert.notEqual(csrfToken(secret, 'c1'), csrfToken(secret, 'c2'));
  });

  it('hashes tokens the same way every time and makes distinct random tokens', () => {
    const t = randomToken();
    assert.match(t, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(hashToken(t), hashToken(t));
    assert.notEqual(randomToken(), t);
  });

  it('wants a secret of at least 32 characters', () => {
    assert.match(secretProblem('short') ?? '', /at least 32 characters/);
    assert.equal(secretProblem('x'.repeat(32)), null);
  });

  it('orders roles viewer < editor < coordinator < administrator', () => {
    const table: [Parameters<typeof roleAtLeast>[0], Parameters<typeof roleAtLeast>[1], boolean][] = [
      ['viewer', 'editor', false], ['editor', 'editor', true], ['coordinator', 'editor', true], ['administrator', 'coordinator', true],
      ['editor', 'administrator', false], [null, 'viewer', false],
    ];
    for (const [role, min, ok] of table) assert.equal(roleAtLeast(role, min), ok, `${role} ≥ ${min}`);
    assert.equal(parseRole('editor'), 'editor');
    assert.throws(() => parseRole('owner'), /viewer, editor, coordinator, administrator/);
  });

  it('reads e-mail addresses and names, refusing empty, malformed and oversized ones', () => {
    assert.equal(parseEmail('  Ana@Example.ORG '), 'ana@example.org');
    for (const bad of ['', 'ana', 'ana@example', '<a>@x.org', 42]) assert.throws(() => parseEmail(bad), { code: 'invalid_input' });
    assert.equal(parseName('  Ana  '), 'Ana');
    for (const bad of ['', '   ', 'x'.repeat(201), 'a\u0000b', undefined]) assert.throws(() => parseName(bad), { code: 'invalid_input' });
  });

  it('limits failures per key within the window, then lets the key try again', () => {
    const lim = new FailureLimiter({ max: 3, windowMs: 60000 });
    for (let i = 0; i < 3; i++) {
      assert.equal(lim.retryAfter('k', 1000 + i), 0);
      lim.fail('k', 1000 + i);
    }
    assert.equal(lim.retryAfter('k', 2000), 59, 'until the first failure leaves the window');
    assert.equal(lim.retryAfter('other', 2000), 0);
    assert.equal(lim.retryAfter('k', 61001), 0);
    lim.clear('k');
    assert.equal(lim.retryAfter('k', 2000), 0);
  });
});
