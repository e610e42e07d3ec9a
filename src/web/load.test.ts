// The server under an export burst and under the worst searches the parser accepts (issue 11). Structural,
// not timed: what is checked is the order in which answers arrive, and that every export reads back whole.
// The latency figures (p95 of searches during an export burst, server memory) are in bench/exports.bench.ts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, get } from 'node:http';
import type { ChildProcess } from 'node:child_process';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { openStore, importUprInfoRows, setSearchBudget, type Db } from '../store/index.js';
import { parseUprInfoCsv } from '../ingest/index.js';
import { EXPORT_FORMATS, FLAT_COLUMNS } from '../export/index.js';
import { startServer, type RunningServer } from './index.js';
import { MAX_EXPORTS } from './routes/exports.js';
import { tempDir } from '../../test/support/cli.js';
import { spawnUpr } from '../../test/support/upr-process.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';
const STATES = [['Chad', 'Africa'], ['Slovenia', 'EEG'], ['Peru', 'GRULAC'], ['Nepal', 'Asia'], ['France', 'WEOG']] as const;
const TEXTS = ['Protect children from child labour', 'Ensure birth registration for every child', 'Prohibit corporal punishment in all settings',
  'Raise the minimum age of marriage to 18', 'Combat trafficking in persons, especially women and girls', 'Abolish the death penalty'];
const N = 6000;

function generatedStore(path = ':memory:'): Db {
  const rows = Array.from({ length: N }, (_, i) => {
    const [to, group] = STATES[i % STATES.length]!;
    const [from, fromGroup] = STATES[(i + 1 + (i % 3)) % STATES.length]!;
    return `${to},${group},,"${TEXTS[i % TEXTS.length]}, measure ${i}.",${from},${fromGroup},,${i % 4 ? 'Accepted' : 'Noted'},${1 + (i % 5)},Rights of the Child,${1 + (i % 16)}`;
  });
  const db = openStore(path);
  importUprInfoRows(db, { kind: 'upr-info-csv', path: 'gen.csv', fileName: 'gen.csv', sha256: 'gen', sizeBytes: 1 }, parseUprInfoCsv(`${HEADER}\n${rows.join('\n')}\n`, 'gen.csv').value);
  return db;
}

/** Records of an export body: CSV and JSON Lines parsed, XLSX read back with exceljs. */
async function recordsOf(format: string, body: ArrayBuffer): Promise<number> {
  if (format === 'jsonl') return new TextDecoder().decode(body).trim().split('\n').map((l) => JSON.parse(l) as unknown).length;
  if (format === 'csv') {
    const rows = parse(new TextDecoder().decode(body).replace(/^\ufeff/, ''), { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]!), [...FLAT_COLUMNS]);
    return rows.length;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body);
  const ws = wb.getWorksheet('Recommendations')!;
  assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [...FLAT_COLUMNS]);
  return ws.actualRowCount - 1;
}

/** GET over `agent` (a kept-alive connection, as a browser keeps one): status and body. */
function getVia(agent: Agent, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode!, body }));
    }).on('error', reject);
  });
}

