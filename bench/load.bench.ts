// Load (issue 11): `upr serve` in its own process on 127.0.0.1 over the 21,355 cycle-1 records, 50 concurrent
// clients searching for 20 s (keep-alive fetch, varied queries and filters). Prints throughput, p50/p99
// latency, errors (target 0) and the server's resident memory before and after.
// UPR_LOAD_CLIENTS and UPR_LOAD_SECONDS change the load.
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { percentile } from './stats.js';
import { DATA_DIR, cycleOneStore, rssMb, startServer, stopServer } from './server.js';

const QUERIES = ['', 'child*', '"corporal punishment"', 'education', 'torture', 'women AND violence', 'trafficking', 'death penalty',
  '"birth registration"', 'juvenile', 'marriage OR "early marriage"', 'disabilit*', 'migrant*', 'police NOT training', 'roma'];
const FILTERS = ['', 'response=noted', 'session=7', 'issue=Rights+of+the+Child', 'by=FRA', 'state=SVN', 'group=WEOG', 'sort=-session', 'page=3'];

export default async function loadBench(): Promise<void> {
  if (!existsSync(DATA_DIR)) {
    console.log(`SKIPPED: real data not found at ${DATA_DIR}`);
    return;
  }
  const clients = Number(process.env.UPR_LOAD_CLIENTS ?? 50);
  const seconds = Number(process.env.UPR_LOAD_SECONDS ?? 20);
  const { dir: tmp, db: dbPath } = cycleOneStore();
  const { child, url } = await startServer(dbPath);
  try {
    await (await fetch(`${url}/`)).text(); // builds the search index
    const rssBefore = rssMb(child.pid!);
    const latencies: number[] = [];
    const errors = new Map<string, number>();
    const end = Date.now() + seconds * 1000;
    let i = 0;
    const client = async () => {
      while (Date.now() < end) {
        const n = i++;
        const q = QUERIES[n % QUERIES.length]!;
        const f = FILTERS[Math.floor(n / QUERIES.length) % FILTERS.length]!;
        const path = `/?${[q ? `q=${encodeURIComponent(q)}` : '', f].filter(Boolean).join('&')}`;
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}${path}`);
          await res.arrayBuffer();
          if (res.status !== 200) errors.set(`HTTP ${res.status}`, (errors.get(`HTTP ${res.status}`) ?? 0) + 1);
          else latencies.push(performance.now() - t0);
        } catch (err) {
          const key = (err as Error).message;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, client));
    const elapsed = (performance.now() - started) / 1000;
    const rssAfter = rssMb(child.pid!);
    const sorted = [...latencies].sort((a, b) => a - b);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(`${clients} clients × ${seconds} s on search pages (21,355 records, server in its own process, machine load average ${loadavg()[0]!.toFixed(1)} at the end)`);
    console.log(`requests: ${latencies.length + errorCount} in ${elapsed.toFixed(1)} s = ${(latencies.length / elapsed).toFixed(1)} req/s; p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`);
    console.log(`errors: ${errorCount}${errorCount ? ` ${JSON.stringify(Object.fromEntries(errors))}` : ''} (target 0)`);
    console.log(`server RSS: ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after`);
  } finally {
    await stopServer(child);
    rmSync(tmp, { recursive: true, force: true });
  }
}
