// Layouts of the conclusions nobody tuned the parser to, made from real shared reports by rewriting their
// text: other wordings of the heading, items numbered 1…K under the introducing paragraph, lists cut by page
// breaks with running heads, print codes and page-foot notes, and items grouped under thematic headings.
// Each rewrite must give the same recommendations as the report as printed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { parseWorkingGroupReport, type ExtractedRecommendation } from './wg-report.js';
import { checkWorkingGroupRecommendations } from '../checks/index.js';

const core = (r: ExtractedRecommendation) => [r.paragraph, r.text, r.recommendingStates, r.response];

async function pagesOf(t: Parameters<typeof sharedPath>[0], file: string): Promise<string[] | undefined> {
  const path = sharedPath(t, 'wg-reports', file);
  return path ? (await readPdf(path)).pages : undefined;
}

/** Asserts that the rewrite changed the text and gives the original's recommendations, and passes the self-check. */
function assertSame(rewritten: string[], pages: string[]): void {
  assert.notDeepEqual(rewritten, pages, 'the rewrite changed nothing');
  const original = parseWorkingGroupReport(pages).value;
  const { value } = parseWorkingGroupReport(rewritten);
  assert.ok(original.length > 50);
  assert.deepEqual(value.map(core), original.map(core));
  assert.ok(checkWorkingGroupRecommendations(value).ok, checkWorkingGroupRecommendations(value).reasons.join('; '));
}

describe('conclusions laid out in shapes not met in the shared reports give the same recommendations', () => {
  for (const heading of ['II. Conclusions and recommendations', 'III. CONCLUSIONS AND RECOMMENDATIONS', 'Conclusions and/ or recommendations', 'II.  Conclusions and/or Recommendations*']) {
    it(`reads the conclusions under the heading "${heading}"`, async (t) => {
      const pages = await pagesOf(t, 'germany2013.pdf');
      if (!pages) return;
      assertSame(pages.map((p) => p.replace(/^([ \t]*)II\. Conclusions and\/or recommendations\*\*[ \t]*$/m, `$1${heading}`)), pages);
    });
  }

  it('reads items numbered 1., 2. … K. under their introducing paragraph, K beyond the paragraph numbers (germany2013: 124.1–124.200)', async (t) => {
    const pages = await pagesOf(t, 'germany2013.pdf');
    if (!pages) return;
    const items = parseWorkingGroupReport(pages).value.filter((r) => r.paragraph.startsWith('124.'));
    assert.ok(items.length > 130, `${items.length} items`); // item 125 and beyond look like paragraph numbers
    assertSame(pages.map((p) => p.replace(/^([ \t]*)(12[45])\.(\d{1,3})\.?(?=\s)/gm, (_m, s: string, _para: string, n: string) => `${s}${n}.`)), pages);
  });

  it('reads a list cut by page breaks with running heads, print codes and page-foot notes between and inside items', async (t) => {
    const pages = await pagesOf(t, 'germany2013.pdf');
    if (!pages) return;
    const at = pages.findIndex((p) => /^124\.11\. Ratify/m.test(p));
    assert.ok(at > 0);
    const lines = pages[at]!.split('\n');
    const cut = (re: RegExp) => lines.findIndex((l) => re.test(l));
    const between = cut(/^124\.16\. /); // between two items
    const inside = cut(/^Protocol 12 of the European Convention/); // inside item 124.12
    const foot = (n: number) => ['', '', '          _______________', `          ${n}    See A/HRC/24/9/Add.1, para. 4; and the reply of the delegation,`, '               para. 98 above.', '', '', `GE.13-1514${n}                                                                  1${n}`];
    const head = ['                                                                                  A/HRC/24/9', '', ''];
    const rewritten = [
      ...pages.slice(0, at),
      [...lines.slice(0, inside), ...foot(3)].join('\n'),
      [...head, ...lines.slice(inside, between), ...foot(4)].join('\n'),
      [...head, ...lines.slice(between)].join('\n'),
      ...pages.slice(at + 1),
    ];
    assertSame(rewritten, pages);
  });

  it('reads items grouped under thematic headings (cycle-3/4 layout)', async (t) => {
    const pages = await pagesOf(t, 'germany2013.pdf');
    if (!pages) return;
    const themes: Record<string, string> = {
      '124.1': 'Acceptance of international norms',
      '124.25': 'A. Equality and non-discrimination',
      '124.40': 'Rights of the child',
      '124.60': 'Human rights education and training',
      '124.90': 'Migrants, refugees and asylum-seekers',
    };
    const rewritten = pages.map((p) => p.replace(/^([ \t]*)(124\.\d{1,3})\.(?=\s)/gm, (whole, s: string, n: string) => (themes[n] ? `\n${s}${themes[n]}\n\n${whole}` : whole)));
    assertSame(rewritten, pages);
  });
});
