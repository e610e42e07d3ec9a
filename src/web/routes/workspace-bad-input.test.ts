// Bad input on every follow-up write, through the JSON API and the pages' forms: missing fields, wrong
// types, impossible values, control characters, huge bodies and bad path or query parameters are refused
// with a message naming the field, and nothing is written.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { countAudit, type Db } from '../../store/index.js';
import { followUpFixture, type Client } from '../../../test/support/follow-up.js';

type Case = [body: Record<string, unknown>, status: number, field: string];
const errorOf = async (r: Response) => ((await r.json()) as { error: { message: string; details: { field?: string } } }).error;

describe('bad input on every follow-up route', () => {
  let db: Db;
  let rec: number;
  let wsA: number;
  let doc: number;
  let as: Record<'anonymous' | 'viewer' | 'editor' | 'coordinator' | 'outsider', Client>;
  before(async () => {
    ({ db, rec, wsA, as } = await followUpFixture());
    const source = Number(db.prepare("INSERT INTO sources (kind, path, file_name, sha256, size_bytes, imported_at) VALUES ('document', 'm.pdf', 'm.pdf', 'bad-input-test', 1, '2017')").run().lastInsertRowid);
    doc = Number(db.prepare("INSERT INTO documents (source_id, title, type, ingested_at) VALUES (?, 'Mid-term report: Slovenia', 'mid_term_report', '2017')").run(source).lastInsertRowid);
    db.prepare('INSERT INTO document_paragraphs (document_id, seq, number, text) VALUES (?, 1, ?, ?)').run(doc, '7', 'Roma assistants now work in schools.');
  });

  /** Each API write with the cases it must refuse; the body gets `workspace` where the route takes it. */
  const API = (): [string, Client, Case[]][] => [
    [`/api/recommendations/${rec}/assessments`, as.editor, [
      [{}, 400, 'status'], [{ status: ['unclear'] }, 400, 'status'], [{ status: true }, 400, 'status'], [{ status: 'unclear', responsibleBody: 'x'.repeat(301) }, 400, 'responsibleBody'],
      [{ status: 'unclear', version: 1.5 }, 400, 'version'], [{ status: 'unclear', version: -1 }, 400, 'version'], [{ status: 'unclear', text: 'a\u0000b' }, 400, 'text'],
      [{ status: 'unclear', text: 'broken \ud800 text' }, 400, 'text'],
    ]],
    [`/api/recommendations/${rec}/evidence`, as.editor, [
      [{}, 400, 'source'], [{ source: 'x' }, 400, 'date'], [{ source: 42, date: '2020-01-01', link: 'https://a.org' }, 400, 'source'],
      [{ source: 'x', date: 20200101, link: 'https://a.org' }, 400, 'date'], [{ source: 'x', date: '0201-05-01', link: 'https://a.org' }, 400, 'date'],
      [{ source: 'x', date: '2020-01-01', link: 'data:text/html,<script>alert(1)</script>' }, 400, 'link'], [{ source: 'x', date: '2020-01-01', link: 'not a link' }, 400, 'link'],
      [{ source: 'x', date: '2020-01-01', link: `https://a.org/${'x'.repeat(2000)}` }, 400, 'link'], [{ source: 'x', date: '2020-01-01', documentId: 'seven' }, 400, 'documentId'],
      [{ source: 'x', date: '2020-01-01', documentId: 99999999 }, 400, 'documentId'], [{ source: 'x', date: '2020-01-01', link: 'https://a.org', quotation: { text: 'q' } }, 400, 'quotation'],
    ]],
    [`/api/recommendations/${rec}/plan`, as.coordinator, [
      [{}, 400, 'priority'], [{ priority: 'urgent' }, 400, 'priority'], [{ priority: 'high', owner: ['a', 'b'] }, 400, 'owner'], [{ priority: 'high', targetDate: '2020-13-01' }, 400, 'targetDate'],
      [{ priority: 'high', targetDate: 'tomorrow' }, 400, 'targetDate'],
    ]],
    [`/api/workspaces/${wsA}/tracked`, as.coordinator, [
      [{}, 400, 'state'], [{ state: 'SVN' }, 400, 'cycle'], [{ state: 'Slovenia', cycle: 2 }, 400, 'state'], [{ state: 'SV1', cycle: 2 }, 400, 'state'], [{ state: 'SVN', cycle: true }, 400, 'cycle'],
      [{ state: 'SVN', cycle: 9 }, 400, 'cycle'], [{ state: 'SVN', cycle: '2.5' }, 400, 'cycle'], [{ state: 42, cycle: 2 }, 400, 'state'], [{ state: 'XYZ', cycle: 2 }, 404, 'review'],
    ]],
    [`/api/workspaces/${wsA}/experiences`, as.editor, [
      [{}, 400, 'title'], [{ title: 't' }, 400, 'text'], [{ title: 't', text: 't' }, 400, 'stage'], [{ title: 't', text: 't', stage: 'lobbying', published: 'yes' }, 400, 'published'],
      [{ title: 't', text: 't', stage: 'lobbying', issues: [1, 2] }, 400, 'issues'], [{ title: 't', text: 't', stage: 'lobbying', issues: Array.from({ length: 51 }, (_, i) => `issue ${i}`) }, 400, 'issues'],
      [{ title: 't', text: 't', stage: 'lobbying', state: 'svn' }, 400, 'state'], [{ title: 't'.repeat(301), text: 't', stage: 'lobbying' }, 400, 'title'],
    ]],
    [`/api/workspaces/${wsA}/mid-term-links`, as.editor, [
      [{}, 400, 'documentId'], [{ documentId: doc }, 400, 'paragraph'], [{ documentId: doc, paragraph: '7' }, 400, 'recommendationId'],
      [{ documentId: doc, paragraph: 7, recommendationId: rec }, 400, 'paragraph'], [{ documentId: doc, paragraph: '99', recommendationId: rec }, 400, 'paragraph'],
      [{ documentId: doc, paragraph: '7', recommendationId: 99999999 }, 404, 'recommendationId'],
    ]],
  ];
  const withWorkspace = (path: string, body: Record<string, unknown>) => (path.startsWith('/api/recommendations/') ? { workspace: wsA, ...body } : body);

  it('refuses missing fields, wrong types and impossible values on every API write, naming the field, writing nothing', async () => {
    const audits = countAudit(db, wsA);
    for (const [path, who, cases] of API()) {
      for (const [body, status, field] of cases) {
        const what = `${path} ${JSON.stringify(body).slice(0, 80)}`;
        const r = await who.post(path, withWorkspace(path, body));
        assert.equal(r.status, status, what);
        const e = await errorOf(r);
        assert.equal(e.details.field, field, what);
        if (status === 400) assert.ok(e.message.startsWith(`${field}: `), `${what}: ${e.message}`);
      }
    }
    assert.equal(countAudit(db, wsA), audits);
  });

  it('refuses bodies that are not a JSON object, of another type, or huge, on every API write', async () => {
    for (const [path, who] of API()) {
      for (const [body, type, status, field] of [
        ['[1, 2]', 'application/json', 400, 'body'], ['null', 'application/json', 400, 'body'], ['{"status": ', 'application/json', 400, 'body'],
        ['status=unclear', 'text/plain', 415, 'content-type'], [JSON.stringify({ text: 'x'.repeat(7 * 1024 * 1024) }), 'application/json', 413, 'body'],
      ] as const) {
        const r = await who.raw(path, body, type);
        assert.equal(r.status, status, `${path} ${body.slice(0, 20)}`);
        assert.equal((await errorOf(r)).details.field, field, `${path} ${body.slice(0, 20)}`);
      }
      const big = await who.post(path, withWorkspace(path, { title: 't', text: 'x'.repeat(300 * 1024) }));
      assert.equal(big.status, 413, `${path} 300 KiB`);
    }
  });

  it('takes a 20,000-character assessment written in a non-Latin script from the page form, and refuses one character more', async () => {
    const page = `/workspaces/${wsA}/recommendations/${rec}`;
    const arabic = `${'تعيين مساعدين للأطفال الروما في المدارس '.repeat(600).slice(0, 19999)}س`;
    const cur = ((await (await as.editor.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).json()) as { assessment: { version: number } | null }).assessment;
    const ok = await as.editor.postForm(`${page}/assessment`, { status: 'unclear', text: arabic, ...(cur ? { version: String(cur.version) } : {}) });
    assert.equal(ok.status, 303, await ok.clone().text());
    const now = ((await (await as.editor.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).json()) as { assessment: { version: number; text: string } }).assessment;
    assert.ok(now.text === arabic, 'stored unchanged');
    const tooLong = await as.editor.postForm(`${page}/assessment`, { status: 'unclear', text: `${arabic}ع`, version: String(now.version) });
    assert.equal(tooLong.status, 400);
    assert.match(await tooLong.text(), /text: at most 20000 characters \(got 20001\)/);
  });

  it('refuses bad form input on every page form with an error page naming the field, writing nothing', async () => {
    const audits = countAudit(db, wsA);
    const base = `/workspaces/${wsA}`;
    const forms: [string, Client, Record<string, string>, number, RegExp][] = [
      [`${base}/tracked`, as.coordinator, { state: 'SVN', cycle: 'two' }, 400, /cycle: must be a whole number/],
      [`${base}/tracked`, as.coordinator, { cycle: '2' }, 400, /state: is required/],
      [`${base}/recommendations/${rec}/assessment`, as.editor, { status: 'done' }, 400, /status: must be one of not_started/],
      [`${base}/recommendations/${rec}/assessment`, as.editor, { status: 'unclear', version: '0' }, 400, /version: must be a whole number of at least 1/],
      [`${base}/recommendations/${rec}/plan`, as.coordinator, { priority: 'high', targetDate: '31.12.2020' }, 400, /targetDate: must be a date written YYYY-MM-DD/],
      [`${base}/recommendations/${rec}/evidence`, as.editor, { source: 'Gazette', date: '2020-01-01' }, 400, /link: give a link, a stored document or an uploaded document/],
      [`${base}/recommendations/${rec}/evidence`, as.editor, { source: 'Gazette', date: '2020-02-30', link: 'https://a.org' }, 400, /date: must be a date written YYYY-MM-DD/],
      [`${base}/experiences`, as.editor, { title: 'Lobbying', text: 'We met MPs.', stage: 'dinner' }, 400, /stage: must be one of reporting, lobbying, review, follow_up/],
      [`${base}/experiences`, as.editor, { title: 'Lobbying', text: 'We met MPs.', stage: 'lobbying', published: 'on' }, 403, /publishing to other workspaces needs the coordinator role/],
      [`${base}/mid-term/${doc}`, as.editor, { paragraph: '7', recommendationId: 'abc' }, 400, /recommendationId: must be a whole number/],
      [`${base}/mid-term/${doc}`, as.editor, { paragraph: '8', recommendationId: String(rec) }, 400, /has no paragraph 8/],
      [`${base}/recommendations/${rec}/assessment`, as.editor, { status: 'unclear', text: 'x'.repeat(300 * 1024) }, 413, /body: the request body is larger than 256 KiB/],
    ];
    for (const [path, who, fields, status, message] of forms) {
      const r = await who.postForm(path, fields);
      assert.equal(r.status, status, `${path} ${JSON.stringify(fields).slice(0, 80)}`);
      assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
      const html = await r.text();
      assert.ok(message.test(html), `${path}: ${/<p lang="en">([^<]*)/.exec(html)?.[1]}`);
    }
    assert.equal(countAudit(db, wsA), audits);
  });

  it('answers bad path and query parameters with 400 or 404, never 500', async () => {
    const cases: [string, number][] = [
      [`/api/recommendations/${rec}/assessments`, 400], [`/api/recommendations/${rec}/assessments?workspace=abc`, 400], [`/api/recommendations/${rec}/evidence?workspace=-1`, 400],
      [`/api/recommendations/abc/assessments?workspace=${wsA}`, 404], [`/api/recommendations/99999999/plan?workspace=${wsA}`, 404], [`/api/recommendations/${rec}/plan?workspace=99999999999`, 404],
      ['/api/workspaces/abc', 404], [`/api/workspaces/${wsA}/mid-term/abc/suggestions`, 404], [`/api/workspaces/${wsA}/mid-term/99999/suggestions`, 404],
      ['/workspaces/abc', 404], [`/workspaces/${wsA}/recommendations/1e3`, 404], [`/workspaces/${wsA}/evidence/abc/document`, 404], [`/workspaces/${wsA}/evidence/99999/document`, 404],
      [`/workspaces/${wsA}/mid-term/abc`, 404], [`/workspaces/${wsA}/mid-term/99999`, 404], [`/api/workspaces/${wsA}/experiences?state=%3Cscript%3E`, 200],
    ];
    for (const [path, status] of cases) assert.equal((await as.viewer.get(path)).status, status, path);
    const missingWs = await errorOf(await as.viewer.get(`/api/recommendations/${rec}/assessments`));
    assert.match(missingWs.message, /^workspace: give the workspace/);
  });

  it('escapes script stored in every text field on every page, and keeps it inert in the downloads', async () => {
    const evil = (f: string) => `<script>alert('${f}')</script><img src=x onerror=alert(1)>`;
    const base = `/workspaces/${wsA}`;
    const cur = ((await (await as.editor.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).json()) as { assessment: { version: number } | null }).assessment;
    const writes: [Client, string, Record<string, unknown>][] = [
      [as.editor, `/api/recommendations/${rec}/assessments`, { workspace: wsA, status: 'unclear', text: evil('text'), responsibleBody: evil('body'), version: cur?.version }],
      [as.editor, `/api/recommendations/${rec}/evidence`, { workspace: wsA, source: evil('source'), date: '2020-01-01', link: 'https://example.org/"><script>alert(1)</script>', quotation: evil('quotation') }],
      [as.coordinator, `/api/recommendations/${rec}/plan`, { workspace: wsA, priority: 'high', owner: evil('owner'), targetDate: '2015-01-01' }],
      [as.editor, `/api/workspaces/${wsA}/experiences`, { title: evil('title'), text: evil('experience'), stage: 'lobbying', issues: [evil('issue')] }],
    ];
    for (const [who, path, body] of writes) assert.ok((await who.post(path, body)).status < 300, path);
    const upload = new FormData();
    upload.set('source', 'Note');
    upload.set('date', '2020-01-02');
    upload.set('attachment', new File(['Plain note.'], `${evil('file')}.txt`));
    assert.equal((await as.editor.uploadForm(`${base}/recommendations/${rec}/evidence`, upload)).status, 303);

    const pages = [base, `${base}/recommendations/${rec}`, `${base}/experiences`];
    const all = (await Promise.all(pages.map(async (p) => (await as.viewer.get(p)).text()))).join('\n');
    assert.ok(!/<script>alert|<img src=x|"><script>/.test(all), 'no stored markup reaches a page as markup');
    for (const f of ['text', 'body', 'source', 'quotation', 'owner', 'title', 'experience', 'issue', 'file']) {
      assert.ok(all.includes(`&lt;script&gt;alert(&#39;${f}&#39;)&lt;/script&gt;`), `${f} is shown, escaped`);
    }
    const docx = await JSZip.loadAsync(await (await as.viewer.get(`${base}/matrix.docx`)).arrayBuffer());
    const xml = await docx.file('word/document.xml')!.async('string');
    assert.ok(xml.includes('&lt;script&gt;alert(') && !xml.includes('<script>'), 'the DOCX holds the text, escaped');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await as.viewer.get(`${base}/matrix.xlsx`)).arrayBuffer());
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String);
    assert.ok(cells.some((v) => v.includes(`<script>alert('text')</script>`)), 'the XLSX cell holds the text as text');
    const md = await (await as.viewer.get(`${base}/outline.md`)).text();
    assert.ok(!md.includes('<script>'));
  });
});
