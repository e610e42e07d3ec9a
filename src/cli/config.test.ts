import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SETTINGS, readConfig, takeGlobalFlags } from './config.js';

describe('configuration table', () => {
  it('documents every setting (flag and environment variable) in README.md', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const s of SETTINGS) {
      assert.ok(readme.includes(`\`${s.flag}`), `README lacks ${s.flag}`);
      assert.ok(readme.includes(`\`${s.env}\``), `README lacks ${s.env}`);
    }
  });

  it('takes flags before environment before defaults, and normalises the base URL', () => {
    const { flags, rest } = takeGlobalFlags(['search', '--base-url=https://upr.example.org/', 'child', '--port', '3000']);
    assert.deepEqual(rest, ['search', 'child']);
    const c = readConfig(flags, { UPR_PORT: '9000', UPR_BUSY_TIMEOUT: '100' });
    assert.deepEqual([c.port, c.baseUrl, c.busyTimeout, c.db], [3000, 'https://upr.example.org', 100, './upr.db']);
  });

  it('refuses bad values naming the flag or the variable', () => {
    for (const [flags, env, pattern] of [
      [{ port: '80a' }, {}, /--port/], [{}, { UPR_PORT: '-1' }, /UPR_PORT/], [{}, { UPR_PORT: '1e3' }, /UPR_PORT/],
      [{ baseUrl: 'upr.example.org' }, {}, /--base-url/], [{}, { UPR_BASE_URL: 'ftp://x' }, /UPR_BASE_URL/], [{}, { UPR_BUSY_TIMEOUT: 'soon' }, /UPR_BUSY_TIMEOUT/],
    ] as const) {
      assert.throws(() => readConfig(flags, env), (err: Error & { details?: { field?: string; usage?: boolean } }) => pattern.test(err.details?.field ?? '') && err.details?.usage === true);
    }
  });
});
