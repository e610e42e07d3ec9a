// Exports under load (issue 11): `upr serve` in its own process over the 21,355 cycle-1 records; 5 exports
// of every format (15 at once, each read to the end as fast as the client can) while 3 clients search
// (varied JSON searches, one after another). Prints the searches' p50/p95/max before and during the export
// burst (target p95 < 200 ms), each format's export time and size, and the server's resident memory before,
// at its peak (sampled every 100 ms) and after. UPR_BENCH_MAIN=<other checkout>/test/support/upr-main.ts
// measures another version of the server.
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { latencySummary } from './stats.js';
import { DATA_DIR, cycleOneStore, rssMb, startServer, stopServer } from './server.js';

const FORMATS = ['csv', 'jsonl', 'xlsx'];
const SEARCHES = ['q=child*', 'q=%22corporal+punishment%22', 'q=education&response=noted', 'q=torture', 'state=SVN', 'by=FRA&q=women',
  'q=trafficking&sort=-session', 'issue=Rights+of+the+Child', 'q=juvenile+justice', 'q=marriage+OR+%22early+marriage%22'];

/** Searches by `clients` clients, one after another, until `until()` says stop: latencies in ms. */
async function searchWhile(url: string, clients: number, until: () => boolean): Promise<{ ms: number[]; errors: number }> {
  const ms: number[] = [];
  let errors = 0;
  let i = 0;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (!until()) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/recommendations?${SEARCHES[i++ % SEARCHES.length]}&size=20`);
      await res.arrayBuffer();
      if (res.status === 200) ms.push(performance.now() - t0);
      else errors++;
    }
  }));
  return { ms, errors };
}

export default async function exportsBench(): Promise<void> {
  if (!existsSync(DATA_DIR)) {
    console.log(`SKIPPED: real data not found at ${DATA_DIR}`);
    return;
  }
  const { dir, db } = cycleOneStore();
  const { child, url } = await startServer(db);
  try {
    await (await fetch(`${url}/api/recommendations?size=1`)).arrayBuffer(); // builds the search index
    const rssBefore = rssMb(child.pid!);
    const quietEnd = Date.now() + 5000;
    const quiet = await searchWhile(url, 3, () => Date.now() > quietEnd);
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 100);
    let running = FORMATS.length * 5;
    const t0 = performance.now();
    const exports = FORMATS.flatMap((format) => Array.from({ length: 5 }, async () => {
      const res = await fetch(`${url}/export.${format}`);
      let bytes = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
      running--;
      return { format, status: res.status, bytes, ms: performance.now() - t0 };
    }));
    const during = await searchWhile(url, 3, () => running === 0);
    const done = await Promise.all(exports);
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 1000));
    const rssAfter = rssMb(child.pid!);
    console.log(`21,355 records, server in its own process; machine load average ${loadavg()[0]!.toFixed(1)}`);
    console.log(`searches, no export running: ${latencySummary(quiet.ms)}, errors ${quiet.errors}`);
    console.log(`searches during 15 exports:  ${latencySummary(during.ms)}, errors ${during.errors} (target p95 < 200 ms)`);
    for (const format of FORMATS) {
      const mine = done.filter((d) => d.format === format);
      const statuses = [...new Set(mine.map((d) => d.status))].join(',');
      console.log(`export.${format} ×5: HTTP ${statuses}, ${(mine[0]!.bytes / 1e6).toFixed(1)} MB each, finished after ${mine.map((d) => (d.ms / 1000).toFixed(1)).join(', ')} s`);
    }
    console.log(`server RSS: ${rssBefore.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak, ${rssAfter.toFixed(0)} MB 1 s after`);
  } finally {
    await stopServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}
