// Children's-rights reference reports (issue 5): Slovenia's three reviews in all five formats, PDF included.
// Target: under 10 s for the 3 reports × 5 formats, Chromium start-up included (ingest is not timed).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../src/store/index.js';
import { buildReviewReport, createPdfPrinter, REPORT_RENDERERS } from '../src/report/index.js';
import { sloveniaStore } from '../test/fixtures/report/slovenia-store.js';

const DIR = resolve('../shared/data/slovenia');

export default async function bench(): Promise<void> {
  if (!existsSync(DIR) || !existsSync('/usr/bin/chromium')) {
    console.log(`SKIPPED: ${DIR} or /usr/bin/chromium not found`);
    return;
  }
  const store = await sloveniaStore(DIR);
  const db = openStore(store.db);
  try {
    const start = performance.now();
    const printer = await createPdfPrinter();
    const launchMs = performance.now() - start;
    const perFormat = new Map<string, number>();
    let buildMs = 0;
    let bytes = 0;
    for (const cycle of [1, 2, 3]) {
      const t0 = performance.now();
      const report = buildReviewReport(db, 'SVN', cycle);
      buildMs += performance.now() - t0;
      for (const r of Object.values(REPORT_RENDERERS)) {
        const t1 = performance.now();
        bytes += (await r.render(report, { printer })).length;
        perFormat.set(r.format, (perFormat.get(r.format) ?? 0) + performance.now() - t1);
      }
    }
    await printer.close();
    const total = (performance.now() - start) / 1000;
    console.log(`3 Slovenia reports × 5 formats: ${total.toFixed(2)} s (target < 10 s) — ${(bytes / 1e6).toFixed(1)} MB written`);
    console.log(`  Chromium start ${launchMs.toFixed(0)} ms, building the reports ${buildMs.toFixed(0)} ms`);
    for (const [f, ms] of perFormat) console.log(`  ${f.padEnd(5)} ${ms.toFixed(0)} ms for 3 reports`);
  } finally {
    db.close();
    store.cleanup();
  }
}
