// HTTP-level tests of the follow-up routes: roles, workspace isolation, CSRF, bad input, escaping, audit.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { countAudit, listAudit, type Db } from '../../store/index.js';
import { followUpFixture, type Client } from '../../../test/support/follow-up.js';
import { htmlValidationErrors } from '../../../test/support/html-validate.js';

describe('follow-up API and pages', () => {
  let db: Db;
  let rec: number;
  let other: number;
  let wsA: number;
  let wsB: number;
  let as: Record<'anonymous' | 'viewer' | 'editor' | 'coordinator' | 'outsider', Client>;
  before(async () => {
    ({ db, rec, other, wsA, wsB, as } = await followUpFixture());
  });

  const assess = (c: Client, body: object, ws = wsA, id = rec) => c.post(`/api/recommendations/${id}/assessments`, { workspace: ws, ...body });

  it('refuses anonymous writes with 401 and anonymous reads too', async () => {
    assert.equal((await assess(as.anonymous, { status: 'unclear' })).status, 401);
    assert.equal((await as.anonymous.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).status, 401);
    assert.equal((await as.anonymous.get(`/workspaces/${wsA}`)).status, 401);
  });

  it('lets a viewer read but not write, an editor write, and audits each change with before and after', async () => {
    assert.equal((await assess(as.viewer, { status: 'unclear' })).status, 403);
    const audits = countAudit(db, wsA);
    const first = await assess(as.editor, { status: 'not_started', responsibleBody: 'Ministry of Education' });
    assert.equal(first.status, 201, await first.clone().text());
    const v1 = ((await first.json()) as { assessment: { version: number } }).assessment.version;
    const second = await assess(as.editor, { status: 'partially_implemented', version: v1, text: 'Roma assistants hired' });
    assert.equal(second.status, 200);
    assert.equal(countAudit(db, wsA), audits + 2);
    const [last] = listAudit(db, { workspaceId: wsA, entity: 'assessment', limit: 1 });
    assert.deepEqual([(last!.before as { status: string }).status, (last!.after as { status: string }).status], ['not_started', 'partially_implemented']);
    const read = (await (await as.viewer.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).json()) as { assessment: { status: string }; history: unknown[] };
    assert.deepEqual([read.assessment.status, read.history.length], ['partially_implemented', 2]);
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const now = ((await (await as.editor.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).json()) as { assessment: { version: number } | null }).assessment;
    const audits = countAudit(db, wsA);
    const stale = await assess(as.editor, { status: 'regressed', version: Math.max(1, (now?.version ?? 1) - 1) });
    assert.equal(stale.status, 409);
    assert.equal(((await stale.json()) as { error: { details: { currentVersion: number } } }).error.details.currentVersion, now?.version);
    assert.equal(countAudit(db, wsA), audits);
  });

  it('keeps workspace B\'s follow-up from a member of A, on every route', async () => {
    const paths = [`/api/recommendations/${rec}/assessments?workspace=${wsB}`, `/api/recommendations/${rec}/evidence?workspace=${wsB}`, `/api/recommendations/${rec}/plan?workspace=${wsB}`,
      `/api/workspaces/${wsB}`, `/api/workspaces/${wsB}/experiences`, `/workspaces/${wsB}`, `/workspaces/${wsB}/recommendations/${rec}`, `/workspaces/${wsB}/experiences`,
      `/workspaces/${wsB}/matrix.xlsx`, `/workspaces/${wsB}/matrix.docx`, `/workspaces/${wsB}/outline.docx`, `/workspaces/${wsB}/outline.md`];
    for (const p of paths) assert.equal((await as.editor.get(p)).status, 404, p);
    const writes: [string, object][] = [[`/api/recommendations/${rec}/assessments`, { workspace: wsB, status: 'unclear' }], [`/api/recommendations/${rec}/evidence`, { workspace: wsB, source: 's', date: '2020-01-01', link: 'https://a.org' }],
      [`/api/recommendations/${rec}/plan`, { workspace: wsB, priority: 'high' }], [`/api/workspaces/${wsB}/experiences`, { title: 't', text: 't', stage: 'lobbying' }], [`/api/workspaces/${wsB}/tracked`, { state: 'SVN', cycle: 2 }]];
    for (const [p, body] of writes) assert.equal((await as.editor.post(p, body)).status, 404, p);
    assert.equal((await as.outsider.get(`/api/workspaces/${wsA}`)).status, 404);
  });

  it('refuses a form or API write without its CSRF token', async () => {
    const r = await as.editor.post(`/api/recommendations/${rec}/assessments`, { workspace: wsA, status: 'unclear' }, { csrf: false });
    assert.equal(r.status, 403);
    const form = await as.editor.postForm(`/workspaces/${wsA}/recommendations/${rec}/plan`, { priority: 'high' }, { csrf: false });
    assert.equal(form.status, 403);
  });

  it('refuses bad input with a message naming the field', async () => {
    const cases: [object, number, string][] = [
      [{}, 400, 'status'], [{ status: 'done' }, 400, 'status'], [{ status: 3 }, 400, 'status'], [{ status: 'unclear', text: { a: 1 } }, 400, 'text'],
      [{ status: 'unclear', version: 'two' }, 400, 'version'], [{ status: 'unclear', text: 'x'.repeat(300_000) }, 413, 'body'],
    ];
    for (const [body, status, field] of cases) {
      const r = await assess(as.editor, body, wsA, other);
      assert.equal(r.status, status, JSON.stringify(body).slice(0, 80));
      assert.equal(((await r.json()) as { error: { details: { field: string } } }).error.details.field, field);
    }
    const notJson = await as.editor.raw(`/api/recommendations/${other}/assessments`, '{"workspace":', 'application/json');
    assert.equal(notJson.status, 400);
    const ev = await as.editor.post(`/api/recommendations/${other}/evidence`, { workspace: wsA, source: 'x', date: '2020-02-30', link: 'https://a.org' });
    assert.equal(ev.status, 400);
    const js = await as.editor.post(`/api/recommendations/${other}/evidence`, { workspace: wsA, source: 'x', date: '2020-02-01', link: 'javascript:alert(1)' });
    assert.equal(js.status, 400);
    assert.equal((await as.editor.post(`/api/recommendations/99999999/assessments`, { workspace: wsA, status: 'unclear' })).status, 404);
  });

  it('escapes stored script on every page and in the outline', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const cur = ((await (await as.editor.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).json()) as { assessment: { version: number } | null }).assessment;
    assert.equal((await assess(as.editor, { status: 'unclear', text: evil, responsibleBody: evil, version: cur?.version })).status, 200);
    assert.equal((await as.editor.post(`/api/recommendations/${rec}/evidence`, { workspace: wsA, source: evil, date: '2020-01-01', link: 'https://example.org/?q=<b>', quotation: evil })).status, 201);
    assert.equal((await as.coordinator.post(`/api/workspaces/${wsA}/experiences`, { title: evil, text: evil, stage: 'lobbying', published: true })).status, 201);
    for (const p of [`/workspaces/${wsA}/recommendations/${rec}`, `/workspaces/${wsA}`, `/workspaces/${wsA}/experiences`]) {
      const html = await (await as.viewer.get(p)).text();
      assert.ok(!html.includes('<script>alert') && !html.includes('<img src=x'), p);
    }
    const page = await (await as.viewer.get(`/workspaces/${wsA}/recommendations/${rec}`)).text();
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    const md = await (await as.viewer.get(`/workspaces/${wsA}/outline.md`)).text();
    assert.ok(!md.includes('<script>'));
    // Published to other workspaces: readable by B's members, escaped there too.
    const inB = await (await as.outsider.get(`/workspaces/${wsB}/experiences`)).text();
    assert.ok(inB.includes('&lt;script&gt;alert(1)&lt;/script&gt;') && !inB.includes('<script>alert'));
  });

  it('lets only a coordinator set the plan, and shows overdue items on the dashboard', async () => {
    assert.equal((await as.editor.post(`/api/recommendations/${rec}/plan`, { workspace: wsA, priority: 'high' })).status, 403);
    const r = await as.coordinator.post(`/api/recommendations/${rec}/plan`, { workspace: wsA, priority: 'high', owner: 'Legal team', targetDate: '2015-01-31' });
    assert.equal(r.status, 200);
    const d = (await (await as.viewer.get(`/api/workspaces/${wsA}`)).json()) as { overdue: { recommendationId: number }[]; progress: { total: number } };
    assert.deepEqual(d.overdue.map((o) => o.recommendationId), [rec]);
    assert.ok(d.progress.total > 0);
    const html = await (await as.viewer.get(`/workspaces/${wsA}`)).text();
    assert.match(html, /<svg[^>]*role="img"/);
    assert.match(html, /Legal team/);
  });

  it('takes an uploaded evidence document through the API and serves it back only as a download to members', async () => {
    const form = new FormData();
    form.set('workspace', String(wsA));
    form.set('source', 'Government mid-term report');
    form.set('date', '2017-03-01');
    const text = 'Mid-term report: 130 Roma assistants employed in schools. <script>alert(1)</script> stays text.';
    form.set('attachment', new File([text], 'report.txt', { type: 'text/html' }));
    const r = await as.editor.multipart(`/api/recommendations/${other}/evidence`, form);
    assert.equal(r.status, 201, await r.clone().text());
    const { evidence } = (await r.json()) as { evidence: { id: number; attachmentName: string } };
    assert.equal(evidence.attachmentName, 'report.txt');
    const got = await as.viewer.get(`/workspaces/${wsA}/evidence/${evidence.id}/document`);
    assert.equal(got.status, 200);
    assert.equal(got.headers.get('content-type'), 'application/octet-stream');
    assert.match(got.headers.get('content-disposition') ?? '', /^attachment; filename="report\.txt"/);
    assert.equal(await got.text(), text);
    assert.equal((await as.outsider.get(`/workspaces/${wsA}/evidence/${evidence.id}/document`)).status, 404);
    assert.equal((await as.outsider.get(`/workspaces/${wsB}/evidence/${evidence.id}/document`)).status, 404);
  });

  it('takes forms from the pages and answers with a redirect', async () => {
    const r = await as.editor.postForm(`/workspaces/${wsA}/recommendations/${other}/evidence`, { source: 'Official Gazette', date: '2019-05-01', link: 'https://www.uradni-list.si/' });
    assert.equal(r.status, 303);
    assert.equal(r.headers.get('location'), `/workspaces/${wsA}/recommendations/${other}`);
    const viewerForm = await as.viewer.postForm(`/workspaces/${wsA}/recommendations/${other}/assessment`, { status: 'unclear' });
    assert.equal(viewerForm.status, 403);
  });

  it('renders valid HTML on every follow-up page', async () => {
    for (const p of [`/workspaces/${wsA}`, `/workspaces/${wsA}/recommendations/${rec}`, `/workspaces/${wsA}/experiences`]) {
      for (const who of [as.viewer, as.coordinator]) assert.deepEqual(await htmlValidationErrors(await (await who.get(p)).text(), p), []);
    }
  });

  it('suggests paragraphs of a stored State update for the tracked recommendations; an editor confirms the link', async () => {
    const sourceId = Number(db.prepare("INSERT INTO sources (kind, path, file_name, sha256, size_bytes, imported_at) VALUES ('document', 'u.pdf', 'u.pdf', 'mid-term-test', 1, '2017')").run().lastInsertRowid);
    const doc = Number(db.prepare("INSERT INTO documents (source_id, title, type, ingested_at) VALUES (?, 'Mid-term report or State update: Slovenia', 'mid_term_report', '2017')").run(sourceId).lastInsertRowid);
    const para = db.prepare('INSERT INTO document_paragraphs (document_id, seq, number, text) VALUES (?, ?, ?, ?)');
    para.run(doc, 1, '12', 'An independent ombudsman for children, the Advocate of the Child, was established within the Human Rights Ombudsman.');
    para.run(doc, 2, '13', 'Roma assistants now work in schools, and the segregation of Roma children in separate classes has ended.');
    const s = (await (await as.viewer.get(`/api/workspaces/${wsA}/mid-term/${doc}/suggestions`)).json()) as { suggestions: { paragraph: string; recommendationId: number }[] };
    const texts = new Map((db.prepare('SELECT id, text FROM recommendations').all() as { id: number; text: string }[]).map((r) => [r.id, r.text]));
    assert.ok(s.suggestions.some((x) => x.paragraph === '12' && /ombudsman/.test(texts.get(x.recommendationId)!)), JSON.stringify(s));
    assert.ok(s.suggestions.some((x) => x.paragraph === '13' && /Roma/.test(texts.get(x.recommendationId)!)), JSON.stringify(s));
    const link = { documentId: doc, paragraph: '13', recommendationId: rec };
    assert.equal((await as.viewer.post(`/api/workspaces/${wsA}/mid-term-links`, link)).status, 403);
    assert.equal((await as.editor.post(`/api/workspaces/${wsA}/mid-term-links`, { ...link, paragraph: '99' })).status, 400);
    assert.equal((await as.editor.post(`/api/workspaces/${wsA}/mid-term-links`, link)).status, 201);
    const got = (await (await as.viewer.get(`/api/recommendations/${rec}/assessments?workspace=${wsA}`)).json()) as { midTermLinks: { paragraph: string }[] };
    assert.deepEqual(got.midTermLinks.map((l) => l.paragraph), ['13']);
    assert.ok((await (await as.viewer.get(`/workspaces/${wsA}`)).text()).includes(`href="/workspaces/${wsA}/mid-term/${doc}"`));
    const page = await (await as.editor.get(`/workspaces/${wsA}/mid-term/${doc}`)).text();
    assert.deepEqual(await htmlValidationErrors(page, 'mid-term page'), []);
    assert.match(page, /Advocate of the Child/);
    const form = await as.editor.postForm(`/workspaces/${wsA}/mid-term/${doc}`, { paragraph: '12', recommendationId: String(s.suggestions.find((x) => x.paragraph === '12')!.recommendationId) });
    assert.equal(form.status, 303);
    assert.equal((await as.outsider.get(`/workspaces/${wsB}/mid-term/${doc}`)).status, 404, 'B tracks no Slovenian review');
  });
});
