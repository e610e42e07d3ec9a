// Uploading an evidence document from the recommendation page (multipart form, CSRF token as a field) and
// through the API: accepted kinds proven by content, size limits with 413 naming the field, the write and
// its audit entry together, and the download kept to the workspace's members.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { countAudit, listAudit, listEvidence, type Db } from '../../store/index.js';
import { followUpFixture, type Client } from '../../../test/support/follow-up.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { htmlValidationErrors } from '../../../test/support/html-validate.js';

const evidenceForm = (fields: Record<string, string>, file?: File) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('attachment', file);
  return form;
};
const errorOf = async (r: Response) => ((await r.json()) as { error: { code: string; message: string; details: { field?: string } } }).error;

describe('evidence documents uploaded from the page and the API', () => {
  let db: Db;
  let rec: number;
  let wsA: number;
  let wsB: number;
  let as: Record<'anonymous' | 'viewer' | 'editor' | 'coordinator' | 'outsider', Client>;
  before(async () => {
    ({ db, rec, wsA, wsB, as } = await followUpFixture());
  });
  const page = () => `/workspaces/${wsA}/recommendations/${rec}`;
  const count = () => listEvidence(db, wsA, [rec]).length;

  it('shows an upload field in a multipart evidence form that carries the CSRF token', async () => {
    const html = await (await as.editor.get(page())).text();
    const form = /<form method="post" action="[^"]*\/evidence" enctype="multipart\/form-data">([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
    assert.match(form, /name="_csrf" value="[^"]+"/);
    assert.match(form, /<input type="file" name="attachment" accept="\.pdf,\.docx,\.doc,\.odt,\.txt,[^"]*\.png[^"]*"/);
    assert.match(form, /Or upload a document/);
    assert.deepEqual(await htmlValidationErrors(html, 'recommendation page'), []);
  });

  it('stores a real PDF uploaded from the page with one audit entry, lists it and serves it only to members', async (t) => {
    const file = sharedPath(t, 'slovenia', 'cycle3', 'g2004192.pdf');
    if (!file) return;
    const pdf = readFileSync(file);
    const audits = countAudit(db, wsA);
    const r = await as.editor.uploadForm(`${page()}/evidence`, evidenceForm({ source: 'Responses of Slovenia (A/HRC/43/15/Add.1)', date: '2020-02-27' },
      new File([pdf], 'A-HRC-43-15-Add.1.pdf', { type: 'application/octet-stream' })));
    assert.equal(r.status, 303, await r.clone().text());
    assert.equal(r.headers.get('location'), page());
    assert.equal(countAudit(db, wsA), audits + 1);
    const [entry] = listAudit(db, { workspaceId: wsA, entity: 'evidence', limit: 1 });
    const stored = listEvidence(db, wsA, [rec]).at(-1)!;
    assert.deepEqual([entry!.entityId, (entry!.after as { attachmentName: string }).attachmentName], [String(stored.id), 'A-HRC-43-15-Add.1.pdf']);
    assert.equal(stored.attachmentType, 'application/pdf', 'the type proven by the content, not the one the browser sent');

    const href = `/workspaces/${wsA}/evidence/${stored.id}/document`;
    assert.ok((await (await as.viewer.get(page())).text()).includes(`<a href="${href}">A-HRC-43-15-Add.1.pdf</a>`));
    const got = await as.viewer.get(href);
    assert.equal(got.status, 200);
    assert.equal(got.headers.get('content-disposition'), 'attachment; filename="A-HRC-43-15-Add.1.pdf"');
    assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(got.headers.get('content-type'), 'application/octet-stream');
    assert.ok(Buffer.from(await got.arrayBuffer()).equals(pdf), 'the same bytes come back');
    assert.equal((await as.anonymous.get(href)).status, 401);
    assert.equal((await as.outsider.get(href)).status, 404, 'a member of B: refused without revealing A');
    assert.equal((await as.outsider.get(`/workspaces/${wsB}/evidence/${stored.id}/document`)).status, 404, 'not under B\'s own path either');
  });

  it('takes a real DOCX the UN named .doc through the API with an API-style CSRF header', async (t) => {
    const file = sharedPath(t, 'slovenia', 'cycle2', 'AdvancedQuestionsSlovenia.doc');
    if (!file) return;
    const r = await as.editor.multipart(`/api/recommendations/${rec}/evidence`, evidenceForm({ workspace: String(wsA), source: 'Advance questions', date: '2014-10-20' },
      new File([readFileSync(file)], 'AdvancedQuestionsSlovenia.doc')));
    assert.equal(r.status, 201, await r.clone().text());
    const { evidence } = (await r.json()) as { evidence: { attachmentName: string; attachmentType: string } };
    assert.deepEqual([evidence.attachmentName, evidence.attachmentType], ['AdvancedQuestionsSlovenia.doc', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
  });

  it('refuses the page upload without its CSRF token, or with another session\'s', async () => {
    const before = count();
    const form = () => evidenceForm({ source: 'Note', date: '2020-01-01' }, new File(['Plain note.'], 'note.txt'));
    assert.equal((await as.editor.uploadForm(`${page()}/evidence`, form(), { csrf: false })).status, 403);
    assert.equal((await as.editor.uploadForm(`${page()}/evidence`, form(), { csrf: 'x'.repeat(43) })).status, 403);
    assert.equal((await as.viewer.uploadForm(`${page()}/evidence`, form())).status, 403, 'a viewer may not add evidence');
    assert.equal((await as.anonymous.uploadForm(`${page()}/evidence`, form())).status, 401);
    assert.equal(count(), before);
  });

  it('refuses disguised and unaccepted files with 415 naming the field, and stores nothing', async () => {
    const before = count();
    const audits = countAudit(db, wsA);
    const files = [
      new File(['<!DOCTYPE html><script>alert(1)</script>'], 'report.pdf', { type: 'application/pdf' }),
      new File(['<p>report</p>'], 'report.html', { type: 'text/html' }),
      new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3])], 'tool.exe'),
      new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], 'chart.svg', { type: 'image/svg+xml' }),
    ];
    for (const f of files) {
      const api = await as.editor.multipart(`/api/recommendations/${rec}/evidence`, evidenceForm({ workspace: String(wsA), source: 'x', date: '2020-01-01' }, f));
      assert.equal(api.status, 415, f.name);
      const e = await errorOf(api);
      assert.equal(e.details.field, 'attachment');
      assert.match(e.message, new RegExp(`^${f.name.replace('.', '\\.')}: `));
      const form = await as.editor.uploadForm(`${page()}/evidence`, evidenceForm({ source: 'x', date: '2020-01-01' }, f));
      assert.equal(form.status, 415, f.name);
      assert.match(await form.text(), /upload PDF, DOCX|not the PDF its name says/);
    }
    assert.deepEqual([count(), countAudit(db, wsA)], [before, audits]);
  });

  it('answers 413 naming the attachment for a document over 5 MB or a request over 6 MB', async () => {
    const before = count();
    const pdfOf = (n: number) => new File([Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(n - 9, 0x20)])], 'big.pdf');
    const over5 = await as.editor.uploadForm(`${page()}/evidence`, evidenceForm({ source: 'x', date: '2020-01-01' }, pdfOf(5 * 1024 * 1024 + 1)));
    assert.equal(over5.status, 413);
    assert.match(await over5.text(), /attachment: the document is larger than 5 MB/);
    const over6 = await as.editor.multipart(`/api/recommendations/${rec}/evidence`, evidenceForm({ workspace: String(wsA), source: 'x', date: '2020-01-01' }, pdfOf(6 * 1024 * 1024 + 10)));
    assert.equal(over6.status, 413);
    const e = await errorOf(over6);
    assert.equal(e.details.field, 'attachment');
    assert.match(e.message, /an uploaded document may be at most 5 MB/);
    assert.equal(count(), before);
  });

  it('refuses a file sent in another field, or to a form that takes no upload', async () => {
    const form = evidenceForm({ source: 'x', date: '2020-01-01' });
    form.set('quotation', new File(['text'], 'q.txt'));
    const r = await as.editor.uploadForm(`${page()}/evidence`, form);
    assert.equal(r.status, 400);
    assert.match(await r.text(), /quotation: files are not accepted here/);
    const plan = new FormData();
    plan.set('priority', 'high');
    plan.set('attachment', new File(['%PDF-1.4'], 'a.pdf'));
    const p = await as.coordinator.uploadForm(`${page()}/plan`, plan);
    assert.equal(p.status, 400);
    assert.match(await p.text(), /attachment: files are not accepted here/);
  });

  it('names the download in ASCII and, for other characters, in UTF-8 too, never breaking the header', async () => {
    for (const [name, header] of [
      ['Poročilo o otrocih.txt', `attachment; filename="Poro_ilo o otrocih.txt"; filename*=UTF-8''Poro%C4%8Dilo%20o%20otrocih.txt`],
      ['a"b\r\nSet-Cookie: x=1.txt', `attachment; filename="a_b_Set-Cookie_ x_1.txt"; filename*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x%3D1.txt`],
    ]) {
      const r = await as.editor.multipart(`/api/recommendations/${rec}/evidence`, evidenceForm({ workspace: String(wsA), source: 'Note', date: '2020-01-01' }, new File(['Plain note.'], name!)));
      assert.equal(r.status, 201, name);
      const { evidence } = (await r.json()) as { evidence: { id: number } };
      const got = await as.viewer.get(`/workspaces/${wsA}/evidence/${evidence.id}/document`);
      assert.equal(got.headers.get('content-disposition'), header);
      assert.equal(got.headers.get('set-cookie'), null);
    }
  });
});
