// Reports of formats nobody tuned the parser to, made from real shared reports by rewriting their text into
// the shapes met in sessions 17–20: asterisked heading with an all-pending introduction, a title naming the
// State with its territories, and items bundling several recommendations each with its own State.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf, recogniseDocument } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { parseWorkingGroupReport, type ExtractedRecommendation } from './wg-report.js';
import { parseReportHeader } from './report-header.js';
import { checkWorkingGroupRecommendations } from '../checks/index.js';

const core = (r: ExtractedRecommendation) => [r.paragraph, r.text, r.recommendingStates];

async function pagesOf(t: Parameters<typeof sharedPath>[0], file: string): Promise<string[] | undefined> {
  const path = sharedPath(t, 'wg-reports', file);
  return path ? (await readPdf(path)).pages : undefined;
}

describe('reports rewritten into unseen shapes give the same recommendations', () => {
  it('heading with U+2217 asterisks (wrapped over two lines), "have not been edited" footnote, all pending under one paragraph', async (t) => {
    const pages = await pagesOf(t, 'austria2011.pdf');
    if (!pages) return;
    const original = parseWorkingGroupReport(pages).value;
    const rewritten = pages.map((p) => p
      .replace(/^([ \t]*)(II\.\s+)Conclusions and\/or recommendations[ \t]*$/m, '$1$2Conclusions and/or\n$1recommendations∗∗\n\n∗∗ The conclusions and recommendations have not been edited.')
      .replace(/(9[234]\.\s+)The (following )?recommendations[^:]*:/g, '$1The following recommendations will be examined by Austria, which will provide responses in due time:'));
    assert.notDeepEqual(rewritten, pages);
    const { value } = parseWorkingGroupReport(rewritten);
    assert.equal(value.length, original.length);
    assert.deepEqual(value.map(core), original.map(core));
    assert.ok(value.every((r) => r.response === 'pending'), JSON.stringify([...new Set(value.map((r) => r.response))]));
    assert.ok(checkWorkingGroupRecommendations(value).ok);
  });

  it('a title naming the State with its territories ("China (including Hong Kong, China and Macao, China)")', async (t) => {
    const pages = await pagesOf(t, 'china2009.pdf');
    if (!pages) return;
    const territorial = 'China (including Hong Kong, China and Macao, China)';
    const first = pages[0]!.replace(/^(\s*)China\s*$/m, `$1${territorial}`).replace(/The review of China was held/g, `The review of ${territorial} was held`);
    assert.notEqual(first, pages[0]);
    const rewritten = [first, ...pages.slice(1)];
    assert.equal(parseReportHeader(rewritten).value.stateIso3, 'CHN');
    assert.equal(recogniseDocument({ pages: rewritten }).value.stateIso3, 'CHN');
    // Wrapped over two lines on the title page as well.
    const wrapped = [first.replace(territorial, 'China (including Hong Kong, China and\n              Macao, China)'), ...pages.slice(1)];
    assert.equal(recogniseDocument({ pages: wrapped }).value.stateIso3, 'CHN');
    assert.deepEqual(parseWorkingGroupReport(rewritten).value.map(core), parseWorkingGroupReport(pages).value.map(core));
  });

  it('items bundling several recommendations, each clause with its own State list, become one recommendation per clause (92.5a, 92.5b…)', async (t) => {
    const pages = await pagesOf(t, 'austria2011.pdf');
    if (!pages) return;
    const original = parseWorkingGroupReport(pages).value;
    // Three consecutive items with one State list each, merged into the first item's number.
    const i = original.findIndex((r, k) => k + 2 < original.length && [r, original[k + 1]!, original[k + 2]!].every((x) => /^\d+\.\d+$/.test(x.paragraph) && x.recommendingStates.length === 1 && /^[A-Z]/.test(x.text)) && r.paragraph.split('.')[0] === original[k + 2]!.paragraph.split('.')[0]);
    assert.ok(i >= 0);
    const [a, b, c] = original.slice(i, i + 3) as [ExtractedRecommendation, ExtractedRecommendation, ExtractedRecommendation];
    const unnumber = (p: string, n: string) => p.replace(new RegExp(`^(\\s*)${n.replace('.', '\\.')}\\.?(\\s+)`, 'm'), (_m, s: string, w: string) => `${s}${' '.repeat(n.length + 1)}${w}`);
    const rewritten = pages.map((p) => unnumber(unnumber(p, b.paragraph), c.paragraph));
    const { value } = parseWorkingGroupReport(rewritten);
    const clauses = value.filter((r) => r.paragraph.startsWith(a.paragraph) && /[a-z]$/.test(r.paragraph));
    assert.deepEqual(clauses.map((r) => [r.text, r.recommendingStates]), [a, b, c].map((r) => [r.text, r.recommendingStates]));
    assert.deepEqual(clauses.map((r) => r.paragraph), ['a', 'b', 'c'].map((s) => `${a.paragraph}${s}`));
    assert.ok(clauses.every((r) => r.itemText?.includes(b.text) && r.response === a.response));
    // The two numbers now missing are what the self-check reports.
    assert.match(checkWorkingGroupRecommendations(value).reasons.join(' '), new RegExp(`${b.paragraph.replace('.', '\\.')}, ${c.paragraph.replace('.', '\\.')} missing`));
  });
});
