import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UprError } from '../core/index.js';
import {
  compareParagraphs, daysOverdue, draftOutline, isOverdue, matrixCells, matrixRows, MATRIX_COLUMNS, outlineMarkdown, overdueItems, planGroups,
  progressSummary, readAssessment, readEvidence, readExperience, readPlanItem, suggestLinks, type MatrixRecommendation, type PlanItem,
} from './index.js';

const refused = (f: () => unknown, field: string) => assert.throws(f, (e: unknown) => e instanceof UprError && e.code === 'invalid_input' && e.details.field === field);

describe('follow-up inputs', () => {
  it('reads an assessment and refuses unknown statuses, wrong types and overlong text, naming the field', () => {
    assert.deepEqual(readAssessment({ status: 'regressed', text: '  Budget cut in 2015 ', version: 3 }), { status: 'regressed', text: 'Budget cut in 2015', responsibleBody: null, version: 3 });
    assert.equal(readAssessment({ status: 'not_started', version: '2' }).version, 2);
    const table: [unknown, string][] = [
      [{}, 'status'], [{ status: 'done' }, 'status'], [{ status: 5 }, 'status'], [{ status: 'unclear', text: ['a'] }, 'text'],
      [{ status: 'unclear', text: 'x'.repeat(20001) }, 'text'], [{ status: 'unclear', version: 0 }, 'version'], [{ status: 'unclear', version: 'v1' }, 'version'],
      [[], 'body'], [null, 'body'], ['status=unclear', 'body'],
    ];
    for (const [body, field] of table) refused(() => readAssessment(body), field);
  });

  it('needs a source, a real date and a link or document for evidence; only http(s) links', () => {
    const e = readEvidence({ source: 'Ministry of Education', date: '2016-02-29', link: 'https://www.gov.si/report', quotation: 'Roma assistants were hired' });
    assert.equal(e.link, 'https://www.gov.si/report');
    refused(() => readEvidence({ date: '2016-01-01', link: 'https://a.org' }), 'source');
    refused(() => readEvidence({ source: 'x', date: '2015-02-29', link: 'https://a.org' }), 'date');
    refused(() => readEvidence({ source: 'x', date: '01/02/2015', link: 'https://a.org' }), 'date');
    refused(() => readEvidence({ source: 'x', date: '2015-01-01' }), 'link');
    refused(() => readEvidence({ source: 'x', date: '2015-01-01', link: 'javascript:alert(1)' }), 'link');
    assert.equal(readEvidence({ source: 'x', date: '2015-01-01', documentId: 12 }).documentId, 12);
    assert.throws(() => readEvidence({ source: 'x', date: '2015-01-01' }, { name: 'a.pdf', mediaType: 'application/pdf', bytes: new Uint8Array(6 * 1024 * 1024) }),
      (e: unknown) => e instanceof UprError && e.code === 'too_large' && e.details.field === 'attachment');
    const pdf = readEvidence({ source: 'x', date: '2015-01-01' }, { name: 'a.pdf', mediaType: 'text/html', bytes: new TextEncoder().encode('%PDF-1.4\n') });
    assert.equal(pdf.attachment?.mediaType, 'application/pdf', 'the media type proven by the content replaces the claimed one');
  });

  it('reads plan items and experiences', () => {
    assert.deepEqual(readPlanItem({ priority: 'high', owner: 'Child rights coalition', targetDate: '2017-06-30' }), { priority: 'high', owner: 'Child rights coalition', targetDate: '2017-06-30' });
    refused(() => readPlanItem({ priority: 'urgent' }), 'priority');
    const x = readExperience({ title: 'Shadow report', text: 'We met the ministry twice.', state: 'SVN', stage: 'lobbying', issues: 'education, roma', published: 'on' });
    assert.deepEqual([x.stateIso3, x.issues, x.published], ['SVN', ['education', 'roma'], true]);
    refused(() => readExperience({ title: 't', text: 'x', stage: 'lobbying', state: 'Slovenia' }), 'state');
    refused(() => readExperience({ title: 't', text: 'x', stage: 'lobbying', published: 'maybe' }), 'published');
  });
});

