import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
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

  it('reads the document server, cache folder, rate and timeout from flags over the environment over defaults', () => {
    const d = readConfig({}, {});
    assert.deepEqual([d.source, d.cache, d.rate, d.timeout], ['https://documents.un.org', join('.', 'upr-cache'), 1, 60]);
    const e = readConfig({ rate: '5' }, { UPR_DOCS_URL: 'http://127.0.0.1:8123', UPR_RATE: '2', UPR_TIMEOUT: '0.5', UPR_DB: '/srv/upr/upr.db' });
    assert.deepEqual([e.source, e.cache, e.rate, e.timeout], ['http://127.0.0.1:8123', '/srv/upr/upr-cache', 5, 0.5]);
    assert.equal(readConfig({ cache: '/tmp/docs' }, {}).cache, '/tmp/docs');
  });

  it('refuses a bad value naming the flag', () => {
    assert.throws(() => readConfig({ timeout: 'soon' }, {}), { message: 'must be a number above 0, got "soon"', details: { field: '--timeout', value: 'soon', usage: true } });
    assert.throws(() => readConfig({}, { UPR_DOCS_URL: 'ftp://x' }), { message: 'must be an http(s) URL, got "ftp://x"', details: { field: 'UPR_DOCS_URL', value: 'ftp://x', usage: true } });
  });
});
