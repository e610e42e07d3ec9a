// Extraction from the 220 Working Group reports (issue 4b): time to parse recommendations, recommending
// States and the dialogue once the text is read, and what was found. Reading the PDFs is ingest's cost.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPdf } from '../src/ingest/pdf.js';
import { parseDialogue, parseReportHeader, parseWorkingGroupReport } from '../src/extract/index.js';
import { timeMs } from './stats.js';

const DIR = resolve('../shared/data/wg-reports');

export default async function bench(): Promise<void> {
  if (!existsSync(DIR)) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  const files = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort();
  const docs: string[][] = [];
  for (const f of files) docs.push((await readPdf(join(DIR, f))).pages);
  let recs = 0;
  let statements = 0;
  let withoutState = 0;
  const byResponse: Record<string, number> = {};
  const [, ms] = timeMs(() => {
    for (const pages of docs) {
      const sur = parseReportHeader(pages).value.stateIso3;
      const r = parseWorkingGroupReport(pages).value;
      recs += r.length;
      withoutState += r.filter((x) => x.recommendingStates.length === 0).length;
      for (const x of r) byResponse[x.response] = (byResponse[x.response] ?? 0) + 1;
      statements += parseDialogue(pages, sur).value.length;
    }
  });
  console.log(`reports: ${docs.length}; parse time: ${ms.toFixed(0)} ms (${(ms / docs.length).toFixed(1)} ms per report)`);
  console.log(`recommendations: ${recs} (${withoutState} without a recommending State); first positions: ${JSON.stringify(byResponse)}`);
  console.log(`dialogue statements: ${statements}`);
}
