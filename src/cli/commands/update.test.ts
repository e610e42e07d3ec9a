// Acceptance of `upr fetch --state` and `upr update` against a local stand-in for the UN document server
// serving the real Slovenia cycle-3 files: fetch downloads the five documents, update stores them, a
// second update changes nothing.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { upr, tempDir } from '../../../test/support/cli.js';
import { startOdsServer, type OdsServer } from '../../../test/support/ods-server.js';
import { sharedPath, SLOVENIA_CYCLE3_FILES } from '../../../test/support/shared-data.js';

const FILES = SLOVENIA_CYCLE3_FILES;

describe('upr fetch --state and upr update (local document server, real Slovenia files)', () => {
  let server: OdsServer;
  const tmp = tempDir();
  const cache = join(tmp.dir, 'cache');
  const cli = (...args: string[]) => upr(['--db', tmp.db, '--cache', cache, '--rate', '200', '--source', server.url, ...args]);
  before(async () => {
    server = await startOdsServer(FILES);
  });
  after(async () => {
    await server?.close();
    tmp.cleanup();
  });

  it('fetches the pre-session documents and says how to give the report symbol when the store knows none', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3')) return;
    const r = await cli('fetch', '--state', 'Slovenia', '--cycle', '3');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /not derived: the Working Group report of SVN's cycle-3 review \(session 34\) and its addendum: the store knows no symbol for them\. Pass it with --symbol A\/HRC\/43\/NN/);
    assert.match(r.stdout, /6 document\(s\): 3 downloaded, 0 updated, 0 already in the cache, 3 optional not published \(corrigenda\), 0 failed/);
  });

  it('derives the report symbol from a stored document of the review and fetches the five documents', async (t) => {
    const decision = sharedPath(t, 'slovenia', 'cycle3', 'g2007307.pdf');
    if (!decision) return;
    assert.equal((await upr(['ingest', decision, '--db', tmp.db])).code, 0);
    const r = await cli('fetch', '--state', 'Slovenia', '--cycle', '3');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Slovenia, cycle 3 \(session 34\): Working Group report A\/HRC\/43\/15 \(cited in A\/HRC\/DEC\/43\/112\)/);
    assert.match(r.stdout, /8 document\(s\): 2 downloaded, 0 updated, 3 already in the cache, 3 optional not published \(corrigenda\), 0 failed/);
    assert.deepEqual(readdirSync(cache).filter((f) => f.endsWith('.pdf')).length, 5);
  });

  it('stores them with upr update, and a second run changes nothing and asks the server only for corrigenda', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3')) return;
    const first = await cli('update', '--cycle', '3', '--json');
    assert.equal(first.code, 0, first.stderr);
    const [svn] = JSON.parse(first.stdout) as { iso3: string; documentsNew: number; recommendationsAdded: number; positionsChanged: number; classified: number; failures: string[] }[];
    assert.equal(svn!.iso3, 'SVN');
    assert.equal(svn!.documentsNew, 5);
    assert.deepEqual(svn!.failures, []);
    assert.ok(svn!.recommendationsAdded > 100, `recommendations added: ${svn!.recommendationsAdded}`);
    assert.ok(svn!.positionsChanged >= svn!.recommendationsAdded, `positions: ${svn!.positionsChanged}`);
    assert.equal(svn!.classified, svn!.recommendationsAdded);
    const requests = server.requests.length;
    const second = await cli('update', '--cycle', '3');
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /SVN\s+3\s+34\s+0\s+0\s+0\s+0\s+0\s+0/);
    assert.match(second.stdout, /1 review\(s\) checked: nothing changed\./);
    // only the corrigenda, which may appear later, are asked for again; the cached documents are not
    assert.deepEqual(server.requests.slice(requests).map((r) => decodeURIComponent(r).replace(/^GET \/api\/symbol\/access\?s=|&l=en&t=pdf$/g, '')),
      ['A/HRC/WG.6/34/SVN/1/Corr.1', 'A/HRC/WG.6/34/SVN/2/Corr.1', 'A/HRC/WG.6/34/SVN/3/Corr.1']);
    assert.ok(!existsSync(`${tmp.db}.lock`));
  });

  it('stops with a clear message while another update holds the lock, and takes over a stale one', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3')) return;
    writeFileSync(`${tmp.db}.lock`, `${process.pid}\n`);
    const busy = await cli('update', '--cycle', '3');
    assert.equal(busy.code, 5); // conflict
    assert.match(busy.stderr, new RegExp(`another update \\(process ${process.pid}\\) is running on this store; wait for it, or pass --wait`));
    writeFileSync(`${tmp.db}.lock`, '2147483646\n'); // no such process
    assert.equal((await cli('update', '--cycle', '3')).code, 0);
    assert.ok(!existsSync(`${tmp.db}.lock`));
  });
});