describe('follow-up plan and progress', () => {
  const item = (id: number, priority: PlanItem['priority'], targetDate: string | null, status: PlanItem['status']): PlanItem => ({ recommendationId: id, priority, owner: null, targetDate, status });
  const items = [item(1, 'low', '2016-01-01', 'not_started'), item(2, 'high', '2017-01-01', null), item(3, 'high', '2015-06-30', 'fully_implemented'), item(4, 'medium', null, 'regressed'), item(5, 'high', '2015-12-31', 'partially_implemented')];

  it('is overdue when the target date passed and the recommendation is not fully implemented', () => {
    assert.deepEqual(overdueItems(items, '2016-06-01').map((i) => i.recommendationId), [5, 1]);
    assert.equal(isOverdue(items[0]!, '2016-01-01'), false, 'due today is not overdue');
    assert.equal(daysOverdue('2015-12-31', '2016-01-10'), 10);
  });

  it('groups the plan by priority, dated items first', () => {
    assert.deepEqual(planGroups(items).map((g) => [g.priority, g.items.map((i) => i.recommendationId)]), [['high', [3, 5, 2]], ['medium', [4]], ['low', [1]]]);
  });

  it('counts statuses overall and per issue, a recommendation under each of its issues', () => {
    const s = progressSummary([
      { recommendationId: 1, issues: ['education', 'health'], status: 'not_started' },
      { recommendationId: 2, issues: ['education'], status: null },
      { recommendationId: 3, issues: [], status: 'fully_implemented' },
    ]);
    assert.deepEqual([s.total, s.byStatus.not_started, s.byStatus.unassessed, s.byStatus.fully_implemented], [3, 1, 1, 1]);
    assert.deepEqual(s.byIssue.map((i) => [i.issue, i.total]), [['education', 2], ['health', 1], ['other', 1]]);
  });
});

describe('follow-up matrix and outline', () => {
  const rec = (id: number, paragraph: string | null, childIssues: string[]): MatrixRecommendation => ({
    id, text: `Recommendation <b>${id}</b>`, symbol: 'A/HRC/28/15', paragraph, recommendingStates: ['Austria', 'Brazil'], position: 'supported', issues: ['Rights of the Child'], childIssues,
  });

  it('orders paragraphs as numbers part by part', () => {
    assert.deepEqual(['116.10', '116.9', null, '115.2', '116'].sort(compareParagraphs), ['115.2', '116', '116.9', '116.10', null]);
  });

  it('fills a row per recommendation with its assessment and evidence', () => {
    const rows = matrixRows([rec(1, '116.10', ['education']), rec(2, '116.9', [])], new Map([[1, { status: 'partially_implemented' as const, text: 'Some progress', responsibleBody: 'Ministry of Education', evidence: [{ source: 'Mid-term report', date: '2017-03-01', link: 'https://x.org/a', documentName: null, quotation: 'hired' }] }]]));
    assert.deepEqual(rows.map((r) => r.id), [2, 1]);
    const cells = matrixCells(rows[1]!);
    assert.equal(cells.length, MATRIX_COLUMNS.length);
    assert.deepEqual(cells.slice(6), ['Partially implemented', 'Some progress', 'Mid-term report (2017-03-01) — “hired” — https://x.org/a', 'Ministry of Education']);
    assert.equal(matrixCells(rows[0]!)[6], 'Not assessed');
  });

  it('outlines per children\'s-rights issue and escapes stored text in Markdown', () => {
    const rows = matrixRows([rec(1, '116.1', ['education', 'health']), rec(2, '116.2', []), rec(3, '116.3', ['education'])], new Map());
    const outline = draftOutline(rows);
    assert.deepEqual(outline.map((s) => [s.issue, s.rows.map((r) => r.id)]), [['education', [1, 3]], ['health', [1]], ['other', [2]]]);
    const md = outlineMarkdown(outline, 'Draft submission');
    assert.match(md, /## Education\n\n2 recommendations: 2 not assessed/);
    assert.match(md, /Recommendation \\<b\\>1\\<\/b\\>/);
  });
});

describe('mid-term links', () => {
  it('suggests the paragraph that reports on a recommendation by its rare words', () => {
    const recs = [
      { id: 1, text: 'Take measures to end the segregation of Roma children in schools (Slovakia)' },
      { id: 2, text: 'Ratify the Optional Protocol on a communications procedure (Portugal)' },
      { id: 3, text: 'Strengthen measures to protect children from violence (Chile)' },
    ];
    const paras = [
      { paragraph: '12', text: 'Roma assistants now work in 130 schools and segregation of Roma pupils in separate classes ended in 2016.' },
      { paragraph: '13', text: 'The Government adopted measures on children in general.' },
      { paragraph: '14', text: 'The Optional Protocol on a communications procedure was ratified on 26 September 2018.' },
    ];
    const s = suggestLinks(paras, recs);
    assert.deepEqual(s.filter((x) => x.recommendationId === 1).map((x) => x.paragraph), ['12']);
    assert.deepEqual(s.filter((x) => x.recommendationId === 2).map((x) => x.paragraph), ['14']);
  });
});
