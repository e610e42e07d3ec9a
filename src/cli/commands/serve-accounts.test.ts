// `upr serve` with accounts, in a real process: the secret from UPR_SECRET_FILE (a session survives a restart
// with the same secret), a bad secret refused in one line naming the variable.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { upr, tempDir } from '../../../test/support/cli.js';
import { runUpr, spawnUpr } from '../../../test/support/upr-process.js';
import { EXIT_CODES } from '../exit-codes.js';

/** Starts `upr serve --port 0`; resolves with the process and its address once it listens. */
function serve(db: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawnUpr(['serve', '--port', '0', '--db', db], env);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ child, url: m[1]!, stderr: () => err });
    });
    child.on('close', (code) => reject(new Error(`upr serve stopped (${code}): ${err}`)));
  });
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => {
  child.removeAllListeners('close');
  child.on('close', () => resolve());
  child.kill('SIGTERM');
});

describe('upr serve with accounts', () => {
  const tmp = tempDir();
  const secretFile = join(tmp.dir, 'secret');
  let password = '';
  before(async () => {
    writeFileSync(secretFile, 'a-secret-from-a-file-of-more-than-32-characters\n');
    const add = await upr(['user', 'add', 'op@example.org', '--name', 'Operator', '--db', tmp.db]);
    assert.equal(add.code, 0, add.stderr);
    password = /: (\S+)\n$/.exec(add.stdout)![1]!;
  });
  after(() => tmp.cleanup());

  it('signs sessions with the secret of UPR_SECRET_FILE: a session survives a restart', async () => {
    let server = await serve(tmp.db, { UPR_SECRET_FILE: secretFile });
    let cookie = '';
    try {
      assert.doesNotMatch(server.stderr(), /random secret/);
      const res = await fetch(`${server.url}/login`, { method: 'POST', body: new URLSearchParams({ email: 'op@example.org', password }), redirect: 'manual' });
      assert.equal(res.status, 303);
      cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    } finally {
      await stop(server.child);
    }
    server = await serve(tmp.db, { UPR_SECRET_FILE: secretFile });
    try {
      const page = await fetch(`${server.url}/account`, { headers: { cookie }, redirect: 'manual' });
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Signed in as Operator/);
    } finally {
      await stop(server.child);
    }
  });

  it('refuses a short secret or an unreadable secret file in one line', async () => {
    const short = await runUpr(['serve', '--port', '0', '--db', tmp.db], { UPR_SECRET: 'too short' });
    assert.equal(short.code, EXIT_CODES.usage);
    assert.match(short.stderr.trim(), /^upr: field UPR_SECRET: the secret must have at least 32 characters/);
    const missing = await runUpr(['serve', '--port', '0', '--db', tmp.db], { UPR_SECRET_FILE: join(tmp.dir, 'nope') });
    assert.equal(missing.code, EXIT_CODES.not_found);
    assert.match(missing.stderr, /nope: field UPR_SECRET_FILE: cannot read the secret file/);
  });
});
