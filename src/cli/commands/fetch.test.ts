// `upr fetch` by symbol and its errors, against a local stand-in for the UN document server.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';
import { startOdsServer, type OdsServer } from '../../../test/support/ods-server.js';
import { sharedPath, SHARED_DATA } from '../../../test/support/shared-data.js';

describe('upr fetch SYMBOL...', () => {
  let server: OdsServer;
  const tmp = tempDir();
  const cache = join(tmp.dir, 'docs');
  before(async () => {
    server = await startOdsServer({ 'A/HRC/43/15/Add.1': join(SHARED_DATA, 'slovenia', 'cycle3', 'g2004192.pdf') }, { 'A/HRC/43/99': 'html' });
  });
  after(async () => {
    await server?.close();
    tmp.cleanup();
  });
  // settings first so that those a test gives win; the local server is the default source, so no test reaches the network
  const cli = (...args: string[]) => upr(['--db', tmp.db, '--rate', '100', ...args], { UPR_CACHE: cache, UPR_DOCS_URL: server.url });

  it('downloads a symbol given as written by hand into the cache folder, and lists each outcome', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3')) return;
    const r = await cli('fetch', 'a/hrc/43/15/add.1', '--source', server.url);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /A\/HRC\/43\/15\/Add\.1\s+en\s+downloaded\s+276 kB/);
    assert.ok(existsSync(join(cache, 'A_HRC_43_15_Add.1.en.pdf')));
    assert.match(r.stderr, /fetch \[1\/1\] A\/HRC\/43\/15\/Add\.1 \(en\): downloaded/);
  });

  it('fails with the reason of each document the server does not give (404, HTML page, other language)', async () => {
    const r = await cli('fetch', 'A/HRC/43/98', 'A/HRC/43/99', '--source', server.url);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /A\/HRC\/43\/98\s+en\s+failed.*not found at http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access\?s=A%2FHRC%2F43%2F98&l=en&t=pdf \(HTTP 404\)/);
    assert.match(r.stdout, /A\/HRC\/43\/99\s+en\s+failed.*answered with text\/html; charset=utf-8 instead of a PDF/);
    const fr = await cli('fetch', 'A/HRC/43/15/Add.1', '--lang', 'fr', '--source', server.url);
    assert.equal(fr.code, 1);
    assert.match(fr.stdout, /A\/HRC\/43\/15\/Add\.1\s+fr\s+failed/);
  });

  it('says in one line when the server cannot be reached', async () => {
    const closed = await startOdsServer({});
    await closed.close();
    const r = await cli('fetch', 'A/HRC/43/15', '--source', closed.url);
    assert.equal(r.code, 3); // not found
    assert.equal(r.stderr, `upr: cannot reach ${closed.url.slice(7)} (ECONNREFUSED): offline? Check the network, or point --source (UPR_DOCS_URL) at a mirror\n`);
  });

  const usage: [args: string[], message: RegExp][] = [
    [['fetch'], /give document symbols or --state/],
    [['fetch', 'A/HRC/43/15', '--cycle', '3'], /--cycle and --symbol go with --state/],
    [['fetch', '--state', 'Atlantis'], /unknown State "Atlantis"/],
    [['fetch', '--state', 'Slovenia', '--cycle', '9'], /--cycle must be 1 to 5, got "9"/],
    [['fetch', '--state', 'Slovenia', '--symbol', 'A/HRC/WG.6/34/SVN/1'], /--symbol takes a Working Group report symbol such as A\/HRC\/43\/15/],
    [['fetch', 'A/HRC/43/15', '--lang', 'de'], /--lang must be one of en, fr, es, got "de"/],
    [['fetch', 'A/HRC/43/15', '--rate', '0'], /field --rate: must be a number above 0, got "0"/],
    [['fetch', 'A/HRC/43/15', '--source', 'documents.un.org'], /field --source: must be an http\(s\) URL/],
    [['fetch', '../../etc/passwd'], /is not a UN document symbol/],
  ];
  for (const [args, message] of usage) {
    it(`refuses ${args.slice(1).join(' ') || 'no arguments'}`, async () => {
      const r = await cli(...args);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, message);
    });
  }
});
