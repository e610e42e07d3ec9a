import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { parseWorkingGroupReport } from './wg-report.js';
import { parseReportHeader } from './report-header.js';

describe('Working Group report', () => {
  it('reads the 2008 numbering 1., 2. under the paragraph giving their position (Algeria)', async (t) => {
    const file = sharedPath(t, 'wg-reports', 'algeria2008.pdf');
    if (!file) return;
    const doc = await readPdf(file);
    assert.deepEqual(parseReportHeader(doc.pages).value, { symbol: 'A/HRC/8/29', stateIso3: 'DZA', session: 1 });
    const recs = parseWorkingGroupReport(doc.pages).value.filter((r) => r.positionParagraph === '69');
    assert.equal(recs.length, 17);
    assert.deepEqual(recs[7], {
      paragraph: '69.8',
      text: 'That Algeria pursue the peace process and national reconciliation',
      recommendingStates: ['COD'],
      response: 'supported',
      positionParagraph: '69',
      page: 12,
    });
    assert.ok(recs.every((r) => r.recommendingStates.length === 1));
  });

  it('reads 92.1-style numbering across page breaks with supported, pending and noted sections (Austria)', async (t) => {
    const file = sharedPath(t, 'wg-reports', 'austria2011.pdf');
    if (!file) return;
    const { value: recs } = parseWorkingGroupReport((await readPdf(file)).pages);
    const count = (r: string) => recs.filter((x) => x.response === r).length;
    assert.deepEqual([count('supported'), count('pending'), count('noted')], [97, 54, 10]);
    const r922 = recs.find((r) => r.paragraph === '92.2')!;
    assert.deepEqual(r922.recommendingStates, ['UGA', 'CRI', 'NLD', 'SWE']);
    const r942 = recs.find((r) => r.paragraph === '94.2')!;
    assert.equal(r942.text, 'Sign and ratify ICMW');
    assert.equal(r942.response, 'noted');
    assert.doesNotMatch(recs.map((r) => r.text).join(' '), /A\/HRC\/17\/8|GE\.11/);
  });
});
