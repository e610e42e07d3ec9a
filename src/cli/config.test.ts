import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readConfig } from './config.js';

describe('the config table', () => {
  it('reads the document server, cache folder, rate and timeout from flags over the environment over defaults', () => {
    const d = readConfig({}, {});
    assert.deepEqual([d.source, d.cache, d.rate, d.timeout], ['https://documents.un.org', join('.', 'upr-cache'), 1, 60]);
    const e = readConfig({ rate: '5' }, { UPR_DOCS_URL: 'http://127.0.0.1:8123', UPR_RATE: '2', UPR_TIMEOUT: '0.5', UPR_DB: '/srv/upr/upr.db' });
    assert.deepEqual([e.source, e.cache, e.rate, e.timeout], ['http://127.0.0.1:8123', '/srv/upr/upr-cache', 5, 0.5]);
    assert.equal(readConfig({ cache: '/tmp/docs' }, {}).cache, '/tmp/docs');
  });

  it('refuses a bad value naming the flag', () => {
    assert.throws(() => readConfig({ timeout: 'soon' }, {}), { message: 'must be a number above 0, got "soon"', details: { field: '--timeout', value: 'soon', usage: true } });
    assert.throws(() => readConfig({}, { UPR_DOCS_URL: 'ftp://x' }), (err: Error & { details?: { field?: string } }) =>
      err.message === 'must be an http(s) URL, got "ftp://x"' && /UPR_DOCS_URL|--source/.test(err.details?.field ?? ''));
  });
});
