import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../read/read-document.js';
import { parseCorrigendum } from './corrigendum.js';
import { sharedPath } from '../../../test/support/shared-data.js';

const SYMBOL = 'A/HRC/WG.6/34/SVN/1/Corr.1';
const page = (...lines: string[]) => ['GE.20-01234(E)', SYMBOL, '', 'National report: Slovenia', '', 'Corrigendum', '', ...lines].join('\n');

describe('reading the instructions of a corrigendum', () => {
  const cases: [string, string[], { paragraph: string | null; page: number | null; find: string | null; replacement: string | null }[]][] = [
    ['for X read Y under a paragraph and line', ['Paragraph 11, line 2: for "Additional seven people" read "Seven additional people"'],
      [{ paragraph: '11', page: null, find: 'Additional seven people', replacement: 'Seven additional people' }]],
    ['replace X with Y under a page and paragraph, over two lines', ['Page 5, paragraph 86.3', 'Replace “Roma children” with “Roma and Sinti children”'],
      [{ paragraph: '86.3', page: 5, find: 'Roma children', replacement: 'Roma and Sinti children' }]],
    ['the page on its own line, then the paragraph', ['Page 3', 'Paragraph 12, line 1', 'For 2016 read 2017'],
      [{ paragraph: '12', page: 3, find: '2016', replacement: '2017' }]],
    ['two instructions', ['Paragraph 12', 'For 2016 read 2017', 'Paragraph 13', 'Delete the last sentence'],
      [{ paragraph: '12', page: null, find: '2016', replacement: '2017' }, { paragraph: '13', page: null, find: null, replacement: null }]],
    ['a table substituted (not structured)', ['Page 4', 'For the existing table substitute', 'CRC 2001 Jan. 2004'],
      [{ paragraph: null, page: 4, find: null, replacement: null }]],
  ];
  for (const [name, lines, expected] of cases) {
    it(`reads ${name}`, () => {
      const got = parseCorrigendum([page(...lines)], SYMBOL).map(({ text: _t, ...rest }) => rest);
      assert.deepEqual(got, expected);
    });
  }

  it('keeps the real cycle-1 compilation corrigendum as text to show (a table substituted on page 4)', async (t) => {
    const file = sharedPath(t, 'slovenia', 'cycle1', 'g0917825.pdf');
    if (!file) return;
    const [first, ...more] = parseCorrigendum((await readDocument(file)).pages, 'A/HRC/WG.6/7/SVN/2/Corr.1');
    assert.equal(more.length, 0);
    assert.deepEqual([first!.page, first!.paragraph, first!.find], [4, null, null]);
    assert.match(first!.text, /^Page 4\nFor the existing table substitute\n/);
    assert.match(first!.text, /CRC +2001 +Jan\. 2004/);
    assert.doesNotMatch(first!.text, /GE:09-17825|Page 2/);
  });
});