describe('the server under load', () => {
  let db: Db;
  let server: RunningServer;
  before(async () => {
    db = generatedStore();
    server = await startServer(db, { port: 0, host: '127.0.0.1', baseUrl: 'http://upr.test' });
  });
  after(async () => {
    await server.close();
    db.close();
  });

  it(`answers searches while 5 exports of every format stream, and each export reads back all ${N} records`, async () => {
    let seq = 0;
    const bodies = new Map<string, Buffer[]>(EXPORT_FORMATS.map((f) => [f, []]));
    const exports = EXPORT_FORMATS.flatMap((format) => Array.from({ length: 5 }, async () => {
      const res = await fetch(`${server.url}/export.${format}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('x-total-count'), String(N));
      bodies.get(format)!.push(Buffer.from(await res.arrayBuffer()));
      return ++seq;
    }));
    // Searches start once the first export has sent its first bytes; three clients, four searches each.
    await new Promise((r) => setTimeout(r, 50));
    const searches = Array.from({ length: 3 }, async (_, client) => {
      const ends: number[] = [];
      for (const q of ['children', 'corporal punishment', 'marriage', 'trafficking']) {
        const res = await fetch(`${server.url}/api/recommendations?q=${encodeURIComponent(q)}&size=5&page=${client + 1}`);
        assert.equal(res.status, 200);
        assert.ok(((await res.json()) as { total: number }).total > 0, q);
        ends.push(++seq);
      }
      return ends;
    });
    const searchEnds = (await Promise.all(searches)).flat();
    const exportEnds = await Promise.all(exports);
    // The searches did not wait for the exports: most exports were still streaming when the last search was answered.
    const lastSearch = Math.max(...searchEnds);
    assert.ok(exportEnds.filter((e) => e > lastSearch).length >= 5, `searches ended at ${searchEnds}, exports at ${exportEnds}`);
    // Each export is whole: the five of a format are the same bytes, and one of them reads back every record.
    for (const [format, [first, ...rest]] of bodies) {
      for (const b of rest) assert.ok(b.equals(first!), `${format} exports differ`);
      assert.equal(await recordsOf(format, first!.buffer.slice(first!.byteOffset, first!.byteOffset + first!.byteLength) as ArrayBuffer), N, format);
    }
  });

  it('answers a search over its time budget with 503, code over_budget and Retry-After, then serves again', async () => {
    setSearchBudget(db, 0.001);
    try {
      const api = await fetch(`${server.url}/api/recommendations?q=measure`);
      assert.equal(api.status, 503);
      assert.equal(api.headers.get('retry-after'), '5');
      const { error } = (await api.json()) as { error: { code: string; message: string } };
      assert.equal(error.code, 'over_budget');
      assert.match(error.message, /longer than its time budget of 0\.001 ms/);
      const page = await fetch(`${server.url}/?q=measure`);
      assert.equal(page.status, 503);
      assert.match(await page.text(), /time budget/);
    } finally {
      setSearchBudget(db, 0);
    }
    assert.equal((await fetch(`${server.url}/api/recommendations?q=measure`)).status, 200);
  });

  it(`refuses a ${MAX_EXPORTS + 1}th export at once with 503 and Retry-After, and frees the slot when a client goes away`, async () => {
    const aborts = Array.from({ length: MAX_EXPORTS }, () => new AbortController());
    const open = await Promise.all(aborts.map((a) => fetch(`${server.url}/export.jsonl`, { signal: a.signal })));
    assert.ok(open.every((r) => r.status === 200));
    const refused = await fetch(`${server.url}/export.csv`);
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '5');
    await refused.arrayBuffer();
    for (const a of aborts) a.abort();
    await Promise.allSettled(open.map((r) => r.arrayBuffer()));
    let res = await fetch(`${server.url}/export.csv?q=registration`);
    for (let i = 0; res.status === 503 && i < 50; i++) {
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 100)); // the server sees the aborted connections close
      res = await fetch(`${server.url}/export.csv?q=registration`);
    }
    assert.equal(res.status, 200);
    assert.equal(await recordsOf('csv', await res.arrayBuffer()), N / TEXTS.length);
  });
});

describe('the worst queries against a server in its own process', () => {
  const tmp = tempDir();
  let child: ChildProcess;
  let url: string;
  before(async () => {
    generatedStore(tmp.db).close();
    child = spawnUpr(['serve', '--port', '0', '--db', tmp.db]);
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /at (http:\/\/[^/\s]+)\//.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`upr serve exited with ${code}`)));
    });
  });
  after(async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('close', r));
    tmp.cleanup();
  });

  it('answers a plain search before a burst of the worst queries the parser accepts', async (t) => {
    const worst = [
      'con* OR inc* OR int* OR pro* OR a OR the OR of OR and OR to OR in OR on OR for OR with OR by OR its OR all OR that OR as OR be OR is OR are OR children OR women OR rights OR human OR state OR law OR take',
      Array.from({ length: 30 }, () => 'the').join(' '),
      `"${Array.from({ length: 30 }, (_, i) => (i % 2 ? 'child' : 'measure')).join(' ')}"`,
      'NOT (chi* OR pro* OR mea* OR rig*)',
      '-measure -children -the',
      '(chi* AND pro*) OR (mea* AND rig*) OR "the death penalty" OR NOT labour',
    ];
    // The other client's connection is open before the burst.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    assert.equal((await getVia(agent, `${url}/api/recommendations?size=1`)).status, 200);
    let seq = 0;
    let firstAnswer!: () => void;
    const started = new Promise<void>((resolve) => (firstAnswer = resolve));
    // Search pages (results, facet counts, rendering) of the worst queries, six pages each, all at once.
    const burst = worst.flatMap((q) => [1, 2, 3, 4, 5, 6].map(async (page) => {
      const res = await fetch(`${url}/?q=${encodeURIComponent(q)}&page=${page}`);
      assert.equal(res.status, 200, q);
      await res.arrayBuffer();
      firstAnswer();
      return ++seq;
    }));
    // Another client's plain search, sent once the burst is being answered.
    await started;
    const sentAt = seq;
    const plain = (async () => {
      const res = await getVia(agent, `${url}/api/recommendations?q=registration&size=1`);
      assert.equal(res.status, 200);
      assert.equal((JSON.parse(res.body) as { total: number }).total, N / TEXTS.length);
      return ++seq;
    })();
    const [plainEnd, burstEnds] = [await plain, await Promise.all(burst)];
    // Costly searches take turns, so the plain one waits for the one running (and perhaps the next), not the rest.
    const waitedFor = plainEnd - sentAt - 1;
    t.diagnostic(`plain search sent after ${sentAt} answer(s), answered ${plainEnd}th of ${burstEnds.length + 1}`);
    agent.destroy();
    assert.ok(waitedFor <= 2, `the plain search waited for ${waitedFor} of the worst queries`);
  });
});
