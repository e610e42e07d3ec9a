// Evidence uploads (docs/follow-up.md): reading the kind of a document from its bytes (a real UN PDF and
// DOCX, and the worst case, a 5 MB ZIP that is no DOCX, searched to its end), then a real 1.4 MB PDF
// uploaded through the recommendation page's multipart form (CSRF field, checks, write and audit entry in
// one transaction) and downloaded again, through Hono's app.request() on an in-memory store.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniffAttachment } from '../src/followup/index.js';
import { SHARED_DATA } from '../test/support/shared-data.js';
import { followUpFixture } from '../test/support/follow-up.js';
import { latencySummary, timed } from './stats.js';

export default async function bench(): Promise<void> {
  const pdfPath = join(SHARED_DATA, 'slovenia', 'cycle3', 'g2110341.pdf');
  const docxPath = join(SHARED_DATA, 'slovenia', 'cycle3', 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx');
  if (!existsSync(pdfPath) || !existsSync(docxPath)) {
    console.log(`SKIPPED: ${pdfPath} or ${docxPath} not found (../shared/data)`);
    return;
  }
  const pdf = new Uint8Array(readFileSync(pdfPath));
  const docx = new Uint8Array(readFileSync(docxPath));
  const notDocx = new Uint8Array(5 * 1024 * 1024);
  notDocx.set([0x50, 0x4b, 0x03, 0x04]);
  console.log(`sniffAttachment, PDF ${(pdf.length / 1024).toFixed(0)} KiB: ${latencySummary(await timed(200, () => sniffAttachment(pdf)))}`);
  console.log(`sniffAttachment, DOCX ${(docx.length / 1024).toFixed(0)} KiB: ${latencySummary(await timed(200, () => sniffAttachment(docx)))}`);
  console.log(`sniffAttachment, 5 MiB ZIP that is no DOCX (worst case): ${latencySummary(await timed(50, () => sniffAttachment(notDocx)))}`);

  const { rec, wsA, as } = await followUpFixture();
  let last = 0;
  const upload = await timed(30, async () => {
    const form = new FormData();
    form.set('source', 'Mid-term report');
    form.set('date', '2021-06-01');
    form.set('attachment', new File([pdf], 'g2110341.pdf'));
    const r = await as.editor.uploadForm(`/workspaces/${wsA}/recommendations/${rec}/evidence`, form);
    if (r.status !== 303) throw new Error(`upload answered ${r.status}`);
    last++;
  });
  console.log(`POST page evidence form with a ${(pdf.length / 1024 / 1024).toFixed(1)} MiB PDF (multipart, CSRF field, checks, write + audit): ${latencySummary(upload)}`);
  const page = await (await as.viewer.get(`/workspaces/${wsA}/recommendations/${rec}`)).text();
  const href = [...page.matchAll(/href="(\/workspaces\/\d+\/evidence\/\d+\/document)"/g)].at(-1)![1]!;
  console.log(`GET the uploaded document (${last} stored): ${latencySummary(await timed(50, async () => (await as.viewer.get(href)).arrayBuffer()))}`);
}
