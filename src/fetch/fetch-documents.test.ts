// The fetch service against a local stand-in for the UN document server serving the real Slovenia files.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchDocuments } from './fetch-documents.js';
import { readCacheIndex } from './cache.js';
import type { FetchOptions } from './types.js';
import { startOdsServer, type OdsServer } from '../../test/support/ods-server.js';
import { sharedPath } from '../../test/support/shared-data.js';
import { SLOVENIA_CYCLE3_FILES } from '../../test/support/shared-data.js';

const FILES = SLOVENIA_CYCLE3_FILES;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('fetching documents from a document server', () => {
  let server: OdsServer;
  let dir: string;
  const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({
    source: server.url, cacheDir: join(dir, 'cache'), lang: 'en', ratePerSecond: 1000, timeoutMs: 5000, backoffMs: 10,
    today: '2026-12-02', ...extra,
  });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'upr-fetch-'));
    server = await startOdsServer(FILES, {
      'A/HRC/WG.6/34/SVN/2': 'flaky', 'A/HRC/WG.6/34/SVN/3': 'interrupt', 'A/HRC/43/15': 'slow',
      'A/HRC/1/1': 'html', 'A/HRC/1/2': 'disguised',
    }, 1500);
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows the redirect, retries 500s, timeouts and a cut body, and keeps each file with its SHA-256', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3')) return;
    const retries: string[] = [];
    const got = await fetchDocuments(Object.keys(FILES).map((symbol) => ({ symbol })), options({
      timeoutMs: 1000, onProgress: (e) => void (e.kind === 'retry' && retries.push(`${e.symbol}: ${e.reason}`)),
    }));
    assert.deepEqual(got.map((o) => [o.symbol, o.status, o.sha256]), Object.entries(FILES).map(([s, f]) => [s, 'downloaded', sha(f)]));
    assert.deepEqual(retries, [
      'A/HRC/WG.6/34/SVN/2: HTTP 500', 'A/HRC/WG.6/34/SVN/2: HTTP 500',
      'A/HRC/WG.6/34/SVN/3: connection broken (UND_ERR_SOCKET)', 'A/HRC/43/15: no answer within 1 s',
    ]);
    // the cut body was resumed with a Range request, not downloaded again from the start
    assert.ok(server.requests.filter((r) => r.includes('/files/A-HRC-WG-6-34-SVN-3.pdf')).length === 2);
    const files = readdirSync(join(dir, 'cache')).sort();
    assert.deepEqual(files, ['A_HRC_43_15.en.pdf', 'A_HRC_43_15_Add.1.en.pdf', 'A_HRC_WG.6_34_SVN_1.en.pdf', 'A_HRC_WG.6_34_SVN_2.en.pdf', 'A_HRC_WG.6_34_SVN_3.en.pdf', 'index.json']);
    const entry = readCacheIndex(join(dir, 'cache')).entries['A/HRC/43/15/Add.1|en']!;
    assert.equal(entry.sha256, sha(FILES['A/HRC/43/15/Add.1']!));
    assert.equal(entry.contentType, 'application/pdf');
    assert.match(entry.url, /\/api\/symbol\/access\?s=A%2FHRC%2F43%2F15%2FAdd.1&l=en&t=pdf$/);
  });

  it('uses the cache the second time without asking the server, and downloads again a file that was damaged', async (t) => {
    if (!sharedPath(t, 'slovenia', 'cycle3')) return;
    const before = server.requests.length;
    const again = await fetchDocuments(Object.keys(FILES).map((symbol) => ({ symbol })), options());
    assert.deepEqual(again.map((o) => o.status), ['cached', 'cached', 'cached', 'cached', 'cached']);
    assert.equal(server.requests.length, before);
    writeFileSync(join(dir, 'cache', 'A_HRC_43_15.en.pdf'), '%PDF-1.4 damaged');
    const [fixed] = await fetchDocuments([{ symbol: 'A/HRC/43/15' }], options());
    assert.equal(fixed!.status, 'cached'); // same content as recorded: nothing changed for the store
    assert.equal(sha(join(dir, 'cache', 'A_HRC_43_15.en.pdf')), sha(FILES['A/HRC/43/15']!));
  });

  it('says "not published yet" for a 404 before the session ends and "not found" after, and skips a missing corrigendum', async () => {
    const got = await fetchDocuments([
      { symbol: 'A/HRC/WG.6/55/SVN/1', sessionEnd: '2027-02-05' },
      { symbol: 'A/HRC/WG.6/48/SVN/1', sessionEnd: '2025-01-31' },
      { symbol: 'A/HRC/WG.6/34/SVN/1/Corr.1', need: 'optional' },
    ], options());
    assert.deepEqual(got.map((o) => o.status), ['failed', 'failed', 'absent']);
    assert.match(got[0]!.reason!, /^not published yet \(its session ends 2027-02-05\)/);
    assert.match(got[1]!.reason!, /^not found at http:\/\/127\.0\.0\.1:\d+\/api\/symbol\/access\?s=A%2FHRC%2FWG\.6%2F48%2FSVN%2F1&l=en&t=pdf \(HTTP 404\)/);
  });

  it('refuses an HTML page, whether labelled HTML or PDF, and leaves no file behind', async () => {
    const got = await fetchDocuments([{ symbol: 'A/HRC/1/1' }, { symbol: 'A/HRC/1/2' }], options());
    assert.deepEqual(got.map((o) => o.status), ['failed', 'failed']);
    assert.match(got[0]!.reason!, /answered with text\/html; charset=utf-8 instead of a PDF \("Document not found Document not found"\)/);
    assert.match(got[1]!.reason!, /answered with application\/pdf instead of a PDF \("Sorry, the document is not available"\)/);
    assert.ok(!readdirSync(join(dir, 'cache')).some((f) => f.startsWith('A_HRC_1_')));
  });

  it('gives up after the retries when every answer is too slow', async () => {
    const slow = await startOdsServer({ 'A/HRC/2/2': FILES['A/HRC/43/15']! }, { 'A/HRC/2/2': 'slow' }, 400);
    try {
      // the server is slow only the first time: with no retries allowed, the one timeout is final
      const [o] = await fetchDocuments([{ symbol: 'A/HRC/2/2' }], { ...options({ source: slow.url, timeoutMs: 100, retries: 0 }) });
      assert.equal(o!.status, 'failed');
      assert.match(o!.reason!, /^gave up after 1 attempts \(no answer within 0\.1 s\)/);
    } finally {
      await slow.close();
    }
  });

  it('stops with one clear line when the server cannot be reached', async () => {
    const closed = await startOdsServer({});
    const url = closed.url;
    await closed.close();
    await assert.rejects(fetchDocuments([{ symbol: 'A/HRC/3/3' }], options({ source: url })),
      /cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\): offline\? Check the network, or point --source \(UPR_DOCS_URL\) at a mirror/);
  });
});
